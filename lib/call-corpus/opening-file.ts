// Call openings (seeds/calls/openings/): the first two or three minutes of many calls, each with the kind of call it
// opens. They measure the call-type reading on far more openings than the whole-call corpus holds, written by other
// hands. This module validates one opening file, times its lines as the whole-call corpus does, and reads its type.
import { z } from 'zod';
import { createCallTypeReader, type OpeningClassifier } from '../engine/call-type';
import type { CompiledCallTypes } from '../engine/methodology';
import { CALL_TYPES, type CallType, type Role } from '../types';
import { CALL_STYLES, parseOrThrowFirstIssue, timeLines } from './call-file';

export const openingFileSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    callType: z.enum(CALL_TYPES),
    style: z.enum(CALL_STYLES),
    rep: z.string().min(1),
    lines: z.array(z.tuple([z.string().min(1), z.string().min(1)])).min(4),
  })
  .superRefine((opening, context) => {
    if (!opening.lines.some(([speaker]) => speaker === opening.rep)) context.addIssue({ code: 'custom', path: ['rep'], message: `"${opening.rep}" says no line` });
  });

export type OpeningFile = z.infer<typeof openingFileSchema>;

export interface OpeningLine {
  speaker: string;
  role: Role;
  text: string;
  startSec: number;
}

export interface CallOpening {
  file: OpeningFile;
  lines: OpeningLine[];
}

/** Validates a parsed opening file and times its lines; throws a one-line error naming the first problem. */
export function readOpeningFile(raw: unknown): CallOpening {
  const file = parseOrThrowFirstIssue(openingFileSchema, raw, 'opening');
  const times = timeLines(file.lines.map(([speaker, text]) => ({ speaker, text })));
  const lines = file.lines.map(([speaker, text], index) => ({ speaker, role: speaker === file.rep ? ('rep' as const) : ('buyer' as const), text, startSec: times[index].startSec }));
  return { file, lines };
}

/** What reading a call's type needs of an opening or a whole call: its id, labeled type and timed lines. */
export interface TypedLines {
  file: { id: string; callType: CallType };
  lines: ReadonlyArray<{ role: Role; text: string; startSec: number }>;
}

/** The call type the engine reads from an opening, heard line by line as in a live call (`learned`: the call-type head). */
export function readTypeOfOpening(spec: CompiledCallTypes, opening: TypedLines, learned?: OpeningClassifier): CallType {
  const reader = createCallTypeReader(spec, { learned });
  opening.lines.forEach((line, index) => reader.hear(`line-${index}`, line.role, line.text, line.startSec));
  return reader.current().callType;
}

export interface CallTypeAgreement {
  openings: number;
  right: number;
  /** Per labeled type: how many openings of it there are, and how many were read right. */
  byType: Record<CallType, { openings: number; right: number }>;
  /** How many openings of another type were read as discovery, the type whose nudges (talk share, early pitch) a wrong reading adds. */
  readAsDiscoveryWrongly: number;
  /** The openings read as another type than their own, in the order given. */
  misread: Array<{ id: string; found: CallType }>;
}

export function scoreCallTypeReading(spec: CompiledCallTypes, openings: readonly TypedLines[], learned?: OpeningClassifier): CallTypeAgreement {
  const byType = Object.fromEntries(CALL_TYPES.map((type) => [type, { openings: 0, right: 0 }])) as CallTypeAgreement['byType'];
  let right = 0;
  let readAsDiscoveryWrongly = 0;
  const misread: CallTypeAgreement['misread'] = [];
  for (const opening of openings) {
    const found = readTypeOfOpening(spec, opening, learned);
    const labeled = opening.file.callType;
    byType[labeled].openings++;
    if (found === labeled) {
      right++;
      byType[labeled].right++;
      continue;
    }
    misread.push({ id: opening.file.id, found });
    if (found === 'discovery') readAsDiscoveryWrongly++;
  }
  return { openings: openings.length, right, byType, readAsDiscoveryWrongly, misread };
}
