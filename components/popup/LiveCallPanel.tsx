import type { CallAnalysis } from '../../lib/engine/analysis-types';
import { CHECKLIST_ITEMS, SPIN_ACTS } from '../../lib/types';
import { formatClock, formatPercent } from '../shared/format';
import { PHASE_LABELS, PLATFORM_LABELS, SPIN_LABELS } from '../shared/labels';
import type { CallListItem } from '../shared/call-list-item';

interface LiveCallPanelProps {
  call: CallListItem;
  analysis: CallAnalysis | null;
  talkShareMax: number;
  pitchWindowSec: number;
}

export function LiveCallPanel({ call, analysis, talkShareMax, pitchWindowSec }: LiveCallPanelProps) {
  const hasSpeech = analysis !== null && analysis.repTalkSec + analysis.buyerTalkSec > 0;
  const over = hasSpeech && analysis.repTalkShare > talkShareMax;
  const checklistDone = analysis ? CHECKLIST_ITEMS.filter((item) => analysis.checklist[item]).length : 0;
  const earlyPitch = analysis?.firstPitchSec != null && analysis.firstPitchSec < pitchWindowSec;
  return (
    <section className="card live-call" data-testid="live-call" aria-labelledby="live-call-title">
      <div className="live-call-head">
        <span className="live-badge">
          <span className="live-dot" aria-hidden="true" /> Live
        </span>
        <span className="muted">{PLATFORM_LABELS[call.platform]}</span>
        {analysis ? <span className="chip">{PHASE_LABELS[analysis.phase]}</span> : null}
      </div>
      <h2 id="live-call-title" className="live-call-title">
        {call.title || 'Untitled call'}
      </h2>
      {analysis ? (
        <div className="stat-grid">
          <div className={`stat ${over ? 'stat-warn' : 'stat-good'}`}>
            <div className="stat-value" data-testid="popup-talk-share">
              {hasSpeech ? formatPercent(analysis.repTalkShare) : '—'}
            </div>
            <div className="stat-label">You talk (aim ≤ {formatPercent(talkShareMax)})</div>
          </div>
          <div className="stat">
            <div className="stat-value">{formatClock(analysis.durationSec)}</div>
            <div className="stat-label">Elapsed</div>
          </div>
          <div className="stat">
            <div className="stat-value" data-testid="popup-spin">
              {SPIN_ACTS.map((act) => analysis.questionCounts[act]).join(' · ')}
            </div>
            <div className="stat-label">{SPIN_ACTS.map((act) => SPIN_LABELS[act].short).join(' · ')} questions</div>
          </div>
          <div className="stat">
            <div className="stat-value">
              {checklistDone}/{CHECKLIST_ITEMS.length}
            </div>
            <div className="stat-label">Checklist uncovered</div>
          </div>
          <div className={`stat stat-wide ${earlyPitch ? 'stat-warn' : ''}`}>
            <div className="stat-value">{analysis.firstPitchSec === null ? 'Not yet' : formatClock(analysis.firstPitchSec)}</div>
            <div className="stat-label">First pitch (window opens {formatClock(pitchWindowSec)})</div>
          </div>
        </div>
      ) : (
        <p className="muted">Listening — figures appear once someone speaks.</p>
      )}
    </section>
  );
}
