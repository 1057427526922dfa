// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleAnalysis, sampleCallListItem } from '../../test-fixtures/sample-call';
import { CallHistory } from './CallHistory';

afterEach(cleanup);

const aims = { talkShareMax: 0.4, earlyPitchBeforeSec: 900 };
const objection = { utteranceId: 'u9', category: 'budget' as const, atSec: 500, speaker: 'Dana', text: 'That is over our budget.' };
const calls = [
  sampleCallListItem({
    callId: 'a',
    name: 'Acme discovery',
    platform: 'meet',
    repTalkShare: 0.62,
    durationSec: 1710,
    analysis: sampleAnalysis({ repTalkShare: 0.62, firstPitchSec: 245, objections: [objection, { ...objection, utteranceId: 'u10', withdrawnAtSec: 520 }] }),
  }),
  sampleCallListItem({ callId: 'b', name: 'Globex intro', platform: 'zoom', repTalkShare: 0.31, analysis: sampleAnalysis({ repTalkShare: 0.31, nextStep: true }) }),
  sampleCallListItem({ callId: 'c', name: null, title: 'Meet - abc-defg-hij', platform: 'teams', status: 'live', durationSec: null, repTalkShare: null, analysis: null }),
];

const shownIds = () => within(screen.getByTestId('call-list')).getAllByRole('link').map((link) => link.getAttribute('data-call-id'));
const row = (callId: string) => screen.getAllByTestId('call-row').find((element) => element.getAttribute('data-call-id') === callId)!;
const cell = (callId: string, column: string) => row(callId).querySelector(`[data-column="${column}"]`)!.textContent;

function renderHistory(list = calls, onRename = vi.fn().mockResolvedValue(undefined)) {
  render(<CallHistory calls={list} aims={aims} onRename={onRename} />);
  return onRename;
}

describe('CallHistory', () => {
  it('shows a table a manager can scan: date, name, duration, talk %, checklist, first pitch, objections, coach this', () => {
    renderHistory();
    expect(within(screen.getByTestId('call-list')).getAllByRole('columnheader').map((header) => header.textContent)).toEqual([
      'Date',
      'Call',
      'Duration (m:ss)',
      'Talk %',
      'Checklist found',
      'First pitch (m:ss)',
      'Objections',
      'Coach this',
    ]);
    expect(shownIds()).toEqual(['a', 'b', 'c']);
    expect(screen.getByRole('link', { name: 'Acme discovery' }).getAttribute('href')).toBe('#/call/a');
    expect(cell('a', 'duration')).toBe('28:30');
    expect(cell('a', 'talk-share')).toBe('62%');
    expect(within(row('a')).getByTitle('Your talk share').className).toBe('figure-warn');
    expect(cell('a', 'checklist')).toBe('3/6');
    expect(cell('a', 'first-pitch')).toBe('4:05');
    expect(cell('b', 'first-pitch')).toBe('no pitch');
    expect(cell('a', 'objections')).toBe('1');
    expect(within(row('c')).getByText('Live')).toBeTruthy();
    // A call without a meeting title is named by its platform, never by the tab's meeting code.
    expect(within(row('c')).getByRole('link').textContent).toBe('Microsoft Teams call');
  });

  it('flags the calls worth a look and says why, with the rule under the table', () => {
    renderHistory();
    expect(row('a').getAttribute('data-coach-this')).toBe('talk-share early-pitch no-next-step');
    expect(within(row('a')).getByTestId('coach-this').getAttribute('title')).toBe('talk share far over the aim; pitched before discovery was done; no next step');
    expect(within(row('b')).queryByTestId('coach-this')).toBeNull();
    expect(within(row('c')).queryByTestId('coach-this')).toBeNull();
    expect(screen.getByTestId('coach-this-rule').textContent).toContain('your talk share above 55%; a pitch before 15:00');
  });

  it('renames a call in place', async () => {
    const onRename = renderHistory();
    fireEvent.click(screen.getByRole('button', { name: 'Rename Globex intro' }));
    fireEvent.change(screen.getByLabelText('Call name'), { target: { value: 'Globex — renewal' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(onRename).toHaveBeenCalledWith('b', 'Globex — renewal'));
    await waitFor(() => expect(screen.queryByLabelText('Call name')).toBeNull());
  });

  it('searches and filters by platform, and can clear an empty result', () => {
    renderHistory();
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'globex' } });
    expect(shownIds()).toEqual(['b']);
    expect(screen.getByText('1 of 3 calls')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'meet' } });
    expect(screen.getByText('No calls match these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(shownIds()).toEqual(['a', 'b', 'c']);
  });

  it('has an empty state pointing to import', () => {
    renderHistory([]);
    expect(screen.getByTestId('calls-empty').textContent).toContain('No calls yet');
    expect(screen.getByRole('link', { name: 'import a past transcript' }).getAttribute('href')).toBe('#/data');
  });
});
