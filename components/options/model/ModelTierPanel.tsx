// The opt-in on-device model, as the rep manages it on the options page: what this computer can do (WebGPU,
// 16-bit shaders), which models exist with their download size and graphics memory, what is downloaded, and
// plain words when something cannot work. The built-in classifier keeps running whatever happens here.
import type { ModelPurpose } from '../../../lib/model-tier/model-tier-settings';
import { describeModelTier, formatMegabytes, type ModelRowView } from './model-tier-view';
import type { ModelTierState } from './use-model-tier';

const PURPOSE_HEADINGS: Record<ModelPurpose, { title: string; help: string }> = {
  labels: { title: 'Sharper labels during calls', help: 'Re-labels the lines the built-in classifier is unsure about, in milliseconds, while you talk.' },
  debrief: { title: 'Debrief wording', help: 'Writes "What went well" and "What to try instead" from your own call after it ends.' },
};

function ModelRow({ row, busy, state }: { row: ModelRowView; busy: boolean; state: ModelTierState }) {
  const { entry } = row;
  const facts = [
    `about ${formatMegabytes(entry.downloadMB)} download`,
    `needs ${formatMegabytes(entry.vramMB)} of graphics memory`,
    ...(entry.needsShaderF16 ? ['needs 16-bit shaders'] : []),
  ];
  return (
    <li className="card" data-testid={`model-${entry.modelId}`}>
      <p>
        <strong>{entry.displayName}</strong> {entry.recommended && <span className="chip">Recommended</span>}{' '}
        {entry.cached && <span className="chip">Downloaded</span>} {row.enabled && <span className="chip">On</span>}{' '}
        {row.loaded && <span className="chip">Loaded</span>}
      </p>
      <p className="muted">{entry.summary}</p>
      <p className="muted field-help">{facts.join(' · ')}</p>
      {row.blockedReason && !row.enabled && <p className="muted field-help">{row.blockedReason}</p>}
      <div className="form-actions">
        {!row.enabled && (
          <button type="button" className="button" disabled={busy || row.loading || row.blockedReason !== null} onClick={() => state.enable(entry.modelId)}>
            {entry.cached ? 'Enable' : 'Download and enable'}
          </button>
        )}
        {row.enabled && (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => state.disable(entry.purpose)}>
            Turn off
          </button>
        )}
        {entry.cached && (
          <button type="button" className="button button-danger-outline" disabled={busy || row.loading} onClick={() => state.remove(entry.modelId)}>
            Delete download
          </button>
        )}
      </div>
    </li>
  );
}

export function ModelTierPanel({ state }: { state: ModelTierState }) {
  const view = describeModelTier(state.status, state.models);
  const error = state.requestError ?? view.error;
  return (
    <section className="card" data-testid="model-tier" aria-labelledby="model-tier-title">
      <h2 id="model-tier-title">On-device model (optional)</h2>
      <p className="muted">
        Every line is labelled by the fast classifier built into the extension. You can add a model that runs on your graphics card (WebGPU) to sharpen
        those labels and write the debrief. It runs on this computer: nothing you or the buyer say leaves it. Nothing downloads until you click.
      </p>
      <p data-testid="model-status" role="status" aria-live="polite">
        {view.statusLine}
      </p>
      {view.gpuLine && <p className="muted field-help">{view.gpuLine}</p>}
      {view.progress && (
        <div>
          <progress data-testid="model-progress" max={1} value={view.progress.fraction} aria-label={`Loading ${view.progress.modelName}`} />
          <p className="muted field-help">{view.progress.text}</p>
        </div>
      )}
      {error && (
        <p className="error-text" role="alert" data-testid="model-error">
          {error}
        </p>
      )}
      {(['labels', 'debrief'] as const).map((purpose) => {
        const rows = view.rows.filter((row) => row.entry.purpose === purpose);
        if (rows.length === 0) return null;
        return (
          <div key={purpose}>
            <h3>{PURPOSE_HEADINGS[purpose].title}</h3>
            <p className="muted field-help">{PURPOSE_HEADINGS[purpose].help}</p>
            <ul className="call-list">
              {rows.map((row) => (
                <ModelRow key={row.entry.modelId} row={row} busy={state.busy} state={state} />
              ))}
            </ul>
          </div>
        );
      })}
      {view.canUnload && (
        <div className="form-actions">
          <button type="button" className="button button-secondary" disabled={state.busy} onClick={state.unload}>
            Unload now
          </button>
          <span className="muted field-help">Frees the graphics memory; a downloaded model loads again from disk at the next call.</span>
        </div>
      )}
    </section>
  );
}
