// Hand-made cue features: small word classes and phrase shapes that carry an act or an objection whatever
// the industry vocabulary around them. The corpus cannot show every word a rep or buyer might use for
// "cost", "frustrating" or "next quarter"; a class feature lets one learned weight cover the whole class.
// Entries ending in "*" match any token that starts with the stem.

export interface WordClass {
  name: string;
  words: string[];
}

export const WORD_CLASSES: WordClass[] = [
  {
    name: 'pain',
    words: [
      'break*', 'broke*', 'stuck', 'stall*', 'slow*', 'frustrat*', 'hard*', 'painful', 'pain', 'wrong', 'fail*', 'issue*', 'problem*',
      'headache*', 'clunk*', 'mess*', 'manual*', 'struggl*', 'complain*', 'unreliabl*', 'error*', 'mistake*', 'bottleneck*',
      'workaround*', 'gap*', 'missing', 'tricky', 'tedious', 'annoy*', 'confus*', 'difficult*', 'sideways', 'fragile', 'flaky',
      'blocker*', 'obstacle*', 'hung', 'drag*', 'trouble*', 'tough*', 'worst', 'hate*', 'avoid*', 'rework', 'cracks', 'chase*',
      'chasing', 'drop*', 'lag*', 'friction', 'glitch*', 'crash*', 'bug*', 'delay*', 'late', 'backlog*', 'duplicat*', 'inaccura*',
      'reliab*', 'trust*', 'confiden*', 'accura*', 'rebuild*', 'redo*', 'reenter*', 'hand', 'bounce*', 'ignore*', 'bypass*',
    ],
  },
  {
    name: 'consequence',
    words: [
      'cost*', 'impact*', 'affect*', 'effect*', 'lose', 'losing', 'lost', 'loss*', 'risk*', 'exposure', 'exposed', 'churn*', 'revenue',
      'margin*', 'overtime', 'burnout', 'burn*', 'quit*', 'leav*', 'fine', 'fines', 'penalt*', 'consequence*', 'downstream', 'knock',
      'fallout', 'heat', 'blame*', 'angry', 'reputation*', 'credibility', 'escalat*', 'morale', 'jeopardy', 'stake', 'damage*',
      'hurt*', 'suffer*', 'writ*', 'jeopardi*', 'sustainable', 'ripple*', 'idle', 'refund*', 'credits', 'deduction*', 'clawback*',
      'absorb*', 'scramble', 'expensive', 'retention', 'turnover', 'attrition', 'complaint*', 'missed', 'slip*', 'hit', 'hits',
    ],
  },
  {
    name: 'gain',
    words: [
      'benefit*', 'value*', 'valuable', 'worth', 'unlock*', 'gain*', 'sav*', 'win', 'wins', 'easier', 'faster', 'better', 'improv*',
      'possible', 'ideal', 'perfect', 'success*', 'upside', 'solved', 'fixed', 'sorted', 'automat*', 'free', 'freed', 'relief',
      'celebrat*', 'happier', 'happiest', 'reinvest*', 'opportunit*', 'enable*', 'allow*', 'let', 'instead', 'extra', 'back',
    ],
  },
  {
    name: 'environment',
    words: [
      'currently', 'today', 'now', 'use', 'using', 'used', 'run', 'running', 'system*', 'tool*', 'team*', 'process*', 'owns', 'own',
      'owner', 'structur*', 'organiz*', 'volume*', 'headcount', 'stack', 'setup', 'set', 'vendor*', 'contract*', 'handle*', 'manage*',
      'track*', 'typical*', 'usually', 'average', 'roughly', 'approximately', 'many', 'often', 'who', 'which', 'where',
    ],
  },
  {
    name: 'product',
    words: [
      'our', 'ours', 'feature*', 'module*', 'platform', 'demo*', 'customers', 'client*', 'pricing', 'price*', 'plan', 'plans', 'tier*',
      'integrat*', 'connector*', 'pilot', 'trial', 'discount*', 'license', 'seat*', 'release*', 'launch*', 'built', 'offer*',
      'include*', 'guarantee*', 'certified', 'compliant', 'dashboard*', 'app', 'engine', 'api', 'sandbox', 'roadmap', 'case', 'study',
      'reference', 'benchmark', 'onboarding', 'implementation', 'support', 'annual*', 'subscription',
    ],
  },
  {
    name: 'logistics',
    words: [
      'thanks', 'thank', 'appreciate*', 'calendar', 'invite*', 'schedul*', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
      'saturday', 'sunday', 'morning', 'afternoon', 'tomorrow', 'tonight', 'agenda', 'recap*', 'summar*', 'email*', 'follow', 'call',
      'meeting', 'minutes', 'hear', 'screen', 'mute*', 'weekend', 'weather', 'holiday*', 'trip', 'link', 'chat', 'zoom', 'teams',
      'slot*', 'noon', 'eastern', 'pacific', 'am', 'pm', 'oclock', 'january', 'february', 'march', 'april', 'may', 'june', 'july',
      'august', 'september', 'october', 'november', 'december', 'next', 'week', 'hold', 'pencil', 'hello', 'hi', 'hey', 'bye',
      'welcome', 'sorry', 'wrap', 'notes', 'slides', 'send', 'sending',
    ],
  },
  {
    name: 'backchannel',
    words: [
      'mm', 'hmm', 'mhm', 'huh', 'uh', 'yeah', 'yep', 'yes', 'ok', 'okay', 'right', 'sure', 'cool', 'great', 'got', 'it', 'gotcha',
      'totally', 'exactly', 'absolutely', 'definitely', 'interesting', 'nice', 'wow', 'oh', 'ah', 'i', 'see', 'fair', 'enough',
      'understood', 'makes', 'sense', 'perfect', 'awesome', 'good', 'no', 'for', 'hundred', 'percent', 'ha', 'haha', 'lol', 'oof',
      'noted', 'true', 'hear', 'you', 'that', 'thats', 'is', 'so', 'and', 'go', 'on', 'ahead', 'thank', 'thanks', 'stuff',
    ],
  },
  {
    name: 'money',
    words: [
      'price*', 'pricing', 'pricey', 'cost*', 'budget*', 'expensive', 'afford*', 'discount*', 'roi', 'spend*', 'spent', 'pay', 'paying',
      'paid', 'cheap*', 'dollar*', 'grand', 'money', 'fund*', 'invoice*', 'fee*', 'cfo', 'finance', 'procurement', 'payback', 'quote*',
      'thousand*', 'million*', 'k', 'bucks', 'capex', 'opex', 'justify', 'approval*', 'approve*', 'invest*', 'figure*', 'line',
    ],
  },
  {
    name: 'concern',
    words: [
      'too', 'worr*', 'scar*', 'concern*', 'tough', 'tight', 'not', 'no', 'nothing', 'never', 'cut*', 'frozen', 'freez*', 'above',
      'over', 'higher', 'steep', 'pricey', 'expensive', 'lighter', 'cheap*', 'discount*', 'room', 'laugh*', 'struggl*', 'sell',
      'hesitant', 'skeptic*', 'doubt*', 'unsure', 'nervous', 'risky', 'justify', 'stretch*', 'hard', 'problem', 'dealbreaker',
    ],
  },
  {
    name: 'assent',
    words: [
      'approved', 'covered', 'funded', 'budgeted', 'allocated', 'signed', 'reasonable', 'fine', 'glad', 'happy', 'exactly', 'huge',
      'great', 'worth', 'paid', 'expected', 'yes', 'love', 'like', 'liked', 'good', 'helpful', 'makes', 'sense', 'ready', 'open',
      'interested', 'excited', 'perfect', 'agree*', 'fair',
    ],
  },
  {
    name: 'later',
    words: [
      'quarter*', 'year', 'later', 'busy', 'bandwidth', 'priorit*', 'freeze', 'after', 'revisit', 'wait*', 'until', 'month*',
      'renewal', 'locked', 'now', 'moment', 'timing', 'ready', 'spring', 'summer', 'fall', 'autumn', 'winter', 'season', 'hold',
      'pause*', 'back', 'burner', 'slammed', 'underwater', 'capacity', 'someday', 'eventually', 'reorg*', 'migration', 'merger',
      'acquisition', 'fiscal', 'q1', 'q2', 'q3', 'q4', 'ping', 'circle', 'touch', 'base',
    ],
  },
  {
    name: 'rival',
    words: [
      'competitor*', 'vendor*', 'alternative*', 'incumbent', 'already', 'house', 'internal*', 'homegrown', 'ourselves', 'build',
      'building', 'built', 'other', 'another', 'switch*', 'instead', 'compar*', 'versus', 'vs', 'shortlist*', 'bake', 'evaluat*',
      'salesforce', 'hubspot', 'workday', 'gong', 'zendesk', 'servicenow', 'oracle', 'sap', 'microsoft', 'google', 'adp', 'netsuite',
      'quickbooks', 'slack', 'jira', 'atlassian', 'tableau', 'looker', 'snowflake', 'okta', 'intuit', 'shopify', 'zoho', 'freshdesk',
      'outreach', 'salesloft', 'marketo', 'pardot', 'coupa', 'ariba', 'concur', 'epic', 'cerner', 'kronos', 'ukg', 'paychex',
      'gusto', 'rippling', 'bamboohr', 'greenhouse', 'lever', 'asana', 'monday', 'clickup', 'notion', 'excel', 'spreadsheet*',
    ],
  },
];

