// Synthetic discovery calls for memory's tests and bench, written as compact data: each rep has a style, each
// call a rep and a pitch minute, and a seeded generator turns them into a labeled transcript. The simulated rep
// plays the call through the engine's real session and reacts to the nudges it raises (or ignores them), so
// effects measured after a nudge come from what the engine actually did.
import { createSessionCore } from '../../lib/engine/session';
import type { LineClassifier } from '../../lib/engine/labeling';
import type { CallMeta, LabeledUtterance, NudgeKind, ObjectionCategory, RepAct } from '../../lib/types';
import { createSeededRandom } from '../../lib/seeded-random';

export interface RepStyle {
  contract: boolean;
  /** Talks in long statements from the start of discovery... */
  talksOverEarly: boolean;
  /** ...and switches to short questions once a talk-share nudge tells them to. */
  listensAfter: NudgeKind[];
  /** Talks in ~2-minute monologues every few minutes, nudged or not. */
  monologues: boolean;
  implicationQuestions: number;
  objection: 'clarify' | 'pitch' | null;
  nextStep: boolean;
}

export const REP_STYLES: Record<string, RepStyle> = {
  Alex: { contract: false, talksOverEarly: true, listensAfter: ['talk-share'], monologues: false, implicationQuestions: 2, objection: 'pitch', nextStep: true },
  Blair: { contract: false, talksOverEarly: false, listensAfter: [], monologues: true, implicationQuestions: 0, objection: null, nextStep: false },
  Casey: { contract: true, talksOverEarly: false, listensAfter: [], monologues: false, implicationQuestions: 3, objection: 'clarify', nextStep: true },
};

/** [rep, first pitch minute]: Alex pitches early three times then stops; Casey pitches early once. */
export const CALL_SEQUENCE: ReadonlyArray<readonly [string, number]> = [
  ['Alex', 8], ['Blair', 21], ['Casey', 21], ['Alex', 8], ['Blair', 21], ['Casey', 9], ['Alex', 7], ['Blair', 22],
  ['Casey', 21], ['Alex', 21], ['Blair', 21], ['Casey', 22], ['Alex', 22], ['Blair', 21], ['Alex', 21],
];

/** Asked once in the whole sequence (in Casey's sixth-overall call): a pattern that must stay a candidate. */
export const ONE_OFF_QUESTION = {
  callIndex: 5,
  question: 'How does that affect your ability to hit the quarterly number?',
  answer: 'We missed the number by 8 percent last quarter.',
};

const QUESTIONS: Record<'situation' | 'problem' | 'cost' | 'whoElse' | 'payoff', string[]> = {
  situation: ['What tools are you using for that today?', 'Which tools does the team rely on right now?', 'What systems do you use for routing today?'],
  problem: ['Where does that process break down?', 'Where does it usually break down for you?', 'And where do things tend to break when volume spikes?'],
  cost: [
    'What does that cost you when it happens?',
    'What does it cost when that breaks?',
    'If this carries on for another six months, what does it cost you?',
    'So what does that end up costing the team each month?',
  ],
  whoElse: ['Who else in the company feels the effect when that happens?', 'Who else gets pulled in when it goes wrong?'],
  payoff: ['If that problem went away, what would your team do with the time?', 'If you could fix that, what would it unlock for you?'],
};

const ANSWERS: Record<keyof typeof QUESTIONS | 'elaboration', string[]> = {
  situation: ['We use Salesforce and a shared spreadsheet for that.', 'Mostly HubSpot, plus a homegrown router.', 'A mix of Zendesk and email, really.'],
  problem: [
    "Honestly it's frustrating, leads sit in the queue and we keep missing the follow up.",
    'It breaks down whenever volume spikes and everything turns manual.',
    'Handoffs fall through the cracks and customers complain.',
  ],
  cost: ['We lose about 20 hours a week to rework.', 'Probably $40k a month in missed renewals.', 'It ties up three people full time, maybe 15 percent of the team.'],
  whoElse: ['Our finance lead and the VP of sales both get pulled in.', 'The ops director and her two managers.'],
  payoff: ["We'd finally clear the backlog and stop hiring temps.", "We'd get our weekends back, to be honest."],
  elaboration: [
    'So the way it works is the request comes in, someone triages it by hand, and then it goes to whichever region owns the account.',
    'We looked at a couple of options last year but the timing never lined up with the rest of the roadmap.',
    'The team is twelve people split across two offices, and they all share the same queue.',
  ],
};

