// What the overlay needs from the methodology, already resolved to display values. The content script
// builds it from the engine's playbook (seeds/methodology) and the rep's settings, so overlay components
// hold no thresholds or scripts of their own.
import type { CallType, ObjectionCategory } from '../../lib/types';

export interface AecrStepView {
  /** "Acknowledge", "Empathize", "Clarify", "Reframe". */
  name: string;
  /** Example words the rep can say. */
  example: string;
}

export interface OverlayPlaybook {
  /** The rep's talk share above which they are pitching, not discovering (0–1). */
  talkShareMax: number;
  /** Pitching before this many seconds into the call counts as rushed. */
  pitchWindowSec: number;
  /** Whether the pitch window means anything in a call of this type (early-pitch coaching applies only in discovery). */
  pitchWindowApplies(callType: CallType): boolean;
  aecrSteps(category: Exclude<ObjectionCategory, 'none'>): AecrStepView[];
}
