// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TeamMemory, type TeamMemoryActions } from './TeamMemory';

afterEach(cleanup);

let clickedDownloads: string[] = [];
beforeEach(() => {
  clickedDownloads = [];
  // jsdom has no object URLs or downloads; record what would be saved instead.
  URL.createObjectURL = vi.fn(() => 'blob:memory');
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clickedDownloads.push(this.download);
  });
});

function actions(overrides: Partial<TeamMemoryActions> = {}): TeamMemoryActions {
  return {
    exportMemory: vi.fn().mockResolvedValue('{"format":"discovery-coach-memory"}'),
    importMemory: vi.fn().mockResolvedValue({ ok: true, addedFacts: 0, reps: [] }),
    ...overrides,
  };
}

const memoryFile = (name: string, text = '{}') => new File([text], name, { type: 'application/json' });

describe('TeamMemory', () => {
  it('exports under the first rep name from settings and downloads the file', async () => {
    const exportMemory = vi.fn().mockResolvedValue('{}');
    render(<TeamMemory actions={actions({ exportMemory })} repNames={['Alex Kim', 'Alex']} reps={['Alex Kim']} />);
    expect(screen.queryByRole('textbox')).toBeNull();
    fireEvent.click(screen.getByTestId('export-memory'));
    await waitFor(() => expect(exportMemory).toHaveBeenCalledWith('Alex Kim'));
    expect(clickedDownloads).toEqual([expect.stringMatching(/^discovery-coach-memory-alex-kim-\d{4}-\d{2}-\d{2}\.json$/)]);
    expect((await screen.findByText(/^Saved discovery-coach-memory-alex-kim/)).getAttribute('role')).toBe('status');
  });

  it('asks for a name when settings have none, and only then exports', async () => {
    const exportMemory = vi.fn().mockResolvedValue('{}');
    render(<TeamMemory actions={actions({ exportMemory })} repNames={[]} reps={[]} />);
    const button = screen.getByRole('button', { name: 'Export my memory' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Your name, as teammates will see it'), { target: { value: ' Casey ' } });
    fireEvent.click(button);
    await waitFor(() => expect(exportMemory).toHaveBeenCalledWith('Casey'));
  });

  it('reports a failed export', async () => {
    render(<TeamMemory actions={actions({ exportMemory: vi.fn().mockRejectedValue(new Error('database closed')) })} repNames={['Alex']} reps={[]} />);
    fireEvent.click(screen.getByTestId('export-memory'));
    expect((await screen.findByRole('alert')).textContent).toBe('Export failed: database closed');
  });

  it("imports several teammates' files and says how many facts came from which reps", async () => {
    const importMemory = vi.fn().mockResolvedValue({ ok: true, addedFacts: 42, reps: ['Blair', 'Casey'] });
    render(<TeamMemory actions={actions({ importMemory })} repNames={['Alex']} reps={['Alex']} />);
    fireEvent.change(screen.getByTestId('import-memory'), { target: { files: [memoryFile('blair.json', '{"b":1}'), memoryFile('casey.json', '{"c":1}')] } });
    await waitFor(() => expect(screen.getByTestId('memory-import-result').textContent).toBe('Imported 42 facts from Blair and Casey. The themes above now include them.'));
    expect(importMemory).toHaveBeenCalledWith([
      { name: 'blair.json', text: '{"b":1}' },
      { name: 'casey.json', text: '{"c":1}' },
    ]);
  });

  it('says when an import added nothing new', async () => {
    render(<TeamMemory actions={actions({ importMemory: vi.fn().mockResolvedValue({ ok: true, addedFacts: 0, reps: ['Blair'] }) })} repNames={[]} reps={[]} />);
    fireEvent.change(screen.getByTestId('import-memory'), { target: { files: [memoryFile('blair.json')] } });
    await waitFor(() => expect(screen.getByTestId('memory-import-result').textContent).toBe('Nothing new: every fact from Blair was already in memory.'));
  });

  it('lists every rejected file with its reason in an alert', async () => {
    const errors = ['notes.json was not imported: it is not valid JSON (the file may be damaged or cut short)', 'old.json was not imported: it has format version 0'];
    render(<TeamMemory actions={actions({ importMemory: vi.fn().mockResolvedValue({ ok: false, errors }) })} repNames={[]} reps={[]} />);
    fireEvent.change(screen.getByTestId('import-memory'), { target: { files: [memoryFile('notes.json'), memoryFile('old.json')] } });
    const alert = await screen.findByRole('alert');
    expect(alert.dataset.testid).toBe('memory-import-result');
    expect(alert.textContent).toContain('Nothing was imported.');
    expect([...alert.querySelectorAll('li')].map((item) => item.textContent)).toEqual(errors);
  });

  it('says which reps memory covers', () => {
    render(<TeamMemory actions={actions()} repNames={[]} reps={['Alex', 'Blair', 'Casey']} />);
    expect(screen.getByTestId('team-memory').textContent).toContain('Memory covers 3 reps: Alex, Blair and Casey.');
    expect(screen.getByRole('heading', { level: 2, name: 'Team view' })).toBeTruthy();
  });
});
