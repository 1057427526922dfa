// The background's last check on a debrief the model tier sent back, before it replaces the stored template
// debrief. The offscreen home already grounds the model's words (merge-model-debrief.ts); this check runs where
// the report is written, so a home that misbehaved, or a reply that changed on the way, cannot put a line nobody
// said, a moved moment or a changed figure into the rep's report. The model may only reword "What Went Well"
// and the "What to try instead" of coaching opportunities; everything else must be the template's.
import type { CoachingOpportunity, Debrief } from '../engine/analysis-types';
import type { Evidence, LabeledUtterance } from '../types';

export type AcceptResult = { ok: true; debrief: Debrief } | { ok: false; problems: string[] };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** An opportunity without the one field the model may rewrite. */
const fixedPart = ({ tryInstead: _free, ...rest }: CoachingOpportunity) => rest;

export function acceptModelDebrief(template: Debrief, candidate: Debrief, utterances: readonly LabeledUtterance[]): AcceptResult {
  const problems: string[] = [];
  if (candidate.writtenBy !== 'model') problems.push('the candidate is not marked as written by the model');
  if (!candidate.markdown.trim()) problems.push('the candidate has no markdown');
  if (!same(candidate.skillConnection, template.skillConnection)) problems.push('the skill connection differs from the template');
  if (candidate.opportunities.length !== template.opportunities.length) problems.push('the coaching opportunities differ in number');
  else if (!candidate.opportunities.every((opportunity, index) => same(fixedPart(opportunity), fixedPart(template.opportunities[index])))) {
    problems.push('a coaching opportunity moved or changed beyond its words to try');
  }

  const byId = new Map(utterances.map((line) => [line.id, line]));
  const isLineOfCall = (evidence: Evidence) => {
    const line = evidence.utteranceId === undefined ? undefined : byId.get(evidence.utteranceId);
    return line !== undefined && line.startSec === evidence.atSec && (evidence.text === undefined || evidence.text === line.text);
  };
  candidate.wentWell.forEach((point, index) => {
    if (point.evidence.length === 0) problems.push(`wentWell[${index}] rests on no line`);
    else if (!point.evidence.every(isLineOfCall)) problems.push(`wentWell[${index}] cites a line that is not in the call`);
    else if (!point.evidence.some((evidence) => evidence.atSec === point.atSec)) problems.push(`wentWell[${index}] is stamped at a time none of its lines has`);
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, debrief: candidate };
}
