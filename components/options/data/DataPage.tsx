import { useState, type ChangeEvent } from 'react';
import { t, tn } from '../../shared/i18n';
import { MessageWith } from '../../shared/MessageWith';
import { optionsRouteHref } from '../hash-route';
import { ConfirmButton } from '../layout/ConfirmButton';

export type FileImportResult = { fileName: string; ok: true; callId: string; title: string } | { fileName: string; ok: false; error: string };

export interface DataActions {
  importTranscripts(files: File[]): Promise<FileImportResult[]>;
  /** The whole store as one JSON document. */
  exportJson(): Promise<string>;
  /** Returns how many calls were added. */
  importJson(file: File): Promise<number>;
  deleteAll(): Promise<void>;
}

type Outcome = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; message: string } | { kind: 'failed'; message: string };

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function OutcomeLine({ outcome }: { outcome: Outcome }) {
  if (outcome.kind === 'failed') {
    return (
      <p className="error-text" role="alert">
        {outcome.message}
      </p>
    );
  }
  return (
    <p className="success-text" role="status">
      {outcome.kind === 'done' ? outcome.message : outcome.kind === 'busy' ? t('options_data_working') : ''}
    </p>
  );
}

function TranscriptImport({ actions }: { actions: DataActions }) {
  const [results, setResults] = useState<FileImportResult[]>([]);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    setOutcome({ kind: 'busy' });
    try {
      setResults(await actions.importTranscripts(files));
      setOutcome({ kind: 'idle' });
    } catch (error) {
      setOutcome({ kind: 'failed', message: t('options_data_import_failed', errorMessage(error)) });
    }
  };
  return (
    <section className="card" aria-labelledby="import-transcripts-title">
      <h2 id="import-transcripts-title">{t('options_data_import_title')}</h2>
      <p className="muted" id="import-transcripts-help">
        <MessageWith message="options_data_import_help">
          <code>{t('options_data_import_example')}</code>
        </MessageWith>
      </p>
      <label className="file-picker">
        <span className="button button-secondary">{t('options_data_choose_transcripts')}</span>
        <input
          type="file"
          accept=".vtt,.txt,text/vtt,text/plain"
          multiple
          onChange={onFiles}
          className="visually-hidden"
          data-testid="import-transcripts"
          aria-describedby="import-transcripts-help"
        />
      </label>
      <OutcomeLine outcome={outcome} />
      {results.length > 0 ? (
        <ul className="import-results" data-testid="import-results">
          {results.map((result, index) => (
            <li key={`${result.fileName}-${index}`} className={result.ok ? 'import-ok' : 'import-failed'}>
              <strong>{result.fileName}</strong>{' '}
              {result.ok ? (
                <MessageWith message="options_data_imported_as">
                  <a href={optionsRouteHref({ name: 'call', callId: result.callId })}>{result.title}</a>
                </MessageWith>
              ) : (
                <span className="error-text" role="alert">
                  {t('options_data_not_imported', result.error)}
                </span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function BackupRestore({ actions }: { actions: DataActions }) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const exportAll = async () => {
    setOutcome({ kind: 'busy' });
    try {
      const url = URL.createObjectURL(new Blob([await actions.exportJson()], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `discovery-coach-${new Date().toISOString().slice(0, 10)}.json`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setOutcome({ kind: 'done', message: t('options_data_export_done') });
    } catch (error) {
      setOutcome({ kind: 'failed', message: t('options_data_export_failed', errorMessage(error)) });
    }
  };
  const importBackup = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setOutcome({ kind: 'busy' });
    try {
      const added = await actions.importJson(file);
      setOutcome({ kind: 'done', message: tn('options_data_restored', added, file.name) });
    } catch (error) {
      setOutcome({ kind: 'failed', message: t('options_data_restore_failed', file.name, errorMessage(error)) });
    }
  };
  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">{t('options_data_backup_title')}</h2>
      <p className="muted">{t('options_data_backup_help')}</p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={exportAll}>
          {t('options_data_export')}
        </button>
        <label className="file-picker">
          <span className="button button-secondary">{t('options_data_import_json')}</span>
          <input
            type="file"
            accept=".json,application/json"
            onChange={importBackup}
            className="visually-hidden"
            data-testid="import-json"
          />
        </label>
      </div>
      <OutcomeLine outcome={outcome} />
    </section>
  );
}

export function DataPage({ actions, callCount }: { actions: DataActions; callCount: number }) {
  return (
    <section className="page-section" aria-labelledby="data-title">
      <h1 id="data-title">{t('options_data_title')}</h1>
      <TranscriptImport actions={actions} />
      <BackupRestore actions={actions} />
      <section className="card danger-zone" aria-labelledby="delete-all-title">
        <h2 id="delete-all-title">{t('options_data_delete_title')}</h2>
        <p className="muted">{tn('options_data_delete_help', callCount)}</p>
        <ConfirmButton
          label={t('options_data_delete_all')}
          question={tn('options_data_delete_question', callCount)}
          confirmLabel={t('options_data_delete_confirm')}
          onConfirm={actions.deleteAll}
        />
      </section>
    </section>
  );
}
