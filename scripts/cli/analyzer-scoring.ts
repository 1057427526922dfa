// Scores the analyzer's figures for one call against what a person read off the same call: per field, how
// many parts matched. Times and counts match within a tolerance; a spurious objection counts as a miss.
import { z } from 'zod';
import type { CallAnalysis } from '../../lib/engine/analysis-types';
import { CHECKLIST_ITEMS, SPIN_ACTS } from '../../lib/types';

export const TOLERANCE = { firstPitchSec: 10, objectionSec: 10, questionCount: 1 };

const objectionCategory = z.enum(['budget', 'timing', 'competition']);
export const expectedCallSchema = z.object({
  transcript: z.string().min(1),
  rep: z.string().min(1),
  expected: z.object({
    checklist: z.object(Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, z.boolean()])) as Record<(typeof CHECKLIST_ITEMS)[number], z.ZodBoolean>),
    objections: z.array(z.object({ category: objectionCategory, atSec: z.number().nonnegative() })),
    firstPitchSec: z.number().nonnegative().nullable(),
    upfrontContract: z.boolean(),
    nextStep: z.boolean(),
    questionCounts: z.object(Object.fromEntries(SPIN_ACTS.map((act) => [act, z.number().int().nonnegative()])) as Record<(typeof SPIN_ACTS)[number], z.ZodNumber>),
  }),
});
export type ExpectedCall = z.infer<typeof expectedCallSchema>;
type Expected = ExpectedCall['expected'];

export const SCORED_FIELDS = ['checklist', 'objections', 'firstPitch', 'upfrontContract', 'nextStep', 'questionCounts'] as const;
export const FIELD_HEADINGS: Record<(typeof SCORED_FIELDS)[number], string> = {
  checklist: 'checklist',
  objections: 'objections',
  firstPitch: 'first pitch',
  upfrontContract: 'contract',
  nextStep: 'next step',
  questionCounts: 'questions',
};
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface FieldScore {
  matched: number;
  total: number;
  /** What differed, for the report. */
  misses: string[];
}

const yesNo = (value: boolean) => (value ? 'yes' : 'no');
const time = (value: number | null) => (value === null ? 'none' : `${Math.round(value)} s`);

function scoreChecklist(expected: Expected, actual: CallAnalysis): FieldScore {
  const misses = CHECKLIST_ITEMS.filter((item) => expected.checklist[item] !== actual.checklist[item]).map(
    (item) => `${item}: expected ${yesNo(expected.checklist[item])}, got ${yesNo(actual.checklist[item])}`,
  );
  return { matched: CHECKLIST_ITEMS.length - misses.length, total: CHECKLIST_ITEMS.length, misses };
}

function scoreObjections(expected: Expected, actual: CallAnalysis): FieldScore {
  const unmatched = [...actual.objections];
  const misses: string[] = [];
  let matched = 0;
  for (const wanted of expected.objections) {
    let index = -1;
    unmatched.forEach((found, candidate) => {
      const gap = Math.abs(found.atSec - wanted.atSec);
      const closer = index < 0 || gap < Math.abs(unmatched[index].atSec - wanted.atSec);
      if (found.category === wanted.category && gap <= TOLERANCE.objectionSec && closer) index = candidate;
    });
    if (index >= 0) {
      matched++;
      unmatched.splice(index, 1);
    } else {
      misses.push(`missed ${wanted.category} at ${time(wanted.atSec)}`);
    }
  }
  for (const extra of unmatched) misses.push(`spurious ${extra.category} at ${time(extra.atSec)}: "${extra.text}"`);
  const total = Math.max(expected.objections.length + unmatched.length, 1);
  return { matched: expected.objections.length + unmatched.length === 0 ? 1 : matched, total, misses };
}

function scoreFirstPitch(expected: Expected, actual: CallAnalysis): FieldScore {
  const wanted = expected.firstPitchSec;
  const found = actual.firstPitchSec;
  const ok = wanted === null || found === null ? wanted === found : Math.abs(wanted - found) <= TOLERANCE.firstPitchSec;
  return { matched: ok ? 1 : 0, total: 1, misses: ok ? [] : [`expected ${time(wanted)}, got ${time(found)}`] };
}

function scoreFlag(wanted: boolean, found: boolean): FieldScore {
  return { matched: wanted === found ? 1 : 0, total: 1, misses: wanted === found ? [] : [`expected ${yesNo(wanted)}, got ${yesNo(found)}`] };
}

function scoreQuestions(expected: Expected, actual: CallAnalysis): FieldScore {
  const misses = SPIN_ACTS.filter((act) => Math.abs(expected.questionCounts[act] - actual.questionCounts[act]) > TOLERANCE.questionCount).map(
    (act) => `${act}: expected ${expected.questionCounts[act]}, got ${actual.questionCounts[act]}`,
  );
  return { matched: SPIN_ACTS.length - misses.length, total: SPIN_ACTS.length, misses };
}

export function scoreCall(expected: Expected, actual: CallAnalysis): Record<ScoredField, FieldScore> {
  return {
    checklist: scoreChecklist(expected, actual),
    objections: scoreObjections(expected, actual),
    firstPitch: scoreFirstPitch(expected, actual),
    upfrontContract: scoreFlag(expected.upfrontContract, actual.upfrontContract),
    nextStep: scoreFlag(expected.nextStep, actual.nextStep),
    questionCounts: scoreQuestions(expected, actual),
  };
}
