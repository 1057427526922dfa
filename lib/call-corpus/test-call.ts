// A small corpus call for tests: one rep (Sam) and one buyer (Dana), no call-level facts, the lines as given.
import { readCallFile, type CorpusCall } from './call-file';

export function testCall(id: string, callType: string, lines: string[][]): CorpusCall {
  return readCallFile({
    id,
    title: 'Test',
    callType,
    style: 'written',
    rep: 'Sam',
    buyers: ['Dana'],
    upfrontContract: false,
    nextStep: false,
    checklist: { problem: null, root_cause: null, impact: null, stakeholders: null, trigger: null, cost_of_inaction: null },
    lines,
  });
}
