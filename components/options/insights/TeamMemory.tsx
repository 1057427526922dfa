// The team view: a rep exports their coaching memory as a file for their manager or teammates, and imports
// theirs so the Coaching Themes show what recurs across reps. An import is all or nothing; every rejected
// file is named with its reason.
import { useId, useState, type ChangeEvent } from 'react';
import type { ImportResult } from '../../../store/memory-store';
import { formatNameList } from '../../shared/format';
import { t, tn } from '../../shared/i18n';

export interface TeamMemoryActions {
  /** The memory file's JSON, labeled with the exporting rep's name. */
  exportMemory(repName: string): Promise<string>;
  importMemory(files: Array<{ name: string; text: string }>): Promise<ImportResult>;
}

interface TeamMemoryProps {
  actions: TeamMemoryActions;
  /** The rep's names from settings; the first one labels the export. */
  repNames: readonly string[];
  /** Reps memory knows about now (own and imported). */
  reps: readonly string[];
}

type ExportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'failed'; message: string };
type ImportState = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; addedFacts: number; reps: string[] } | { kind: 'failed'; errors: string[] };

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error));
const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'rep';

function download(fileName: string, json: string) {
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function ExportMemory({ actions, settingsName }: { actions: TeamMemoryActions; settingsName: string | undefined }) {
  const [typedName, setTypedName] = useState('');
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const nameFieldId = useId();
  const repName = (settingsName ?? typedName).trim();
  const exportNow = async () => {
    setState({ kind: 'busy' });
    try {
      const fileName = `discovery-coach-memory-${slug(repName)}-${new Date().toISOString().slice(0, 10)}.json`;
      download(fileName, await actions.exportMemory(repName));
      setState({ kind: 'done', fileName });
    } catch (error) {
      setState({ kind: 'failed', message: errorMessage(error) });
    }
  };
  return (
    <div className="team-action">
      <h3>{t('insights_share_title')}</h3>
      {settingsName ? (
        <p className="muted">{t('insights_share_labeled', settingsName)}</p>
      ) : (
        <div className="field">
          <label htmlFor={nameFieldId}>{t('insights_share_name')}</label>
          <input id={nameFieldId} type="text" value={typedName} maxLength={120} onChange={(event) => setTypedName(event.target.value)} autoComplete="name" />
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button" data-testid="export-memory" onClick={exportNow} disabled={repName === '' || state.kind === 'busy'}>
          {t('insights_share_export')}
        </button>
      </div>
      {state.kind === 'failed' ? (
        <p className="error-text" role="alert">
          {t('insights_share_failed', state.message)}
        </p>
      ) : (
        <p className="success-text" role="status">
          {state.kind === 'done' ? t('insights_share_saved', state.fileName) : state.kind === 'busy' ? t('insights_share_exporting') : ''}
        </p>
      )}
    </div>
  );
}

function ImportOutcome({ state }: { state: ImportState }) {
  if (state.kind === 'idle') return null;
  if (state.kind === 'busy') {
    return (
      <p className="muted" role="status" data-testid="memory-import-result">
        {t('insights_importing')}
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div className="import-errors" role="alert" data-testid="memory-import-result">
        <p className="error-text">{t('insights_import_rejected')}</p>
        <ul>
          {state.errors.map((error, index) => (
            <li key={index} className="error-text">
              {error}
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <p className="success-text" role="status" data-testid="memory-import-result">
      {state.addedFacts === 0
        ? t('insights_import_nothing_new', formatNameList(state.reps))
        : tn('insights_imported', state.addedFacts, formatNameList(state.reps))}
    </p>
  );
}

function ImportMemory({ actions }: { actions: TeamMemoryActions }) {
  const [state, setState] = useState<ImportState>({ kind: 'idle' });
  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    setState({ kind: 'busy' });
    try {
      const contents = await Promise.all(files.map(async (file) => ({ name: file.name, text: await file.text() })));
      const result = await actions.importMemory(contents);
      setState(result.ok ? { kind: 'done', addedFacts: result.addedFacts, reps: result.reps } : { kind: 'failed', errors: result.errors });
    } catch (error) {
      setState({ kind: 'failed', errors: [t('insights_import_failed', errorMessage(error))] });
    }
  };
  return (
    <div className="team-action">
      <h3>{t('insights_import_title')}</h3>
      <p className="muted">{t('insights_import_help')}</p>
      <label className="file-picker">
        <span className="button button-secondary">{t('insights_import_choose')}</span>
        <input type="file" accept=".json,application/json" multiple onChange={onFiles} className="visually-hidden" data-testid="import-memory" />
      </label>
      <ImportOutcome state={state} />
    </div>
  );
}

export function TeamMemory({ actions, repNames, reps }: TeamMemoryProps) {
  return (
    <section className="card team-memory" aria-labelledby="team-memory-title" data-testid="team-memory">
      <h2 id="team-memory-title">{t('insights_team_title')}</h2>
      <p className="muted">
        {reps.length === 0 ? t('insights_team_no_reps') : tn('insights_team_covers', reps.length, formatNameList(reps))} {t('insights_team_help')}
      </p>
      <div className="team-actions">
        <ExportMemory actions={actions} settingsName={repNames[0]} />
        <ImportMemory actions={actions} />
      </div>
    </section>
  );
}
