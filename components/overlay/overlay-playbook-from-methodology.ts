// The overlay's view of the playbook, resolved from the methodology seeds and the rep's settings.
import type { OverlayPlaybook } from './overlay-playbook';
import { nudgeAppliesTo } from '../../lib/engine/call-type';
import { METHODOLOGY } from '../../lib/engine/methodology';
import type { UserSettings } from '../../store/user-settings';

const AECR_STEPS = [
  ['Acknowledge', 'acknowledge'],
  ['Empathize', 'empathize'],
  ['Clarify', 'clarify'],
  ['Reframe', 'reframe'],
] as const;

export function overlayPlaybook(settings: UserSettings): OverlayPlaybook {
  return {
    talkShareMax: settings.talkShareMax,
    pitchWindowSec: settings.earlyPitchBeforeSec,
    pitchWindowApplies: (callType) => nudgeAppliesTo(METHODOLOGY.callTypes, callType, 'early-pitch'),
    aecrSteps(category) {
      const card = METHODOLOGY.objections[category];
      return AECR_STEPS.map(([name, key]) => ({ name, example: card[key] }));
    },
  };
}
