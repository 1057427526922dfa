import { cssPercent, formatPercent } from '../shared/format';
import { t } from '../shared/i18n';
import { talkShareOverAim } from '../shared/talk-share';

interface TalkShareMeterProps {
  repTalkShare: number;
  /** Whether anyone has spoken yet; before that there is no share to show. */
  hasSpeech: boolean;
  talkShareMax: number;
}

export function TalkShareMeter({ repTalkShare, hasSpeech, talkShareMax }: TalkShareMeterProps) {
  const over = hasSpeech && talkShareOverAim(repTalkShare, talkShareMax);
  const percent = hasSpeech ? formatPercent(repTalkShare) : '—';
  const max = formatPercent(talkShareMax);
  return (
    <section className="dc-section" aria-label={t('overlay_talk_section')}>
      <div className="dc-row">
        <span>
          <span className="dc-label">{t('overlay_talk_heading')}</span> <span className="dc-hint">{t('overlay_talk_hint', max)}</span>
        </span>
        <span className={`dc-talk-value${over ? ' dc-warn-text' : ''}`} data-testid="talk-share" data-over={over}>
          {percent}
        </span>
      </div>
      <div
        className="dc-meter"
        role="meter"
        aria-label={t('overlay_talk_meter')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={hasSpeech ? Math.round(repTalkShare * 100) : 0}
        aria-valuetext={hasSpeech ? t('overlay_talk_meter_value', percent, max) : t('overlay_talk_nobody_yet')}
      >
        <div className={`dc-meter-fill${over ? ' dc-meter-over' : ''}`} style={{ width: hasSpeech ? cssPercent(repTalkShare) : '0%' }} />
        <div className="dc-meter-line" style={{ left: cssPercent(talkShareMax) }} title={t('overlay_talk_line', max)} />
      </div>
    </section>
  );
}
