// A live coaching session for one call: caption revisions in, labeled utterances, analysis and nudges out.
// The content script feeds it as captions change; the CLI and imports replay finished transcripts through it.
import type { CallReport } from './analysis-types';
import type {
  CallMeta,
  CallType,
  ChecklistItem,
  LabeledUtterance,
  Nudge,
  Utterance,
  UtteranceLabel,
  UtteranceRevision,
} from '../types';
import type { CallMoment } from './analyzers/analyzer';
import { allCandidates, createAnalyzers, readAnalysis } from './analyzers';
import { CallClock, type ClockCut } from './call-clock';
import { createCallTypeReader, nudgeAppliesTo, nudgesForCallType } from './call-type';
import { planCall, type CallPlan } from './call-plan';
import { buildDebrief } from './debrief';
import { CONTEXT_LOOKBACK_LINES, type ContextLine, type LineContext } from '../classifier/context-features';
import { countsAsObjection, labelLine, likeliestObjection, type LineClassifier } from './labeling';
import { METHODOLOGY, type Methodology } from './methodology';
import { createNudgePolicy } from './nudge-policy';
import { storyRunningSec } from './analyzers/customer-story';
import { BENCHMARKS } from './benchmarks';
import { normalizedRepNames, placeRevision } from './placement';
import { resolveCoachSettings, type CoachSettings, type CoachSettingsOverrides } from './settings';
import { Timeline } from './timeline';

export interface CoachSessionOptions {
  /** Epoch milliseconds of the call's start; every time in the session is seconds from here. */
  callStartedAt: number;
  repNames?: string[];
  classifier: LineClassifier;
  settings?: CoachSettingsOverrides;
  /** The call type the rep chose; without it the type is read from the call's opening. */
  callType?: CallType;
  /** The methodology in the rep's language (methodologyFor); English without it. Its rules are the same in every language. */
  methodology?: Methodology;
}

export interface CoachSession {
  /** A new caption or a new version of one; `nudges` are the ones newly raised by it. */
  ingest(revision: UtteranceRevision): { utterance: LabeledUtterance; nudges: Nudge[] };
  /** Time-based checks (an opening without a contract, a call ending without a next step); newly raised nudges. */
  tick(nowMs: number): Nudge[];
  analysis(): ReturnType<typeof readAnalysis>;
  /** The nudge the overlay shows now, or null (never one of a kind the call's type does not coach). */
  currentNudge(): Nudge | null;
  utterances(): LabeledUtterance[];
  /** The model tier overrides a label; ignored for an unknown id or a label of the other role. */
  relabel(utteranceId: string, label: UtteranceLabel): void;
  /** The rep corrects the call type (`undefined`: back to the type read from the call); nudges that do not apply to it are withdrawn. */
  setCallType(callType: CallType | undefined): void;
  report(meta: CallMeta): CallReport;
}

/** The session plus the entry point replays use: an utterance already placed on the timeline. */
export interface SessionCore extends Omit<CoachSession, 'ingest' | 'tick'> {
  /**
   * `utterance` times and `nowSec` are raw seconds from the call start; the stored utterance is on the call
   * clock, which leaves out caption blackouts longer than the `sleepGapSec` threshold.
   */
  ingestUtterance(utterance: Utterance | LabeledUtterance, nowSec: number): { utterance: LabeledUtterance; nudges: Nudge[] };
  evaluate(nowSec: number): Nudge[];
  /** The blackouts cut from the call clock so far. */
  clockCuts(): ClockCut[];
  readonly settings: CoachSettings;
}

interface KnownLabel {
  role: Utterance['role'];
  text: string;
  label: UtteranceLabel;
}

/** How many buyer rows before a rep's acknowledgement it may confirm: one turn, split over caption rows. */
export const ACKNOWLEDGED_TURN_ROWS = 3;

