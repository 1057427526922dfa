// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemoryView } from '../../../store/memory-store';
import { DiscoveryPlaybookPage } from './DiscoveryPlaybookPage';
import { EMPTY_MEMORY, sampleMemory, STORED_CALL_TITLES } from './sample-memory';

afterEach(cleanup);

function renderPage(memory: MemoryView, loadVersion = vi.fn()) {
  render(<DiscoveryPlaybookPage memory={memory} storedCalls={STORED_CALL_TITLES} loadVersion={loadVersion} />);
  return screen.getByTestId('discovery-playbook');
}

describe('DiscoveryPlaybookPage', () => {
  it('ranks question patterns with their rates, proof counts and real example lines', () => {
    const page = renderPage(sampleMemory());
    expect(within(page).getAllByRole('heading').map((heading) => heading.textContent)).toEqual([
      'Discovery Playbook',
      'Questions that draw pain, impact or budget',
      'By SPIN question type',
    ]);
    const ranked = page.querySelector('[data-section="patterns"] ol') as HTMLElement;
    const [first, second] = [...ranked.children] as HTMLElement[];
    expect(first.textContent).toContain('in 6 of 6 asks (100%) across 4 calls');
    expect(within(first).getByTestId('proof-count').textContent).toBe('Seen in 4 calls');
    const lines = within(first).getByRole('list', { name: 'Evidence' });
    expect([...lines.querySelectorAll('q')].map((quote) => quote.textContent)).toEqual([
      'What does that cost you each month?',
      'About forty hours of overtime, so roughly 3,000 dollars.',
    ]);
    expect(within(lines).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['#/call/call-7', '#/call/call-7']);
    expect(second.textContent).toContain('Call blair-3 2:10');
    expect(within(second).queryByRole('link')).toBeNull();
    expect(within(page.querySelector('[data-section="acts"]') as HTMLElement).getByText('Not enough data')).toBeTruthy();
  });

  it('opens the playbook history for this model only', () => {
    renderPage(sampleMemory());
    expect(screen.getByTestId('model-version').textContent).toContain('Version 3');
    expect(within(screen.getByTestId('model-history')).getAllByRole('button').map((button) => button.textContent)).toEqual([expect.stringMatching(/^Version 2 · /)]);
  });

  it('is honest when no question pattern is stable yet', () => {
    renderPage({ ...EMPTY_MEMORY, callCount: 3 });
    const empty = screen.getByTestId('discovery-playbook-empty');
    expect(empty.textContent).toContain('No playbook entries yet.');
    expect(empty.textContent).toContain('3 calls analyzed so far. Nothing has recurred yet');
  });
});
