// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPage, type DataActions } from './DataPage';

afterEach(cleanup);

function actions(overrides: Partial<DataActions> = {}): DataActions {
  return {
    importTranscripts: vi.fn().mockResolvedValue([]),
    exportJson: vi.fn().mockResolvedValue('{}'),
    importJson: vi.fn().mockResolvedValue(0),
    deleteAll: vi.fn().mockResolvedValue(undefined),
    ...overrides,
  };
}

const file = (name: string, text = 'Sam: hello') => new File([text], name, { type: 'text/plain' });

describe('DataPage', () => {
  it('lists each imported transcript, with clear errors for the ones that failed', async () => {
    const importTranscripts = vi.fn().mockResolvedValue([
      { fileName: 'acme.vtt', ok: true, callId: 'imp-1', title: 'acme' },
      { fileName: 'notes.txt', ok: false, error: 'no "Speaker: text" lines found' },
    ]);
    render(<DataPage actions={actions({ importTranscripts })} callCount={2} />);
    fireEvent.change(screen.getByTestId('import-transcripts'), { target: { files: [file('acme.vtt'), file('notes.txt')] } });
    const results = await screen.findByTestId('import-results');
    expect(importTranscripts).toHaveBeenCalledWith([expect.any(File), expect.any(File)]);
    expect(screen.getByRole('link', { name: 'acme' }).getAttribute('href')).toBe('#/call/imp-1');
    expect(screen.getByRole('alert').textContent).toBe('not imported: no "Speaker: text" lines found');
    expect(results.textContent).toContain('notes.txt');
  });

  it('explains a JSON import that fails', async () => {
    render(<DataPage actions={actions({ importJson: vi.fn().mockRejectedValue(new Error('calls[0].startedAt: expected number')) })} callCount={0} />);
    fireEvent.change(screen.getByTestId('import-json'), { target: { files: [file('backup.json', '{}')] } });
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Could not import backup.json: calls[0].startedAt: expected number'));
  });

  it('reports how many calls a JSON import added', async () => {
    render(<DataPage actions={actions({ importJson: vi.fn().mockResolvedValue(3) })} callCount={0} />);
    fireEvent.change(screen.getByTestId('import-json'), { target: { files: [file('backup.json', '{}')] } });
    expect(await screen.findByText('Imported 3 calls from backup.json.')).toBeTruthy();
  });

  it('deletes everything only after confirmation', async () => {
    const deleteAll = vi.fn().mockResolvedValue(undefined);
    render(<DataPage actions={actions({ deleteAll })} callCount={7} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete all calls' }));
    expect(screen.getByRole('alertdialog').textContent).toContain('Delete all 7 calls');
    expect(deleteAll).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete everything' }));
    await waitFor(() => expect(deleteAll).toHaveBeenCalledTimes(1));
  });
});
