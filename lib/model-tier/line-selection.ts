// Which caption lines the model tier looks at. The fast classifier labels every line; the model re-labels the
// lines it is unsure about while they are still being spoken, and every line once it is final (its last word is
// in, so the model's label is worth keeping). Back-channels ("mm-hmm") are left to the fast classifier.
import type { UtteranceLabel } from '../types';
import type { RefinementSettings } from './model-tier-settings';

export interface CandidateLine {
  text: string;
  final: boolean;
  label: UtteranceLabel;
}

export function wordCount(text: string): number {
  const trimmed = text.trim();
  return trimmed === '' ? 0 : trimmed.split(/\s+/).length;
}

export function shouldRefine(line: CandidateLine, settings: RefinementSettings): boolean {
  if (line.label.tier === 'model') return false;
  if (wordCount(line.text) < settings.minWords) return false;
  if (line.final && settings.refineFinalLines) return true;
  return line.label.confidence < settings.refineBelowConfidence;
}
