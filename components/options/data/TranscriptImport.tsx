// Importing past transcripts in two steps: the files are read for their speakers, the rep says which speaker is
// them (and whether the calls feed Coaching Themes), then the calls are stored. Nothing is stored before the
// rep answers, so a call by someone else never lands under their name silently.
import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { t } from '../../shared/i18n';
import { MessageWith } from '../../shared/MessageWith';
import { optionsRouteHref } from '../hash-route';

export type TranscriptSpeakersResult = { fileName: string; ok: true; speakers: string[]; suggestedRep: string | null } | { fileName: string; ok: false; error: string };

export interface TranscriptChoice {
  /** The speaker who is the rep; null for "none of these". */
  repSpeaker: string | null;
  coachingThemes: boolean;
}

export type FileImportResult = { fileName: string; ok: true; callId: string; title: string; noRepLine: boolean } | { fileName: string; ok: false; error: string };

export interface TranscriptImportActions {
  readTranscriptSpeakers(file: File): Promise<TranscriptSpeakersResult>;
  importTranscript(file: File, choice: TranscriptChoice): Promise<FileImportResult>;
}

interface PendingFile {
  file: File;
  read: TranscriptSpeakersResult;
  repSpeaker: string | null;
}

/** The radio value of "none of these speakers is me" (speaker names are never empty). */
const NOBODY = '';

function SpeakerQuestion({ pending, onChoose }: { pending: PendingFile & { read: { ok: true } }; onChoose(speaker: string | null): void }) {
  const name = useId();
  const warningId = useId();
  return (
    <fieldset className="speaker-question" data-testid="import-speaker-question" aria-describedby={pending.repSpeaker === null ? warningId : undefined}>
      <legend>
        {t('manager_import_which_speaker')} <span className="muted">{pending.file.name}</span>
      </legend>
      <div className="speaker-options">
        {[...pending.read.speakers, NOBODY].map((speaker) => (
          <label key={speaker || 'nobody'} className="speaker-option">
            <input
              type="radio"
              name={name}
              value={speaker}
              checked={(pending.repSpeaker ?? NOBODY) === speaker}
              onChange={() => onChoose(speaker === NOBODY ? null : speaker)}
            />
            {speaker === NOBODY ? t('manager_import_none_of_these') : speaker}
          </label>
        ))}
      </div>
      {pending.repSpeaker === null ? (
        <p className="warning-text" id={warningId} data-testid="import-no-rep-warning">
          {t('manager_import_no_rep_warning')}
        </p>
      ) : null}
    </fieldset>
  );
}

function ImportResults({ results }: { results: FileImportResult[] }) {
  return (
    <ul className="import-results" data-testid="import-results">
      {results.map((result, index) => (
        <li key={`${result.fileName}-${index}`} className={result.ok ? 'import-ok' : 'import-failed'}>
          <strong>{result.fileName}</strong>{' '}
          {result.ok ? (
            <>
              <MessageWith message="options_data_imported_as">
                <a href={optionsRouteHref({ name: 'call', callId: result.callId })}>{result.title}</a>
              </MessageWith>
              {result.noRepLine ? <span className="warning-text"> {t('manager_import_no_rep_line')}</span> : null}
            </>
          ) : (
            <span className="error-text" role="alert">
              {t('options_data_not_imported', result.error)}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function TranscriptImport({ actions }: { actions: TranscriptImportActions }) {
  const [pending, setPending] = useState<PendingFile[]>([]);
  const [coachingThemes, setCoachingThemes] = useState(true);
  const [results, setResults] = useState<FileImportResult[]>([]);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const onFiles = async (event: ChangeEvent<HTMLInputElement>) => {
    const files = [...(event.target.files ?? [])];
    event.target.value = '';
    if (files.length === 0) return;
    setBusy(true);
    setFailure(null);
    setResults([]);
    try {
      const read = await Promise.all(files.map(async (file) => ({ file, read: await actions.readTranscriptSpeakers(file) })));
      setPending(read.map(({ file, read }) => ({ file, read, repSpeaker: read.ok ? read.suggestedRep : null })));
    } catch (error) {
      setFailure(t('options_data_import_failed', error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  const onImport = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const imported: FileImportResult[] = [];
      for (const entry of pending) {
        imported.push(entry.read.ok ? await actions.importTranscript(entry.file, { repSpeaker: entry.repSpeaker, coachingThemes }) : entry.read);
      }
      setPending([]);
      setResults(imported);
    } catch (error) {
      setFailure(t('options_data_import_failed', error instanceof Error ? error.message : String(error)));
    } finally {
      setBusy(false);
    }
  };

  const choose = (index: number, repSpeaker: string | null) => setPending((entries) => entries.map((entry, at) => (at === index ? { ...entry, repSpeaker } : entry)));
  const readable = pending.filter((entry) => entry.read.ok).length;

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
      {pending.length > 0 ? (
        <form className="import-form" onSubmit={onImport} data-testid="import-speakers">
          {pending.map((entry, index) =>
            entry.read.ok ? (
              <SpeakerQuestion key={`${entry.file.name}-${index}`} pending={{ ...entry, read: entry.read }} onChoose={(speaker) => choose(index, speaker)} />
            ) : (
              <p key={`${entry.file.name}-${index}`} className="error-text" role="alert">
                <strong>{entry.file.name}</strong> {t('options_data_not_imported', entry.read.error)}
              </p>
            ),
          )}
          <label className="checkbox-row">
            <input type="checkbox" checked={coachingThemes} onChange={(event) => setCoachingThemes(event.target.checked)} data-testid="import-coaching-themes" />
            {t('manager_import_feeds_themes')}
          </label>
          <p className="muted">{t(coachingThemes ? 'manager_import_feeds_themes_on' : 'manager_import_feeds_themes_off')}</p>
          <div className="form-actions">
            <button type="submit" className="button" disabled={busy || readable === 0} data-testid="import-confirm">
              {t('manager_import_confirm')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setPending([])}>
              {t('manager_import_cancel')}
            </button>
          </div>
        </form>
      ) : null}
      {failure ? (
        <p className="error-text" role="alert">
          {failure}
        </p>
      ) : (
        <p className="success-text" role="status">
          {busy ? t('options_data_working') : ''}
        </p>
      )}
      {results.length > 0 ? <ImportResults results={results} /> : null}
    </section>
  );
}
