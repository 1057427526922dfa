import { useState, type FormEvent } from 'react';
import { NUDGE_KINDS, PLATFORMS } from '../../../lib/types';
import { NUDGE_KIND_LABELS, PLATFORM_LABELS } from '../../shared/labels';
import { NumberField } from './NumberField';
import { parseRepNames, validateSettings, type SettingsErrors, type SettingsFormValues } from './settings-form-values';

interface SettingsFormProps {
  initial: SettingsFormValues;
  defaults: SettingsFormValues;
  onSave(values: SettingsFormValues): Promise<void>;
}

type SaveState = { name: 'idle' } | { name: 'saving' } | { name: 'saved' } | { name: 'failed'; message: string };

export function SettingsForm({ initial, defaults, onSave }: SettingsFormProps) {
  const [values, setValues] = useState(initial);
  const [repNamesText, setRepNamesText] = useState(initial.repNames.join(', '));
  const [errors, setErrors] = useState<SettingsErrors>({});
  const [saveState, setSaveState] = useState<SaveState>({ name: 'idle' });
  const update = (patch: Partial<SettingsFormValues>) => {
    setValues((current) => ({ ...current, ...patch }));
    setSaveState({ name: 'idle' });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const next = { ...values, repNames: parseRepNames(repNamesText) };
    const found = validateSettings(next);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaveState({ name: 'saving' });
    try {
      await onSave(next);
      setSaveState({ name: 'saved' });
    } catch (error) {
      setSaveState({ name: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const reset = () => {
    setValues(defaults);
    setRepNamesText(defaults.repNames.join(', '));
    setErrors({});
    setSaveState({ name: 'idle' });
  };

  return (
    <form className="settings" onSubmit={submit} noValidate data-testid="settings-form">
      <fieldset className="card">
        <legend>You</legend>
        <label className="field" htmlFor="rep-names">
          <span>Your names in captions</span>
        </label>
        <textarea
          id="rep-names"
          rows={2}
          value={repNamesText}
          onChange={(event) => {
            setRepNamesText(event.target.value);
            setSaveState({ name: 'idle' });
          }}
          aria-describedby="rep-names-help rep-names-error"
          aria-invalid={errors.repNames ? true : undefined}
        />
        <p id="rep-names-help" className="muted field-help">
          Separate names with commas. Lines from "You" always count as yours; these names also do, for example in imported transcripts.
        </p>
        <p id="rep-names-error" className="error-text" role={errors.repNames ? 'alert' : undefined}>
          {errors.repNames}
        </p>
      </fieldset>

      <fieldset className="card">
        <legend>Nudges</legend>
        <div className="toggle-grid">
          {NUDGE_KINDS.map((kind) => (
            <label key={kind} className="toggle">
              <input
                type="checkbox"
                checked={values.enabledNudges[kind]}
                onChange={(event) => update({ enabledNudges: { ...values.enabledNudges, [kind]: event.target.checked } })}
              />
              <span>{NUDGE_KIND_LABELS[kind]}</span>
            </label>
          ))}
        </div>
        <div className="threshold-grid">
          <NumberField id="talk-share-max" label="Talk share line" unit="%" value={values.talkShareMaxPercent} error={errors.talkShareMaxPercent} onChange={(talkShareMaxPercent) => update({ talkShareMaxPercent })} />
          <NumberField id="monologue-max" label="Longest monologue" unit="seconds" value={values.monologueMaxSec} error={errors.monologueMaxSec} onChange={(monologueMaxSec) => update({ monologueMaxSec })} />
          <NumberField id="early-pitch" label="Pitch window opens at" unit="minutes" value={values.earlyPitchMinute} error={errors.earlyPitchMinute} onChange={(earlyPitchMinute) => update({ earlyPitchMinute })} />
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>Platforms</legend>
        <p className="muted field-help">The coach only follows calls on the platforms turned on here.</p>
        <div className="toggle-grid">
          {PLATFORMS.map((platform) => (
            <label key={platform} className="toggle">
              <input
                type="checkbox"
                checked={values.platforms[platform]}
                onChange={(event) => update({ platforms: { ...values.platforms, [platform]: event.target.checked } })}
              />
              <span>{PLATFORM_LABELS[platform]}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <fieldset className="card" data-testid="model-tier">
        <legend>On-device model</legend>
        <p className="muted">
          Every line is labelled by the fast classifier that ships with the extension. An optional larger model that runs on your graphics card (WebGPU) is
          not available in this version, so there is nothing to switch on yet.
        </p>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={saveState.name === 'saving'}>
          {saveState.name === 'saving' ? 'Saving…' : 'Save settings'}
        </button>
        <button type="button" className="button button-secondary" onClick={reset}>
          Reset to defaults
        </button>
        <span role="status" className={saveState.name === 'failed' ? 'error-text' : 'success-text'}>
          {saveState.name === 'saved' ? 'Saved. Calls starting from now use these settings.' : saveState.name === 'failed' ? `Could not save: ${saveState.message}` : ''}
        </span>
      </div>
    </form>
  );
}
