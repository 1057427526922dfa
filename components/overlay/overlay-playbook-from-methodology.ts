// The overlay's view of the playbook, resolved from the methodology (in the rep's coaching language) and the
// rep's settings.
import type { OverlayPlaybook } from './overlay-playbook';
import { nudgeAppliesTo } from '../../lib/engine/call-type';
import { METHODOLOGY, type Methodology } from '../../lib/engine/methodology';
import type { UserSettings } from '../../store/user-settings';
import { t, type PlainMessageKey } from '../shared/i18n';

const AECR_STEPS: ReadonlyArray<readonly [PlainMessageKey, 'acknowledge' | 'empathize' | 'clarify' | 'reframe']> = [
  ['coaching_aecr_acknowledge', 'acknowledge'],
  ['coaching_aecr_empathize', 'empathize'],
  ['coaching_aecr_clarify', 'clarify'],
  ['coaching_aecr_reframe', 'reframe'],
];

export function overlayPlaybook(settings: UserSettings, methodology: Methodology = METHODOLOGY): OverlayPlaybook {
  return {
    talkShareMax: settings.talkShareMax,
    pitchWindowSec: settings.earlyPitchBeforeSec,
    pitchWindowApplies: (callType) => nudgeAppliesTo(METHODOLOGY.callTypes, callType, 'early-pitch'),
    aecrSteps(category) {
      const card = methodology.objections[category];
      return AECR_STEPS.map(([name, key]) => ({ name: t(name), example: card[key] }));
    },
  };
}
