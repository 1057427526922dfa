// Sample memory for the insights components' tests: two model versions shaped like what lib/memory writes,
// with evidence from a call stored here (call-7) and one imported from a teammate (blair-3).
import type { MentalModelVersion, Observation } from '../../../lib/memory/memory-schema';
import type { MemoryView, ModelVersionSummary } from '../../../store/memory-store';

export const STORED_CALL_TITLES: ReadonlyMap<string, string> = new Map([['call-7', 'Acme Logistics — discovery']]);

export function sampleObservation(overrides: Partial<Observation> & Pick<Observation, 'id' | 'kind' | 'subject'>): Observation {
  return {
    repName: null,
    proofCount: 3,
    proofCallIds: ['call-5', 'call-6', 'call-7'],
    proofReps: ['Alex'],
    sourceFactIds: [],
    firstSeen: { callId: 'call-5', at: 1_737_000_000_000 },
    lastSeen: { callId: 'call-7', at: 1_737_300_000_000 },
    status: 'stable',
    activeProof: 3,
    quietCalls: 0,
    history: [],
    ...overrides,
  };
}

export function sampleThemesModel(overrides: Partial<MentalModelVersion> = {}): MentalModelVersion {
  const template = (text: string) => ({ text, templateText: text, writtenBy: 'template' as const });
  return {
    modelId: 'coaching-themes',
    version: 4,
    title: 'Coaching Themes',
    question: 'What coaching themes recur across reps, and which interventions have measurably helped?',
    generatedAt: Date.UTC(2025, 0, 20, 14, 5),
    afterCallId: 'call-7',
    basedOnCalls: 7,
    sections: [
      {
        key: 'team',
        title: 'Across reps',
        statements: [
          {
            id: 'coaching_theme:*:checklist',
            ...template('Discovery checklist: leaves discovery items open, seen in 5 calls by 2 reps (Alex, Blair).'),
            kind: 'claim',
            evidence: [
              { callId: 'call-7', atSec: 429, utteranceId: 'call-7-u31', speaker: 'Alex', quote: 'Our platform routes every request in real time.' },
              { callId: 'blair-3', atSec: 75, speaker: 'Blair', quote: 'Let me show you the dashboard.' },
            ],
          },
        ],
      },
      {
        key: 'reps',
        title: 'Per rep',
        statements: [
          {
            id: 'gap:Alex:upfront_contract',
            ...template('Gap: Alex opens without an upfront contract, seen in 3 calls (last 2025-01-20).'),
            kind: 'claim',
            evidence: [{ callId: 'call-7', atSec: 4, speaker: 'Alex', quote: 'Thanks for joining, so tell me about your team.' }],
          },
          {
            id: 'strength:Blair:next_step',
            text: 'Blair reliably closes on a dated next step (4 calls, last 2025-01-19).',
            templateText: 'Strength: Blair closes calls on a dated next step, seen in 4 calls (last 2025-01-19).',
            writtenBy: 'model',
            kind: 'claim',
            evidence: [],
          },
        ],
      },
      {
        key: 'withinCall',
        title: 'Nudges: change within the call',
        statements: [
          {
            id: 'within:talk-share',
            ...template('"Let them talk" nudges helped: rep talk share went from 70% in the 5 minutes before to 32% in the 5 minutes after, on average over 4 nudges in 4 calls.'),
            kind: 'claim',
            verdict: 'helped',
            evidence: [{ callId: 'call-7', atSec: 312, speaker: 'Alex', quote: 'What happens on your side when that slips?' }],
          },
          {
            id: 'within:monologue',
            ...template('"Hand it back" nudges have not measurably helped: the longest rep monologue went from 115 s in the 5 minutes before to 115 s in the 5 minutes after, on average over 3 nudges in 3 calls.'),
            kind: 'claim',
            verdict: 'not_helped',
            evidence: [],
          },
          {
            id: 'within:next-step',
            ...template('"Book the next step" nudges: not enough data (1 measured; need 3).'),
            kind: 'not_enough_data',
            evidence: [],
          },
        ],
      },
    ],
    ...overrides,
  };
}

