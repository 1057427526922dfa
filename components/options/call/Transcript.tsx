import { useEffect, useRef } from 'react';
import type { LabeledUtterance, UtteranceLabel } from '../../../lib/types';
import { formatClock, formatPercent } from '../../shared/format';
import { t } from '../../shared/i18n';
import { objectionName, repActLabel } from '../../shared/labels';

interface TranscriptProps {
  utterances: LabeledUtterance[];
  /** The line a debrief timestamp pointed at: scrolled into view and highlighted. */
  highlightedId: string | null;
  /** The heading that names the transcript. */
  labelledBy?: string;
}

function labelText(label: UtteranceLabel): string {
  return label.role === 'rep' ? repActLabel(label.act) : objectionName(label.objection);
}

function labelValue(label: UtteranceLabel): string {
  return label.role === 'rep' ? label.act : label.objection;
}

const TIER_TEXT = {
  fast: { full: 'options_transcript_tier_fast', short: 'options_transcript_tier_fast_short' },
  model: { full: 'options_transcript_tier_model', short: 'options_transcript_tier_model_short' },
} as const;

/** Most lines are labelled by the fast classifier: only the lines another tier labelled carry a tag (the tooltip always says). */
const SHOWN_WITHOUT_TAG = 'fast';

export function Transcript({ utterances, highlightedId, labelledBy }: TranscriptProps) {
  const listRef = useRef<HTMLOListElement>(null);
  useEffect(() => {
    if (!highlightedId) return;
    const line = listRef.current?.querySelector<HTMLElement>(`[data-utterance-id="${CSS.escape(highlightedId)}"]`);
    const reducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    line?.scrollIntoView({ block: 'center', behavior: reducedMotion ? 'auto' : 'smooth' });
    line?.focus({ preventScroll: true });
  }, [highlightedId]);

  if (utterances.length === 0) return <p className="muted">{t('options_transcript_empty')}</p>;
  return (
    // The list scrolls on its own, so it takes the focus for keyboard scrolling.
    <ol className="transcript" ref={listRef} data-testid="transcript" tabIndex={0} aria-labelledby={labelledBy}>
      {utterances.map((utterance) => {
        const { label } = utterance;
        const quiet = (label.role === 'rep' && label.act === 'other') || (label.role === 'buyer' && label.objection === 'none');
        return (
          <li
            key={utterance.id}
            className={`transcript-line transcript-${utterance.role}${utterance.id === highlightedId ? ' transcript-highlight' : ''}`}
            data-utterance-id={utterance.id}
            data-label={labelValue(label)}
            data-tier={label.tier}
            tabIndex={-1}
          >
            <time className="timestamp">{formatClock(utterance.startSec)}</time>
            <div className="transcript-body">
              <div className="transcript-who">
                <span className="transcript-speaker">{utterance.speaker}</span>
                <span
                  className={`label-chip label-${labelValue(label)}${quiet ? ' label-quiet' : ''}`}
                  title={t('options_transcript_label_source', t(TIER_TEXT[label.tier].full), formatPercent(label.confidence))}
                >
                  {labelText(label)}
                  {label.tier === SHOWN_WITHOUT_TAG ? null : <span className="label-tier">{t(TIER_TEXT[label.tier].short)}</span>}
                </span>
              </div>
              <p className="transcript-text">{utterance.text}</p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}

/** The line nearest to a moment: the last one starting at or before it, else the first. */
export function utteranceAt(utterances: readonly LabeledUtterance[], atSec: number): LabeledUtterance | null {
  let found: LabeledUtterance | null = utterances[0] ?? null;
  for (const utterance of utterances) {
    if (utterance.startSec <= atSec + 0.5) found = utterance;
    else break;
  }
  return found;
}
