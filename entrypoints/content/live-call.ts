// The content script's live loop for one meeting frame: caption revisions from the platform adapter go through the
// coaching engine (labels, analysis, nudges), into the overlay's store for the rep, and into the outbox for the
// background to store. A call starts when captions first flow and ends when the adapter sees the rep leave.
import type { CallState, CaptionSink } from '../../capture/caption-adapter';
import type { LineClassifier } from '../../lib/engine/labeling';
import { createCoachSession, type CoachSession } from '../../lib/engine/session';
import type { CoachSettingsOverrides } from '../../lib/engine/settings';
import type { CapturedUtterance } from '../../lib/messages';
import type { Nudge, Platform, UtteranceRevision } from '../../lib/types';
import type { LiveCallStore } from '../../components/overlay/live-call-store';
import type { CaptureOutbox } from './capture-outbox';

export interface LiveCallOptions {
  platform: Platform;
  outbox: CaptureOutbox;
  live: LiveCallStore;
  classifier: LineClassifier;
  repNames: () => string[];
  settings: () => CoachSettingsOverrides;
  now: () => number;
  newCallId: () => string;
  title: () => string;
}

export interface LiveCall extends CaptionSink {
  /** Time-based checks and the popup's live figures; the content script calls it every second during a call. */
  tick(): void;
  /** The page is going away: store what is left and mark the call ended. */
  unload(): void;
}

/** An objection card stays up this long unless the rep dismisses it. */
const OBJECTION_CARD_SEC = 90;
/** How often the popup's copy of the live figures is refreshed in the store. */
const ANALYSIS_SNAPSHOT_EVERY_MS = 5_000;

interface RunningCall {
  callId: string;
  startedAt: number;
  session: CoachSession;
  revisionsById: Map<string, number>;
  lastSnapshotAt: number;
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
      }),
      revisionsById: new Map(),
      lastSnapshotAt: startedAt,
    };
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
    live.setState({
      analysis: running.session.analysis(),
      nudge: running.session.currentNudge(),
      objection: shownObjection && nowSec - shownObjection.atSec < OBJECTION_CARD_SEC ? shownObjection : null,
    });
  };

  const end = (reason: 'left' | 'unload') => {
    if (!call) return;
    outbox.send({ type: 'call-ended', callId: call.callId, endedAt: options.now(), reason });
    outbox.flush();
    call = null;
    live.setState({ status: 'ended', nudge: null, objection: null });
  };

  return {
    revision(revision: UtteranceRevision) {
      if (revision.text.trim().length === 0) return;
      call ??= start();
      const running = call;
      const { utterance, nudges } = running.session.ingest(revision);
      const revisionNumber = (running.revisionsById.get(utterance.id) ?? 0) + 1;
      running.revisionsById.set(utterance.id, revisionNumber);
      const captured: CapturedUtterance = {
        ...utterance,
        self: revision.self,
        capturedAt: revision.updatedAt,
        final: revision.final,
        revision: revisionNumber,
      };
      outbox.putUtterance(running.callId, captured);
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
  };
}
