// "What discovery questions and frameworks consistently surface real pain and budget?" The latest Discovery
// Playbook model: question patterns ranked by how often buyers answered with pain, impact or budget, each
// with real example lines, then the same rate per SPIN question type.
import { useMemo } from 'react';
import { MEMORY_SEEDS } from '../../../lib/memory/memory-seeds';
import { t } from '../../shared/i18n';
import { memoryProgressText } from './memory-progress';
import { historyOf, latestModel, type MemoryPageProps } from './memory-page-props';
import { ModelView } from './ModelView';
import { indexObservations } from './statement-observation';

export function DiscoveryPlaybookPage({ memory, storedCalls, loadVersion }: MemoryPageProps) {
  const wording = MEMORY_SEEDS.models.discoveryPlaybook;
  const observations = useMemo(() => indexObservations(memory.observations), [memory.observations]);
  const hasPatterns = memory.observations.some((observation) => observation.kind === 'question_pattern');
  const emptyNotice = hasPatterns ? null : (
    <div className="card empty-state" data-testid="discovery-playbook-empty">
      <p>{t('insights_playbook_empty')}</p>
      <p className="muted">{memoryProgressText(memory.callCount, MEMORY_SEEDS.observations.stableAfterCalls, t('insights_playbook_recurs'))}</p>
    </div>
  );
  return (
    <section className="page-section memory-page" data-testid="discovery-playbook" aria-labelledby="discovery-playbook-title">
      <h1 id="discovery-playbook-title">{wording.title}</h1>
      <p className="muted">{wording.question}</p>
      <ModelView
        idPrefix="discovery-playbook"
        latest={latestModel(memory, 'discovery-playbook')}
        history={historyOf(memory, 'discovery-playbook')}
        observations={observations}
        storedCalls={storedCalls}
        loadVersion={(version) => loadVersion('discovery-playbook', version)}
        rankedSectionKeys={['patterns']}
        emptyNotice={emptyNotice}
      />
    </section>
  );
}