const LONG_STATEMENTS = [
  'Let me give you some background on how teams like yours usually set this up and what we have seen work across our customers.',
  'A lot of the companies we talk to started where you are, and the pattern we see is that the first fix is always process, then tooling.',
  'Our view is that routing should be invisible to the buyer, and that is really the philosophy behind how we built the platform.',
];
const MONOLOGUE = [
  'So the way we think about this is that every team has a routing layer, and most of them built it years ago.',
  'And what happens over time is that the rules pile up, nobody owns them, and the exceptions become the process.',
  'Which is why we built the product around a single rules engine that the operations team can change without engineering.',
  'And on top of that you get reporting, so you can see exactly where every lead went and how long it sat there.',
];
const PITCH = ['Our platform routes every request in real time and gives you one view of the whole queue.', 'That is exactly what our routing engine was built to do for teams your size.'];


/** A test-double classifier: the label comes from the synthetic line itself, never from trained weights. */
export function labelReader(lines: readonly LabeledUtterance[]): LineClassifier {
  const labels = new Map(lines.map((line) => [`${line.role}:${line.text}`, line.label]));
  return {
    classifyRep: (text) => {
      const label = labels.get(`rep:${text}`);
      return { act: label?.role === 'rep' ? label.act : 'other', confidence: 0.9, scores: {} as never };
    },
    classifyBuyer: (text) => {
      const label = labels.get(`buyer:${text}`);
      return { objection: label?.role === 'buyer' ? label.objection : 'none', confidence: 0.9, scores: {} as never };
    },
  };
}

export interface SyntheticCall {
  meta: CallMeta;
  utterances: LabeledUtterance[];
  /** The nudges the simulated rep saw while the call was played. */
  liveNudges: NudgeKind[];
}

const DAY_MS = 86_400_000;
export const FIRST_CALL_AT = Date.UTC(2025, 0, 6, 15, 0, 0);

