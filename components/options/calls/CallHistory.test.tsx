// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { sampleCallListItem } from '../../test-fixtures/sample-call';
import { CallHistory } from './CallHistory';

afterEach(cleanup);

const calls = [
  sampleCallListItem({ callId: 'a', title: 'Acme discovery', platform: 'meet', repTalkShare: 0.52 }),
  sampleCallListItem({ callId: 'b', title: 'Globex intro', platform: 'zoom', repTalkShare: 0.31 }),
  sampleCallListItem({ callId: 'c', title: 'Live with Initech', platform: 'teams', status: 'live', durationSec: null, repTalkShare: null }),
];

const shownIds = () => within(screen.getByTestId('call-list')).getAllByRole('link').map((link) => link.getAttribute('data-call-id'));

describe('CallHistory', () => {
  it('lists calls with links to their detail, talk share flagged above the line', () => {
    render(<CallHistory calls={calls} talkShareMax={0.4} />);
    expect(shownIds()).toEqual(['a', 'b', 'c']);
    const acme = screen.getByRole('link', { name: /Acme discovery/ });
    expect(acme.getAttribute('href')).toBe('#/call/a');
    expect(within(acme).getByTitle('Your talk share').className).toBe('figure-warn');
    expect(within(screen.getByRole('link', { name: /Initech/ })).getByText('Live')).toBeTruthy();
  });

  it('searches and filters by platform, and can clear an empty result', () => {
    render(<CallHistory calls={calls} talkShareMax={0.4} />);
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: 'globex' } });
    expect(shownIds()).toEqual(['b']);
    expect(screen.getByText('1 of 3 calls')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Platform'), { target: { value: 'meet' } });
    expect(screen.getByText('No calls match these filters.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(shownIds()).toEqual(['a', 'b', 'c']);
  });

  it('has an empty state pointing to import', () => {
    render(<CallHistory calls={[]} talkShareMax={0.4} />);
    expect(screen.getByTestId('calls-empty').textContent).toContain('No calls yet');
    expect(screen.getByRole('link', { name: 'import a past transcript' }).getAttribute('href')).toBe('#/data');
  });
});
