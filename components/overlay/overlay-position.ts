// Where the overlay may sit. Each meeting keeps its own controls in a band at the top or the bottom of the
// window; the overlay defaults to the top-right corner and is kept out of those bands when dragged or when
// the window shrinks, so it never hides the leave, mute or captions buttons.
import type { Platform } from '../../lib/types';
import { PLATFORM_DEFINITIONS } from '../../platforms/registry';

export interface OverlayPosition {
  /** Left edge, px from the viewport's left. */
  x: number;
  /** Top edge, px from the viewport's top. */
  y: number;
}

export interface BoxSize {
  width: number;
  height: number;
}

/** Pixels at the top and bottom of the viewport that belong to the meeting's own controls (from each definition). */
export const PLATFORM_CONTROL_BANDS = Object.fromEntries(
  PLATFORM_DEFINITIONS.map((definition) => [definition.id, definition.controlBands]),
) as Record<Platform, { top: number; bottom: number }>;

export const EDGE_MARGIN = 16;

/** The panel never grows past this, so at 1280×800 it stays off the captions and the buyer's tile below it. */
export const OVERLAY_MAX_HEIGHT = 420;
/** Above captions the overlay may shrink to this (its body scrolls, talk share first) but no further. */
const MIN_HEIGHT_ABOVE_CAPTIONS = 200;

/** The overlay's height limit: the cap, the window less the control bands, and the room above the captions below it. */
export function overlayMaxHeight(top: number, captionsTop: number | null, viewportHeight: number, bands: { top: number; bottom: number }): number {
  const limits = [OVERLAY_MAX_HEIGHT, viewportHeight - bands.top - bands.bottom];
  if (captionsTop !== null && captionsTop > top) limits.push(Math.max(MIN_HEIGHT_ABOVE_CAPTIONS, captionsTop - top - EDGE_MARGIN / 2));
  return Math.max(0, Math.min(...limits));
}

export function defaultOverlayPosition(platform: Platform, viewport: BoxSize, overlay: BoxSize): OverlayPosition {
  return clampOverlayPosition(
    { x: viewport.width - overlay.width - EDGE_MARGIN, y: PLATFORM_CONTROL_BANDS[platform].top },
    platform,
    viewport,
    overlay,
  );
}

/**
 * Keeps the whole overlay inside the viewport and out of the control bands. When the window is too small
 * to honour both, the top-left corner wins so the overlay's header (and its collapse button) stays reachable.
 */
export function clampOverlayPosition(
  position: OverlayPosition,
  platform: Platform,
  viewport: BoxSize,
  overlay: BoxSize,
): OverlayPosition {
  const bands = PLATFORM_CONTROL_BANDS[platform];
  const minX = EDGE_MARGIN;
  const maxX = viewport.width - overlay.width - EDGE_MARGIN;
  const minY = bands.top;
  const maxY = viewport.height - bands.bottom - overlay.height;
  const finite = (value: number, fallback: number) => (Number.isFinite(value) ? value : fallback);
  return {
    x: Math.round(Math.max(minX, Math.min(maxX, finite(position.x, maxX)))),
    y: Math.round(Math.max(minY, Math.min(maxY, finite(position.y, minY)))),
  };
}
