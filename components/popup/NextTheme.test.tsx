// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { NextTheme as RepNextTheme } from '../../lib/memory/next-theme';
import { sampleCallListItem, sampleDebrief } from '../test-fixtures/sample-call';
import { NextTheme, pickNextTheme } from './NextTheme';
import { PopupView } from './PopupView';

afterEach(cleanup);

function sampleNextTheme(repName: string, overrides: Partial<RepNextTheme> = {}): RepNextTheme {
  return {
    repName,
    theme: 'implication',
    label: 'Implication questions',
    gapLabel: 'moves on from problems without asking what they lead to',
    practice: 'After every problem the buyer names on your next call, ask one implication question: "What does that cost you when it happens?"',
    observationId: `gap:${repName}:implication`,
    proofCount: 5,
    lastSeen: { callId: 'call-14', at: 1_737_298_800_000 },
    evidence: [{ callId: 'call-14', atSec: 64, speaker: repName, quote: 'Where does that process break down?' }],
    ...overrides,
  };
}

const nextThemes = [
  { repName: 'Alex', next: sampleNextTheme('Alex', { theme: 'checklist', label: 'Discovery checklist' }) },
  { repName: 'Blair', next: sampleNextTheme('Blair') },
  { repName: 'Casey', next: null },
];

describe('pickNextTheme', () => {
  it("takes the latest call's rep, then the rep's names from settings, then the first rep memory knows", () => {
    expect(pickNextTheme(nextThemes, ['Blair', 'Alex'])?.repName).toBe('Blair');
    expect(pickNextTheme(nextThemes, [undefined, 'Nobody', 'Blair'])?.repName).toBe('Blair');
    expect(pickNextTheme(nextThemes, [null])?.repName).toBe('Alex');
    expect(pickNextTheme(nextThemes, ['Casey'])).toBeNull();
    expect(pickNextTheme([], ['Alex'])).toBeNull();
  });
});

describe('NextTheme', () => {
  it('shows the theme, its practice prompt, why, and the latest line as text', () => {
    render(<NextTheme theme={sampleNextTheme('Blair')} />);
    const card = screen.getByTestId('next-theme');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Your focus for the next call');
    expect(card.dataset.theme).toBe('implication');
    expect(card.textContent).toContain('Implication questions');
    expect(card.textContent).toContain('ask one implication question: "What does that cost you when it happens?"');
    expect(card.textContent).toContain('Why: Blair moves on from problems without asking what they lead to, seen in 5 calls.');
    expect(card.querySelector('q')?.textContent).toBe('Where does that process break down?');
    expect(card.textContent).toContain('1:04 Blair:');
    expect(screen.getByRole('link', { name: 'All coaching themes' }).getAttribute('href')).toBe('/options.html#/themes');
  });

  it('renders nothing when no gap has recurred', () => {
    const { container } = render(<NextTheme theme={null} />);
    expect(container.innerHTML).toBe('');
  });

  it('sits above the latest debrief in the popup, and is left out when there is none', () => {
    const call = sampleCallListItem();
    render(<PopupView model={{ live: null, latest: { call, debrief: sampleDebrief() }, recent: [call], nextTheme: sampleNextTheme('Alex') }} talkShareMax={0.4} pitchWindowSec={900} />);
    const focus = screen.getByTestId('next-theme');
    expect(focus.compareDocumentPosition(screen.getByTestId('debrief')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    cleanup();

    render(<PopupView model={{ live: null, latest: { call, debrief: sampleDebrief() }, recent: [call], nextTheme: null }} talkShareMax={0.4} pitchWindowSec={900} />);
    expect(screen.queryByTestId('next-theme')).toBeNull();
  });

  it('during a call speaks of this call', () => {
    render(<NextTheme theme={sampleNextTheme('Alex')} duringCall />);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Your focus on this call');
  });
});
