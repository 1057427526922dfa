import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { OverlayPosition } from './overlay-position';

/** Movement below this many px is a click, not a drag. */
const DRAG_THRESHOLD_PX = 4;
const KEYBOARD_STEP_PX = 16;

interface DragOptions {
  /** The overlay's current top-left corner on screen. */
  currentPosition(): OverlayPosition;
  onMove(position: OverlayPosition): void;
  onDrop(position: OverlayPosition): void;
}

interface DragState {
  pointerId: number;
  startX: number;
  startY: number;
  origin: OverlayPosition;
  moved: boolean;
}

/**
 * Pointer and keyboard handlers for a drag handle. `wasDrag()` lets a handle that is also a button
 * (the collapsed pill) ignore the click that ends a drag.
 */
export function useDragToMove({ currentPosition, onMove, onDrop }: DragOptions) {
  const drag = useRef<DragState | null>(null);
  const lastWasDrag = useRef(false);

  const positionFor = (event: PointerEvent, state: DragState): OverlayPosition => ({
    x: state.origin.x + event.clientX - state.startX,
    y: state.origin.y + event.clientY - state.startY,
  });

  return {
    handlers: {
      onPointerDown(event: PointerEvent<HTMLElement>) {
        if (event.button !== 0) return;
        const target = event.target as Element;
        // Controls in the handle (the call type's select, the header's buttons) keep their clicks; only the move button and bare handle drag.
        if (target.closest('button, select') && !target.closest('[data-drag-handle="button"]')) return;
        drag.current = { pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, origin: currentPosition(), moved: false };
        lastWasDrag.current = false;
        event.currentTarget.setPointerCapture?.(event.pointerId);
      },
      onPointerMove(event: PointerEvent<HTMLElement>) {
        const state = drag.current;
        if (!state || state.pointerId !== event.pointerId) return;
        if (!state.moved && Math.hypot(event.clientX - state.startX, event.clientY - state.startY) < DRAG_THRESHOLD_PX) return;
        state.moved = true;
        onMove(positionFor(event, state));
      },
      onPointerUp(event: PointerEvent<HTMLElement>) {
        const state = drag.current;
        if (!state || state.pointerId !== event.pointerId) return;
        drag.current = null;
        lastWasDrag.current = state.moved;
        if (state.moved) onDrop(positionFor(event, state));
      },
      onPointerCancel() {
        drag.current = null;
      },
      onKeyDown(event: KeyboardEvent<HTMLElement>) {
        const step = event.shiftKey ? KEYBOARD_STEP_PX * 4 : KEYBOARD_STEP_PX;
        const delta: Record<string, [number, number]> = {
          ArrowLeft: [-step, 0],
          ArrowRight: [step, 0],
          ArrowUp: [0, -step],
          ArrowDown: [0, step],
        };
        const move = delta[event.key];
        if (!move || event.altKey || event.ctrlKey || event.metaKey) return;
        event.preventDefault();
        const origin = currentPosition();
        onDrop({ x: origin.x + move[0], y: origin.y + move[1] });
      },
    },
    wasDrag: () => lastWasDrag.current,
  };
}
