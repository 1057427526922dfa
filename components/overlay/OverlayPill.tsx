import { formatClock, formatPercent } from '../shared/format';
import { t } from '../shared/i18n';
import type { DragHandle } from './OverlayFrame';

interface OverlayPillProps {
  elapsedSec: number;
  repTalkShare: number | null;
  talkShareMax: number;
  /** A nudge or objection the rep has not seen because the overlay is collapsed. */
  attention: boolean;
  drag: DragHandle;
  /** Focus the pill once rendered: the rep just collapsed the overlay. */
  focusOnMount: boolean;
  onExpand(): void;
}

/** The collapsed overlay: clock, talk share, and a dot when there is something to read. */
export function OverlayPill({ elapsedSec, repTalkShare, talkShareMax, attention, drag, focusOnMount, onExpand }: OverlayPillProps) {
  const over = repTalkShare !== null && repTalkShare > talkShareMax;
  return (
    <button
      type="button"
      className="dc-pill dc-drag-handle"
      data-drag-handle="button"
      aria-label={t(attention ? 'overlay_expand_attention' : 'overlay_expand')}
      autoFocus={focusOnMount}
      onClick={() => {
        if (!drag.wasDrag()) onExpand();
      }}
      {...drag.handlers}
    >
      <span className="dc-live-dot" aria-hidden="true" />
      <span className="dc-clock">{formatClock(elapsedSec)}</span>
      {repTalkShare !== null ? (
        <span className={over ? 'dc-warn-text' : undefined} data-testid="talk-share">
          {formatPercent(repTalkShare)}
        </span>
      ) : null}
      {attention ? <span className="dc-attention" aria-hidden="true" /> : null}
    </button>
  );
}
