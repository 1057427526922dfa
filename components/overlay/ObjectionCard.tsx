import type { Nudge, ObjectionCategory } from '../../lib/types';
import { t } from '../shared/i18n';
import { objectionName } from '../shared/labels';
import { OverlayCard } from './OverlayCard';
import type { AecrStepView } from './overlay-playbook';

interface ObjectionCardProps {
  category: Exclude<ObjectionCategory, 'none'>;
  nudge: Nudge;
  steps: AecrStepView[];
  onDismiss(hadFocus: boolean): void;
}

/** The buyer's objection with the AECR steps to handle it: acknowledge, empathize, clarify, reframe. */
export function ObjectionCard({ category, nudge, steps, onDismiss }: ObjectionCardProps) {
  const buyerWords = nudge.evidence.find((evidence) => evidence.text)?.text;
  const name = objectionName(category);
  return (
    <OverlayCard
      className="dc-card dc-objection"
      data-testid="objection-card"
      data-category={category}
      label={name}
      dismissLabel={t('overlay_objection_dismiss')}
      badge={<span className="dc-badge dc-badge-objection">{name}</span>}
      onDismiss={onDismiss}
    >
      {buyerWords ? <blockquote className="dc-quote">{t('overlay_buyer_quote', buyerWords)}</blockquote> : null}
      <ol className="dc-aecr">
        {steps.map((step) => (
          <li key={step.name} className="dc-aecr-step">
            <span className="dc-aecr-name">{step.name}</span>
            <span className="dc-aecr-example">{step.example}</span>
          </li>
        ))}
      </ol>
    </OverlayCard>
  );
}
