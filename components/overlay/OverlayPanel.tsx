import { useRef } from 'react';
import { useStore } from 'zustand';
import type { CallAnalysis } from '../../lib/engine/analysis-types';
import type { CallType } from '../../lib/types';
import { t } from '../shared/i18n';
import { CallTypeControl } from '../shared/CallTypeControl';
import { CallHeader } from './CallHeader';
import { FallbackReading } from './CaptureHealthNotice';
import { CompactStats } from './CompactStats';
import { DiscoveryChecklist } from './DiscoveryChecklist';
import type { LiveCallStore } from '@/capture/live/live-call-store';
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
  onCallType?(callType: CallType): void;
  elapsedSec: number;
  drag: DragHandle;
  /** The rep just expanded the overlay: focus goes to its collapse button. */
  focusCollapse: boolean;
  onCollapse(): void;
}

/** Without a card the figures get the room: the talk meter, the SPIN counts and the checklist by name. */
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

export function OverlayPanel({ live, ui, playbook, onCallType, elapsedSec, drag, focusCollapse, onCollapse }: OverlayPanelProps) {
  const analysis = useStore(live, (state) => state.analysis);
  const problem = useStore(live, (state) => state.problem);
  const inFallback = useStore(live, (state) => state.capture?.health === 'fallback');
  const platform = useStore(live, (state) => state.platform) ?? 'meet';
  const { nudge, objection } = useVisibleCards(live, ui);
  const objectionCategory = objection?.objection && objection.objection !== 'none' ? objection.objection : null;
  const showsCard = (objection !== null && objectionCategory !== null) || nudge !== null;
  const panelRef = useRef<HTMLDivElement>(null);
  // A dismissed card takes the focus with it; the panel keeps it, so the next Tab continues inside the coach.
  const keepFocus = (hadFocus: boolean) => {
    if (hadFocus) panelRef.current?.focus();
  };

  return (
    <div className="dc-panel" data-testid="coach-overlay" data-state="expanded" data-card={showsCard} role="region" aria-label={t('overlay_region')} tabIndex={-1} ref={panelRef}>
      <CallHeader
        elapsedSec={elapsedSec}
        phase={analysis?.phase ?? null}
        firstPitchSec={analysis?.firstPitchSec ?? null}
        pitchWindowSec={playbook.pitchWindowSec}
        pitchWindowApplies={playbook.pitchWindowApplies(analysis?.callType ?? 'discovery')}
        drag={drag}
        focusCollapse={focusCollapse}
        onCollapse={onCollapse}
        onHide={() => ui.getState().toggleHidden()}
        callTypeControl={
          analysis?.callType && onCallType ? (
            <CallTypeControl className="dc-call-type" callType={analysis.callType} source={analysis.callTypeSource} onChange={onCallType} />
          ) : null
        }
      />
      <div className="dc-body">
        {problem ? (
          <p className="dc-problem" role="alert">
            {problem}
          </p>
        ) : null}
        {inFallback ? <FallbackReading platform={platform} /> : null}
        {/* With a card showing, the figures shrink to one row above it, so the card never pushes them out of sight. */}
        {analysis && showsCard ? <CompactStats analysis={analysis} talkShareMax={playbook.talkShareMax} /> : null}
        {/* One slot, always rendered, so screen readers announce each new card politely, without interrupting.
            An objection takes the slot; a nudge waits behind it. */}
        <div className="dc-cards" aria-live="polite" data-testid="coach-cards">
          {objection && objectionCategory ? (
            <ObjectionCard
              category={objectionCategory}
              nudge={objection}
              steps={playbook.aecrSteps(objectionCategory)}
              onDismiss={(hadFocus) => {
                ui.getState().dismissObjection(objection.id);
                keepFocus(hadFocus);
              }}
              onNotAnObjection={() => {
                ui.getState().markNotAnObjection(objection);
                keepFocus(true);
              }}
            />
          ) : nudge ? (
            <NudgeCard
              nudge={nudge}
              onDismiss={(hadFocus) => {
                ui.getState().dismissNudge(nudge.id);
                keepFocus(hadFocus);
              }}
            />
          ) : null}
        </div>
        {analysis ? (
          showsCard ? null : <AnalysisSections analysis={analysis} playbook={playbook} />
        ) : (
          <p className="dc-muted dc-listening">{t('overlay_listening')}</p>
        )}
      </div>
    </div>
  );
}
