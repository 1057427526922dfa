// Cue features for the buyer head only. A buyer line that mentions money, a date or another vendor is usually
// not an objection ("our budget cycle starts in july", "we used gong, it was fine"); what makes it one is the
// stance around the mention: a negation or a hedge next to the money word ("don't have the budget", "too
// steep"), a deferral ("not until the audit is done"), contentment with what is already there ("happy with
// our current tool"). These cues name such shapes; the learned weights decide what each one means.
// Tokens are the normalized ones of normalize.ts (lowercase, contractions expanded: "can not", "do not").

/** Entries ending in "*" match any token that starts with the stem. */
const TOPIC_WORDS = {
  money: [
    'price*', 'pricey', 'cost*', 'budget*', 'expensive', 'afford*', 'roi', 'spend*', 'spent', 'pay', 'pays', 'paying', 'paid',
    'cheap*', 'dollar*', 'grand', 'money', 'fund*', 'fee', 'fees', 'payback', 'quote*', 'thousand*', 'million*', 'k', 'bucks',
    'invest*', 'license*', 'licensing', 'subscription*', 'capex', 'opex', 'cash', 'dime', 'check', 'number', 'numbers', 'rate',
    'dues', 'margin*', 'savings', 'recoup', 'tier*', 'discount*', 'upfront', 'purse',
  ],
  time: [
    'quarter*', 'year', 'years', 'month*', 'week*', 'later', 'busy', 'bandwidth', 'priorit*', 'until', 'till', 'wait*', 'revisit',
    'now', 'moment', 'timing', 'time', 'ready', 'season*', 'spring', 'summer', 'fall', 'autumn', 'winter', 'renewal', 'fiscal', 'q1',
    'q2', 'q3', 'q4', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
    'december', 'holiday*', 'capacity', 'yet', 'soon*', 'deadline', 'calendar', 'half', 'slammed', 'swamped', 'underwater',
  ],
  rival: [
    'competitor*', 'competing', 'vendor*', 'provider*', 'supplier*', 'alternative*', 'incumbent', 'ourselves', 'house', 'internal*',
    'homegrown', 'build', 'building', 'built', 'other', 'another', 'switch*', 'current', 'existing', 'tool', 'tools', 'system',
    'platform', 'product', 'option*', 'excel', 'spreadsheet*', 'sheets', 'macros', 'script', 'salesforce', 'hubspot', 'workday',
    'gong', 'zendesk', 'servicenow', 'oracle', 'microsoft', 'google', 'netsuite', 'quickbooks', 'jira', 'epic', 'zoho', 'chorus',
    'outreach', 'marketo', 'freshdesk', 'sap', 'atlassian', 'module', 'suite', 'bundle*', 'crm', 'erp',
  ],
};

/** Words that turn a mention into a limit: negation, excess, strain, worry. */
const STRAIN_WORDS = [
  'not', 'no', 'never', 'nothing', 'nobody', 'none', 'without', 'zero', 'nor', 'too', 'tight', 'hard', 'harder', 'tough', 'steep',
  'over', 'above', 'beyond', 'outside', 'more', 'higher', 'high', 'double', 'twice', 'triple', 'worr*', 'concern*', 'scar*',
  'nervous', 'hesitant', 'skeptic*', 'struggl*', 'stretch*', 'squeez*', 'cut', 'cuts', 'cutting', 'slash*', 'frozen', 'freez*',
  'balk*', 'kill*', 'dealbreaker', 'shock*', 'blow', 'only', 'justify', 'lot', 'big', 'much', 'less', 'lower', 'thin', 'gone',
  'stuck', 'problem', 'issue', 'brutal', 'painful', 'fight', 'push', 'pushback', 'inflated', 'rich', 'hurt*', 'swallow', 'eat*',
];

/** Words that read a mention as settled or welcome. */
const SETTLED_WORDS = [
  'approved', 'covered', 'fine', 'good', 'great', 'aside', 'earmarked', 'funded', 'budgeted', 'reasonable', 'fair', 'expected',
  'works', 'happy', 'glad', 'okay', 'ok', 'done', 'wrapped', 'finished', 'room', 'perfect', 'flexible', 'already', 'allocated',
  'plan', 'planned', 'signed', 'line', 'item',
];

