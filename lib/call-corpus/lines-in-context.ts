// The lines of whole labeled calls as training lines for the text heads, each with the conversation before it
// (the earlier lines with their labels, whether the rep had pitched). Only dev calls are ever read this way.
import type { CorpusLine } from '../classifier/corpus';
import { CONTEXT_LOOKBACK_LINES, type ContextLine, type LineContext } from '../classifier/context-features';
import type { LabeledReply } from '../classifier/train-pipeline';
import { ACKNOWLEDGED_TURN_ROWS } from '../engine/session';
import type { ObjectionCategory, RepAct } from '../types';
import type { CorpusCall } from './call-file';

export interface CallLinesInContext {
  rep: CorpusLine<RepAct>[];
  buyer: CorpusLine<ObjectionCategory>[];
}

/** The context of each line of a call, as the live session would build it from the lines' labels. */
export function contextsOf(call: CorpusCall): LineContext[] {
  const heard: ContextLine[] = [];
  let pitchedAtSec: number | null = null;
  return call.lines.map((line) => {
    const context: LineContext = {
      speaker: line.speaker,
      startSec: line.startSec,
      lineIndex: line.index,
      previous: heard.slice(-CONTEXT_LOOKBACK_LINES),
      pitchedBefore: pitchedAtSec !== null && pitchedAtSec < line.startSec,
    };
    if (line.act === 'pitch') pitchedAtSec ??= line.startSec;
    heard.push({ role: line.role, speaker: line.speaker, text: line.text, startSec: line.startSec, act: line.act, objection: line.objection });
    return context;
  });
}

/**
 * How many times each call line enters training. Three copies read whole dev calls a little better in
 * cross-validation by call (scripts/cv-calls.ts: objection precision 0.70 vs 0.66 at the same recall) but pull the
 * shared character features away from single lines (objections test split 0.903 → 0.887, under the floor), so one.
 */
export const CALL_LINE_WEIGHT = 1;

export function callLinesInContext(calls: readonly CorpusCall[], weight = CALL_LINE_WEIGHT): CallLinesInContext {
  const lines: CallLinesInContext = { rep: [], buyer: [] };
  for (const call of calls) {
    const contexts = contextsOf(call);
    for (const line of call.lines) {
      const base = { text: line.text, style: call.file.style, source: `calls/${call.file.id}:${line.index}`, context: contexts[line.index] };
      for (let copy = 0; copy < weight; copy++) {
        if (line.act) lines.rep.push({ ...base, label: line.act });
        else if (line.objection) lines.buyer.push({ ...base, label: line.objection });
      }
    }
  }
  return lines;
}

/**
 * The rep's first line after each buyer turn of the calls, with whether that turn (its last ACKNOWLEDGED_TURN_ROWS
 * rows, as the session reads an acknowledgement) holds an objection: the training examples of the reply head.
 */
export function repliesOf(calls: readonly CorpusCall[]): LabeledReply[] {
  const replies: LabeledReply[] = [];
  for (const call of calls) {
    call.lines.forEach((line, index) => {
      if (line.role !== 'rep' || call.lines[index - 1]?.role !== 'buyer') return;
      let pushback = false;
      for (let row = index - 1; row >= 0 && row >= index - ACKNOWLEDGED_TURN_ROWS && call.lines[row].role === 'buyer'; row--) {
        if (call.lines[row].objection !== 'none') pushback = true;
      }
      replies.push({ text: line.text, pushback });
    });
  }
  return replies;
}