/** Phrase shapes over the normalized, space-joined tokens. */
export const PHRASE_CUES: [string, RegExp][] = [
  ['if_you_could', /\bif (you|we|they|your team|the team|i) (could|had|were|did|got|can)\b/],
  ['if_solved', /\bif (this|that|it|the \w+|those \w+)( \w+)? (were|was|got|went|could|had|ran|took|came|stopped|dropped|disappeared|worked)\b/],
  ['if_continues', /\bif (this|that|it|nothing|the \w+)( \w+)? (keeps|continues|stays|still|does not|do not|is not|goes on|drags|slips|happens again|changes)\b/],
  ['what_would', /\bwhat would\b/],
  ['would_it', /\b(would|could) (it|that|this) (help|be|make|matter|change|mean)\b/],
  ['imagine', /\b(imagine|picture|suppose|say|assuming|in a perfect world|in a world|once)\b/],
  ['what_happens', /\bwhat (happens|happened|does that do|does it do|is that doing|is the (impact|cost|effect))\b/],
  ['do_to', /\b(does|did|is) (that|it|this) (do|doing|done|mean|affect|hit|cost)\b/],
  ['who_else', /\bwho (else|ends up|gets|pays|picks up|absorbs|feels)\b/],
  ['how_many_lost', /\bhow (many|much) .*\b(lose|lost|losing|slip|miss|cost|waste|wasted|go|goes|end up)\b/],
  ['does_that_work', /\b(does|would|do|will) (that|this|those|it) (work|sound|time|suit)\b/],
  ['how_would', /\bhow (would|much would|does that|did that)\b/],
  ['our_product', /\b(our|my) (platform|product|tool|solution|dashboard|pricing|engine|app|system|team|customers|clients|module|model|api|plans?)\b/],
  ['we_can', /\bwe (can|could|will|would|also|have|offer|do|help|built|integrate|just|are|guarantee|include|price|support|use|give|provide|handle)\b/],
  ['show_you', /\b(show|walk|send|demo|set up|pull up|share) (you|it|the|a|our|what|how|my)\b/],
  ['want_me', /\b(want me|would you like|do you want|wanna|would you be (open|interested)|mind if i|can i show|shall i|should i|how about i|did you know|have you (seen|heard|tried|come across)|were you aware|are you familiar|what if i told)\b/],
  ['i_will', /\b(i will|i am going to|let me|i can|i am gonna)\b/],
  ['customer_story', /\b(one of our|another|a) (customer|client|retailer|bank|hospital|district|manufacturer|company)s?\b/],
  ['scheduling', /\b(next (week|monday|tuesday|wednesday|thursday|friday)|at (one|two|three|four|five|ten|eleven|noon|nine|\d+)|the (\w+ )?(first|second|third|\d+(st|nd|rd|th)|tenth|twelfth|fifteenth|twentieth)|(calendar|invite|slot|reschedule|follow up|follow-up))\b/],
  ['recap', /\b(to recap|recap|to summari[sz]e|sum up|what i am hearing|play (it|that) back|if i am following|did i get that right|just to make sure|let me make sure|is that (right|the summary)|read back)\b/],
  ['agenda', /\b(agenda|at the end|hard stop|minutes today|time today|before we (start|begin|dive|jump|hang up|wrap)|the plan for today|how much time)\b/],
  ['small_talk', /\b(weekend|weather|holiday|vacation|trip|the game|snow|rain|coffee|commute|new role|new office|conference|welcome back)\b/],
  ['not_now', /\b(next|this|last) (quarter|year|month|week|fiscal)\b/],
];

const exactWords = new Map<string, string[]>();
const stems: [string, string][] = [];
for (const { name, words } of WORD_CLASSES) {
  for (const entry of words) {
    if (entry.endsWith('*')) stems.push([entry.slice(0, -1), name]);
    else exactWords.set(entry, [...(exactWords.get(entry) ?? []), name]);
  }
}

/** Memo of token → classes; live captions repeat a small vocabulary, and the cap keeps a long call bounded. */
const classesByToken = new Map<string, readonly string[]>();
const MEMO_LIMIT = 20000;

/** Names of the word classes a normalized token belongs to (exact words, or a stem it starts with). */
export function wordClassesOf(token: string): readonly string[] {
  const known = classesByToken.get(token);
  if (known) return known;
  const names = new Set(exactWords.get(token));
  for (const [stem, name] of stems) if (token.startsWith(stem)) names.add(name);
  const result = [...names];
  if (classesByToken.size >= MEMO_LIMIT) classesByToken.clear();
  classesByToken.set(token, result);
  return result;
}
