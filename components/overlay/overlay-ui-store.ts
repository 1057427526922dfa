// UI state of the overlay that belongs to the rep, not to the call: where it sits, whether it is
// collapsed or hidden, and which cards the rep has dismissed.
import { createStore } from 'zustand/vanilla';
import type { OverlayPosition } from './overlay-position';

export interface OverlayUiState {
  /** Null until the rep drags it (or a saved position loads): the overlay then sits in its default corner. */
  position: OverlayPosition | null;
  collapsed: boolean;
  hidden: boolean;
  dismissedNudgeId: string | null;
  dismissedObjectionId: string | null;
  captionsHintDismissed: boolean;
  setPosition(position: OverlayPosition | null): void;
  setCollapsed(collapsed: boolean): void;
  toggleHidden(): void;
  dismissNudge(nudgeId: string): void;
  dismissObjection(nudgeId: string): void;
  dismissCaptionsHint(): void;
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
    setPosition: (position) => set({ position }),
    setCollapsed: (collapsed) => set({ collapsed }),
    toggleHidden: () => set((state) => ({ hidden: !state.hidden })),
    dismissNudge: (nudgeId) => set({ dismissedNudgeId: nudgeId }),
    dismissObjection: (nudgeId) => set({ dismissedObjectionId: nudgeId }),
    dismissCaptionsHint: () => set({ captionsHintDismissed: true }),
  }));
}

export type OverlayUiStore = ReturnType<typeof createOverlayUiStore>;
