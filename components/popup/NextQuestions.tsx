import type { ChecklistItem, Phase } from '../../lib/types';
import { t } from '../shared/i18n';
import { checklistLabel, phaseLabel } from '../shared/labels';

export interface PhaseGuidance {
  phase: Phase;
  goal: string;
  prompts: string[];
  /** One question for each checklist item still open, in checklist order. */
  openItems: { item: ChecklistItem; question: string }[];
}

export function NextQuestions({ guidance }: { guidance: PhaseGuidance }) {
  return (
    <section className="card" data-testid="phase-prompts" data-phase={guidance.phase} aria-labelledby="next-questions-title">
      <h2 id="next-questions-title" className="section-label">
        {t('popup_ask_next', phaseLabel(guidance.phase))}
      </h2>
      <p className="muted">{guidance.goal}</p>
      <ul className="prompt-list">
        {guidance.prompts.map((prompt) => (
          <li key={prompt}>{prompt}</li>
        ))}
      </ul>
      {guidance.openItems.length > 0 ? (
        <>
          <h3 className="section-label">{t('popup_still_open')}</h3>
          <ul className="prompt-list prompt-list-gaps">
            {guidance.openItems.map(({ item, question }) => (
              <li key={item} data-item={item}>
                <span className="chip">{checklistLabel(item)}</span> {question}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
