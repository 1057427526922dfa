// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModelVersionSummary } from '../../../store/memory-store';
import { ModelView, type LoadModelVersion } from './ModelView';
import { sampleMemory, sampleThemesModel, STORED_CALL_TITLES } from './sample-memory';
import { indexObservations } from './statement-observation';

afterEach(cleanup);

const latest = sampleThemesModel();
const history = sampleMemory().modelHistory.filter((entry) => entry.modelId === 'coaching-themes');
const version3 = sampleThemesModel({
  version: 3,
  generatedAt: Date.UTC(2025, 0, 18, 10, 0),
  basedOnCalls: 6,
  sections: [{ key: 'team', title: 'Across reps', statements: [{ id: 'team:none', text: 'No theme recurs across 2 or more reps yet.', templateText: 'No theme recurs across 2 or more reps yet.', writtenBy: 'template', kind: 'not_enough_data', evidence: [] }] }],
});

function renderView(options: { loadVersion?: LoadModelVersion; history?: ModelVersionSummary[]; emptyNotice?: string } = {}) {
  const loadVersion = options.loadVersion ?? vi.fn<LoadModelVersion>().mockResolvedValue(version3);
  render(
    <ModelView
      idPrefix="themes"
      latest={latest}
      history={options.history ?? history}
      observations={indexObservations(sampleMemory().observations)}
      storedCalls={STORED_CALL_TITLES}
      loadVersion={loadVersion}
      emptyNotice={options.emptyNotice ? <p data-testid="notice">{options.emptyNotice}</p> : null}
    />,
  );
  return loadVersion;
}

describe('ModelView', () => {
  it('shows the version number, date and calls it is based on', () => {
    renderView();
    expect(screen.getByTestId('model-version').textContent).toMatch(/^Version 4 · updated .+ · based on 7 calls$/);
  });

  it('lists earlier versions in a history disclosure and opens one read-only, then goes back to the latest', async () => {
    const loadVersion = renderView();
    const historyList = screen.getByTestId('model-history');
    expect(historyList.tagName).toBe('DETAILS');
    expect(historyList.querySelector('summary')?.textContent).toBe('History (2 earlier versions)');
    const buttons = within(historyList).getAllByRole('button');
    expect(buttons.map((button) => button.textContent)).toEqual([expect.stringMatching(/^Version 3 · /), expect.stringMatching(/^Version 1 · /)]);
    expect(historyList.textContent).toContain('based on 4 calls, after an import');

    fireEvent.click(buttons[0]);
    const banner = await screen.findByTestId('model-earlier-version');
    expect(loadVersion).toHaveBeenCalledWith(3);
    expect(banner.textContent).toContain('Showing version 3');
    expect(banner.textContent).toContain('read-only');
    expect(document.activeElement).toBe(banner);
    expect(buttons[0].getAttribute('aria-pressed')).toBe('true');
    expect(document.querySelector('[data-statement-id="team:none"]')).toBeTruthy();
    expect(document.querySelector('[data-statement-id="within:talk-share"]')).toBeNull();
    // Its own figures, not today's proof counts.
    expect(screen.queryByTestId('proof-count')).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: 'Back to the latest version' }));
    expect(screen.queryByTestId('model-earlier-version')).toBeNull();
    expect(document.querySelector('[data-statement-id="within:talk-share"]')).toBeTruthy();
  });

  it('says so when an earlier version cannot be opened', async () => {
    renderView({ loadVersion: vi.fn<LoadModelVersion>().mockResolvedValue(undefined) });
    fireEvent.click(within(screen.getByTestId('model-history')).getAllByRole('button')[0]);
    expect((await screen.findByRole('alert')).textContent).toBe('Could not open version 3: it is no longer stored');
    expect(document.querySelector('[data-statement-id="within:talk-share"]')).toBeTruthy();
  });

  it('says the first version has no history yet', () => {
    renderView({ history: [history[0]] });
    expect(screen.getByTestId('model-history').textContent).toContain('This is the first version.');
  });

  it('shows the notice alone when no version exists', () => {
    render(
      <ModelView
        idPrefix="themes"
        latest={undefined}
        history={[]}
        observations={new Map()}
        storedCalls={STORED_CALL_TITLES}
        loadVersion={vi.fn()}
        emptyNotice={<p data-testid="notice">Nothing yet</p>}
      />,
    );
    expect(screen.getByTestId('notice')).toBeTruthy();
    expect(screen.queryByTestId('model-version')).toBeNull();
    expect(screen.queryByTestId('model-history')).toBeNull();
  });
});
