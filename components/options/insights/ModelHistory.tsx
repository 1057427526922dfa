// The "history" disclosure: every earlier version of a mental model, newest first; choosing one shows it
// read-only in place of the latest.
import type { ModelVersionSummary } from '../../../store/memory-store';
import { formatCallDate } from '../../shared/format';

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
      <summary>
        History ({older.length} earlier {older.length === 1 ? 'version' : 'versions'})
      </summary>
      {older.length === 0 ? (
        <p className="muted">This is the first version. Earlier versions are kept here as memory changes after each call.</p>
      ) : (
        <ul className="model-history-list">
          {older.map((entry) => (
            <li key={entry.version}>
              <button type="button" className="link-button" aria-pressed={viewingVersion === entry.version} onClick={() => onSelect(entry.version)}>
                Version {entry.version} · {formatCallDate(entry.generatedAt)}
              </button>{' '}
              <span className="muted">
                based on {entry.basedOnCalls} {entry.basedOnCalls === 1 ? 'call' : 'calls'}
                {entry.afterCallId === null ? ', after an import' : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