export function samplePlaybookModel(overrides: Partial<MentalModelVersion> = {}): MentalModelVersion {
  const template = (text: string) => ({ text, templateText: text, writtenBy: 'template' as const });
  return {
    modelId: 'discovery-playbook',
    version: 3,
    title: 'Discovery Playbook',
    question: 'What discovery questions and frameworks consistently surface real pain and budget?',
    generatedAt: Date.UTC(2025, 0, 20, 14, 5),
    afterCallId: 'call-7',
    basedOnCalls: 7,
    sections: [
      {
        key: 'patterns',
        title: 'Questions that draw pain, impact or budget',
        statements: [
          {
            id: 'pattern:implication/what/cost',
            ...template('Implication questions like "what … cost" drew pain, a quantified impact or budget in 6 of 6 asks (100%) across 4 calls: pain 3, impact 6, budget 0.'),
            kind: 'claim',
            evidence: [
              { callId: 'call-7', atSec: 402, speaker: 'Alex', quote: 'What does that cost you each month?' },
              { callId: 'call-7', atSec: 406, speaker: 'Dana', quote: 'About forty hours of overtime, so roughly 3,000 dollars.' },
            ],
          },
          {
            id: 'pattern:problem/where/breakdown',
            ...template('Problem questions like "where … break down" drew pain, a quantified impact or budget in 4 of 8 asks (50%) across 5 calls: pain 4, impact 0, budget 0.'),
            kind: 'claim',
            evidence: [{ callId: 'blair-3', atSec: 130, speaker: 'Blair', quote: 'Where does that process break down?' }],
          },
        ],
      },
      {
        key: 'acts',
        title: 'By SPIN question type',
        statements: [
          { id: 'act:situation', ...template('Situation questions drew pain, a quantified impact or budget in 0 of 9 asks (0%).'), kind: 'claim', evidence: [] },
          { id: 'act:need_payoff', ...template('Need-payoff questions: not enough data (1 asked; need 3).'), kind: 'not_enough_data', evidence: [] },
        ],
      },
    ],
    ...overrides,
  };
}

const summaryOf = (model: MentalModelVersion, version: number, generatedAt: number): ModelVersionSummary => ({
  modelId: model.modelId,
  version,
  generatedAt,
  afterCallId: version === 1 ? null : `call-${version + 3}`,
  basedOnCalls: version + 3,
});

export function sampleMemory(overrides: Partial<MemoryView> = {}): MemoryView {
  const themes = sampleThemesModel();
  const playbook = samplePlaybookModel();
  return {
    callCount: 7,
    reps: ['Alex', 'Blair'],
    observations: [
      sampleObservation({ id: 'coaching_theme:*:checklist', kind: 'coaching_theme', subject: 'checklist', proofCount: 5, proofReps: ['Alex', 'Blair'] }),
      sampleObservation({ id: 'gap:Alex:upfront_contract', kind: 'gap', subject: 'upfront_contract', repName: 'Alex' }),
      sampleObservation({ id: 'strength:Blair:next_step', kind: 'strength', subject: 'next_step', repName: 'Blair', proofCount: 4, proofReps: ['Blair'], status: 'weakening' }),
      sampleObservation({ id: 'question_pattern:*:implication/what/cost', kind: 'question_pattern', subject: 'implication/what/cost', proofCount: 4 }),
      sampleObservation({ id: 'question_pattern:*:problem/where/breakdown', kind: 'question_pattern', subject: 'problem/where/breakdown', proofCount: 5 }),
    ],
    models: [playbook, themes],
    modelHistory: [
      { modelId: 'coaching-themes', version: 4, generatedAt: themes.generatedAt, afterCallId: 'call-7', basedOnCalls: 7 },
      { modelId: 'discovery-playbook', version: 3, generatedAt: playbook.generatedAt, afterCallId: 'call-7', basedOnCalls: 7 },
      summaryOf(themes, 3, Date.UTC(2025, 0, 18, 10, 0)),
      summaryOf(playbook, 2, Date.UTC(2025, 0, 18, 10, 0)),
      summaryOf(themes, 1, Date.UTC(2025, 0, 15, 9, 30)),
    ],
    nextThemes: [{ repName: 'Alex', next: null }, { repName: 'Blair', next: null }],
    ...overrides,
  };
}

export const EMPTY_MEMORY: MemoryView = { callCount: 0, reps: [], observations: [], models: [], modelHistory: [], nextThemes: [] };