export function syntheticCall(index: number, repName: string, pitchMin: number, seed = 7): SyntheticCall {
  const style = REP_STYLES[repName];
  const random = createSeededRandom(seed * 1000 + index);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];
  const callId = `call-${String(index + 1).padStart(3, '0')}`;
  const session = createSessionCore({ classifier: labelReader([]) });
  const utterances: LabeledUtterance[] = [];
  const liveNudges: NudgeKind[] = [];
  let listening = false;
  let clock = 0;

  const say = (role: 'rep' | 'buyer', text: string, seconds: number, tag: RepAct | ObjectionCategory = role === 'rep' ? 'other' : 'none') => {
    const label: LabeledUtterance['label'] =
      role === 'rep' ? { role, act: tag as RepAct, confidence: 0.9, tier: 'fast' } : { role, objection: tag as ObjectionCategory, confidence: 0.9, tier: 'fast' };
    const line: LabeledUtterance = {
      id: `${callId}-u${utterances.length + 1}`,
      speaker: role === 'rep' ? repName : 'Dana',
      role,
      text,
      startSec: clock,
      endSec: clock + seconds,
      label,
    };
    utterances.push(line);
    clock += seconds + 1;
    for (const nudge of session.ingestUtterance(line, line.endSec).nudges) {
      liveNudges.push(nudge.kind);
      if (style.listensAfter.includes(nudge.kind)) listening = true;
    }
  };
  const ask = (kind: keyof typeof QUESTIONS, act: RepAct) => {
    say('rep', pick(QUESTIONS[kind]), 5, act);
    say('buyer', pick(ANSWERS[kind]), 14 + Math.floor(random() * 8));
  };

  if (style.contract) {
    say('rep', "Here's how I'd suggest we use our time: a few questions, then at the end we decide together whether a next step makes sense. Does that work for you?", 9);
    say('buyer', 'Sounds good, go ahead.', 3);
  } else {
    say('rep', 'Hi Dana, thanks for joining, great to meet you.', 4);
    say('buyer', 'Likewise, thanks for having me.', 3);
  }

  const agenda: Array<() => void> = [() => ask('situation', 'situation'), () => ask('situation', 'situation'), () => ask('problem', 'problem')];
  for (let asked = 0; asked < style.implicationQuestions; asked++) agenda.push(() => ask('cost', 'implication'));
  if (style.implicationQuestions > 0) agenda.push(() => ask('whoElse', 'implication'));
  if (index === ONE_OFF_QUESTION.callIndex) {
    agenda.push(() => {
      say('rep', ONE_OFF_QUESTION.question, 5, 'implication');
      say('buyer', ONE_OFF_QUESTION.answer, 12);
    });
  }
  agenda.push(() => ask('payoff', 'need_payoff'), () => ask('problem', 'problem'));
  const followUp = () => {
    say('rep', 'Tell me more about that.', 3);
    say('buyer', pick(ANSWERS.elaboration), 24 + Math.floor(random() * 10));
  };
  let lastMonologueAt = -Infinity;
  const discoverUntil = (untilSec: number) => {
    while (clock < untilSec) {
      if (style.talksOverEarly && !listening && clock > 30) {
        say('rep', pick(LONG_STATEMENTS), 35);
        say('buyer', 'Okay, that makes sense so far.', 4);
      } else if (style.monologues && clock - lastMonologueAt > 240 && clock > 90) {
        lastMonologueAt = clock;
        for (const line of MONOLOGUE) say('rep', line, 28);
        say('buyer', pick(ANSWERS.elaboration), 20);
      } else (agenda.shift() ?? followUp)();
    }
  };

  discoverUntil(pitchMin * 60);
  for (const line of PITCH) {
    say('rep', line, 12, 'pitch');
    say('buyer', 'How would that work with our regional teams?', 6);
  }
  if (style.objection) {
    say('buyer', "Honestly we don't have budget for anything new this year.", 5, 'budget');
    if (style.objection === 'clarify') say('rep', "When you say budget is tight, what's behind that?", 4);
    else say('rep', 'Our platform pays for itself within a quarter, and the pricing is flexible.', 6, 'pitch');
    say('buyer', 'Everything new has to wait for the planning cycle in the spring.', 8);
  }
  discoverUntil(26.5 * 60);
  if (style.nextStep) {
    say('rep', "Let's put the follow-up on the calendar: I'll send an invite for Thursday at two with your finance lead. Does that work?", 8);
    say('buyer', 'Thursday at two works for us.', 3);
  } else {
    say('rep', "I'll send over some information after this and we can go from there.", 5);
    say('buyer', 'Sounds good.', 2);
  }
  discoverUntil(29 * 60);

  const meta: CallMeta = { callId, platform: 'import', title: `Discovery call ${index + 1}`, repName, startedAt: FIRST_CALL_AT + index * DAY_MS };
  return { meta, utterances, liveNudges };
}

/** The 15-call sequence, or `count` calls cycling through it with fresh seeds (for the bench). */
export function syntheticCalls(count = CALL_SEQUENCE.length, seed = 7): SyntheticCall[] {
  return Array.from({ length: count }, (_, index) => {
    const [rep, pitchMin] = CALL_SEQUENCE[index % CALL_SEQUENCE.length];
    return syntheticCall(index, rep, pitchMin, seed);
  });
}