export function createSessionCore(options: Omit<CoachSessionOptions, 'callStartedAt'>): SessionCore {
  const settings = resolveCoachSettings(options.settings);
  const methodology = options.methodology ?? METHODOLOGY;
  const plannedSec = settings.thresholds.plannedCallMinutes * 60;
  const timeline = new Timeline();
  const clock = new CallClock(settings.thresholds.sleepGapSec);
  const analyzers = createAnalyzers({ settings, methodology, timeline });
  const policy = createNudgePolicy(settings, methodology);
  const classifyCallType = options.classifier.classifyCallType?.bind(options.classifier);
  const callType = createCallTypeReader(methodology.callTypes, { chosenByRep: options.callType, learned: classifyCallType });
  const knownLabels = new Map<string, KnownLabel>();
  let lastNowSec = 0;
  let plan: CallPlan = planCall(plannedSec, settings.thresholds);

  /** The call is planned for `plannedSec`; once it runs over, its end moves with the clock. */
  const momentAt = (nowSec: number): CallMoment => {
    const expectedSec = Math.max(plannedSec, nowSec);
    if (expectedSec !== plan.durationSec) plan = planCall(expectedSec, settings.thresholds);
    return { nowSec, plan };
  };

  const contextLineOf = (line: LabeledUtterance): ContextLine => ({
    role: line.role,
    speaker: line.speaker,
    text: line.text,
    startSec: line.startSec,
    ...(line.label.role === 'rep' ? { act: line.label.act } : { objection: line.label.objection }),
  });

  /** The conversation just before a line: the lines heard before it started, and whether the rep had pitched. */
  const contextOf = (utterance: Utterance, startSec: number): LineContext => {
    const all = timeline.all();
    let end = all.length;
    while (end > 0 && (all[end - 1].startSec > startSec || all[end - 1].id === utterance.id)) end--;
    const previous = all.slice(Math.max(0, end - CONTEXT_LOOKBACK_LINES - 1), end).filter((line) => line.id !== utterance.id);
    const firstPitchSec = analyzers.firstPitch.result(momentAt(lastNowSec)).firstPitchSec;
    return {
      speaker: utterance.speaker,
      startSec,
      lineIndex: end,
      previous: previous.slice(-CONTEXT_LOOKBACK_LINES).map(contextLineOf),
      pitchedBefore: firstPitchSec !== null && firstPitchSec < startSec,
    };
  };

  const labelFor = (utterance: Utterance | LabeledUtterance, startSec: number): UtteranceLabel => {
    if ('label' in utterance && utterance.label.role === utterance.role) return utterance.label;
    const known = knownLabels.get(utterance.id);
    if (known && known.text === utterance.text && known.role === utterance.role) return known.label;
    return labelLine(options.classifier, utterance.role, utterance.text, contextOf(utterance, startSec), settings.thresholds.objection);
  };

  const store = (labeled: LabeledUtterance) => {
    knownLabels.set(labeled.id, { role: labeled.role, text: labeled.text, label: labeled.label });
    const previous = timeline.upsert(labeled);
    for (const analyzer of Object.values(analyzers)) analyzer.update(labeled, previous);
  };

  /** Buyer rows already read again for a rep's acknowledgement, with the text they were read at. */
  const readForAcknowledgement = new Map<string, string>();

  /**
   * The rep acknowledges pushback ("that's fair", "I hear you": cues.objectionAcknowledged): each buyer row of the turn
   * just before that is no objection yet, but that the reader gives an objection category at
   * thresholds.objection.acknowledgedMinConfidence, counts as an objection of that category. The rep's reaction
   * confirms what the words alone left unsure ("oof okay um" after a price). With a reply head in the weights, a reply
   * it reads as answering pushback at thresholds.objection.replyMinConfidence acknowledges it as well: reps acknowledge
   * in more ways than a list of phrases holds. A model-tier label is left as it is.
   */
  const acknowledgesPushback = (repLine: LabeledUtterance) => {
    if (methodology.cues.objectionAcknowledged.some((cue) => cue.test(repLine.text))) return true;
    const pushback = options.classifier.replyPushback?.(repLine.text);
    return pushback != null && pushback >= settings.thresholds.objection.replyMinConfidence;
  };

  /** Reads the reply only when the turn before it has a row it could confirm: every rep caption revision comes here. */
  const confirmAcknowledgedPushback = (repLine: LabeledUtterance) => {
    if (repLine.role !== 'rep') return;
    const { minConfidence, acknowledgedMinConfidence } = settings.thresholds.objection;
    const all = timeline.all();
    const unsure: LabeledUtterance[] = [];
    for (let index = timeline.indexOf(repLine.id) - 1, rows = 0; index >= 0 && all[index].role === 'buyer' && rows < ACKNOWLEDGED_TURN_ROWS; index--, rows++) {
      const row = all[index];
      if (row.label.tier !== 'fast' || countsAsObjection(row.label, minConfidence) || readForAcknowledgement.get(row.id) === row.text) continue;
      unsure.push(row);
    }
    if (unsure.length === 0 || !acknowledgesPushback(repLine)) return;
    for (const row of unsure) {
      readForAcknowledgement.set(row.id, row.text);
      const pushback = likeliestObjection(options.classifier, row.text, contextOf(row, row.startSec));
      if (pushback && pushback.confidence >= acknowledgedMinConfidence) {
        store({ ...row, label: { role: 'buyer', ...pushback, tier: 'fast', acknowledgedBy: repLine.id } });
      }
    }
  };

  const firstGap = (): ChecklistItem | undefined => analyzers.checklist.result(momentAt(lastNowSec)).gaps[0];

  const evaluate = (nowSec: number): Nudge[] => {
    lastNowSec = Math.max(lastNowSec, clock.toCallSec(nowSec));
    const moment = momentAt(lastNowSec);
    const type = callType.current().callType;
    const candidates = allCandidates(analyzers, moment).filter((candidate) => nudgeAppliesTo(methodology.callTypes, type, candidate.kind));
    const buyerMidStory = storyRunningSec(timeline.all(), lastNowSec, settings.thresholds.speech) >= BENCHMARKS.story.holdNudgesAfterSec;
    return policy.consider(candidates, lastNowSec, firstGap, { buyerMidStory, neverHold: BENCHMARKS.story.neverHold });
  };

  const ingestUtterance = (utterance: Utterance | LabeledUtterance, nowSec: number) => {
    clock.noteActivity(utterance.startSec);
    clock.noteActivity(nowSec);
    const startSec = clock.toCallSec(utterance.startSec);
    const labeled: LabeledUtterance = {
      id: utterance.id,
      speaker: utterance.speaker,
      role: utterance.role,
      text: utterance.text,
      startSec,
      endSec: clock.toCallSec(utterance.endSec),
      label: labelFor(utterance, startSec),
      ...(utterance.settled ? { settled: true } : {}),
    };
    store(labeled);
    confirmAcknowledgedPushback(labeled);
    callType.hear(labeled.id, labeled.role, labeled.text, labeled.startSec);
    return { utterance: labeled, nudges: evaluate(nowSec) };
  };

  const withCallType = <A extends object>(result: A) => {
    const reading = callType.current();
    return { ...result, callType: reading.callType, callTypeSource: reading.source };
  };

  const analysis = () => {
    const durationSec = Math.max(lastNowSec, timeline.endSec());
    return withCallType(readAnalysis(analyzers, momentAt(durationSec), durationSec));
  };

  return {
    settings,
    ingestUtterance,
    evaluate,
    clockCuts: () => clock.cuts(),

    analysis,

    currentNudge() {
      const shown = policy.current(lastNowSec);
      return shown && nudgeAppliesTo(methodology.callTypes, callType.current().callType, shown.kind) ? shown : null;
    },

    utterances() {
      return [...timeline.all()];
    },

    setCallType(chosen) {
      callType.setByRep(chosen);
    },

    relabel(utteranceId, label) {
      const existing = timeline.get(utteranceId);
      if (!existing || existing.role !== label.role) return;
      store({ ...existing, label });
    },

    report(meta) {
      const durationSec = Math.max(lastNowSec, timeline.endSec());
      // The call is over: its phases fall where its real length puts them, not where the planned length would.
      const moment: CallMoment = { nowSec: durationSec, plan: planCall(durationSec, settings.thresholds) };
      const result = withCallType(readAnalysis(analyzers, moment, durationSec));
      const debrief = buildDebrief({
        analysis: result,
        utterances: timeline.all(),
        meta,
        settings,
        methodology,
        plan: moment.plan,
        moments: {
          firstPitchLine: analyzers.firstPitch.result(moment).firstPitchUtterance,
          contractLines: analyzers.upfrontContract.result(moment).contractLines,
          nextStepLine: analyzers.nextStep.result(moment).nextStepLine,
          gaps: analyzers.checklist.result(moment).gaps,
        },
      });
      return { analysis: result, nudges: nudgesForCallType(methodology.callTypes, result.callType, policy.raised()), debrief };
    },
  };
}

export function createCoachSession(options: CoachSessionOptions): CoachSession {
  const core = createSessionCore(options);
  const repNames = normalizedRepNames(options.repNames);
  const toSec = (epochMs: number) => Math.max((epochMs - options.callStartedAt) / 1000, 0);
  return {
    ...core,
    ingest(revision) {
      const utterance = placeRevision(revision, options.callStartedAt, repNames, core.settings.thresholds.speech);
      return core.ingestUtterance(utterance, toSec(revision.updatedAt));
    },
    tick(nowMs) {
      return core.evaluate(toSec(nowMs));
    },
  };
}
