import type { Nudge, ObjectionCategory } from '../../lib/types';
import { t } from '../shared/i18n';
import { objectionLabel, objectionName } from '../shared/labels';
import { ExpandToggle } from './ExpandToggle';
import { BUYER_QUOTE_WORDS, clipWords } from './glance-text';
import { OverlayCard } from './OverlayCard';
import type { AecrStepView } from './overlay-playbook';

interface ObjectionCardProps {
  category: Exclude<ObjectionCategory, 'none'>;
  nudge: Nudge;
  steps: AecrStepView[];
  onDismiss(hadFocus: boolean): void;
  /** The rep says the buyer's line was no objection: the card goes and the coach learns from it. */
  onNotAnObjection(): void;
}

/**
 * The buyer's objection as one line to say now, the buyer's words under it, and the AECR steps (acknowledge,
 * empathize, clarify, reframe) one tap away.
 */
export function ObjectionCard({ category, nudge, steps, onDismiss, onNotAnObjection }: ObjectionCardProps) {
  const buyerWords = nudge.evidence.find((evidence) => evidence.text)?.text;
  return (
    <OverlayCard
      className="dc-card dc-objection"
      data-testid="objection-card"
      data-category={category}
      label={objectionName(category)}
      dismissLabel={t('overlay_objection_dismiss')}
      badge={<span className="dc-badge dc-badge-objection">{objectionLabel(category)}</span>}
      onDismiss={onDismiss}
    >
      <p className="dc-say" data-testid="card-say">
        {nudge.say ?? nudge.title}
      </p>
      {buyerWords ? (
        <p className="dc-quote" title={buyerWords}>
          {t('overlay_buyer_quote', clipWords(buyerWords, BUYER_QUOTE_WORDS))}
        </p>
      ) : null}
      <ExpandToggle
        label={t('overlay_objection_steps')}
        testId="objection-steps"
        actions={
          <button type="button" className="dc-text-button" data-testid="not-objection" onClick={onNotAnObjection}>
            {t('overlay_not_objection')}
          </button>
        }
      >
        <ol className="dc-aecr">
          {steps.map((step) => (
            <li key={step.name} className="dc-aecr-step">
              <span className="dc-aecr-name">{step.name}</span>
              <span className="dc-aecr-example">{step.example}</span>
            </li>
          ))}
        </ol>
      </ExpandToggle>
    </OverlayCard>
  );
}