const NEGATORS = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'without', 'zero', 'nor', 'nah']);
/** "not … a problem": a negated worry reads as reassurance. */
const WORRY_NOUNS = new Set(['issue', 'issues', 'problem', 'problems', 'concern', 'concerns', 'bottleneck', 'blocker', 'worry', 'question', 'obstacle']);
/** Putting the decision off to a later point ("hold off until", "circle back next quarter", "not before spring"). */
const DEFERRAL_PATTERN = new RegExp(
  [
    'hold (off|on (this|it|that))', 'on hold', 'wait (until|till|for|on|and see|a (bit|few|couple))', 'waiting (until|till|for|on)',
    'revisit', 'circle (back|up)', 'reconnect', 'regroup', 'check (back|in again|in with me (in|after|next))', 'come back (to|when|after|in)',
    'touch base', 'follow up (with me )?(in|after|next|once|when)', 'ping me', 'reach out (in|after|when|once|next)', 'pin in',
    'push (this|it|that) (out|back|to)', 'park (this|it|that)', 'shelve', 'table (this|it|that)', 'down the (road|line)',
    'later (this|in the|on)', 'back burner', 'at the earliest', 'not (until|till|before|yet|right now|now|this (quarter|year|half|month))',
    '(after|once|when) (the|our|we|things|this|that|i|my)', '(until|till) (the|we|our|after|next|things|i|my)', 'next (quarter|year|fiscal|half|spring|summer|fall|winter|season)',
    'in (a|\\w+) (few|couple( of)?) (weeks|months|quarters)', 'in (three|six|ninety|sixty) (months|days)', '(have|has) to wait', 'can wait', 'sit tight',
  ]
    .map((p) => `\\b${p}\\b`)
    .join('|'),
);
const PAST_WORDS = ['used', 'had', 'was', 'were', 'last', 'ago', 'previous*', 'before', 'switched', 'moved', 'replaced', 'retired', 'old', 'former*', 'then'];
/** "50k", "2m": an amount of money whatever the currency word. */
const AMOUNT = /^\d+(k|m)$/;
const QUESTION_WORDS = new Set(['what', 'how', 'why', 'where', 'when', 'who', 'which']);
const AUXILIARIES = new Set(['do', 'does', 'did', 'is', 'are', 'can', 'could', 'would', 'will', 'should', 'have', 'has']);

/** How many tokens after a negator stay in its scope (the clause may end sooner, see CLAUSE_BREAKS). */
const NEGATION_SCOPE = 5;
/** How far a strain or settled word may sit from the topic word it colours. */
const WINDOW = 3;

const PHRASES: [string, RegExp][] = [
  ['we_cannot', /\b(we|i|they|she|he) (can not|could not|will not|would not|do not|did not|are not|am not|just can not|really can not)\b/],
  ['we_would_need', /\b(we|i) (would|will|d) (need|have to|want|require|be cutting|be paying|be spending|be asking)\b/],
  ['not_now', /\b(not|no) (right )?(now|yet|this (quarter|year|half|month|season|spring|summer|fall|winter)|at the moment|the (right )?(time|moment))\b/],
  ['not_priority', /\b(not|no) (a |really |top )?(priority|urgent|pressing|fire|rush)\b/],
  ['already_have', /\b(already|currently) (have|has|use|using|got|pay|paying|own|built|building|went|signed|deep|halfway|in|looking|talking|does|do|covers|handles|gives)\b/],
  ['content_with', /\b(happy|fine|content|satisfied|good enough|loyal|used to|comfortable|stick|stay|staying|sticking) (with|to|on)?\b/],
  ['does_the_job', /\b(does|do|did) (the job|the trick|what we need|most of|basically|pretty much|exactly)\b/],
  ['build_own', /\b(build|built|write|wrote|code|hack|put) .*\b(ourselves|themselves|in house|internally|our own|their own|a version)\b/],
  ['other_vendor', /\b(another|other|different|competing|second) (vendor|provider|company|tool|option|product|supplier|system|platform|solution|guys|firm|finalist)s?\b/],
  ['too_adj', /\btoo (much|expensive|pricey|steep|high|rich|big|busy|soon|early|many)\b/],
  ['more_than', /\b(more|higher|bigger|above|over|beyond|outside|double|twice) (than|what|our|my|the budget|budget)\b/],
  ['hard_to', /\b(hard|tough|difficult|struggle|impossible) (to|sell|time|pitch|case|conversation)\b/],
  ['neg_money_have', /\b(no|not have|not have the|not have any|zero|nothing in the|not in the|no room in the|there is no) (budget|money|funds|funding|line item|dollars|cash)\b/],
  ['just_so', /\b(just so i know|just curious|ballpark|roughly|out of curiosity|for planning|so i can plan|just to plan)\b/],
  ['wh_topic_start', /^(so |and |okay |ok )?(what|how|when|which|who)( is| are| does| do| would| will| much| long| many| soon|s)? (the |it |your |a |this )?(price|pricing|cost|costs|timeline|fee|setup|implementation|onboarding|contract|term|billing|payment|discount)\b/],
  ['we_are_in', /\b(in the middle of|mid|heads down|buried|knee deep|slammed|swamped|underwater|maxed|stretched|in the thick of|going through|get through|finish)\b/],
];

