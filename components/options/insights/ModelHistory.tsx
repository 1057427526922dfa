// The "history" disclosure: every earlier version of a mental model, newest first; choosing one shows it
// read-only in place of the latest.
import type { ModelVersionSummary } from '../../../store/memory-store';
import { formatCallDate } from '../../shared/format';
import { t, tn } from '../../shared/i18n';

interface ModelHistoryProps {
  /** Earlier versions, newest first (the latest left out). */
  older: readonly ModelVersionSummary[];
  /** The earlier version shown now, if any. */
  viewingVersion: number | null;
  onSelect(version: number): void;
}

export function ModelHistory({ older, viewingVersion, onSelect }: ModelHistoryProps) {
  return (
    <details className="model-history" data-testid="model-history">
      <summary>{tn('insights_history', older.length)}</summary>
      {older.length === 0 ? (
        <p className="muted">{t('insights_history_first')}</p>
      ) : (
        <ul className="model-history-list">
          {older.map((entry) => (
            <li key={entry.version}>
              <button type="button" className="link-button" aria-pressed={viewingVersion === entry.version} onClick={() => onSelect(entry.version)}>
                {t('insights_history_version', entry.version, formatCallDate(entry.generatedAt))}
              </button>{' '}
              <span className="muted">
                {tn('insights_based_on', entry.basedOnCalls)}
                {entry.afterCallId === null ? t('insights_after_import') : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
