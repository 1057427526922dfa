// The opt-in on-device model, as the rep manages it on the options page: what this computer can do (WebGPU,
// 16-bit shaders), which models exist with their download size and graphics memory, what is downloaded, and
// plain words when something cannot work. The built-in classifier keeps running whatever happens here.
import type { ModelPurpose } from '../../../lib/model-tier/model-tier-settings';
import { t, type PlainMessageKey } from '../../shared/i18n';
import { describeModelTier, formatMegabytes, type ModelRowView } from './model-tier-view';
import type { ModelTierState } from './use-model-tier';

const PURPOSE_HEADINGS: Record<ModelPurpose, { title: PlainMessageKey; help: PlainMessageKey }> = {
  labels: { title: 'model_purpose_labels', help: 'model_purpose_labels_help' },
  debrief: { title: 'model_purpose_debrief', help: 'model_purpose_debrief_help' },
};

function ModelRow({ row, busy, state }: { row: ModelRowView; busy: boolean; state: ModelTierState }) {
  const { entry } = row;
  const facts = [
    t('model_download_size', formatMegabytes(entry.downloadMB)),
    t('model_graphics_memory', formatMegabytes(entry.vramMB)),
    ...(entry.needsShaderF16 ? [t('model_needs_shader_f16')] : []),
  ];
  return (
    <li className="card" data-testid={`model-${entry.modelId}`}>
      <p>
        <strong>{entry.displayName}</strong> {entry.recommended && <span className="chip">{t('model_recommended')}</span>}{' '}
        {entry.cached && <span className="chip">{t('model_downloaded')}</span>} {row.enabled && <span className="chip">{t('model_on')}</span>}{' '}
        {row.loaded && <span className="chip">{t('model_loaded')}</span>}
      </p>
      <p className="muted">{entry.summary}</p>
      <p className="muted field-help">{facts.join(' · ')}</p>
      {row.blockedReason && !row.enabled && <p className="muted field-help">{row.blockedReason}</p>}
      <div className="form-actions">
        {!row.enabled && (
          <button type="button" className="button" disabled={busy || row.loading || row.blockedReason !== null} onClick={() => state.enable(entry.modelId)}>
            {t(entry.cached ? 'model_enable' : 'model_download_and_enable')}
          </button>
        )}
        {row.enabled && (
          <button type="button" className="button button-secondary" disabled={busy} onClick={() => state.disable(entry.purpose)}>
            {t('model_turn_off')}
          </button>
        )}
        {entry.cached && (
          <button type="button" className="button button-danger-outline" disabled={busy || row.loading} onClick={() => state.remove(entry.modelId)}>
            {t('model_delete_download')}
          </button>
        )}
      </div>
    </li>
  );
}

export function ModelTierPanel({ state }: { state: ModelTierState }) {
  const view = describeModelTier(state.status, state.models, state.checkingSlow);
  const error = state.requestError ?? view.error;
  return (
    <section className="card" data-testid="model-tier" aria-labelledby="model-tier-title">
      <h2 id="model-tier-title">{t('model_title')}</h2>
      <p className="muted">{t('model_intro')}</p>
      <p data-testid="model-status" role="status" aria-live="polite">
        {view.statusLine}
      </p>
      {view.gpuLine && <p className="muted field-help">{view.gpuLine}</p>}
      {view.progress && (
        <div>
          <progress data-testid="model-progress" max={1} value={view.progress.fraction} aria-label={t('model_loading', view.progress.modelName)} />
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
            <h3>{t(PURPOSE_HEADINGS[purpose].title)}</h3>
            <p className="muted field-help">{t(PURPOSE_HEADINGS[purpose].help)}</p>
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
            {t('model_unload')}
          </button>
          <span className="muted field-help">{t('model_unload_help')}</span>
        </div>
      )}
    </section>
  );
}