/**
 * Meaning clusters: words a writer may pick for the same stance, so a phrasing the corpus never used still
 * lands on a feature the model has a weight for ("stomach" and "swallow" and "swing" all weigh a cost).
 */
const CLUSTERS: Record<string, string[]> = {
  bear_cost: ['afford*', 'swallow', 'stomach', 'absorb', 'swing', 'stretch', 'justify*', 'defend', 'recoup', 'cover', 'fund', 'front', 'carry', 'spare', 'shell'],
  pricey: ['expensive', 'pricey', 'steep', 'costly', 'overpriced', 'inflated', 'rich', 'hefty', 'premium', 'fortune', 'arm', 'leg'],
  cheaper: ['cheaper', 'cheapest', 'discount*', 'lower', 'less', 'lighter', 'smaller', 'fraction', 'half', 'third', 'break', 'wiggle', 'negotiab*', 'sharpen', 'middle', 'down'],
  worth: ['worth', 'roi', 'return', 'payback', 'pays', 'value', 'savings', 'save', 'recoup', 'math', 'pencil*', 'case', 'economics'],
  gatekeeper: ['cfo', 'finance', 'controller', 'board', 'owner*', 'partners', 'procurement', 'director', 'vp', 'boss', 'leadership', 'council', 'committee', 'accountants', 'treasurer'],
  refuse: ['no', 'never', 'kill*', 'laugh*', 'balk*', 'reject*', 'veto*', 'freak*', 'attack', 'shoot', 'dead', 'nonstarter', 'starter', 'dealbreaker', 'way', 'forget'],
  cutback: ['cut*', 'freeze', 'frozen', 'slash*', 'trim*', 'tighten*', 'belt*', 'austerity', 'layoff*', 'reduc*', 'squeez*', 'lean', 'pennies'],
  overloaded: ['busy', 'slammed', 'swamped', 'buried', 'underwater', 'stretched', 'maxed', 'fried', 'exhausted', 'tired', 'burnt', 'burned', 'drowning', 'thin', 'plate', 'bandwidth', 'capacity', 'hours', 'fires', 'crazy', 'chaos', 'weeds'],
  come_back: ['revisit', 'reconnect', 'regroup', 'shelve', 'postpone*', 'defer*', 'pause*', 'wait*', 'later'],
  not_yet: ['yet', 'eventually', 'someday', 'roadmap', 'queue', 'priority', 'priorities', 'urgent', 'pressing', 'burner'],
  in_flight: ['migration', 'migrating', 'rollout', 'launch', 'implementation', 'reorg', 'merger', 'acquisition', 'audit', 'move', 'remodel', 'cutover', 'transition', 'integration', 'season', 'peak', 'harvest', 'shutdown', 'inspection', 'accreditation', 'close', 'count', 'enrollment'],
  status_quo: ['stick*', 'stay*', 'keep', 'attached', 'loyal', 'trust*', 'comfortable', 'happy', 'satisfied', 'content', 'set', 'used', 'works', 'working', 'enough', 'job', 'fine', 'like', 'likes', 'love', 'loves'],
  diy: ['build', 'built', 'building', 'code', 'coded', 'script*', 'hack', 'macro*', 'ourselves', 'themselves', 'homegrown', 'internal*', 'house', 'developers', 'engineers', 'devs', 'analyst*', 'intern'],
  rival_party: ['competitor*', 'competing', 'incumbent', 'vendor', 'vendors', 'provider', 'supplier', 'others', 'other', 'another', 'someone', 'alternative*', 'finalist', 'leader', 'bids', 'quotes', 'shortlist', 'rfp', 'bake'],
  already: ['already', 'currently', 'existing', 'current', 'incumbent', 'today', 'now'],
  facts: ['about', 'around', 'roughly', 'like', 'maybe', 'each', 'every', 'per', 'average', 'typically', 'usually', 'percent', 'hundred', 'thousand', 'dozen'],
  positive: ['great', 'good', 'perfect', 'love', 'nice', 'cool', 'awesome', 'helpful', 'exactly', 'fair', 'reasonable', 'sounds', 'makes', 'sense', 'works', 'glad', 'excited', 'huge', 'easier', 'save', 'saves'],
};

interface CompiledList {
  exact: Set<string>;
  stems: string[];
}

function compile(words: string[]): CompiledList {
  return {
    exact: new Set(words.filter((w) => !w.endsWith('*'))),
    stems: words.filter((w) => w.endsWith('*')).map((w) => w.slice(0, -1)),
  };
}

function matches(list: CompiledList, token: string): boolean {
  return list.exact.has(token) || list.stems.some((stem) => token.startsWith(stem));
}

