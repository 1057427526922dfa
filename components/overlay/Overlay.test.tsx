// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHECKLIST_ITEMS } from '../../lib/types';
import { sampleAnalysis, sampleNudge, sampleObjection, samplePlaybook } from '../test-fixtures/sample-call';
import { createLiveCallStore, type LiveCallState } from '@/capture/live/live-call-store';
import { Overlay } from './Overlay';
import { createOverlayUiStore } from './overlay-ui-store';

afterEach(cleanup);

function renderOverlay(state: Partial<LiveCallState>) {
  const live = createLiveCallStore();
  live.setState({ status: 'live', platform: 'meet', callId: 'c1', startedAt: Date.now() - 60_000, ...state });
  const ui = createOverlayUiStore();
  render(<Overlay live={live} ui={ui} playbook={samplePlaybook} />);
  return { live, ui };
}

describe('Overlay', () => {
  it('renders nothing while idle and a captions reminder while captions are off', () => {
    const { live } = renderOverlay({ status: 'idle' });
    expect(screen.queryByTestId('coach-overlay')).toBeNull();
    act(() => live.setState({ status: 'captions-off' }));
    expect(screen.getByTestId('captions-hint').textContent).toContain('Turn on captions (C) so the coach can follow the call');
    expect(screen.queryByTestId('coach-overlay')).toBeNull();
    act(() => live.setState({ status: 'live' }));
    expect(screen.getByTestId('coach-overlay')).toBeTruthy();
  });

  it('says plainly when captions are on but unreadable, instead of the reminder, and copies the capture report', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    renderOverlay({ status: 'captions-off', capture: { health: 'unreadable', report: () => 'REPORT: div[role=region]' } });
    expect(screen.queryByTestId('captions-hint')).toBeNull();
    expect(screen.getByTestId('captions-unreadable').textContent).toContain("Captions are on but I can't read them on this version of Google Meet");
    fireEvent.click(screen.getByTestId('copy-capture-report'));
    expect(await screen.findByText(/Copied\. It holds no caption text or names/)).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith('REPORT: div[role=region]');
    vi.unstubAllGlobals();
  });

  it('keeps coaching in fallback mode and says so', () => {
    renderOverlay({ platform: 'teams', analysis: sampleAnalysis(), capture: { health: 'fallback', report: () => '' } });
    expect(screen.getByTestId('talk-share').textContent).toBe('38%');
    expect(screen.getByTestId('capture-fallback').textContent).toContain('Fallback mode: Microsoft Teams changed its captions');
  });

  it('names the platform-specific way to turn captions on', () => {
    renderOverlay({ status: 'captions-off', platform: 'teams' });
    expect(screen.getByTestId('captions-hint').textContent).toContain('Alt+Shift+C');
  });

  it('lets the rep correct the call type, and shows the pitch window only where pitching early is a fault', () => {
    const onCallType = vi.fn();
    const live = createLiveCallStore();
    live.setState({ status: 'live', platform: 'meet', callId: 'c1', startedAt: Date.now() - 60_000, analysis: sampleAnalysis({ callType: 'discovery', callTypeSource: 'default' }) });
    render(<Overlay live={live} ui={createOverlayUiStore()} playbook={samplePlaybook} onCallType={onCallType} />);
    const select = screen.getByLabelText<HTMLSelectElement>('Call type');
    expect(select.value).toBe('discovery');
    expect(screen.getByTestId('pitch-window')).toBeTruthy();
    fireEvent.change(select, { target: { value: 'pricing' } });
    expect(onCallType).toHaveBeenCalledWith('pricing');
    act(() => live.setState({ analysis: sampleAnalysis({ callType: 'pricing', callTypeSource: 'rep' }) }));
    expect(screen.queryByTestId('pitch-window')).toBeNull();
    expect(screen.getByTestId('call-type-source').textContent).toBe('Set by you');
  });

  it('shows talk share, SPIN counts and the checklist with done flags', () => {
    renderOverlay({ analysis: sampleAnalysis() });
    expect(screen.getByTestId('talk-share').textContent).toBe('38%');
    const spin = screen.getByTestId('spin-counts');
    expect(within(spin).getByTitle('Situation').textContent).toContain('3');
    expect(within(spin).getByTitle('Implication').textContent).toContain('1');
    const items = screen.getByTestId('checklist').querySelectorAll('[data-item]');
    expect([...items].map((item) => item.getAttribute('data-item'))).toEqual([...CHECKLIST_ITEMS]);
    const done = Object.fromEntries([...items].map((item) => [item.getAttribute('data-item'), item.getAttribute('data-done')]));
    expect(done).toEqual({ problem: 'true', root_cause: 'true', impact: 'false', stakeholders: 'false', trigger: 'true', cost_of_inaction: 'false' });
  });

  it('ticks a checklist item when the analysis says it was uncovered', () => {
    const { live } = renderOverlay({ analysis: sampleAnalysis() });
    const impact = () => screen.getByTestId('checklist').querySelector('[data-item="impact"]');
    expect(impact()?.getAttribute('data-done')).toBe('false');
    act(() => live.setState({ analysis: sampleAnalysis({ checklist: { ...sampleAnalysis().checklist, impact: true } }) }));
    expect(impact()?.getAttribute('data-done')).toBe('true');
  });

  it('flags talk share above the line', () => {
    renderOverlay({ analysis: sampleAnalysis({ repTalkShare: 0.62 }) });
    expect(screen.getByTestId('talk-share').getAttribute('data-over')).toBe('true');
    expect(screen.getByRole('meter').getAttribute('aria-valuenow')).toBe('62');
  });

  it('shows a dash instead of a share before anyone spoke', () => {
    renderOverlay({ analysis: sampleAnalysis({ repTalkSec: 0, buyerTalkSec: 0, repTalkShare: 0 }) });
    expect(screen.getByTestId('talk-share').textContent).toBe('—');
  });

  it('shows the phase and when the pitch window opens, then the first pitch time', () => {
    const { live } = renderOverlay({ analysis: sampleAnalysis() });
    expect(screen.getByTestId('phase').textContent).toBe('Discovery');
    expect(screen.getByTestId('pitch-window').textContent).toBe('Pitch window opens at 15:00');
    act(() => live.setState({ analysis: sampleAnalysis({ firstPitchSec: 492, phase: 'pitch' }) }));
    expect(screen.getByTestId('pitch-window').textContent).toContain('First pitch at 8:12');
  });

  it.each(['talk-share', 'monologue', 'early-pitch', 'implication', 'checklist', 'upfront-contract', 'next-step'] as const)(
    'shows a %s nudge with its kind',
    (kind) => {
      renderOverlay({ analysis: sampleAnalysis(), nudge: sampleNudge({ kind, title: `Title for ${kind}` }) });
      const nudge = screen.getByTestId('nudge');
      expect(nudge.getAttribute('data-kind')).toBe(kind);
      expect(nudge.textContent).toContain(`Title for ${kind}`);
    },
  );

  it('hides a dismissed nudge until a new one arrives', () => {
    const { live } = renderOverlay({ nudge: sampleNudge() });
    fireEvent.click(screen.getByRole('button', { name: 'Dismiss nudge' }));
    expect(screen.queryByTestId('nudge')).toBeNull();
    act(() => live.setState({ nudge: sampleNudge({ id: 'nudge-2', kind: 'monologue' }) }));
    expect(screen.getByTestId('nudge').getAttribute('data-kind')).toBe('monologue');
  });

  it('shows the objection card with its category and the buyer words, and the AECR steps on a tap', () => {
    renderOverlay({ objection: sampleObjection({ objection: 'timing' }) });
    const card = screen.getByTestId('objection-card');
    expect(card.getAttribute('data-category')).toBe('timing');
    expect(card.getAttribute('aria-label')).toBe('Timing objection');
    expect(card.textContent).toContain("That's more than we set aside for this.");
    const stepList = card.querySelector('.dc-aecr')!;
    expect(stepList.closest('[hidden]')).not.toBeNull();
    fireEvent.click(within(card).getByRole('button', { name: /Steps/ }));
    expect(stepList.closest('[hidden]')).toBeNull();
    const steps = within(card).getAllByRole('listitem').map((step) => step.textContent);
    expect(steps).toEqual([
      'AcknowledgeFair point on timing.',
      'EmpathizeI would weigh that too in your seat.',
      'ClarifyWhat specifically worries you about timing?',
      'ReframeTeams like yours looked at it as the cost of the status quo.',
    ]);
  });

  it('shows an objection nudge once, as the objection card', () => {
    const objection = sampleObjection();
    renderOverlay({ nudge: objection, objection });
    expect(screen.getByTestId('objection-card')).toBeTruthy();
    expect(screen.queryByTestId('nudge')).toBeNull();
  });

  it('renders caption text as text, never as HTML', () => {
    const hostile = '<script>window.__owned = true</script><img src=x onerror="alert(1)">';
    const { ui } = renderOverlay({
      nudge: sampleNudge({ title: hostile, message: hostile, say: hostile }),
      objection: sampleObjection({ evidence: [{ atSec: 1, text: hostile }] }),
      problem: hostile,
    });
    const root = screen.getByTestId('coach-overlay');
    expect(screen.getByTestId('objection-card').textContent).toContain('<img src=x');
    act(() => ui.getState().dismissObjection('objection-1'));
    expect(screen.getByTestId('nudge').textContent).toContain('<script>window.__owned = true</script>');
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('img')).toBeNull();
  });

  it('collapses to a pill that still shows talk share and expands again', () => {
    renderOverlay({ analysis: sampleAnalysis(), nudge: sampleNudge() });
    fireEvent.click(screen.getByRole('button', { name: 'Collapse the coach' }));
    const root = screen.getByTestId('coach-overlay');
    expect(root.getAttribute('data-state')).toBe('collapsed');
    expect(screen.getByTestId('talk-share').textContent).toBe('38%');
    fireEvent.click(screen.getByRole('button', { name: /Expand the coach, new coaching tip/ }));
    expect(screen.getByTestId('coach-overlay').getAttribute('data-state')).toBe('expanded');
  });

  it('hides and shows again from the UI store', () => {
    const { ui } = renderOverlay({ analysis: sampleAnalysis() });
    fireEvent.click(screen.getByRole('button', { name: /Hide the coach/ }));
    expect(screen.queryByTestId('coach-overlay')).toBeNull();
    act(() => ui.getState().toggleHidden());
    expect(screen.getByTestId('coach-overlay')).toBeTruthy();
  });

  it('moves with the arrow keys from its drag handle and keeps out of the control bar', () => {
    const { ui } = renderOverlay({ analysis: sampleAnalysis() });
    const handle = screen.getByLabelText(/Move the coach/);
    expect(ui.getState().position).toBeNull();
    fireEvent.keyDown(handle, { key: 'ArrowDown' });
    expect(ui.getState().position).not.toBeNull();
    act(() => ui.getState().setPosition({ x: 10, y: 5000 }));
    const frame = screen.getByTestId('coach-overlay').parentElement as HTMLElement;
    expect(parseInt(frame.style.top, 10)).toBeLessThanOrEqual(window.innerHeight - 96);
  });
  it('announces cards politely and dismisses a nudge with Escape, keeping the focus in the coach', () => {
    renderOverlay({ analysis: sampleAnalysis(), nudge: sampleNudge() });
    const cards = screen.getByTestId('coach-cards');
    expect(cards.getAttribute('aria-live')).toBe('polite');
    expect(within(cards).getByTestId('nudge')).toBeTruthy();
    const dismiss = screen.getByRole('button', { name: 'Dismiss nudge' });
    dismiss.focus();
    fireEvent.keyDown(dismiss, { key: 'Escape' });
    expect(screen.queryByTestId('nudge')).toBeNull();
    expect(document.activeElement).toBe(screen.getByTestId('coach-overlay'));
  });

  it('dismisses the objection card with Escape', () => {
    renderOverlay({ objection: sampleObjection() });
    fireEvent.keyDown(screen.getByTestId('objection-card'), { key: 'Escape' });
    expect(screen.queryByTestId('objection-card')).toBeNull();
  });

  it('moves the focus to the pill on collapse and back to the collapse button on expand', () => {
    renderOverlay({ analysis: sampleAnalysis() });
    fireEvent.click(screen.getByRole('button', { name: 'Collapse the coach' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Expand the coach' }));
    fireEvent.click(screen.getByRole('button', { name: 'Expand the coach' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Collapse the coach' }));
  });

  it('takes no focus when it mounts', () => {
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    renderOverlay({ analysis: sampleAnalysis(), nudge: sampleNudge() });
    expect(document.activeElement).toBe(outside);
    outside.remove();
  });
});
