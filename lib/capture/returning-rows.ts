// Rows that come back. Meet re-renders recent history when its caption region is re-created, Teams' virtual
// list removes rows and adds identical ones back as it scrolls, Zoom's caption box can be rebuilt. A row element
// we have not seen is then either a known utterance returning or new speech. The returning ones come back in
// their original order, so a run of unseen rows is aligned with the known utterances as sequences (like a diff):
// the most rows matched, and among equally good alignments the one nearest the newest utterances, so a repeated
// "Yes." is matched to its latest occurrence rather than an old one.

export interface ShownRow {
  speaker: string;
  text: string;
}

export interface ReturnCandidate {
  id: string;
  speaker: string;
  text: string;
}

/**
 * For each row of `rows` (in page order), the id of the candidate it shows again, or null for new speech.
 * `candidates` are in utterance order; each is used at most once and matched rows keep the candidates' order.
 */
export function alignReturningRows(
  rows: readonly ShownRow[],
  candidates: readonly ReturnCandidate[],
  rowShows: (candidate: ReturnCandidate, row: ShownRow) => boolean,
): (string | null)[] {
  const rowCount = rows.length;
  const candidateCount = candidates.length;
  if (rowCount === 0 || candidateCount === 0) return rows.map(() => null);
  const same: boolean[][] = rows.map((row) => candidates.map((candidate) => rowShows(candidate, row)));
  // best[i][j]: most matches between rows[i..] and candidates[j..].
  const best: number[][] = Array.from({ length: rowCount + 1 }, () => new Array<number>(candidateCount + 1).fill(0));
  for (let i = rowCount - 1; i >= 0; i--) {
    for (let j = candidateCount - 1; j >= 0; j--) {
      const skipCandidate = best[i]![j + 1]!;
      const skipRow = best[i + 1]![j]!;
      const match = same[i]![j] ? 1 + best[i + 1]![j + 1]! : 0;
      best[i]![j] = Math.max(skipCandidate, skipRow, match);
    }
  }
  const matched: (string | null)[] = rows.map(() => null);
  let i = 0;
  let j = 0;
  while (i < rowCount && j < candidateCount) {
    const here = best[i]![j]!;
    if (here === 0) break;
    // Skipping an older candidate that costs nothing pushes matches towards the newest utterances.
    if (best[i]![j + 1] === here) j++;
    else if (same[i]![j] && best[i + 1]![j + 1] === here - 1) {
      matched[i] = candidates[j]!.id;
      i++;
      j++;
    } else i++;
  }
  return matched;
}
