// Sample data for component tests and screenshot pages: a discovery call 12 minutes in.
import type { CallAnalysis, Debrief } from '../../lib/engine/analysis-types';
import type { LabeledUtterance, Nudge } from '../../lib/types';
import type { OverlayPlaybook } from '../overlay/overlay-playbook';
import type { CallListItem } from '../shared/call-list-item';

export function sampleAnalysis(overrides: Partial<CallAnalysis> = {}): CallAnalysis {
  return {
    durationSec: 734,
    repTalkShare: 0.38,
    repTalkSec: 228,
    buyerTalkSec: 372,
    longestRepMonologueSec: 41,
    longestRepMonologueAtSec: 95,
    firstPitchSec: null,
    phase: 'discovery',
    questionCounts: { situation: 3, problem: 2, implication: 1, need_payoff: 0 },
    objections: [],
    checklist: { problem: true, root_cause: true, impact: false, stakeholders: false, trigger: true, cost_of_inaction: false },
    checklistEvidence: {},
    upfrontContract: true,
    nextStep: false,
    medianPauseAfterQuestionSec: 1.4,
    ...overrides,
  };
}

export function sampleNudge(overrides: Partial<Nudge> = {}): Nudge {
  return {
    id: 'nudge-1',
    kind: 'implication',
    atSec: 700,
    title: 'Ask what it costs them',
    message: 'They named the problem twice. Ask what happens downstream when it hits.',
    priority: 2,
    evidence: [{ atSec: 690, speaker: 'Dana', text: 'Month-end close slips every time.' }],
    ...overrides,
  };
}

export function sampleObjection(overrides: Partial<Nudge> = {}): Nudge {
  return {
    id: 'objection-1',
    kind: 'objection',
    atSec: 720,
    title: 'Budget objection',
    message: 'Handle it with AECR before you answer on price.',
    priority: 3,
    objection: 'budget',
    evidence: [{ atSec: 718, speaker: 'Dana', text: "That's more than we set aside for this." }],
    ...overrides,
  };
}

export const samplePlaybook: OverlayPlaybook = {
  talkShareMax: 0.4,
  pitchWindowSec: 900,
  pitchWindowApplies: (callType) => callType === 'discovery',
  aecrSteps: (category) => [
    { name: 'Acknowledge', example: `Fair point on ${category}.` },
    { name: 'Empathize', example: 'I would weigh that too in your seat.' },
    { name: 'Clarify', example: `What specifically worries you about ${category}?` },
    { name: 'Reframe', example: 'Teams like yours looked at it as the cost of the status quo.' },
  ],
};

export function sampleDebrief(overrides: Partial<Debrief> = {}): Debrief {
  return {
    markdown: '# Debrief\n\n## What went well\n- 2:05 You set an upfront contract.\n',
    wentWell: [
      { atSec: 125, text: 'You set an **upfront contract** before the first question.', evidence: [] },
      { atSec: 410, text: 'Your implication question made Dana pause and add detail.', evidence: [] },
    ],
    opportunities: [
      {
        atSec: 492,
        moment: 'Dana said month-end close slips every time.',
        whatHappened: 'You moved to the dashboard demo.',
        tryInstead: 'Ask: "When the close slips, what does that do to reporting for the board?"',
        whyItMatters: 'The cost of the problem is what makes the budget conversation a math problem.',
        evidence: [],
      },
    ],
    skillConnection: {
      focus: 'Stay in discovery until impact is quantified.',
      practice: 'Ask two implication questions before any pitch on your next call.',
      followUp: 'Check the implication count on your next debrief.',
    },
    writtenBy: 'template',
    ...overrides,
  };
}

export function sampleCallListItem(overrides: Partial<CallListItem> = {}): CallListItem {
  return {
    callId: 'call-1',
    title: 'Acme Logistics — discovery',
    name: overrides.title ?? 'Acme Logistics — discovery',
    platform: 'meet',
    repName: 'Sam Rivera',
    startedAt: Date.UTC(2026, 2, 3, 14, 5),
    durationSec: 1710,
    status: 'ended',
    repTalkShare: 0.36,
    analysis: sampleAnalysis({ repTalkShare: 0.36 }),
    coachingThemes: true,
    ...overrides,
  };
}

type LabelOf<R extends 'rep' | 'buyer'> = Extract<LabeledUtterance['label'], { role: R }>;

export function repLine(id: string, startSec: number, text: string, act: LabelOf<'rep'>['act'], tier: LabelOf<'rep'>['tier'] = 'fast'): LabeledUtterance {
  return { id, speaker: 'You', role: 'rep', text, startSec, endSec: startSec + Math.max(2, text.split(' ').length / 2.6), label: { role: 'rep', act, confidence: 0.86, tier } };
}

export function buyerLine(id: string, startSec: number, text: string, objection: LabelOf<'buyer'>['objection'] = 'none'): LabeledUtterance {
  return { id, speaker: 'Dana Lee', role: 'buyer', text, startSec, endSec: startSec + Math.max(2, text.split(' ').length / 2.6), label: { role: 'buyer', objection, confidence: 0.8, tier: 'fast' } };
}

export function sampleTranscript(): LabeledUtterance[] {
  return [
    repLine('u1', 5, 'Thanks for making time today. Here is how I thought we would use the thirty minutes.', 'other'),
    buyerLine('u2', 14, 'Sounds good to me.'),
    repLine('u3', 20, 'What are you using for month-end close today?', 'situation'),
    buyerLine('u4', 26, 'Mostly spreadsheets and a lot of late nights from the finance team.'),
    repLine('u5', 125, 'Where does the close usually get stuck?', 'problem'),
    buyerLine('u6', 131, 'Reconciliations. We find errors on day four and have to redo everything.'),
    repLine('u7', 410, 'When the close slips, what does that do to reporting for the board?', 'implication', 'model'),
    buyerLine('u8', 418, 'It delays the board pack by a week, which is embarrassing every quarter.'),
    repLine('u9', 492, 'Our platform automates reconciliations and flags errors in real time.', 'pitch'),
    buyerLine('u10', 505, "Honestly that's more than we set aside for this.", 'budget'),
  ];
}
