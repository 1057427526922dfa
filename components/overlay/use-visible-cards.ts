import { useStore } from 'zustand';
import type { LiveCallStore } from '@/capture/live/live-call-store';
import type { OverlayUiStore } from './overlay-ui-store';

/**
 * The nudge and objection the rep has not dismissed. When the policy's current nudge is the objection
 * itself, only the objection card shows: it is the same moment with the AECR steps added.
 */
export function useVisibleCards(live: LiveCallStore, ui: OverlayUiStore) {
  const liveNudge = useStore(live, (state) => state.nudge);
  const liveObjection = useStore(live, (state) => state.objection);
  const dismissedNudgeId = useStore(ui, (state) => state.dismissedNudgeId);
  const dismissedObjectionId = useStore(ui, (state) => state.dismissedObjectionId);
  const objection = liveObjection && liveObjection.id !== dismissedObjectionId ? liveObjection : null;
  const nudge = liveNudge && liveNudge.id !== dismissedNudgeId && liveNudge.id !== objection?.id ? liveNudge : null;
  return { nudge, objection };
}
