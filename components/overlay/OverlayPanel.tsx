import { useStore } from 'zustand';
import type { CallAnalysis } from '../../lib/engine/analysis-types';
import { CallHeader } from './CallHeader';
import { DiscoveryChecklist } from './DiscoveryChecklist';
import type { LiveCallStore } from './live-call-store';
import { NudgeCard } from './NudgeCard';
import { ObjectionCard } from './ObjectionCard';
import type { DragHandle } from './OverlayFrame';
import type { OverlayPlaybook } from './overlay-playbook';
import type { OverlayUiStore } from './overlay-ui-store';
import { SpinCounts } from './SpinCounts';
import { TalkShareMeter } from './TalkShareMeter';
import { useVisibleCards } from './use-visible-cards';

interface OverlayPanelProps {
  live: LiveCallStore;
  ui: OverlayUiStore;
  playbook: OverlayPlaybook;
  elapsedSec: number;
  drag: DragHandle;
}

function AnalysisSections({ analysis, playbook }: { analysis: CallAnalysis; playbook: OverlayPlaybook }) {
  return (
    <>
      <TalkShareMeter
        repTalkShare={analysis.repTalkShare}
        hasSpeech={analysis.repTalkSec + analysis.buyerTalkSec > 0}
        talkShareMax={playbook.talkShareMax}
      />
      <SpinCounts counts={analysis.questionCounts} />
      <DiscoveryChecklist checklist={analysis.checklist} />
    </>
  );
}

export function OverlayPanel({ live, ui, playbook, elapsedSec, drag }: OverlayPanelProps) {
  const analysis = useStore(live, (state) => state.analysis);
  const problem = useStore(live, (state) => state.problem);
  const { nudge, objection } = useVisibleCards(live, ui);
  const objectionCategory = objection?.objection && objection.objection !== 'none' ? objection.objection : null;

  return (
    <div className="dc-panel" data-testid="coach-overlay" data-state="expanded">
      <CallHeader
        elapsedSec={elapsedSec}
        phase={analysis?.phase ?? null}
        firstPitchSec={analysis?.firstPitchSec ?? null}
        pitchWindowSec={playbook.pitchWindowSec}
        drag={drag}
        onCollapse={() => ui.getState().setCollapsed(true)}
        onHide={() => ui.getState().toggleHidden()}
      />
      <div className="dc-body">
        {problem ? (
          <p className="dc-problem" role="alert">
            {problem}
          </p>
        ) : null}
        {objection && objectionCategory ? (
          <ObjectionCard
            category={objectionCategory}
            nudge={objection}
            steps={playbook.aecrSteps(objectionCategory)}
            onDismiss={() => ui.getState().dismissObjection(objection.id)}
          />
        ) : null}
        {nudge ? <NudgeCard nudge={nudge} onDismiss={() => ui.getState().dismissNudge(nudge.id)} /> : null}
        {analysis ? (
          <AnalysisSections analysis={analysis} playbook={playbook} />
        ) : (
          <p className="dc-muted dc-listening">Listening… the coach starts once someone speaks.</p>
        )}
      </div>
    </div>
  );
}
