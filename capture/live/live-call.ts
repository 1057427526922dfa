// The content script's live loop for one meeting frame: caption revisions from the platform adapter go through the
// coaching engine (labels, analysis, nudges), into the overlay's store for the rep, and into the outbox for the
// background to store. A call starts when captions first flow and ends when the adapter sees the rep leave.
import type { CallState, CaptionSink } from '../caption-adapter';
import type { LineClassifier } from '../../lib/engine/labeling';
import { createCoachSession, type CoachSession } from '../../lib/engine/session';
import type { CoachSettingsOverrides } from '../../lib/engine/settings';
import type { Methodology } from '../../lib/engine/methodology';
import { MAX_CAPTION_CHARS, MAX_SPEAKER_CHARS, type CapturedUtterance } from '../../lib/messages';
import type { CallAnalysis } from '../../lib/engine/analysis-types';
import type { CallType, Nudge, Platform, UtteranceRevision } from '../../lib/types';
import type { LiveCallStore } from './live-call-store';
import { MODEL_TIER_SETTINGS } from '../../lib/model-tier/model-tier-settings';
import type { RefineLine, RefineReply } from '../../lib/model-tier/messages';
import { createRefinementQueue, type RefinementQueue } from '../../lib/model-tier/refinement-queue';
import type { CaptureOutbox } from './capture-outbox';

export interface LiveCallOptions {
  platform: Platform;
  outbox: CaptureOutbox;
  live: LiveCallStore;
  classifier: LineClassifier;
  repNames: () => string[];
  settings: () => CoachSettingsOverrides;
  /** The methodology in the rep's coaching language (its words; the rules are the same in each); English without it. */
  methodology?: Methodology;
  now: () => number;
  newCallId: () => string;
  title: () => string;
  /** Asks the opt-in model tier to re-label lines; without it the fast labels stand. */
  refine?: (lines: RefineLine[]) => Promise<RefineReply>;
  log?: (message: string) => void;
}

export interface LiveCall extends CaptionSink {
  /** Time-based checks and the popup's live figures; the content script calls it every second during a call. */
  tick(): void;
  /** The page is going away: store what is left and mark the call ended. */
  unload(): void;
  /** The rep corrected the call type in the overlay: coaching follows it at once and the store keeps it. */
  setCallType(callType: CallType | undefined): void;
}

/** A card stays up while its line is still an objection: not taken back by the buyer, not re-read as an answer. */
function stillStands(card: Nudge, analysis: CallAnalysis): boolean {
  const lineId = card.evidence[0]?.utteranceId;
  return analysis.objections.some((moment) => moment.utteranceId === lineId && moment.withdrawnAtSec === undefined);
}

/** An objection card stays up this long unless the rep dismisses it. */
const OBJECTION_CARD_SEC = 90;
/** How often the popup's copy of the live figures is refreshed in the store. */
const ANALYSIS_SNAPSHOT_EVERY_MS = 5_000;

interface RunningCall {
  callId: string;
  startedAt: number;
  session: CoachSession;
  /** The newest version of each line sent to the store, so a model label can be stored on it. */
  capturedById: Map<string, CapturedUtterance>;
  refinement: RefinementQueue | null;
  lastSnapshotAt: number;
}

/** Cuts page text to what a message may carry (keeping surrogate pairs whole), so an overlong line is stored cut, not lost. */
function clipped(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const lastKept = text.charCodeAt(maxChars - 1);
  return text.slice(0, lastKept >= 0xd800 && lastKept <= 0xdbff ? maxChars - 1 : maxChars);
}

