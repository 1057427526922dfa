import { useId } from 'react';
import { formatClock, formatPercent } from '../shared/format';
import { t } from '../shared/i18n';
import type { DragHandle } from './OverlayFrame';
import { talkShareOverAim } from '../shared/talk-share';

/** A new objection, said out loud in the pill for a few seconds. */
export interface PillObjection {
  category: string;
  say: string;
}

interface OverlayPillProps {
  elapsedSec: number;
  repTalkShare: number | null;
  talkShareMax: number;
  /** A nudge or objection the rep has not seen because the overlay is collapsed. */
  attention: 'nudge' | 'objection' | null;
  /** Set while an objection is fresh: the pill turns amber and names it with the line to say. */
  speaksUp: PillObjection | null;
  drag: DragHandle;
  /** Focus the pill once rendered: the rep just collapsed the overlay. */
  focusOnMount: boolean;
  onExpand(): void;
}

/** The collapsed overlay: clock and talk share; a fresh objection speaks up, anything else unread shows a dot. */
export function OverlayPill({ elapsedSec, repTalkShare, talkShareMax, attention, speaksUp, drag, focusOnMount, onExpand }: OverlayPillProps) {
  const over = repTalkShare !== null && talkShareOverAim(repTalkShare, talkShareMax);
  const speech = speaksUp ? t('overlay_pill_objection', speaksUp.category, speaksUp.say) : null;
  const speechId = useId();
  return (
    <button
      type="button"
      className={`dc-pill dc-drag-handle${speech ? ' dc-pill-objection' : ''}`}
      data-drag-handle="button"
      data-testid="coach-pill"
      data-attention={attention ?? 'none'}
      aria-label={t(attention ? 'overlay_expand_attention' : 'overlay_expand')}
      aria-describedby={speech ? speechId : undefined}
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
      {speech ? (
        <span className="dc-pill-say" id={speechId} data-testid="pill-say">
          {speech}
        </span>
      ) : attention ? (
        <span className={`dc-attention dc-attention-${attention}`} aria-hidden="true" />
      ) : null}
    </button>
  );
}
