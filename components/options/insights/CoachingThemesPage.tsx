// "What coaching themes recur across reps, and which interventions have measurably helped?" The latest
// Coaching Themes model, per rep and across reps, with the team view that brings in teammates' memory.
import { useMemo } from 'react';
import { MEMORY_SEEDS } from '../../../lib/memory/memory-seeds';
import { t } from '../../shared/i18n';
import { memoryProgressText } from './memory-progress';
import { historyOf, latestModel, type MemoryPageProps } from './memory-page-props';
import { ModelView } from './ModelView';
import { indexObservations } from './statement-observation';
import { TeamMemory, type TeamMemoryActions } from './TeamMemory';

const THEME_OBSERVATION_KINDS: ReadonlySet<string> = new Set(['coaching_theme', 'gap', 'strength']);

interface CoachingThemesPageProps extends MemoryPageProps {
  teamActions: TeamMemoryActions;
  repNames: readonly string[];
}

export function CoachingThemesPage({ memory, storedCalls, loadVersion, teamActions, repNames }: CoachingThemesPageProps) {
  const wording = MEMORY_SEEDS.models.coachingThemes;
  const observations = useMemo(() => indexObservations(memory.observations), [memory.observations]);
  const hasThemes = memory.observations.some((observation) => THEME_OBSERVATION_KINDS.has(observation.kind));
  const emptyNotice = hasThemes ? null : (
    <div className="card empty-state" data-testid="coaching-themes-empty">
      <p>{t('insights_themes_empty')}</p>
      <p className="muted">{memoryProgressText(memory.callCount, MEMORY_SEEDS.observations.stableAfterCalls, t('insights_themes_recurs'))}</p>
    </div>
  );
  return (
    <section className="page-section memory-page" data-testid="coaching-themes" aria-labelledby="coaching-themes-title">
      <h1 id="coaching-themes-title">{wording.title}</h1>
      <p className="muted">{wording.question}</p>
      <ModelView
        idPrefix="coaching-themes"
        latest={latestModel(memory, 'coaching-themes')}
        history={historyOf(memory, 'coaching-themes')}
        observations={observations}
        storedCalls={storedCalls}
        loadVersion={(version) => loadVersion('coaching-themes', version)}
        perRepSectionKeys={['reps']}
        emptyNotice={emptyNotice}
      />
      <TeamMemory actions={teamActions} repNames={repNames} reps={memory.reps} />
    </section>
  );
}
