import type { ReactNode } from 'react';
import type { Phase } from '../../lib/types';
import { formatClock } from '../shared/format';
import { t } from '../shared/i18n';
import { phaseLabel } from '../shared/labels';
import type { DragHandle } from './OverlayFrame';

interface CallHeaderProps {
  elapsedSec: number;
  phase: Phase | null;
  firstPitchSec: number | null;
  pitchWindowSec: number;
  /** False in call types where pitching early is no fault (pricing, follow-up): the pitch window line goes. */
  pitchWindowApplies: boolean;
  drag: DragHandle;
  /** Focus the collapse button once rendered: the rep just expanded the overlay from the keyboard or a click. */
  focusCollapse: boolean;
  onCollapse(): void;
  onHide(): void;
  /** The rep's say on the call type, in the top row where it is always in sight (a card never pushes it out). */
  callTypeControl?: ReactNode;
}

function pitchWindowText({ elapsedSec, firstPitchSec, pitchWindowSec }: Pick<CallHeaderProps, 'elapsedSec' | 'firstPitchSec' | 'pitchWindowSec'>) {
  if (firstPitchSec !== null) {
    return firstPitchSec < pitchWindowSec
      ? t('overlay_pitch_first_early', formatClock(firstPitchSec), formatClock(pitchWindowSec))
      : t('overlay_pitch_first', formatClock(firstPitchSec));
  }
  return elapsedSec < pitchWindowSec ? t('overlay_pitch_window_opens', formatClock(pitchWindowSec)) : t('overlay_pitch_window_open');
}

export function CallHeader({ elapsedSec, phase, firstPitchSec, pitchWindowSec, pitchWindowApplies, drag, focusCollapse, onCollapse, onHide, callTypeControl }: CallHeaderProps) {
  const { onKeyDown, ...pointerHandlers } = drag.handlers;
  const early = firstPitchSec !== null && firstPitchSec < pitchWindowSec;
  return (
    <div className="dc-header">
      <div className="dc-header-main dc-drag-handle" data-drag-handle="area" {...pointerHandlers}>
        <button type="button" className="dc-icon-button dc-move-button" data-drag-handle="button" aria-label={t('overlay_move')} onKeyDown={onKeyDown}>
          <span aria-hidden="true">⠿</span>
        </button>
        <span className="dc-live-dot" aria-hidden="true" />
        <span className="dc-clock" data-testid="elapsed" role="timer" aria-label={t('overlay_elapsed', formatClock(elapsedSec))}>
          {formatClock(elapsedSec)}
        </span>
        {callTypeControl}
      </div>
      <div className="dc-header-actions">
        <button type="button" className="dc-icon-button" onClick={onCollapse} aria-label={t('overlay_collapse')} title={t('overlay_collapse_tooltip')} autoFocus={focusCollapse}>
          <span aria-hidden="true">–</span>
        </button>
        <button type="button" className="dc-icon-button" onClick={onHide} aria-label={t('overlay_hide')} title={t('overlay_hide_tooltip')}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {phase || pitchWindowApplies ? (
        <div className="dc-header-sub">
          {phase ? (
            <span className="dc-phase" data-testid="phase" data-phase={phase}>
              {phaseLabel(phase)}
            </span>
          ) : null}
          {pitchWindowApplies ? (
            <p className={`dc-pitch${early ? ' dc-warn-text' : ''}`} data-testid="pitch-window">
              {pitchWindowText({ elapsedSec, firstPitchSec, pitchWindowSec })}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
