// Plays a call of the whole-call corpus's dev half (seeds/calls/corpus/dev) as a call script, so e2e tests can
// replay realistic calls whose labels say what the call is. Never the held-out half: those calls only feed the
// aggregate figures of `npm run eval`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readCallFile } from '../../../lib/call-corpus/call-file';
import { parseCallScript, REP_SPEAKER, type CallScript } from '../../../lib/call-script/call-script';
import { ROOT } from '../../../scripts/browser/browser';

/** The dev call `id` as a call script; `untilSec` keeps only the lines that start before it. */
export function devCallScript(id: string, untilSec = Number.POSITIVE_INFINITY): CallScript {
  const call = readCallFile(JSON.parse(readFileSync(path.join(ROOT, 'seeds/calls/corpus/dev', `${id}.json`), 'utf8')));
  return parseCallScript({
    id: call.file.id,
    title: call.file.title,
    repName: call.file.rep,
    buyers: call.file.buyers.map((name) => ({ name })),
    lines: call.lines
      .filter((line) => line.startSec < untilSec)
      .map((line) => ({
        atSec: line.startSec,
        speaker: line.role === 'rep' ? REP_SPEAKER : line.speaker,
        text: line.text,
        durationSec: Math.max(line.endSec - line.startSec, 0.5),
      })),
  });
}

const vttTime = (sec: number) => new Date(Math.round(sec * 1000)).toISOString().slice(11, 23);

/** The dev call `id` as a meeting transcript (WebVTT) with its lines' times, to import with the times a replay compresses. */
export function devCallTranscript(id: string): string {
  const call = readCallFile(JSON.parse(readFileSync(path.join(ROOT, 'seeds/calls/corpus/dev', `${id}.json`), 'utf8')));
  const cues = call.lines.map((line) => `${vttTime(line.startSec)} --> ${vttTime(Math.max(line.endSec, line.startSec + 0.5))}\n<v ${line.speaker}>${line.text}`);
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}
