import { useState, type ChangeEvent } from 'react';
import { t, tn } from '../../shared/i18n';
import { TranscriptImport, type TranscriptImportActions } from './TranscriptImport';
import { ConfirmButton } from '../layout/ConfirmButton';

export interface DataActions extends TranscriptImportActions {
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
