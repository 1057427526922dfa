// UI state of the overlay that belongs to the rep, not to the call: where it sits, whether it is
// collapsed or hidden, which cards the rep has dismissed, and which objection cards the rep said were none.
import { createStore } from 'zustand/vanilla';
import type { Nudge } from '../../lib/types';
import type { OverlayPosition } from './overlay-position';

export interface OverlayUiState {
  /** Null until the rep drags it (or a saved position loads): the overlay then sits in its default corner. */
  position: OverlayPosition | null;
  collapsed: boolean;
  hidden: boolean;
  dismissedNudgeId: string | null;
  dismissedObjectionId: string | null;
  captionsHintDismissed: boolean;
  /** Objection cards the rep tapped "not an objection" on, oldest first; the content script stores and learns from them. */
  notObjections: Nudge[];
  setPosition(position: OverlayPosition | null): void;
  setCollapsed(collapsed: boolean): void;
  toggleHidden(): void;
  dismissNudge(nudgeId: string): void;
  dismissObjection(nudgeId: string): void;
  dismissCaptionsHint(): void;
  markNotAnObjection(objection: Nudge): void;
}

export type OverlayUiSnapshot = Pick<OverlayUiState, 'position' | 'collapsed'>;

export function createOverlayUiStore(initial: Partial<OverlayUiSnapshot> = {}) {
  return createStore<OverlayUiState>((set) => ({
    position: initial.position ?? null,
    collapsed: initial.collapsed ?? false,
    hidden: false,
    dismissedNudgeId: null,
    dismissedObjectionId: null,
    captionsHintDismissed: false,
    notObjections: [],
    setPosition: (position) => set({ position }),
    setCollapsed: (collapsed) => set({ collapsed }),
    toggleHidden: () => set((state) => ({ hidden: !state.hidden })),
    dismissNudge: (nudgeId) => set({ dismissedNudgeId: nudgeId }),
    dismissObjection: (nudgeId) => set({ dismissedObjectionId: nudgeId }),
    dismissCaptionsHint: () => set({ captionsHintDismissed: true }),
    markNotAnObjection: (objection) =>
      set((state) => ({ dismissedObjectionId: objection.id, notObjections: [...state.notObjections, objection] })),
  }));
}

export type OverlayUiStore = ReturnType<typeof createOverlayUiStore>;