export function createLiveCall(options: LiveCallOptions): LiveCall {
  const { live, outbox } = options;
  let call: RunningCall | null = null;

  const start = (): RunningCall => {
    const startedAt = options.now();
    const running: RunningCall = {
      callId: options.newCallId(),
      startedAt,
      session: createCoachSession({
        callStartedAt: startedAt,
        repNames: options.repNames(),
        classifier: options.classifier,
        settings: options.settings(),
        methodology: options.methodology,
      }),
      capturedById: new Map(),
      refinement: null,
      lastSnapshotAt: startedAt,
    };
    if (options.refine) {
      running.refinement = createRefinementQueue({
        settings: MODEL_TIER_SETTINGS.refinement,
        refine: options.refine,
        onLabel: (utteranceId, label) => applyModelLabel(running, utteranceId, label),
        onStopped: (message) => options.log?.(`model tier: ${message}`),
      });
    }
    outbox.send({
      type: 'call-started',
      callId: running.callId,
      platform: options.platform,
      title: options.title().slice(0, 500),
      repName: options.repNames()[0] ?? 'You',
      startedAt,
    });
    live.setState({ status: 'live', platform: options.platform, callId: running.callId, startedAt, analysis: running.session.analysis(), nudge: null, objection: null });
    return running;
  };

  const showCoaching = (running: RunningCall, raised: Nudge[]) => {
    if (raised.length > 0) outbox.send({ type: 'nudges', callId: running.callId, nudges: raised });
    const nowSec = (options.now() - running.startedAt) / 1000;
    const newestObjection = raised.filter((nudge) => nudge.kind === 'objection').at(-1);
    const shownObjection = newestObjection ?? live.getState().objection;
    const analysis = running.session.analysis();
    live.setState({
      analysis,
      nudge: running.session.currentNudge(),
      objection: shownObjection && nowSec - shownObjection.atSec < OBJECTION_CARD_SEC && stillStands(shownObjection, analysis) ? shownObjection : null,
    });
  };

  /** The model tier re-labelled a line: the engine and the stored line take the model's label. */
  const applyModelLabel = (running: RunningCall, utteranceId: string, label: CapturedUtterance['label']) => {
    const captured = running.capturedById.get(utteranceId);
    if (!captured || call !== running) return;
    running.session.relabel(utteranceId, label);
    const relabeled: CapturedUtterance = { ...captured, label, revision: captured.revision + 1 };
    running.capturedById.set(utteranceId, relabeled);
    outbox.putUtterance(running.callId, relabeled);
    showCoaching(running, []);
  };

  const end = (reason: 'left' | 'unload') => {
    if (!call) return;
    call.refinement?.endCall();
    outbox.send({ type: 'call-ended', callId: call.callId, endedAt: options.now(), reason });
    outbox.flush();
    call = null;
    live.setState({ status: 'ended', nudge: null, objection: null });
  };

  return {
    revision(shown: UtteranceRevision) {
      if (shown.text.trim().length === 0) return;
      // Adapters cap what they read, but a merged line (Zoom's rolling window) can outgrow a message.
      const revision = { ...shown, text: clipped(shown.text, MAX_CAPTION_CHARS), speaker: clipped(shown.speaker, MAX_SPEAKER_CHARS) };
      call ??= start();
      const running = call;
      const { utterance, nudges } = running.session.ingest(revision);
      const { settled: _settled, ...line } = utterance;
      const captured: CapturedUtterance = {
        ...line,
        self: revision.self,
        capturedAt: revision.updatedAt,
        final: revision.final,
        revision: (running.capturedById.get(utterance.id)?.revision ?? 0) + 1,
      };
      running.capturedById.set(utterance.id, captured);
      outbox.putUtterance(running.callId, captured);
      running.refinement?.offer(captured);
      if (live.getState().status !== 'live') live.setState({ status: 'live' });
      showCoaching(running, nudges);
    },

    callState(state: CallState) {
      if (state === 'ended') return end('left');
      if (state === 'captions-on') {
        call ??= start();
        live.setState({ status: 'live' });
      }
      if (state === 'captions-off') live.setState({ status: 'captions-off', platform: options.platform });
      if (state === 'idle' && !call) live.setState({ status: 'idle' });
    },

    tick() {
      if (!call) return;
      const running = call;
      showCoaching(running, running.session.tick(options.now()));
      if (options.now() - running.lastSnapshotAt >= ANALYSIS_SNAPSHOT_EVERY_MS) {
        running.lastSnapshotAt = options.now();
        outbox.send({ type: 'analysis', callId: running.callId, analysis: { ...running.session.analysis() } });
      }
    },

    unload() {
      end('unload');
    },

    setCallType(callType) {
      if (!call) return;
      const running = call;
      running.session.setCallType(callType);
      outbox.send({ type: 'call-type', callId: running.callId, callType });
      // The shown nudge is re-read: one of a kind the new type does not coach (early-pitch in a pricing call) goes.
      showCoaching(running, []);
    },
  };
}
