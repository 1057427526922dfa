// @vitest-environment jsdom
// What the rep takes in at a glance: one card at a time leading with the line to say, the figures on one row
// beside it, the objection the rep can wave off, and a collapsed pill that speaks up when an objection comes.
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleAnalysis, sampleNudge, sampleObjection, samplePlaybook } from '../test-fixtures/sample-call';
import { createLiveCallStore, type LiveCallState } from '@/capture/live/live-call-store';
import { Overlay } from './Overlay';
import { createOverlayUiStore } from './overlay-ui-store';
import { PILL_SPEAKS_UP_MS } from './use-fresh-for';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

function renderOverlay(state: Partial<LiveCallState>, collapsed = false) {
  const live = createLiveCallStore();
  live.setState({ status: 'live', platform: 'meet', callId: 'c1', startedAt: Date.now() - 60_000, analysis: sampleAnalysis(), ...state });
  const ui = createOverlayUiStore({ collapsed });
  render(<Overlay live={live} ui={ui} playbook={samplePlaybook} />);
  return { live, ui };
}

describe('overlay at a glance', () => {
  it('leads a nudge with the question and keeps the why behind a tap', () => {
    renderOverlay({ nudge: sampleNudge({ say: 'What happens downstream when it hits?' }) });
    const nudge = screen.getByTestId('nudge');
    expect(within(nudge).getByTestId('card-say').textContent).toBe('What happens downstream when it hits?');
    const why = within(nudge).getByText('They named the problem twice. Ask what happens downstream when it hits.');
    expect(why.closest('[hidden]')).not.toBeNull();
    fireEvent.click(within(nudge).getByRole('button', { name: /Why\?/ }));
    expect(why.closest('[hidden]')).toBeNull();
  });

  it('shows one card at a time, the objection first, with the figures on one row above it', () => {
    const { ui } = renderOverlay({ nudge: sampleNudge(), objection: sampleObjection({ say: 'Is it the total or the timing?' }) });
    expect(within(screen.getByTestId('objection-card')).getByTestId('card-say').textContent).toBe('Is it the total or the timing?');
    expect(screen.queryByTestId('nudge')).toBeNull();
    expect(screen.getByTestId('compact-stats').textContent).toContain('38%');
    expect(screen.getByTestId('compact-stats').textContent).toContain('Found 3/6');
    expect(screen.queryByTestId('spin-counts')).toBeNull();
    act(() => ui.getState().dismissObjection('objection-1'));
    expect(screen.getByTestId('nudge')).toBeTruthy();
    act(() => ui.getState().dismissNudge('nudge-1'));
    expect(screen.queryByTestId('compact-stats')).toBeNull();
    expect(screen.getByTestId('spin-counts')).toBeTruthy();
  });

  it('takes the card away on "not an objection" and hands the line to the content script', () => {
    const { ui } = renderOverlay({ objection: sampleObjection() });
    fireEvent.click(screen.getByRole('button', { name: 'Not an objection' }));
    expect(screen.queryByTestId('objection-card')).toBeNull();
    expect(ui.getState().notObjections.map((objection) => objection.id)).toEqual(['objection-1']);
    expect(document.activeElement).toBe(screen.getByTestId('coach-overlay'));
  });

  it('turns the collapsed pill amber with the category and the line to say, then settles to a dot', () => {
    vi.useFakeTimers();
    renderOverlay({ objection: sampleObjection({ say: 'Is it the total or the timing?' }) }, true);
    const pill = screen.getByTestId('coach-pill');
    expect(pill.className).toContain('dc-pill-objection');
    expect(screen.getByTestId('pill-say').textContent).toBe('Budget: Is it the total or the timing?');
    act(() => vi.advanceTimersByTime(PILL_SPEAKS_UP_MS));
    expect(screen.queryByTestId('pill-say')).toBeNull();
    expect(screen.getByTestId('coach-pill').getAttribute('data-attention')).toBe('objection');
  });
});
