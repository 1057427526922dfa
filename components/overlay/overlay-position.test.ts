import { describe, expect, it } from 'vitest';
import { clampOverlayPosition, defaultOverlayPosition, OVERLAY_MAX_HEIGHT, overlayMaxHeight, PLATFORM_CONTROL_BANDS } from './overlay-position';

const viewport = { width: 1280, height: 800 };
const overlay = { width: 300, height: 400 };

describe('overlay position', () => {
  it('defaults to the top-right corner below the platform top band', () => {
    expect(defaultOverlayPosition('meet', viewport, overlay)).toEqual({ x: 1280 - 300 - 16, y: 16 });
    expect(defaultOverlayPosition('teams', viewport, overlay).y).toBe(PLATFORM_CONTROL_BANDS.teams.top);
  });

  it('keeps the overlay above the meeting control bar', () => {
    const position = clampOverlayPosition({ x: 400, y: 700 }, 'meet', viewport, overlay);
    expect(position.y + overlay.height).toBeLessThanOrEqual(viewport.height - PLATFORM_CONTROL_BANDS.meet.bottom);
    expect(position.x).toBe(400);
  });

  it('keeps the overlay below a top control header and inside the window', () => {
    expect(clampOverlayPosition({ x: -50, y: 0 }, 'teams', viewport, overlay)).toEqual({ x: 16, y: 72 });
    expect(clampOverlayPosition({ x: 5000, y: 100 }, 'zoom', viewport, overlay).x).toBe(1280 - 300 - 16);
  });

  it('favours the top-left corner when the window is too small for the overlay', () => {
    expect(clampOverlayPosition({ x: 300, y: 300 }, 'meet', { width: 200, height: 300 }, overlay)).toEqual({ x: 16, y: 16 });
  });

  it('treats a corrupt saved position as the default corner', () => {
    expect(clampOverlayPosition({ x: Number.NaN, y: Number.POSITIVE_INFINITY }, 'meet', viewport, overlay)).toEqual({ x: 964, y: 16 });
  });

  it('ends above the captions when they start below it, but never shrinks below a usable height', () => {
    const bands = PLATFORM_CONTROL_BANDS.meet;
    expect(overlayMaxHeight(16, null, 800, bands)).toBe(OVERLAY_MAX_HEIGHT);
    expect(overlayMaxHeight(16, 300, 800, bands)).toBe(300 - 16 - 8);
    expect(overlayMaxHeight(16, 120, 800, bands)).toBe(200);
    expect(overlayMaxHeight(400, 300, 800, bands)).toBe(800 - bands.top - bands.bottom > OVERLAY_MAX_HEIGHT ? OVERLAY_MAX_HEIGHT : 800 - bands.top - bands.bottom);
  });
});
