import type { Phase } from '../../lib/types';
import { formatClock } from '../shared/format';
import { PHASE_LABELS } from '../shared/labels';
import type { DragHandle } from './OverlayFrame';

interface CallHeaderProps {
  elapsedSec: number;
  phase: Phase | null;
  firstPitchSec: number | null;
  pitchWindowSec: number;
  drag: DragHandle;
  onCollapse(): void;
  onHide(): void;
}

function PitchWindow({ elapsedSec, firstPitchSec, pitchWindowSec }: Pick<CallHeaderProps, 'elapsedSec' | 'firstPitchSec' | 'pitchWindowSec'>) {
  if (firstPitchSec !== null) {
    const early = firstPitchSec < pitchWindowSec;
    return (
      <p className={`dc-pitch${early ? ' dc-warn-text' : ''}`} data-testid="pitch-window">
        First pitch at {formatClock(firstPitchSec)}
        {early ? ` — before ${formatClock(pitchWindowSec)}` : ''}
      </p>
    );
  }
  if (elapsedSec < pitchWindowSec) {
    return (
      <p className="dc-pitch" data-testid="pitch-window">
        Pitch window opens at {formatClock(pitchWindowSec)}
      </p>
    );
  }
  return (
    <p className="dc-pitch" data-testid="pitch-window">
      Pitch window open — pitch only what maps to their pain
    </p>
  );
}

export function CallHeader({ elapsedSec, phase, firstPitchSec, pitchWindowSec, drag, onCollapse, onHide }: CallHeaderProps) {
  return (
    <header className="dc-header">
      <div
        className="dc-header-main dc-drag-handle"
        data-drag-handle="area"
        tabIndex={0}
        aria-label="Move the coach: drag, or use the arrow keys"
        {...drag.handlers}
      >
        <span className="dc-live-dot" aria-hidden="true" />
        <span className="dc-clock" data-testid="elapsed" aria-label={`Elapsed ${formatClock(elapsedSec)}`}>
          {formatClock(elapsedSec)}
        </span>
        {phase ? (
          <span className="dc-phase" data-testid="phase" data-phase={phase}>
            {PHASE_LABELS[phase]}
          </span>
        ) : null}
      </div>
      <div className="dc-header-actions">
        <button type="button" className="dc-icon-button" onClick={onCollapse} aria-label="Collapse the coach" title="Collapse">
          –
        </button>
        <button type="button" className="dc-icon-button" onClick={onHide} aria-label="Hide the coach (Alt+Shift+D)" title="Hide (Alt+Shift+D)">
          ×
        </button>
      </div>
      <PitchWindow elapsedSec={elapsedSec} firstPitchSec={firstPitchSec} pitchWindowSec={pitchWindowSec} />
    </header>
  );
}
