// The buyer lines the rep marked "not an objection", across all calls: what the live coach learns from
// (lib/classifier/rep-corrections.ts) and what Settings counts. They live on the stored lines, so they travel
// with export and import.
import type { CoachDatabase } from './database';

export async function notObjectionLines(db: CoachDatabase): Promise<string[]> {
  const marked = await db.utterances.filter((line) => line.repCorrection === 'not-objection').toArray();
  return marked.map((line) => line.text);
}
