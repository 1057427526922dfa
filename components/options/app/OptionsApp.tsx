// The options page: routes from the URL hash, data from the store through live queries, so every view follows
// what the background writes while it is open.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CoachDatabase } from '../../../store/database';
import { deleteCall, listAnalyzedCalls, listCalls, readCallDetail, renameCall } from '../../../store/call-queries';
import { forgetCall, setCoachingThemes } from '../../../store/memory-store';
import { resolveCoachSettings } from '../../../lib/engine/settings';
import { notObjectionLines } from '../../../store/rep-corrections-store';
import { coachOverrides, DEFAULT_USER_SETTINGS, saveUserSettings, type UserSettings } from '../../../store/user-settings';
import { requestCallType } from '../../shared/call-type-client';
import { t } from '../../shared/i18n';
import { coachingMemorySeeds } from '../../shared/coaching-methodology';
import { CallDetail } from '../call/CallDetail';
import { CallHistory } from '../calls/CallHistory';
import { DataPage } from '../data/DataPage';
import { optionsRouteHref, useOptionsRoute, type OptionsRoute } from '../hash-route';
import { CoachingThemesRoute, DiscoveryPlaybookRoute } from '../insights/MemoryRoutes';
import { ModelTierSettings } from '../model/ModelTierSettings';
import { OptionsLayout } from '../layout/OptionsLayout';
import { LearnedCorrections } from '../settings/LearnedCorrections';
import { SettingsForm } from '../settings/SettingsForm';
import { Trends } from '../trends/Trends';
import { createDataActions } from './data-actions';
import { fromFormValues, toFormValues } from './settings-mapping';
import { useUserSettings } from './use-user-settings';

function CorrectionsCount({ db }: { db: CoachDatabase }) {
  const count = useLiveQuery(() => notObjectionLines(db).then((lines) => lines.length), [db]);
  return <LearnedCorrections count={count} />;
}

function Loading() {
  return (
    <p className="muted" role="status">
      {t('shared_loading')}
    </p>
  );
}

function CallPage({ db, callId, settings }: { db: CoachDatabase; callId: string; settings: UserSettings }) {
  const detail = useLiveQuery(() => readCallDetail(db, callId), [db, callId]);
  if (detail === undefined) return <Loading />;
  if (detail === null) {
    return (
      <section className="page-section card empty-state" data-testid="call-missing">
        <h1>{t('options_call_missing_title')}</h1>
        <p>{t('options_call_missing_text')}</p>
        <a href={optionsRouteHref({ name: 'calls' })}>{t('options_call_back_to_calls')}</a>
      </section>
    );
  }
  return (
    <CallDetail
      detail={detail}
      talkShareMax={settings.talkShareMax}
      pitchWindowSec={settings.earlyPitchBeforeSec}
      onCoachingThemes={(include) => setCoachingThemes(db, callId, include, { now: Date.now(), settings: resolveCoachSettings(coachOverrides(settings)) })}
      onCallType={(callType) => requestCallType(callId, callType)}
      onDelete={async () => {
        await deleteCall(db, callId);
        await forgetCall(db, callId, Date.now(), coachingMemorySeeds());
        window.location.hash = optionsRouteHref({ name: 'calls' });
      }}
    />
  );
}

function RoutePage({ db, route, settings }: { db: CoachDatabase; route: OptionsRoute; settings: UserSettings }) {
  const calls = useLiveQuery(() => listCalls(db), [db]);
  const analyzed = useLiveQuery(() => listAnalyzedCalls(db), [db]);
  const dataActions = useMemo(() => createDataActions(db, () => settings), [db, settings]);
  switch (route.name) {
    case 'calls':
      return calls ? (
        <CallHistory
          calls={calls}
          aims={{ talkShareMax: settings.talkShareMax, earlyPitchBeforeSec: settings.earlyPitchBeforeSec }}
          onRename={(callId, name) => renameCall(db, callId, name)}
        />
      ) : (
        <Loading />
      );
    case 'call':
      return <CallPage db={db} callId={route.callId} settings={settings} />;
    case 'trends':
      return analyzed ? <Trends calls={analyzed} talkShareMax={settings.talkShareMax} pitchWindowSec={settings.earlyPitchBeforeSec} /> : <Loading />;
    case 'themes':
      return <CoachingThemesRoute db={db} calls={calls} repNames={settings.repNames} />;
    case 'playbook':
      return <DiscoveryPlaybookRoute db={db} calls={calls} />;
    case 'settings':
      return (
        <section className="page-section" aria-labelledby="settings-title">
          <h1 id="settings-title">{t('options_settings_title')}</h1>
          <SettingsForm
            key={JSON.stringify(settings)}
            initial={toFormValues(settings)}
            defaults={toFormValues(DEFAULT_USER_SETTINGS)}
            onSave={(values) => saveUserSettings(fromFormValues(values))}
          />
          <CorrectionsCount db={db} />
          <ModelTierSettings />
        </section>
      );
    case 'data':
      return <DataPage actions={dataActions} callCount={calls?.length ?? 0} />;
  }
}

export function OptionsApp({ db }: { db: CoachDatabase }) {
  const route = useOptionsRoute();
  const settings = useUserSettings();
  return <OptionsLayout route={route}>{settings ? <RoutePage db={db} route={route} settings={settings} /> : <Loading />}</OptionsLayout>;
}
