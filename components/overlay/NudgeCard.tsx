import type { Nudge } from '../../lib/types';
import { t } from '../shared/i18n';
import { nudgeKindLabel } from '../shared/labels';
import { ExpandToggle } from './ExpandToggle';
import { OverlayCard } from './OverlayCard';

interface NudgeCardProps {
  nudge: Nudge;
  onDismiss(hadFocus: boolean): void;
}

/** Leads with the question to ask now; why the coach suggests it waits behind "Why?". */
export function NudgeCard({ nudge, onDismiss }: NudgeCardProps) {
  return (
    <OverlayCard
      className={`dc-card dc-nudge dc-kind-${nudge.kind}`}
      data-testid="nudge"
      data-kind={nudge.kind}
      label={t('overlay_nudge')}
      dismissLabel={t('overlay_nudge_dismiss')}
      badge={<span className="dc-badge">{nudgeKindLabel(nudge.kind)}</span>}
      onDismiss={onDismiss}
    >
      <p className="dc-say" data-testid="card-say">
        {nudge.say ?? nudge.title}
      </p>
      <ExpandToggle label={t('overlay_nudge_why')} testId="card-why">
        <p className="dc-card-title">{nudge.title}</p>
        <p className="dc-card-text">{nudge.message}</p>
      </ExpandToggle>
    </OverlayCard>
  );
}
