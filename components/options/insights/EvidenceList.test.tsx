// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EvidenceList } from './EvidenceList';
import { STORED_CALL_TITLES } from './sample-memory';

afterEach(cleanup);

describe('EvidenceList', () => {
  it('links a call stored here and names an imported call as plain text, each with its time and quoted line', () => {
    render(
      <EvidenceList
        storedCalls={STORED_CALL_TITLES}
        evidence={[
          { callId: 'call-7', atSec: 429, speaker: 'Alex', quote: 'Our platform routes every request in real time.' },
          { callId: 'blair-3', atSec: 75, quote: 'Let me show you the dashboard.' },
        ]}
      />,
    );
    const items = within(screen.getByRole('list', { name: 'Evidence' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByRole('link', { name: 'Acme Logistics — discovery' }).getAttribute('href')).toBe('#/call/call-7');
    expect(items[0].textContent).toBe('Acme Logistics — discovery 7:09 Alex: Our platform routes every request in real time.');
    expect(within(items[1]).queryByRole('link')).toBeNull();
    expect(items[1].textContent).toContain('Call blair-3 1:15');
    expect(items[1].querySelector('q')?.textContent).toBe('Let me show you the dashboard.');
  });

  it('shows quoted lines as text, never as markup', () => {
    render(<EvidenceList storedCalls={new Map()} evidence={[{ callId: 'x', atSec: 1, quote: '<img src=x onerror=alert(1)>' }]} />);
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
  });

  it('renders nothing for a statement without evidence', () => {
    const { container } = render(<EvidenceList storedCalls={STORED_CALL_TITLES} evidence={[]} />);
    expect(container.innerHTML).toBe('');
  });
});
