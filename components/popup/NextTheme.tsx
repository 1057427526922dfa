// "Your focus for the next call": the one coaching theme memory says the rep should work on (their top stable
// gap), with its practice prompt and the latest line that shows it. Nothing is shown until a gap has recurred.
import type { NextTheme as RepNextTheme } from '../../lib/memory/next-theme';
import type { MemoryView } from '../../store/memory-store';
import { formatClock } from '../shared/format';
import { t, tn } from '../shared/i18n';

/**
 * The next theme of the first of `repNames` (the latest call's rep, then the rep's names from settings) that
 * memory knows, else of the first rep memory knows.
 */
export function pickNextTheme(nextThemes: MemoryView['nextThemes'], repNames: ReadonlyArray<string | null | undefined>): RepNextTheme | null {
  const known = repNames.flatMap((name) => nextThemes.find((entry) => entry.repName === name) ?? []);
  return (known[0] ?? nextThemes[0])?.next ?? null;
}

interface NextThemeProps {
  theme: RepNextTheme | null;
  /** During a call the same focus is for this call. */
  duringCall?: boolean;
}

export function NextTheme({ theme, duringCall = false }: NextThemeProps) {
  if (!theme) return null;
  const line = theme.evidence[0];
  return (
    <section className="card next-theme" data-testid="next-theme" data-theme={theme.theme} aria-labelledby="next-theme-title">
      <h2 id="next-theme-title" className="section-label">
        {t(duringCall ? 'popup_focus_this_call' : 'popup_focus_next_call')}
      </h2>
      <p className="next-theme-label">
        <span className="chip">{theme.label}</span>
      </p>
      <p className="next-theme-practice">{theme.practice}</p>
      <p className="muted next-theme-why">
        {tn('popup_focus_why', theme.proofCount, theme.repName, theme.gapLabel)}
      </p>
      {line ? (
        <p className="next-theme-line muted">
          <span className="timestamp">{t('shared_timestamp', formatClock(line.atSec))}</span> {line.speaker ? `${t('shared_speaker_says', line.speaker)} ` : ''}
          <q>{line.quote}</q>
        </p>
      ) : null}
      <a href="/options.html#/themes" target="_blank" rel="noreferrer" className="next-theme-more">
        {t('popup_all_themes')}
      </a>
    </section>
  );
}
