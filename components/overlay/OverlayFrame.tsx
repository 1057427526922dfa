import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { Platform } from '../../lib/types';
import { t } from '../shared/i18n';
import { clampOverlayPosition, EDGE_MARGIN, overlayMaxHeight, PLATFORM_CONTROL_BANDS, type BoxSize, type OverlayPosition } from './overlay-position';
import type { OverlayUiStore } from './overlay-ui-store';
import { useDragToMove } from './use-drag-to-move';

export type DragHandle = ReturnType<typeof useDragToMove>;

interface OverlayFrameProps {
  platform: Platform;
  ui: OverlayUiStore;
  /** The meeting's captions start here (px from the top): the overlay ends above them when it can. */
  captionsTop?: number | null;
  children(drag: DragHandle): ReactNode;
}

function viewportSize(): BoxSize {
  return { width: window.innerWidth, height: window.innerHeight };
}

/** Measures the frame and the window, so the shown position can be clamped whenever either changes. */
function useMeasuredSizes(frame: React.RefObject<HTMLDivElement | null>) {
  const [sizes, setSizes] = useState(() => ({ viewport: viewportSize(), frame: { width: 0, height: 0 } }));
  useEffect(() => {
    const measure = () => {
      const rect = frame.current?.getBoundingClientRect();
      setSizes({ viewport: viewportSize(), frame: { width: rect?.width ?? 0, height: rect?.height ?? 0 } });
    };
    measure();
    window.addEventListener('resize', measure);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    if (frame.current) observer?.observe(frame.current);
    return () => {
      window.removeEventListener('resize', measure);
      observer?.disconnect();
    };
  }, [frame]);
  return sizes;
}

/**
 * The fixed-position box the overlay lives in. The saved position is the rep's choice and is kept as is;
 * what is shown is that position clamped to the current window, so a small window never loses it.
 */
export function OverlayFrame({ platform, ui, captionsTop = null, children }: OverlayFrameProps) {
  const frameRef = useRef<HTMLDivElement>(null);
  const savedPosition = useStore(ui, (state) => state.position);
  const [dragPosition, setDragPosition] = useState<OverlayPosition | null>(null);
  const sizes = useMeasuredSizes(frameRef);
  const bands = PLATFORM_CONTROL_BANDS[platform];

  const clamp = (position: OverlayPosition) => {
    const rect = frameRef.current?.getBoundingClientRect();
    return clampOverlayPosition(position, platform, viewportSize(), { width: rect?.width ?? 0, height: rect?.height ?? 0 });
  };

  const drag = useDragToMove({
    currentPosition: () => {
      const rect = frameRef.current?.getBoundingClientRect();
      return { x: rect?.left ?? 0, y: rect?.top ?? 0 };
    },
    onMove: (position) => setDragPosition(clamp(position)),
    onDrop: (position) => {
      setDragPosition(null);
      ui.getState().setPosition(clamp(position));
    },
  });

  const requested = dragPosition ?? savedPosition;
  const shown = requested ? clampOverlayPosition(requested, platform, sizes.viewport, sizes.frame) : null;
  const placement = shown ? { left: shown.x, top: shown.y } : { right: EDGE_MARGIN, top: bands.top };
  const maxHeight = overlayMaxHeight(placement.top, captionsTop, sizes.viewport.height, bands);

  return (
    <div
      ref={frameRef}
      lang={t('overlay_language')}
      className={`dc-frame${dragPosition ? ' dc-dragging' : ''}`}
      style={{ ...placement, maxHeight }}
    >
      {children(drag)}
    </div>
  );
}
