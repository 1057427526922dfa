// The toolbar popup: the live call's figures and what to ask next while a call runs, otherwise the latest
// debrief, and the recent calls. Reads the store through live queries.
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { coachingMemorySeeds, coachingMethodology } from '../../shared/coaching-methodology';
import { readPopupData } from '../../../store/call-queries';
import type { CoachDatabase } from '../../../store/database';
import { readMemory } from '../../../store/memory-store';
import { useUserSettings } from '../../options/app/use-user-settings';
import { requestCallType } from '../../shared/call-type-client';
import { t } from '../../shared/i18n';
import { pickNextTheme } from '../NextTheme';
import { useCaptureNotice } from '../CaptureNoticePanel';
import { PopupView, type PopupModel } from '../PopupView';
import { phaseGuidance } from './phase-guidance';

export function PopupApp({ db }: { db: CoachDatabase }) {
  const data = useLiveQuery(() => readPopupData(db), [db]);
  const settings = useUserSettings();
  const memory = useLiveQuery(() => readMemory(db, coachingMemorySeeds()), [db]);
  const captureNotice = useCaptureNotice();
  useEffect(() => {
    document.documentElement.lang = t('popup_language');
  }, []);
  if (!data || !settings) {
    return (
      <main className="popup">
        <p className="muted" role="status">
          {t('shared_loading')}
        </p>
      </main>
    );
  }
  const model: PopupModel = {
    live: data.live ? { ...data.live, guidance: data.live.analysis ? phaseGuidance(data.live.analysis, coachingMethodology().playbook) : null } : null,
    latest: data.latest,
    recent: data.recent,
    captureNotice,
    nextTheme: memory ? pickNextTheme(memory.nextThemes, [(data.live ?? data.latest)?.call.repName, ...settings.repNames]) : null,
  };
  return <PopupView model={model} talkShareMax={settings.talkShareMax} pitchWindowSec={settings.earlyPitchBeforeSec} onCallType={requestCallType} />;
}
