import { useState, type ChangeEvent } from 'react';
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
      {outcome.kind === 'done' ? outcome.message : outcome.kind === 'busy' ? 'Working…' : ''}
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
      setOutcome({ kind: 'failed', message: `Import failed: ${errorMessage(error)}` });
    }
  };
  return (
    <section className="card" aria-labelledby="import-transcripts-title">
      <h2 id="import-transcripts-title">Import past transcripts</h2>
      <p className="muted">
        WebVTT (.vtt) caption files or plain-text transcripts (.txt) with one <code>Speaker: words</code> line each. They are analyzed on this computer and appear
        with your calls.
      </p>
      <label className="file-picker">
        <span className="button button-secondary">Choose transcript files…</span>
        <input type="file" accept=".vtt,.txt,text/vtt,text/plain" multiple onChange={onFiles} className="visually-hidden" data-testid="import-transcripts" />
      </label>
      <OutcomeLine outcome={outcome} />
      {results.length > 0 ? (
        <ul className="import-results" data-testid="import-results">
          {results.map((result, index) => (
            <li key={`${result.fileName}-${index}`} className={result.ok ? 'import-ok' : 'import-failed'}>
              <strong>{result.fileName}</strong>{' '}
              {result.ok ? (
                <>
                  imported as <a href={optionsRouteHref({ name: 'call', callId: result.callId })}>{result.title}</a>
                </>
              ) : (
                <span className="error-text" role="alert">
                  not imported: {result.error}
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
      setOutcome({ kind: 'done', message: 'Export saved to your downloads.' });
    } catch (error) {
      setOutcome({ kind: 'failed', message: `Export failed: ${errorMessage(error)}` });
    }
  };
  const importBackup = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setOutcome({ kind: 'busy' });
    try {
      const added = await actions.importJson(file);
      setOutcome({ kind: 'done', message: `Imported ${added} ${added === 1 ? 'call' : 'calls'} from ${file.name}.` });
    } catch (error) {
      setOutcome({ kind: 'failed', message: `Could not import ${file.name}: ${errorMessage(error)}` });
    }
  };
  return (
    <section className="card" aria-labelledby="backup-title">
      <h2 id="backup-title">Export and restore</h2>
      <p className="muted">All calls, transcripts, nudges and debriefs as one JSON file — for a backup or to move to another computer.</p>
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={exportAll}>
          Export as JSON
        </button>
        <label className="file-picker">
          <span className="button button-secondary">Import JSON…</span>
          <input type="file" accept=".json,application/json" onChange={importBackup} className="visually-hidden" data-testid="import-json" />
        </label>
      </div>
      <OutcomeLine outcome={outcome} />
    </section>
  );
}

export function DataPage({ actions, callCount }: { actions: DataActions; callCount: number }) {
  return (
    <section className="page-section" aria-labelledby="data-title">
      <h1 id="data-title">Import & export</h1>
      <TranscriptImport actions={actions} />
      <BackupRestore actions={actions} />
      <section className="card danger-zone" aria-labelledby="delete-all-title">
        <h2 id="delete-all-title">Delete everything</h2>
        <p className="muted">Removes all {callCount} calls with their transcripts, nudges and debriefs from this computer. Settings are kept.</p>
        <ConfirmButton
          label="Delete all calls"
          question={`Delete all ${callCount} calls from this computer? This cannot be undone — export first if you may want them back.`}
          confirmLabel="Delete everything"
          onConfirm={actions.deleteAll}
        />
      </section>
    </section>
  );
}
