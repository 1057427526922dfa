import { t } from '../../shared/i18n';

/** How many "not an objection" taps the live coach has learned from: the rep can see that the tap does something. */
export function LearnedCorrections({ count }: { count: number | undefined }) {
  return (
    <section className="card" aria-labelledby="learned-corrections-title" data-testid="learned-corrections">
      <h2 id="learned-corrections-title">
        {t('options_settings_corrections_title')}
      </h2>
      <p>{count === undefined ? t('shared_loading') : t('options_settings_corrections_count', count)}</p>
      <p className="muted field-help">{t('options_settings_corrections_help')}</p>
    </section>
  );
}
