// The team view: a rep exports their coaching memory as a file for their manager or teammates, and imports
// theirs so the Coaching Themes show what recurs across reps. An import is all or nothing; every rejected
// file is named with its reason.
import { useId, useState, type ChangeEvent } from 'react';
import type { ImportResult } from '../../../store/memory-store';

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
const listed = (names: readonly string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);
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
      <h3>Share your memory</h3>
      {settingsName ? (
        <p className="muted">Your file is labeled {settingsName}, the first of your names in Settings.</p>
      ) : (
        <div className="field">
          <label htmlFor={nameFieldId}>Your name, as teammates will see it</label>
          <input id={nameFieldId} type="text" value={typedName} maxLength={120} onChange={(event) => setTypedName(event.target.value)} autoComplete="name" />
        </div>
      )}
      <div className="form-actions">
        <button type="button" className="button" data-testid="export-memory" onClick={exportNow} disabled={repName === '' || state.kind === 'busy'}>
          Export my memory
        </button>
      </div>
      {state.kind === 'failed' ? (
        <p className="error-text" role="alert">
          Export failed: {state.message}
        </p>
      ) : (
        <p className="success-text" role="status">
          {state.kind === 'done' ? `Saved ${state.fileName} to your downloads.` : state.kind === 'busy' ? 'Exporting…' : ''}
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
        Importing…
      </p>
    );
  }
  if (state.kind === 'failed') {
    return (
      <div className="import-errors" role="alert" data-testid="memory-import-result">
        <p className="error-text">Nothing was imported. Fix or leave out these files and try again:</p>
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
        ? `Nothing new: every fact from ${listed(state.reps)} was already in memory.`
        : `Imported ${state.addedFacts} ${state.addedFacts === 1 ? 'fact' : 'facts'} from ${listed(state.reps)}. The themes above now include them.`}
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
      setState({ kind: 'failed', errors: [`Import failed: ${errorMessage(error)}`] });
    }
  };
  return (
    <div className="team-action">
      <h3>Add teammates&apos; memory</h3>
      <p className="muted">Choose the memory files your teammates exported. Their calls stay theirs: you see the themes and quoted lines, not the transcripts.</p>
      <label className="file-picker">
        <span className="button button-secondary">Import teammates&apos; files…</span>
        <input type="file" accept=".json,application/json" multiple onChange={onFiles} className="visually-hidden" data-testid="import-memory" />
      </label>
      <ImportOutcome state={state} />
    </div>
  );
}

export function TeamMemory({ actions, repNames, reps }: TeamMemoryProps) {
  return (
    <section className="card team-memory" aria-labelledby="team-memory-title" data-testid="team-memory">
      <h2 id="team-memory-title">Team view</h2>
      <p className="muted">
        {reps.length === 0 ? 'Memory has no reps yet.' : `Memory covers ${reps.length === 1 ? 'one rep' : `${reps.length} reps`}: ${listed(reps)}.`} Export yours for
        a manager, or import teammates&apos; files to see which themes recur across reps.
      </p>
      <div className="team-actions">
        <ExportMemory actions={actions} settingsName={repNames[0]} />
        <ImportMemory actions={actions} />
      </div>
    </section>
  );
}
