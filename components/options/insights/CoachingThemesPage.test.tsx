// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MemoryView } from '../../../store/memory-store';
import { CoachingThemesPage } from './CoachingThemesPage';
import { EMPTY_MEMORY, sampleMemory, STORED_CALL_TITLES } from './sample-memory';
import type { TeamMemoryActions } from './TeamMemory';

afterEach(cleanup);

const teamActions: TeamMemoryActions = { exportMemory: vi.fn(), importMemory: vi.fn() };

function renderPage(memory: MemoryView) {
  render(<CoachingThemesPage memory={memory} storedCalls={STORED_CALL_TITLES} loadVersion={vi.fn()} teamActions={teamActions} repNames={['Alex']} />);
  return screen.getByTestId('coaching-themes');
}

describe('CoachingThemesPage', () => {
  it('shows the latest themes across reps and per rep, with evidence linked to calls stored here', () => {
    const page = renderPage(sampleMemory());
    expect(within(page).getByRole('heading', { level: 1 }).textContent).toBe('Coaching Themes');
    expect(within(page).getAllByRole('heading').map((heading) => `${heading.tagName}:${heading.textContent}`)).toEqual([
      'H1:Coaching Themes',
      'H2:Across reps',
      'H2:Per rep',
      'H3:Alex',
      'H3:Blair',
      'H2:Nudges: change within the call',
      'H2:Team view',
      'H3:Share your memory',
      "H3:Add teammates' memory",
    ]);
    expect(screen.getByTestId('model-version').textContent).toContain('Version 4');
    const team = page.querySelector('[data-statement-id="coaching_theme:*:checklist"]') as HTMLElement;
    expect(team.textContent).toContain('seen in 5 calls by 2 reps (Alex, Blair)');
    expect(within(team).getByRole('link', { name: 'Acme Logistics — discovery' }).getAttribute('href')).toBe('#/call/call-7');
    expect(within(team).getByText('Call blair-3').tagName).toBe('SPAN');
    expect(screen.queryByTestId('coaching-themes-empty')).toBeNull();
    expect(screen.getByTestId('export-memory')).toBeTruthy();
  });

  it('is honest when nothing is stored yet, and still offers the team view', () => {
    renderPage(EMPTY_MEMORY);
    const empty = screen.getByTestId('coaching-themes-empty');
    expect(empty.textContent).toContain('No coaching themes yet.');
    expect(empty.textContent).toContain('0 calls analyzed so far. Something shows up here after 2 more calls');
    expect(screen.queryByTestId('model-version')).toBeNull();
    expect(screen.getByTestId('import-memory')).toBeTruthy();
  });

  it('says how many calls are analyzed when a model exists but no theme is stable yet', () => {
    const memory = sampleMemory({ callCount: 1, observations: sampleMemory().observations.filter((observation) => observation.kind === 'question_pattern') });
    renderPage(memory);
    expect(screen.getByTestId('coaching-themes-empty').textContent).toContain('1 call analyzed so far. Something shows up here after 1 more call');
    expect(screen.getByTestId('model-version')).toBeTruthy();
  });
});
