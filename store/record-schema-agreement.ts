// Compile-time proof that every stored shape is described once: each zod schema of record-schemas.ts (what an
// imported backup is checked against) and the TypeScript interface the code uses (store/records.ts,
// lib/engine/analysis-types.ts, lib/types.ts) must accept exactly the same values. A field added, dropped, made
// optional or retyped on one side only fails `npm run typecheck` on the line below that names the pair. Nothing
// imports this file; tsc checks it with the rest of the project.
import type { z } from 'zod';
import type { CallAnalysis, Debrief } from '../lib/engine/analysis-types';
import type { Nudge } from '../lib/types';
import type { callAnalysisSchema, callRecordSchema, debriefSchema, nudgeSchema, storedReportSchema, storedUtteranceSchema } from './record-schemas';
import type { CallRecord, ReportRecord, UtteranceRecord } from './records';

/** True only when A and B are the same type (not merely assignable one way), e.g. the same optional fields. */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Agrees<T extends true> = T;

/** The schemas check records as a backup carries them: without the callId the store adds to each child record. */
export type SchemasAgreeWithInterfaces = [
  Agrees<Same<z.infer<typeof callAnalysisSchema>, CallAnalysis>>,
  Agrees<Same<z.infer<typeof debriefSchema>, Debrief>>,
  Agrees<Same<z.infer<typeof nudgeSchema>, Nudge>>,
  Agrees<Same<z.infer<typeof callRecordSchema>, CallRecord>>,
  Agrees<Same<z.infer<typeof storedUtteranceSchema>, Omit<UtteranceRecord, 'callId'>>>,
  Agrees<Same<z.infer<typeof storedReportSchema>, Omit<ReportRecord, 'callId'>>>,
];
