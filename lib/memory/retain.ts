// Retain: what memory keeps from one finished call (the retain mission: "discovery findings, coaching feedback,
// and call-quality patterns"). Every fact names its call, its moment (atSec) and the lines it rests on.
//   question      a SPIN question, its pattern, and whether the buyer's answer drew pain, impact or budget
//   nudge         a nudge the rep saw, and what its metric did in the minutes before and after it
//   debrief       a debrief point (went well / coaching opportunity), tied to its theme when it has one
//   call_quality  the call's figures and the debrief's coaching focus
//   behaviour     a coaching theme the call shows as a gap or a strength
//   objection     a buyer objection and how the rep met it
import type { CallReport } from '../engine/analysis-types';
import { planCall } from '../engine/call-plan';
import { METHODOLOGY, type Methodology } from '../engine/methodology';
import { methodologyFor } from '../engine/methodology/by-locale';
import { COACHING_LOCALES } from '../coaching-locale';
import { DEFAULT_COACH_SETTINGS, type CoachSettings } from '../engine/settings';
import { SPIN_ACTS, type CallMeta, type Evidence, type LabeledUtterance, type SpinAct } from '../types';
import { answersTo, compileAnswerCues, findingsIn, tellingAnswer } from './buyer-answers';
import { themeVerdicts } from './call-behaviours';
import { focusKeyOf, opportunityKeyOf, wentWellKeyOf } from './debrief-keys';
import { withinCallEffect } from './intervention-effects';
import type { EvidenceRef, MemoryFact, ObjectionFact, QuestionFact, ThemeKey } from './memory-schema';
import { MEMORY_SEEDS, type MemorySeeds } from './memory-seeds';
import { compileAcknowledgeCues, responseToObjection } from './objection-handling';
import { questionPattern } from './question-pattern';

export interface RetainInput {
  meta: Pick<CallMeta, 'callId' | 'repName' | 'startedAt'>;
  utterances: readonly LabeledUtterance[];
  report: CallReport;
  /** The settings the call was coached with (the engine's defaults when absent). */
  settings?: CoachSettings;
}

const SPIN = new Set<string>(SPIN_ACTS);
const themeFor = (themes: Map<string, ThemeKey>, key: string | null) => (key === null ? null : (themes.get(key) ?? null));

