// Every coaching rule, one module each. Adding a rule: write its analyzer and add one line here.
import type { CallAnalysis } from '../analysis-types';
import type { AnalyzerContext, CallMoment, NudgeCandidate } from './analyzer';
import { createCustomerStoryAnalyzer } from './customer-story';
import { createDiscoveryChecklistAnalyzer } from './discovery-checklist';
import { createFirstPitchAnalyzer } from './first-pitch';
import { createInteractivityAnalyzer } from './interactivity';
import { createMonologueAnalyzer } from './monologue';
import { createNextStepAnalyzer } from './next-step';
import { createObjectionsAnalyzer } from './objections';
import { createPatienceAnalyzer } from './patience';
import { createQuestionPauseAnalyzer } from './question-pause';
import { createQuestionSpreadAnalyzer } from './question-spread';
import { createSpinQuestionsAnalyzer } from './spin-questions';
import { createTalkShareAnalyzer } from './talk-share';
import { createUpfrontContractAnalyzer } from './upfront-contract';

export function createAnalyzers(context: AnalyzerContext) {
  return {
    talkShare: createTalkShareAnalyzer(context),
    monologue: createMonologueAnalyzer(context),
    firstPitch: createFirstPitchAnalyzer(context),
    spinQuestions: createSpinQuestionsAnalyzer(context),
    objections: createObjectionsAnalyzer(context),
    checklist: createDiscoveryChecklistAnalyzer(context),
    upfrontContract: createUpfrontContractAnalyzer(context),
    nextStep: createNextStepAnalyzer(context),
    questionPause: createQuestionPauseAnalyzer(context),
    customerStory: createCustomerStoryAnalyzer(context),
    interactivity: createInteractivityAnalyzer(context),
    questionSpread: createQuestionSpreadAnalyzer(context),
    patience: createPatienceAnalyzer(context),
  };
}

export type Analyzers = ReturnType<typeof createAnalyzers>;

export function allCandidates(analyzers: Analyzers, moment: CallMoment): NudgeCandidate[] {
  return Object.values(analyzers).flatMap((analyzer) => analyzer.candidates(moment));
}

export function readAnalysis(analyzers: Analyzers, moment: CallMoment, durationSec: number): CallAnalysis {
  const talk = analyzers.talkShare.result(moment);
  const monologue = analyzers.monologue.result(moment);
  const pitch = analyzers.firstPitch.result(moment);
  const checklist = analyzers.checklist.result(moment);
  return {
    durationSec,
    repTalkShare: talk.repTalkShare,
    repTalkSec: talk.repTalkSec,
    buyerTalkSec: talk.buyerTalkSec,
    longestRepMonologueSec: monologue.longestRepMonologueSec,
    longestRepMonologueAtSec: monologue.longestRepMonologueAtSec,
    firstPitchSec: pitch.firstPitchSec,
    phase: pitch.phase,
    questionCounts: analyzers.spinQuestions.result(moment),
    objections: analyzers.objections.result(moment),
    checklist: checklist.checklist,
    checklistEvidence: checklist.checklistEvidence,
    upfrontContract: analyzers.upfrontContract.result(moment).upfrontContract,
    nextStep: analyzers.nextStep.result(moment).nextStep,
    medianPauseAfterQuestionSec: analyzers.questionPause.result(moment).medianPauseAfterQuestionSec,
    ...interactionFigures(analyzers, moment),
  };
}

/** The figures research ties to outcomes (talk share is above); each read against benchmarks.json in the UI. */
function interactionFigures(analyzers: Analyzers, moment: CallMoment) {
  const story = analyzers.customerStory.result(moment);
  const spread = analyzers.questionSpread.result(moment);
  return {
    longestCustomerStorySec: story.longestCustomerStorySec,
    longestCustomerStoryAtSec: story.longestCustomerStoryAtSec,
    speakerSwitchesPerMinute: analyzers.interactivity.result(moment).switchesPerMinute,
    repQuestionCount: spread.repQuestionCount,
    questionSpread: spread.questionSpread,
    repPatienceSec: analyzers.patience.result(moment).repPatienceSec,
  };
}
