// Whether a rep line asks the buyer something. The classifier's SPIN acts are questions by definition;
// captions without punctuation still read as questions when they start like one.
import { SPIN_ACTS, type LabeledUtterance } from '../types';
import type { CompiledCues } from './methodology';

const SPIN = new Set<string>(SPIN_ACTS);

export function isRepQuestion(utterance: LabeledUtterance, cues: CompiledCues): boolean {
  if (utterance.role !== 'rep') return false;
  if (utterance.label.role === 'rep' && SPIN.has(utterance.label.act)) return true;
  return utterance.text.includes('?') || cues.questionStart.test(utterance.text.trim());
}
