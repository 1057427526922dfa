import type { Nudge } from '../../lib/types';
import { NUDGE_KIND_LABELS } from '../shared/labels';

interface NudgeCardProps {
  nudge: Nudge;
  onDismiss(): void;
}

export function NudgeCard({ nudge, onDismiss }: NudgeCardProps) {
  return (
    <section className={`dc-card dc-nudge dc-kind-${nudge.kind}`} data-testid="nudge" data-kind={nudge.kind} aria-label="Coaching nudge">
      <div className="dc-card-head">
        <span className="dc-badge">{NUDGE_KIND_LABELS[nudge.kind]}</span>
        <button type="button" className="dc-icon-button" onClick={onDismiss} aria-label="Dismiss nudge" title="Dismiss">
          ×
        </button>
      </div>
      <p className="dc-card-title">{nudge.title}</p>
      <p className="dc-card-text">{nudge.message}</p>
    </section>
  );
}
