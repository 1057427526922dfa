import { useState, type FormEvent } from 'react';
import { NUDGE_KINDS, PLATFORMS } from '../../../lib/types';
import { t } from '../../shared/i18n';
import { nudgeKindLabel, platformLabel } from '../../shared/labels';
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
        <legend>{t('options_settings_you')}</legend>
        <label className="field" htmlFor="rep-names">
          <span>{t('options_settings_rep_names')}</span>
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
          {t('options_settings_rep_names_help')}
        </p>
        <p id="rep-names-error" className="error-text" role={errors.repNames ? 'alert' : undefined}>
          {errors.repNames}
        </p>
      </fieldset>

      <fieldset className="card">
        <legend>{t('options_settings_nudges')}</legend>
        <div className="toggle-grid">
          {NUDGE_KINDS.map((kind) => (
            <label key={kind} className="toggle">
              <input
                type="checkbox"
                checked={values.enabledNudges[kind]}
                onChange={(event) => update({ enabledNudges: { ...values.enabledNudges, [kind]: event.target.checked } })}
              />
              <span>{nudgeKindLabel(kind)}</span>
            </label>
          ))}
        </div>
        <div className="threshold-grid">
          <NumberField id="talk-share-max" label={t('options_settings_talk_share')} unit={t('options_settings_unit_percent')} value={values.talkShareMaxPercent} error={errors.talkShareMaxPercent} onChange={(talkShareMaxPercent) => update({ talkShareMaxPercent })} />
          <NumberField id="monologue-max" label={t('options_settings_monologue')} unit={t('options_settings_unit_seconds')} value={values.monologueMaxSec} error={errors.monologueMaxSec} onChange={(monologueMaxSec) => update({ monologueMaxSec })} />
          <NumberField id="early-pitch" label={t('options_settings_pitch_window')} unit={t('options_settings_unit_minutes')} value={values.earlyPitchMinute} error={errors.earlyPitchMinute} onChange={(earlyPitchMinute) => update({ earlyPitchMinute })} />
        </div>
      </fieldset>

      <fieldset className="card">
        <legend>{t('options_settings_platforms')}</legend>
        <p className="muted field-help">{t('options_settings_platforms_help')}</p>
        <div className="toggle-grid">
          {PLATFORMS.map((platform) => (
            <label key={platform} className="toggle">
              <input
                type="checkbox"
                checked={values.platforms[platform]}
                onChange={(event) => update({ platforms: { ...values.platforms, [platform]: event.target.checked } })}
              />
              <span>{platformLabel(platform)}</span>
            </label>
          ))}
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button" disabled={saveState.name === 'saving'}>
          {t(saveState.name === 'saving' ? 'options_settings_saving' : 'options_settings_save')}
        </button>
        <button type="button" className="button button-secondary" onClick={reset}>
          {t('options_settings_reset')}
        </button>
        <span role="status" className={saveState.name === 'failed' ? 'error-text' : 'success-text'}>
          {saveState.name === 'saved' ? t('options_settings_saved') : saveState.name === 'failed' ? t('options_settings_save_failed', saveState.message) : ''}
        </span>
      </div>
    </form>
  );
}
