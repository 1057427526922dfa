// Step 4: the rep's name as meetings show it, saved into the settings the options page edits.
import { useEffect, useState, type FormEvent } from 'react';
import { loadUserSettings, saveUserSettings } from '../../../store/user-settings';
import { t } from '../../shared/i18n';
import { MAX_REP_NAME_LENGTH, withRepName } from './rep-name';

type SaveState = { kind: 'idle' } | { kind: 'saved'; name: string } | { kind: 'error'; message: string };

export function NameStep() {
  const [name, setName] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    let active = true;
    void loadUserSettings().then((settings) => {
      if (!active) return;
      setName(settings.repNames[0] ?? '');
      setLoaded(true);
    });
    return () => {
      active = false;
    };
  }, []);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed.length === 0) return setSave({ kind: 'error', message: t('onboarding_name_empty') });
    if (trimmed.length > MAX_REP_NAME_LENGTH) return setSave({ kind: 'error', message: t('onboarding_name_too_long') });
    try {
      await saveUserSettings(withRepName(await loadUserSettings(), trimmed));
      setSave({ kind: 'saved', name: trimmed });
    } catch (error) {
      setSave({ kind: 'error', message: t('onboarding_name_failed', error instanceof Error ? error.message : String(error)) });
    }
  };

  return (
    <>
      <p className="tour-lead">{t('onboarding_name_lead')}</p>
      <form className="name-form" onSubmit={(event) => void onSubmit(event)}>
        <label htmlFor="rep-name">{t('onboarding_name_label')}</label>
        <div className="name-form-row">
          <input
            id="rep-name"
            type="text"
            autoComplete="name"
            value={name}
            disabled={!loaded}
            placeholder={t('onboarding_name_placeholder')}
            aria-invalid={save.kind === 'error'}
            aria-describedby="rep-name-status"
            onChange={(event) => {
              setName(event.target.value);
              setSave({ kind: 'idle' });
            }}
            data-testid="rep-name-input"
          />
          <button type="submit" className="button" disabled={!loaded} data-testid="rep-name-save">
            {t('onboarding_name_save')}
          </button>
        </div>
        <p id="rep-name-status" role="status" className={save.kind === 'error' ? 'name-error' : 'name-saved'} data-testid="rep-name-status">
          {save.kind === 'saved' ? t('onboarding_name_saved', save.name) : save.kind === 'error' ? save.message : ''}
        </p>
      </form>
    </>
  );
}
