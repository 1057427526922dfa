import { formatPercent } from '../shared/format';

interface TalkShareMeterProps {
  repTalkShare: number;
  /** Whether anyone has spoken yet; before that there is no share to show. */
  hasSpeech: boolean;
  talkShareMax: number;
}

export function TalkShareMeter({ repTalkShare, hasSpeech, talkShareMax }: TalkShareMeterProps) {
  const over = hasSpeech && repTalkShare > talkShareMax;
  const percent = hasSpeech ? formatPercent(repTalkShare) : '—';
  return (
    <section className="dc-section" aria-label="Talk share">
      <div className="dc-row">
        <span className="dc-label">You talk</span>
        <span className={`dc-talk-value${over ? ' dc-warn-text' : ''}`} data-testid="talk-share" data-over={over}>
          {percent}
        </span>
      </div>
      <div
        className="dc-meter"
        role="meter"
        aria-label="Your share of the talking"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={hasSpeech ? Math.round(repTalkShare * 100) : 0}
        aria-valuetext={hasSpeech ? `${percent}, aim for ${formatPercent(talkShareMax)} or less` : 'Nobody has spoken yet'}
      >
        <div className={`dc-meter-fill${over ? ' dc-meter-over' : ''}`} style={{ width: hasSpeech ? percent : '0%' }} />
        <div className="dc-meter-line" style={{ left: formatPercent(talkShareMax) }} title={`${formatPercent(talkShareMax)} line`} />
      </div>
      <div className="dc-hint">Aim for {formatPercent(talkShareMax)} or less — let the buyer talk.</div>
    </section>
  );
}
