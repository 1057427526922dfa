// The memory pages wired to the store: memory through a live query (so a call the background remembers, or an
// import, shows up at once), earlier model versions on demand, and the team file's export and import.
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { CoachDatabase } from '../../../store/database';
import { exportMemory, importMemory, readMemory, readModelVersion } from '../../../store/memory-store';
import type { CallListItem } from '../../shared/call-list-item';
import { t } from '../../shared/i18n';
import { coachingMemorySeeds } from '../../shared/coaching-methodology';
import { CoachingThemesPage } from './CoachingThemesPage';
import { DiscoveryPlaybookPage } from './DiscoveryPlaybookPage';
import type { StoredCallTitles } from './EvidenceList';
import type { MemoryPageProps } from './memory-page-props';
import type { TeamMemoryActions } from './TeamMemory';

interface MemoryRouteProps {
  db: CoachDatabase;
  /** The calls stored here (undefined while loading): evidence from them links to their page. */
  calls: readonly CallListItem[] | undefined;
}

function Loading() {
  return (
    <p className="muted" role="status">
      {t('shared_loading')}
    </p>
  );
}

function useMemoryPage({ db, calls }: MemoryRouteProps): MemoryPageProps | null {
  const memory = useLiveQuery(() => readMemory(db, coachingMemorySeeds()), [db]);
  const storedCalls: StoredCallTitles | undefined = useMemo(() => (calls ? new Map(calls.map((call) => [call.callId, call.title])) : undefined), [calls]);
  if (!memory || !storedCalls) return null;
  return { memory, storedCalls, loadVersion: (modelId, version) => readModelVersion(db, modelId, version) };
}

export function CoachingThemesRoute({ db, calls, repNames }: MemoryRouteProps & { repNames: readonly string[] }) {
  const page = useMemoryPage({ db, calls });
  const teamActions: TeamMemoryActions = useMemo(
    () => ({
      exportMemory: (repName) => exportMemory(db, repName, Date.now()),
      importMemory: (files) => importMemory(db, files, Date.now(), coachingMemorySeeds()),
    }),
    [db],
  );
  return page ? <CoachingThemesPage {...page} teamActions={teamActions} repNames={repNames} /> : <Loading />;
}

export function DiscoveryPlaybookRoute({ db, calls }: MemoryRouteProps) {
  const page = useMemoryPage({ db, calls });
  return page ? <DiscoveryPlaybookPage {...page} /> : <Loading />;
}
