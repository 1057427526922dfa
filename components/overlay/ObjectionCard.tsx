import type { Nudge, ObjectionCategory } from '../../lib/types';
import { OBJECTION_LABELS } from '../shared/labels';
import type { AecrStepView } from './overlay-playbook';

interface ObjectionCardProps {
  category: Exclude<ObjectionCategory, 'none'>;
  nudge: Nudge;
  steps: AecrStepView[];
  onDismiss(): void;
}

/** The buyer's objection with the AECR steps to handle it: acknowledge, empathize, clarify, reframe. */
export function ObjectionCard({ category, nudge, steps, onDismiss }: ObjectionCardProps) {
  const buyerWords = nudge.evidence.find((evidence) => evidence.text)?.text;
  return (
    <section className="dc-card dc-objection" data-testid="objection-card" data-category={category} aria-label={`${OBJECTION_LABELS[category]} objection`}>
      <div className="dc-card-head">
        <span className="dc-badge dc-badge-objection">{OBJECTION_LABELS[category]} objection</span>
        <button type="button" className="dc-icon-button" onClick={onDismiss} aria-label="Dismiss objection card" title="Dismiss">
          ×
        </button>
      </div>
      {buyerWords ? <blockquote className="dc-quote">“{buyerWords}”</blockquote> : null}
      <ol className="dc-aecr">
        {steps.map((step) => (
          <li key={step.name} className="dc-aecr-step">
            <span className="dc-aecr-name">{step.name}</span>
            <span className="dc-aecr-example">{step.example}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
