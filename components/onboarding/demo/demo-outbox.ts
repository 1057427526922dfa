// The demo's outbox: the live loop hands it the call the way it hands the real one to the background, and it keeps
// everything in memory only. The demo call is never stored: it would show up in the rep's call history, trends
// and coaching memory as if the rep had made it. At the end the debrief comes from the same replay of the labeled
// lines that the background runs when it closes a real call (store/call-finisher.ts).
import type { Methodology } from '@/lib/engine/methodology';
import type { CallReport } from '../../../lib/engine/analysis-types';
import type { LineClassifier } from '../../../lib/engine/labeling';
import type { CoachSettingsOverrides } from '../../../lib/engine/settings';
import type { CapturedUtterance } from '../../../lib/messages';
import type { LabeledUtterance, Nudge } from '../../../lib/types';
import { reportFromUtterances } from '../../../store/call-finisher';
import type { CaptureOutbox } from '@/capture/live/capture-outbox';

type StartMessage = Extract<Parameters<CaptureOutbox['send']>[0], { type: 'call-started' }>;

export interface DemoOutbox extends CaptureOutbox {
  /** Nudges the live loop raised so far, in the order it raised them. */
  raisedNudges(): Nudge[];
  /** The finished call's report, or null before the call started. */
  report(options: { classifier: LineClassifier; settings?: CoachSettingsOverrides; methodology?: Methodology }): CallReport | null;
}

export function createDemoOutbox(onCallEnded: () => void): DemoOutbox {
  let started: StartMessage | null = null;
  const lines = new Map<string, CapturedUtterance>();
  const nudges: Nudge[] = [];

  const asLabeled = ({ id, speaker, role, text, startSec, endSec, label }: CapturedUtterance): LabeledUtterance => ({
    id,
    speaker,
    role,
    text,
    startSec,
    endSec,
    label,
    settled: true,
  });

  return {
    send(message) {
      if (message.type === 'call-started') started = message;
      else if (message.type === 'nudges') nudges.push(...message.nudges);
      else if (message.type === 'call-ended') onCallEnded();
    },
    putUtterance(_callId, utterance) {
      lines.set(utterance.id, utterance);
    },
    flush() {},
    pendingCount: () => 0,
    close() {},
    raisedNudges: () => [...nudges],
    report({ classifier, settings, methodology }) {
      if (!started) return null;
      const replayed = reportFromUtterances(started, [...lines.values()].map(asLabeled), { classifier, settings, methodology });
      // As for a stored call: the nudges the rep saw live are the report's nudges.
      return nudges.length > 0 ? { ...replayed, nudges: [...nudges].sort((a, b) => a.atSec - b.atSec) } : replayed;
    },
  };
}
