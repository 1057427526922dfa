// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleAnalysis, sampleCallListItem, sampleDebrief } from '../test-fixtures/sample-call';
import { PopupView, type PopupModel } from './PopupView';

afterEach(cleanup);

const liveCall = sampleCallListItem({ callId: 'live-1', status: 'live', durationSec: null, title: 'Globex intro' });
const endedCall = sampleCallListItem();

function renderPopup(model: Partial<PopupModel>) {
  render(<PopupView model={{ live: null, latest: null, recent: [], ...model }} talkShareMax={0.4} pitchWindowSec={900} />);
}

describe('PopupView', () => {
  it('during a call shows the live figures and what to ask next for the phase', () => {
    renderPopup({
      live: {
        call: liveCall,
        analysis: sampleAnalysis({ repTalkShare: 0.55 }),
        guidance: {
          phase: 'discovery',
          goal: 'Stay in their current state.',
          prompts: ['What made this worth a conversation right now?'],
          openItems: [{ item: 'impact', question: 'What does that cost you each month?' }],
        },
      },
      latest: { call: endedCall, debrief: sampleDebrief() },
    });
    expect(screen.getByTestId('live-call').textContent).toContain('Globex intro');
    expect(screen.getByTestId('popup-talk-share').textContent).toBe('55%');
    expect(screen.getByTestId('popup-talk-share').closest('.stat')?.className).toContain('stat-warn');
    expect(screen.getByTestId('popup-spin').textContent).toBe('3 · 2 · 1 · 0');
    const prompts = screen.getByTestId('phase-prompts');
    expect(prompts.getAttribute('data-phase')).toBe('discovery');
    expect(prompts.textContent).toContain('What made this worth a conversation right now?');
    expect(prompts.querySelector('[data-item="impact"]')?.textContent).toContain('What does that cost you each month?');
    expect(screen.queryByTestId('debrief')).toBeNull();
  });

  it("says when a meeting tab's captions are on but unreadable, and when they are read in fallback mode", () => {
    renderPopup({ captureNotice: { platform: 'zoom', health: 'unreadable', report: 'shape only', at: 0 } });
    expect(screen.getByTestId('popup-capture-unreadable').textContent).toContain("Captions are on but I can't read them on this version of Zoom");
    expect(screen.getByRole('button', { name: 'Copy capture report' })).toBeTruthy();
    cleanup();
    renderPopup({ captureNotice: { platform: 'meet', health: 'fallback', report: '', at: 0 } });
    expect(screen.getByTestId('popup-capture-fallback').textContent).toContain('Reading Google Meet captions in fallback mode');
    expect(screen.queryByTestId('popup-capture-unreadable')).toBeNull();
  });

  it('after a call leads with three figures and the one line to try, before the debrief', () => {
    renderPopup({ latest: { call: endedCall, debrief: sampleDebrief(), analysis: sampleAnalysis({ firstPitchSec: 492 }) } });
    const glance = screen.getByTestId('call-glance');
    expect([...glance.querySelectorAll('.stat-value')].map((value) => value.textContent)).toEqual(['38%', '3/6', '8:12']);
    expect(glance.textContent).toContain('Checklist found');
    expect(screen.getByTestId('try-instead-lead').textContent).toContain('When the close slips, what does that do to reporting for the board?');
    expect(glance.compareDocumentPosition(screen.getByTestId('debrief')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('leads a pricing call with the figures a pricing call is judged on, and lets the rep correct its type', () => {
    const onCallType = vi.fn(async () => {});
    const analysis = sampleAnalysis({
      callType: 'pricing',
      callTypeSource: 'detected',
      firstPitchSec: 40,
      nextStep: true,
      objections: [
        { utteranceId: 'u1', category: 'budget', atSec: 300, speaker: 'Dana', text: 'That is over budget.' },
        { utteranceId: 'u2', category: 'timing', atSec: 400, speaker: 'Dana', text: 'Not this quarter.', withdrawnAtSec: 420 },
      ],
    });
    render(
      <PopupView model={{ live: null, latest: { call: endedCall, debrief: sampleDebrief(), analysis }, recent: [] }} talkShareMax={0.4} pitchWindowSec={900} onCallType={onCallType} />,
    );
    const glance = screen.getByTestId('call-glance');
    expect([...glance.querySelectorAll('[data-figure]')].map((stat) => stat.getAttribute('data-figure'))).toEqual(['talkShare', 'objections', 'nextStep']);
    expect([...glance.querySelectorAll('.stat-value')].map((value) => value.textContent)).toEqual(['38%', '1', 'Agreed']);
    expect(glance.textContent).not.toContain('First pitch');
    fireEvent.change(screen.getByLabelText('Call type'), { target: { value: 'discovery' } });
    expect(onCallType).toHaveBeenCalledWith('call-1', 'discovery');
  });

  it('after a call shows the latest debrief and links the call to the options page', () => {
    renderPopup({ latest: { call: endedCall, debrief: sampleDebrief() }, recent: [endedCall] });
    expect(screen.getByTestId('debrief').textContent).toContain('What went well');
    expect(screen.getByRole('link', { name: 'Acme Logistics — discovery' }).getAttribute('href')).toBe('/options.html#/call/call-1');
  });

  it('says the debrief is on its way when the call just ended', () => {
    renderPopup({ latest: { call: endedCall, debrief: null } });
    expect(screen.getByTestId('debrief-pending')).toBeTruthy();
  });

  it('welcomes a rep with no calls yet', () => {
    renderPopup({});
    expect(screen.getByTestId('popup-empty')).toBeTruthy();
    expect(screen.getByTestId('recent-calls').textContent).toContain('No calls yet');
  });

  it('leaves out the recent-calls list when the only call is the one whose debrief is shown', () => {
    renderPopup({ latest: { call: endedCall, debrief: sampleDebrief() }, recent: [endedCall] });
    expect(screen.queryByTestId('recent-calls')).toBeNull();
  });

  it('lists recent calls other than the one shown above, each linking to its detail', () => {
    const older = sampleCallListItem({ callId: 'old/2', title: 'Initech follow-up', platform: 'zoom', repTalkShare: 0.42 });
    renderPopup({ latest: { call: endedCall, debrief: sampleDebrief() }, recent: [endedCall, older] });
    const links = within(screen.getByTestId('recent-calls')).getAllByRole('link').filter((link) => link.dataset.callId);
    expect(links.map((link) => link.getAttribute('href'))).toEqual(['/options.html#/call/old%2F2']);
    expect(links[0]?.textContent).toContain('Zoom');
    expect(links[0]?.textContent).toContain('you 42%');
  });
});
