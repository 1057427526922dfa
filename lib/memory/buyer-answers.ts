// What a rep's question drew from the buyer: the buyer lines that answer it (within a short window, before the
// rep's next question) and whether they carry real pain, a quantified impact (a number, money, time,
// headcount) or budget. The cues are phrasing patterns from seeds/memory/retain.json.
import type { LabeledUtterance } from '../types';
import type { CompiledCues } from '../engine/methodology';
import { isRepQuestion } from '../engine/questions';
import type { AnswerFindings } from './memory-schema';
import type { RetainSeeds } from './memory-seeds';

export interface CompiledAnswerCues {
  pain: RegExp[];
  impact: RegExp[];
  budget: RegExp[];
}

export function compileAnswerCues(cues: RetainSeeds['answerCues']): CompiledAnswerCues {
  const compile = (sources: string[]) => sources.map((source) => new RegExp(source, 'i'));
  return { pain: compile(cues.pain), impact: compile(cues.impact), budget: compile(cues.budget) };
}

/** The buyer lines answering the rep's question at `questionIndex` of the call's time-ordered lines. */
export function answersTo(
  utterances: readonly LabeledUtterance[],
  questionIndex: number,
  seeds: Pick<RetainSeeds, 'answerWindowSec' | 'maxAnswerLines'>,
  questionCues: CompiledCues,
): LabeledUtterance[] {
  const question = utterances[questionIndex];
  const answers: LabeledUtterance[] = [];
  for (let index = questionIndex + 1; index < utterances.length && answers.length < seeds.maxAnswerLines; index++) {
    const next = utterances[index];
    if (next.startSec > question.endSec + seeds.answerWindowSec) break;
    if (next.role === 'rep') {
      if (isRepQuestion(next, questionCues)) break;
      continue;
    }
    answers.push(next);
  }
  return answers;
}

export function findingsIn(answers: readonly LabeledUtterance[], cues: CompiledAnswerCues): AnswerFindings {
  const any = (patterns: RegExp[]) => answers.some((answer) => patterns.some((pattern) => pattern.test(answer.text)));
  // A buyer who raises a budget objection has told the rep something about budget, even if it is "none".
  const budgetObjection = answers.some((answer) => answer.label.role === 'buyer' && answer.label.objection === 'budget');
  return { pain: any(cues.pain), impact: any(cues.impact), budget: budgetObjection || any(cues.budget) };
}

export const drewAnything = (findings: AnswerFindings) => findings.pain || findings.impact || findings.budget;

/** The answer line that shows a finding best: the first one carrying any cue, else the first answer. */
export function tellingAnswer(answers: readonly LabeledUtterance[], cues: CompiledAnswerCues): LabeledUtterance | null {
  return answers.find((answer) => drewAnything(findingsIn([answer], cues))) ?? answers[0] ?? null;
}
