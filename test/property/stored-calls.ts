// Realistic stored calls for the import and upgrade tests: a seed call script captured the way the background stores
// a live call (start, labeled lines, the nudges raised, end, report), then remembered by the coaching memory.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCallScript, REP_SPEAKER, type CallScript } from '../../lib/call-script/call-script';
import { defaultClassifier } from '../../lib/classifier';
import { labelLine } from '../../lib/engine/labeling';
import type { CapturedUtterance } from '../../lib/messages';
import { applyCaptureMessage } from '../../store/capture-writer';
import { finishCall, reportFromUtterances } from '../../store/call-finisher';
import type { CoachDatabase } from '../../store/database';
import { rememberCall } from '../../store/memory-store';

const ROOT = path.resolve(import.meta.dirname, '../..');

export function seedScript(name: string): CallScript {
  return parseCallScript(JSON.parse(readFileSync(path.join(ROOT, 'seeds/calls', `${name}.json`), 'utf8')));
}

/** The script's lines as the content script reports them: labeled by the shipped classifier, final, on the call clock. */
export function capturedLines(script: CallScript, startedAt: number): CapturedUtterance[] {
  const classifier = defaultClassifier();
  return script.lines.map((line, index) => {
    const role = line.speaker === REP_SPEAKER ? 'rep' : 'buyer';
    const endSec = line.atSec + Math.max(line.text.split(/\s+/).length / 2.6, 0.6);
    return {
      id: `${script.id}-line-${index}`,
      speaker: role === 'rep' ? 'You' : line.speaker,
      role,
      self: role === 'rep',
      text: line.text,
      startSec: line.atSec,
      endSec,
      capturedAt: startedAt + endSec * 1000,
      final: true,
      revision: 3,
      label: labelLine(classifier, role, line.text),
    };
  });
}

/** Stores `script` as a finished live call with id `callId`, and lets the coaching memory learn from it. */
export async function storeFinishedCall(db: CoachDatabase, callId: string, script: CallScript, startedAt: number): Promise<void> {
  const lines = capturedLines(script, startedAt);
  const endedAt = startedAt + Math.round((lines.at(-1)!.endSec + 5) * 1000);
  let seq = 0;
  await applyCaptureMessage(db, { seq: seq++, type: 'call-started', callId, platform: 'meet', title: script.title, repName: script.repName, startedAt }, startedAt);
  await applyCaptureMessage(db, { seq: seq++, type: 'utterances', callId, items: lines }, endedAt - 5_000);
  const call = { callId, platform: 'meet' as const, title: script.title, repName: script.repName, startedAt };
  const { nudges } = reportFromUtterances(call, lines.map((line) => ({ ...line, settled: true })), { classifier: defaultClassifier() });
  if (nudges.length > 0) await applyCaptureMessage(db, { seq: seq++, type: 'nudges', callId, nudges }, endedAt - 4_000);
  await applyCaptureMessage(db, { seq: seq++, type: 'call-ended', callId, endedAt, reason: 'left' }, endedAt);
  await finishCall(db, callId, { status: 'ended', reason: 'left' }, { classifier: defaultClassifier(), now: endedAt + 1_000 });
  await rememberCall(db, callId, { now: endedAt + 2_000 });
}

export function firstLines(script: CallScript, count: number): CallScript {
  return { ...script, lines: script.lines.slice(0, count) };
}

/** `count` lines of a seed call from line `from` on, moved to start two seconds into the call. */
export function seedLines(name: string, from: number, count: number): CallScript {
  const script = seedScript(name);
  const lines = script.lines.slice(from, from + count);
  const shift = lines[0].atSec - 2;
  return { ...script, id: `${script.id}-${from}`, lines: lines.map((line) => ({ ...line, atSec: line.atSec - shift })) };
}
