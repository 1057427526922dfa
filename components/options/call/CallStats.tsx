import type { CallAnalysis } from '../../../lib/engine/analysis-types';
import { CHECKLIST_ITEMS, SPIN_ACTS } from '../../../lib/types';
import { formatClock, formatPercent } from '../../shared/format';
import { CHECKLIST_LABELS, SPIN_LABELS } from '../../shared/labels';

interface CallStatsProps {
  analysis: CallAnalysis;
  talkShareMax: number;
  pitchWindowSec: number;
}

export function CallStats({ analysis, talkShareMax, pitchWindowSec }: CallStatsProps) {
  const spoke = analysis.repTalkSec + analysis.buyerTalkSec > 0;
  const over = spoke && analysis.repTalkShare > talkShareMax;
  const early = analysis.firstPitchSec !== null && analysis.firstPitchSec < pitchWindowSec;
  return (
    <section className="card" aria-label="Call figures" data-testid="call-stats">
      <div className="stat-row">
        <div className={`stat ${over ? 'stat-warn' : 'stat-good'}`}>
          <div className="stat-value">{spoke ? formatPercent(analysis.repTalkShare) : '—'}</div>
          <div className="stat-label">You talked (aim ≤ {formatPercent(talkShareMax)})</div>
        </div>
        <div className="stat">
          <div className="stat-value">{formatClock(analysis.longestRepMonologueSec)}</div>
          <div className="stat-label">Longest monologue</div>
        </div>
        <div className={`stat ${early ? 'stat-warn' : ''}`}>
          <div className="stat-value">{analysis.firstPitchSec === null ? 'None' : formatClock(analysis.firstPitchSec)}</div>
          <div className="stat-label">First pitch</div>
        </div>
        {SPIN_ACTS.map((act) => (
          <div className="stat" key={act}>
            <div className="stat-value">{analysis.questionCounts[act]}</div>
            <div className="stat-label">{SPIN_LABELS[act].label} questions</div>
          </div>
        ))}
      </div>
      <ul className="checklist-summary" aria-label="Discovery checklist">
        {CHECKLIST_ITEMS.map((item) => (
          <li key={item} data-item={item} data-done={String(analysis.checklist[item])} className={analysis.checklist[item] ? 'done' : ''}>
            <span aria-hidden="true">{analysis.checklist[item] ? '✓' : '○'}</span> {CHECKLIST_LABELS[item].label}
            <span className="visually-hidden">{analysis.checklist[item] ? ' uncovered' : ' not uncovered'}</span>
          </li>
        ))}
        <li className={analysis.upfrontContract ? 'done' : ''} data-item="upfront-contract" data-done={String(analysis.upfrontContract)}>
          <span aria-hidden="true">{analysis.upfrontContract ? '✓' : '○'}</span> Upfront contract
        </li>
        <li className={analysis.nextStep ? 'done' : ''} data-item="next-step" data-done={String(analysis.nextStep)}>
          <span aria-hidden="true">{analysis.nextStep ? '✓' : '○'}</span> Next step agreed
        </li>
      </ul>
    </section>
  );
}
