import { useState } from 'react';
import { useStore } from 'zustand';
import type { CallType } from '../../lib/types';
import { t } from '../shared/i18n';
import { objectionLabel } from '../shared/labels';
import { CaptionsHint } from './CaptionsHint';
import type { LiveCallStore } from '@/capture/live/live-call-store';
import { CaptionsUnreadable } from './CaptureHealthNotice';
import { OverlayFrame } from './OverlayFrame';
import { OverlayPanel } from './OverlayPanel';
import { OverlayPill } from './OverlayPill';
import type { OverlayPlaybook } from './overlay-playbook';
import type { OverlayUiStore } from './overlay-ui-store';
import { useElapsedSeconds } from './use-elapsed-seconds';
import { PILL_SPEAKS_UP_MS, useFreshFor } from './use-fresh-for';
import { useVisibleCards } from './use-visible-cards';

export interface OverlayProps {
  live: LiveCallStore;
  ui: OverlayUiStore;
  playbook: OverlayPlaybook;
  /** The rep corrected the call type; without it the overlay offers no correction (the onboarding demo). */
  onCallType?(callType: CallType): void;
}

function LiveOverlay({ live, ui, playbook, onCallType }: OverlayProps) {
  const platform = useStore(live, (state) => state.platform) ?? 'meet';
  const startedAt = useStore(live, (state) => state.startedAt);
  const analysis = useStore(live, (state) => state.analysis);
  const collapsed = useStore(ui, (state) => state.collapsed);
  const captionsTop = useStore(live, (state) => state.captionsTop);
  const { nudge, objection } = useVisibleCards(live, ui);
  const elapsedSec = useElapsedSeconds(startedAt, analysis?.durationSec ?? 0);
  const objectionIsFresh = useFreshFor(objection?.id ?? null, PILL_SPEAKS_UP_MS);
  const speaksUp =
    objection?.objection && objection.objection !== 'none' && objectionIsFresh
      ? { category: objectionLabel(objection.objection), say: objection.say ?? objection.title }
      : null;
  const hasSpeech = analysis !== null && analysis.repTalkSec + analysis.buyerTalkSec > 0;
  // Collapsing or expanding replaces the focused button; the focus follows to its counterpart. Never on mount,
  // so a saved collapsed state does not take the focus from the meeting.
  const [toggled, setToggled] = useState(false);
  const setCollapsed = (next: boolean) => {
    setToggled(true);
    ui.getState().setCollapsed(next);
  };

  return (
    <OverlayFrame platform={platform} ui={ui} captionsTop={captionsTop}>
      {(drag) =>
        collapsed ? (
          <div className="dc-collapsed" data-testid="coach-overlay" data-state="collapsed" role="region" aria-label={t('overlay_region')}>
            <OverlayPill
              elapsedSec={elapsedSec}
              repTalkShare={hasSpeech ? analysis.repTalkShare : null}
              talkShareMax={playbook.talkShareMax}
              attention={objection ? 'objection' : nudge ? 'nudge' : null}
              speaksUp={speaksUp}
              drag={drag}
              focusOnMount={toggled}
              onExpand={() => setCollapsed(false)}
            />
          </div>
        ) : (
          <OverlayPanel
            live={live}
            ui={ui}
            playbook={playbook}
            onCallType={onCallType}
            elapsedSec={elapsedSec}
            drag={drag}
            focusCollapse={toggled}
            onCollapse={() => setCollapsed(true)}
          />
        )
      }
    </OverlayFrame>
  );
}

/**
 * The in-call overlay: the live coach while captions flow, a reminder while they are off, a plain message (and the
 * capture report) when captions are on screen but cannot be read, nothing otherwise.
 */
export function Overlay({ live, ui, playbook, onCallType }: OverlayProps) {
  const status = useStore(live, (state) => state.status);
  const capture = useStore(live, (state) => state.capture);
  const platform = useStore(live, (state) => state.platform) ?? 'meet';
  const hidden = useStore(ui, (state) => state.hidden);
  const captionsHintDismissed = useStore(ui, (state) => state.captionsHintDismissed);

  if (hidden) return null;
  if (capture?.health === 'unreadable' && status !== 'ended') {
    return <OverlayFrame platform={platform} ui={ui}>{() => <CaptionsUnreadable platform={platform} report={capture.report} />}</OverlayFrame>;
  }
  if (status === 'live') return <LiveOverlay live={live} ui={ui} playbook={playbook} onCallType={onCallType} />;
  if (status === 'captions-off' && !captionsHintDismissed) {
    return (
      <OverlayFrame platform={platform} ui={ui}>
        {() => <CaptionsHint platform={platform} onDismiss={() => ui.getState().dismissCaptionsHint()} />}
      </OverlayFrame>
    );
  }
  return null;
}