const CLUSTER_LISTS = Object.entries(CLUSTERS).map(([name, words]) => [name, compile(words)] as const);
const TOPICS = Object.entries(TOPIC_WORDS).map(([name, words]) => [name, compile(words)] as const);
const STRAIN = compile(STRAIN_WORDS);
const SETTLED = compile(SETTLED_WORDS);
const PAST = compile(PAST_WORDS);

/** Names of the objection cues in a line (without the `o:` prefix); pure and deterministic. */
export function objectionCues(tokens: string[], rawText: string): string[] {
  const cues = new Set<string>();
  const joined = tokens.join(' ');
  const lists = tokens.map(listsOf);
  const strain = lists.map((of, i) => of.has(STRAIN_LIST) && !NEGATORS.has(tokens[i]));
  const settled = lists.map((of) => of.has(SETTLED_LIST));
  const negated = negationScope(tokens);
  const first = tokens[0] === 'so' || tokens[0] === 'and' || tokens[0] === 'okay' ? (tokens[1] ?? '') : (tokens[0] ?? '');
  const question = rawText.includes('?') || QUESTION_WORDS.has(first) || AUXILIARIES.has(first);

  for (const name of TOPIC_NAMES) {
    const at: number[] = [];
    lists.forEach((of, i) => of.has(name) && at.push(i));
    if (at.length === 0) continue;
    cues.add(name);
    if (question) cues.add(`q_${name}`);
    const near = (flags: boolean[]) => at.some((i) => flags.some((f, k) => f && k !== i && Math.abs(k - i) <= WINDOW));
    const isNegated = at.some((i) => negated[i]);
    const strained = near(strain);
    const isSettled = near(settled.map((f, k) => f && !negated[k]));
    if (isNegated) cues.add(`negated_${name}`);
    if (strained) cues.add(`strain_${name}`);
    if (isSettled && !isNegated) cues.add(`settled_${name}`);
    if (!strained && !isSettled && !isNegated) cues.add(`plain_${name}`);
  }
  if (DEFERRAL_PATTERN.test(joined)) cues.add('deferral');
  if (lists.some((of) => of.has(PAST_LIST))) cues.add('past');
  if (question) cues.add('question');
  if (negated.some((n) => n)) cues.add('negation');
  tokens.forEach((token, i) => {
    if (!negated[i]) return;
    if (WORRY_NOUNS.has(token)) cues.add('negated_worry');
    for (const name of lists[i]) if (name.startsWith('k_')) cues.add(`negated_${name}`);
  });
  for (const [name, pattern] of PHRASES) if (pattern.test(joined)) cues.add(name);
  for (const of of lists) for (const name of of) if (name.startsWith('k_')) cues.add(name);
  return [...cues];
}

const STRAIN_LIST = '#strain';
const SETTLED_LIST = '#settled';
const PAST_LIST = '#past';
const TOPIC_NAMES = TOPICS.map(([name]) => name);

/** Memo of token → the word lists it belongs to; live captions repeat a small vocabulary, the cap bounds a long call. */
const listsByToken = new Map<string, ReadonlySet<string>>();
const LISTS_MEMO_LIMIT = 20000;

/** The topic names, clusters (`k_<name>`) and stance lists a normalized token belongs to. */
function listsOf(token: string): ReadonlySet<string> {
  const known = listsByToken.get(token);
  if (known) return known;
  const names = new Set<string>();
  for (const [name, list] of TOPICS) if (matches(list, token) || (name === 'money' && AMOUNT.test(token))) names.add(name);
  for (const [name, list] of CLUSTER_LISTS) if (matches(list, token)) names.add(`k_${name}`);
  if (matches(STRAIN, token)) names.add(STRAIN_LIST);
  if (matches(SETTLED, token)) names.add(SETTLED_LIST);
  if (matches(PAST, token)) names.add(PAST_LIST);
  if (listsByToken.size >= LISTS_MEMO_LIMIT) listsByToken.clear();
  listsByToken.set(token, names);
  return names;
}

/** Clause words that end a negation's reach ("we don't have it but the budget is fine"). */
const CLAUSE_BREAKS = new Set(['but', 'so', 'and', 'because', 'since', 'though', 'although', 'which', 'while', 'if', 'or']);

/** For each token, whether it sits in the scope of an earlier negator of its clause (at most NEGATION_SCOPE tokens on). */
export function negationScope(tokens: string[]): boolean[] {
  const negated = tokens.map(() => false);
  let left = 0;
  tokens.forEach((token, i) => {
    if (CLAUSE_BREAKS.has(token)) left = 0;
    else if (left > 0) {
      negated[i] = true;
      left--;
    }
    if (NEGATORS.has(token)) left = NEGATION_SCOPE;
  });
  return negated;
}