export function retainCall(input: RetainInput, seeds: MemorySeeds = MEMORY_SEEDS, methodology: Methodology = METHODOLOGY): MemoryFact[] {
  const { report } = input;
  const { analysis } = report;
  const settings = input.settings ?? DEFAULT_COACH_SETTINGS;
  const callId = input.meta.callId;
  const base = { callId, repName: input.meta.repName.trim() || seeds.retain.unnamedRep, callStartedAt: Math.max(Math.round(input.meta.startedAt), 0) };
  const utterances = [...input.utterances].sort((a, b) => a.startSec - b.startSec || a.endSec - b.endSec);
  const textById = new Map(utterances.map((line) => [line.id, line.text]));

  const refOf = (evidence: Evidence): EvidenceRef | null => {
    const quote = evidence.text ?? (evidence.utteranceId ? textById.get(evidence.utteranceId) : undefined);
    if (!quote) return null;
    return { callId, atSec: Math.max(evidence.atSec, 0), utteranceId: evidence.utteranceId, speaker: evidence.speaker, quote };
  };
  const refsOf = (evidence: readonly Evidence[]) => evidence.map(refOf).filter((ref): ref is EvidenceRef => ref !== null).slice(0, 10);
  const lineEvidence = (line: LabeledUtterance): Evidence => ({ utteranceId: line.id, atSec: line.startSec, speaker: line.speaker, text: line.text });
  const withRefs = (evidence: readonly Evidence[]) => {
    const refs = refsOf(evidence);
    return { evidence: refs, utteranceIds: refs.flatMap((ref) => (ref.utteranceId ? [ref.utteranceId] : [])) };
  };

  const facts: MemoryFact[] = [];

  const answerCues = compileAnswerCues(seeds.retain.answerCues);
  const callType = analysis.callType ?? 'discovery';
  // Only calls whose questions are discovery questions feed the Discovery Playbook.
  const keepsQuestions = seeds.retain.questionCallTypes.includes(callType);
  utterances.forEach((line, index) => {
    if (!keepsQuestions || line.label.role !== 'rep' || !SPIN.has(line.label.act)) return;
    const act = line.label.act as SpinAct;
    const answers = answersTo(utterances, index, seeds.retain, methodology.cues);
    const pattern = questionPattern(line.text, act, seeds.retain.questionPattern);
    const telling = tellingAnswer(answers, answerCues);
    const fact: QuestionFact = {
      ...base,
      ...withRefs([lineEvidence(line), ...(telling ? [lineEvidence(telling)] : [])]),
      id: `${callId}#q${facts.length}`,
      kind: 'question',
      atSec: line.startSec,
      act,
      pattern: pattern.key,
      patternLabel: pattern.label,
      text: line.text,
      drew: findingsIn(answers, answerCues),
    };
    facts.push(fact);
  });

  const effectContext = { utterances, analysis, thresholds: settings.thresholds, seeds: seeds.interventions.withinCall };
  report.nudges.forEach((nudge, index) => {
    const repliedWith = utterances.find((line) => line.role === 'rep' && line.startSec >= nudge.atSec);
    facts.push({
      ...base,
      ...withRefs([...nudge.evidence, ...(repliedWith ? [lineEvidence(repliedWith)] : [])]),
      id: `${callId}#n${index}`,
      kind: 'nudge',
      atSec: nudge.atSec,
      nudgeKind: nudge.kind,
      title: nudge.title,
      effect: withinCallEffect(nudge, effectContext),
    });
  });

  const themes = seeds.themes.themes;
  const themeByOpportunity = new Map<string, ThemeKey>();
  const themeByWentWell = new Map<string, ThemeKey>();
  for (const theme of seeds.themes.order) {
    themeByOpportunity.set(themes[theme].debriefOpportunity, theme);
    const wentWell = themes[theme].debriefWentWell;
    if (wentWell) themeByWentWell.set(wentWell, theme);
  }
  const preferredEvidence = new Map<string, Evidence[]>();
  // The debrief was written in the rep's coaching language, whichever it was then.
  const wordings = [methodology.debriefWording, ...COACHING_LOCALES.map((locale) => methodologyFor(locale).debriefWording)];
  report.debrief.wentWell.forEach((point, index) => {
    const key = wentWellKeyOf(point, wordings);
    const theme = themeFor(themeByWentWell, key);
    if (theme && !preferredEvidence.has(`${theme}:strength`)) preferredEvidence.set(`${theme}:strength`, point.evidence);
    facts.push({ ...base, ...withRefs(point.evidence), id: `${callId}#w${index}`, kind: 'debrief', side: 'went_well', atSec: point.atSec, text: point.text, debriefKey: key, theme });
  });
  report.debrief.opportunities.forEach((opportunity, index) => {
    const key = opportunityKeyOf(opportunity, wordings);
    const theme = themeFor(themeByOpportunity, key);
    if (theme && !preferredEvidence.has(`${theme}:gap`)) preferredEvidence.set(`${theme}:gap`, opportunity.evidence);
    const text = `${opportunity.moment} ${opportunity.whatHappened} ${opportunity.tryInstead}`;
    facts.push({ ...base, ...withRefs(opportunity.evidence), id: `${callId}#o${index}`, kind: 'debrief', side: 'opportunity', atSec: opportunity.atSec, text, debriefKey: key, theme });
  });

  const objectionSeeds = seeds.retain.objectionResponse;
  const acknowledgeCues = compileAcknowledgeCues(objectionSeeds);
  const objectionFacts: ObjectionFact[] = analysis.objections.map((objection, index) => {
    const response = responseToObjection(objection, utterances, objectionSeeds, acknowledgeCues, methodology.cues);
    const evidence: Evidence[] = [
      { utteranceId: objection.utteranceId, atSec: objection.atSec, speaker: objection.speaker, text: objection.text },
      ...response.responseLines.map(lineEvidence),
    ];
    return { ...base, ...withRefs(evidence), id: `${callId}#x${index}`, kind: 'objection', atSec: objection.atSec, category: objection.category, handling: response.handling };
  });
  facts.push(...objectionFacts);

  const focusKey = focusKeyOf(report.debrief.skillConnection.focus, wordings);
  const durationSec = analysis.durationSec;
  facts.push({
    ...base,
    id: `${callId}#quality`,
    kind: 'call_quality',
    atSec: 0,
    utteranceIds: [],
    evidence: [],
    durationSec,
    repTalkShare: analysis.repTalkShare,
    longestMonologueSec: analysis.longestRepMonologueSec,
    firstPitchSec: analysis.firstPitchSec,
    questionCounts: { ...analysis.questionCounts },
    checklistGaps: Object.entries(analysis.checklist).flatMap(([item, covered]) => (covered ? [] : [item as keyof typeof analysis.checklist])),
    upfrontContract: analysis.upfrontContract,
    nextStep: analysis.nextStep,
    objectionCount: analysis.objections.length,
    coachingFocus: themeFor(themeByOpportunity, focusKey),
    focusText: report.debrief.skillConnection.focus,
  });

  const plan = planCall(Math.max(settings.thresholds.plannedCallMinutes * 60, durationSec), settings.thresholds);
  const verdicts = themeVerdicts(
    {
      analysis,
      utterances,
      plan,
      thresholds: settings.thresholds,
      rules: seeds.themes.rules,
      talkShareFigure: seeds.themes.talkShareFigure,
      objections: objectionFacts.map((fact) => ({
        handling: fact.handling,
        evidence: fact.evidence.map((ref) => ({ utteranceId: ref.utteranceId, atSec: ref.atSec, speaker: ref.speaker, text: ref.quote })),
      })),
    },
    seeds.themes.order,
    preferredEvidence,
    (theme, polarity) => {
      const byType = methodology.debriefWording.byCallType[callType];
      const key = polarity === 'gap' ? themes[theme].debriefOpportunity : themes[theme].debriefWentWell;
      return key !== null && (polarity === 'gap' ? (byType.opportunityOrder as readonly string[]) : (byType.wentWellOrder as readonly string[])).includes(key);
    },
  );
  for (const verdict of verdicts) {
    const refs = withRefs(verdict.evidence);
    if (refs.evidence.length === 0) continue;
    facts.push({ ...base, ...refs, id: `${callId}#b-${verdict.theme}`, kind: 'behaviour', atSec: refs.evidence[0].atSec, theme: verdict.theme, polarity: verdict.polarity });
  }
  return facts;
}
