// The factual parts of the debrief: who was on the call and the measured figures next to what to aim for.
import { formatCallTime } from './clock-format';
import type { DebriefInput } from './debrief-moments';
import { stampOf } from './debrief-wording';
import { fillTemplate, type TemplateValues } from './template';
import { callTypeOf } from './debrief-grounding';
import type { FigureKey } from './methodology/schema';

export interface FigureRow {
  label: string;
  value: string;
  aim: string;
}

/** Buyer speakers in the order they first spoke. */
export function buyerNames({ utterances }: Pick<DebriefInput, 'utterances'>): string[] {
  const names = new Set<string>();
  for (const utterance of utterances) if (utterance.role === 'buyer') names.add(utterance.speaker);
  return [...names];
}

function isoDate(epochMs: number): string {
  return new Date(Number.isFinite(epochMs) ? epochMs : 0).toISOString().slice(0, 10);
}

export function callDate(input: Pick<DebriefInput, 'meta'>): string {
  return isoDate(input.meta.startedAt);
}

/** The call type and where it came from: the rep, the opening, or the default. */
function callTypeDetail(input: DebriefInput): string {
  const { details, byCallType } = input.methodology.debriefWording;
  const callTypeLabel = byCallType[callTypeOf(input)].label;
  const template =
    input.analysis.callTypeSource === 'rep' ? details.callTypeByRep : input.analysis.callTypeSource === 'detected' ? details.callTypeDetected : details.callTypeDefault;
  return fillTemplate(input.analysis.callTypeSource ? template : details.callTypeValue, { callTypeLabel });
}

/** Label/value pairs of the "Call Details" section, in the coaching template's order. */
export function callDetails(input: DebriefInput): Array<[string, string]> {
  const { details } = input.methodology.debriefWording;
  const { meta, analysis } = input;
  const names = buyerNames(input);
  const attendees = names.length > 0 ? names.map((name) => fillTemplate(details.attendee, { name })).join(', ') : details.attendeesNone;
  const duration = fillTemplate(details.durationValue, {
    minutes: Math.round(analysis.durationSec / 60),
    clock: formatCallTime(analysis.durationSec),
  });
  return [
    [details.rep, meta.repName],
    [details.account, meta.title],
    [details.callType, callTypeDetail(input)],
    [details.attendees, attendees],
    [details.date, callDate(input)],
    [details.duration, duration],
    [details.platform, details.platformBySource[meta.platform]],
    [details.recording, details.recordingBySource[meta.platform]],
  ];
}

export function figureRows(input: DebriefInput): FigureRow[] {
  const { analysis, plan, moments, methodology, settings } = input;
  const wording = methodology.debriefWording;
  const figures = wording.figures;
  const stamp = (atSec: number) => stampOf(wording, atSec);
  const limits = settings.thresholds;
  const row = (figure: typeof figures.talkShare, value: TemplateValues | null, aim: TemplateValues = {}): FigureRow => ({
    label: figure.label,
    value: value ? fillTemplate(figure.value, value) : (figure.none ?? ''),
    aim: fillTemplate(figure.aim, aim),
  });
  const coveredCount = Object.values(analysis.checklist).filter(Boolean).length;
  const totalItems = Object.keys(analysis.checklist).length;
  const objections = analysis.objections
    .map((objection) => fillTemplate(figures.objections.value, { category: objection.category, at: stamp(objection.atSec) }))
    .join(', ');
  const contractAt = moments.contractLines[0]?.startSec;
  const nextStepAt = moments.nextStepLine?.startSec;

  const rows: Record<FigureKey, FigureRow> = {
    talkShare: row(
      figures.talkShare,
      {
        sharePct: Math.round(analysis.repTalkShare * 100),
        repTime: formatCallTime(analysis.repTalkSec),
        talkTime: formatCallTime(analysis.repTalkSec + analysis.buyerTalkSec),
      },
      { maxPct: Math.round(limits.talkShare.max * 100) },
    ),
    monologue: row(
      figures.monologue,
      analysis.longestRepMonologueAtSec === null
        ? null
        : { duration: formatCallTime(analysis.longestRepMonologueSec), at: stamp(analysis.longestRepMonologueAtSec) },
      { maxTime: formatCallTime(limits.monologue.maxSec) },
    ),
    firstPitch: row(figures.firstPitch, analysis.firstPitchSec === null ? null : { at: stamp(analysis.firstPitchSec) }, {
      earlyTime: formatCallTime(plan.earlyPitchBeforeSec),
    }),
    questions: row(figures.questions, { ...analysis.questionCounts }),
    objections: { label: figures.objections.label, value: objections || (figures.objections.none ?? ''), aim: figures.objections.aim },
    checklist: {
      label: figures.checklist.label,
      value:
        moments.gaps.length === 0
          ? fillTemplate(figures.checklist.complete ?? figures.checklist.value, { total: totalItems })
          : fillTemplate(figures.checklist.value, {
              covered: coveredCount,
              total: totalItems,
              gaps: moments.gaps.map((item) => methodology.playbook.checklistLabels[item]).join(', '),
            }),
      aim: figures.checklist.aim,
    },
    upfrontContract: row(figures.upfrontContract, analysis.upfrontContract && contractAt !== undefined ? { at: stamp(contractAt) } : null),
    nextStep: row(figures.nextStep, analysis.nextStep && nextStepAt !== undefined ? { at: stamp(nextStepAt) } : null),
    pause: row(
      figures.pause,
      analysis.medianPauseAfterQuestionSec === null ? null : { seconds: analysis.medianPauseAfterQuestionSec.toFixed(1) },
    ),
  };
  // Only the figures this call type is judged on: a pricing call has no "first pitch after 15:00" to aim for.
  return wording.byCallType[callTypeOf(input)].figures.map((key) => rows[key]);
}
