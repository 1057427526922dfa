// Sample data for component tests and screenshot pages: a discovery call 12 minutes in.
import type { CallAnalysis, Debrief } from '../../lib/engine/analysis-types';
import type { Nudge } from '../../lib/types';
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
    platform: 'meet',
    repName: 'Sam Rivera',
    startedAt: Date.UTC(2026, 2, 3, 14, 5),
    durationSec: 1710,
    status: 'ended',
    repTalkShare: 0.36,
    ...overrides,
  };
}
