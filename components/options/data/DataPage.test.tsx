// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPage, type DataActions } from './DataPage';
import type { TranscriptSpeakersResult } from './TranscriptImport';

afterEach(cleanup);

function actions(overrides: Partial<DataActions> = {}): DataActions {
  return {
    readTranscriptSpeakers: vi.fn().mockResolvedValue({ fileName: 'x.vtt', ok: true, speakers: [], suggestedRep: null }),
    importTranscript: vi.fn(),
    exportJson: vi.fn().mockResolvedValue('{}'),
    importJson: vi.fn().mockResolvedValue(0),
    deleteAll: vi.fn().mockResolvedValue(undefined),
    ...overrides,
  };
}

const file = (name: string, text = 'Sam: hello') => new File([text], name, { type: 'text/plain' });

describe('DataPage', () => {
  it('asks which speaker is the rep before storing anything, then lists each import, with clear errors for the ones that failed', async () => {
    const readTranscriptSpeakers = vi.fn(async (picked: File): Promise<TranscriptSpeakersResult> =>
      picked.name === 'acme.vtt'
        ? { fileName: 'acme.vtt', ok: true, speakers: ['Dana Whitfield', 'Sam Rivera'], suggestedRep: 'Sam Rivera' }
        : { fileName: 'notes.txt', ok: false, error: 'no "Speaker: text" lines found' },
    );
    const importTranscript = vi.fn().mockResolvedValue({ fileName: 'acme.vtt', ok: true, callId: 'imp-1', title: 'acme', noRepLine: false });
    render(<DataPage actions={actions({ readTranscriptSpeakers, importTranscript })} callCount={2} />);
    fireEvent.change(screen.getByTestId('import-transcripts'), { target: { files: [file('acme.vtt'), file('notes.txt')] } });

    const question = await screen.findByRole('group', { name: /Which speaker is you\? acme\.vtt/ });
    expect(within(question).getAllByRole('radio').map((radio) => radio.parentElement?.textContent)).toEqual(['Dana Whitfield', 'Sam Rivera', "None of these (someone else's call)"]);
    expect((within(question).getByRole('radio', { name: 'Sam Rivera' }) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByRole('alert').textContent).toBe('notes.txt not imported: no "Speaker: text" lines found');
    expect(importTranscript).not.toHaveBeenCalled();

    fireEvent.click(within(question).getByRole('radio', { name: 'Dana Whitfield' }));
    fireEvent.click(screen.getByTestId('import-confirm'));
    const results = await screen.findByTestId('import-results');
    expect(importTranscript).toHaveBeenCalledTimes(1);
    expect(importTranscript).toHaveBeenCalledWith(expect.any(File), { repSpeaker: 'Dana Whitfield', coachingThemes: true });
    expect(screen.getByRole('link', { name: 'acme' }).getAttribute('href')).toBe('#/call/imp-1');
    expect(results.textContent).toContain('notes.txt');
  });

  it('warns when no speaker is the rep, and keeps the calls out of Coaching Themes when unticked', async () => {
    const readTranscriptSpeakers = vi.fn().mockResolvedValue({ fileName: 'theirs.vtt', ok: true, speakers: ['Ana', 'Ben'], suggestedRep: null });
    const importTranscript = vi.fn().mockResolvedValue({ fileName: 'theirs.vtt', ok: true, callId: 'imp-2', title: 'theirs', noRepLine: true });
    render(<DataPage actions={actions({ readTranscriptSpeakers, importTranscript })} callCount={0} />);
    fireEvent.change(screen.getByTestId('import-transcripts'), { target: { files: [file('theirs.vtt')] } });
    expect((await screen.findByTestId('import-no-rep-warning')).textContent).toContain('talk share reads 0 %');
    expect(screen.getByText(/Imported calls feed Coaching Themes/)).toBeTruthy();
    fireEvent.click(screen.getByTestId('import-coaching-themes'));
    fireEvent.click(screen.getByTestId('import-confirm'));
    expect((await screen.findByTestId('import-results')).textContent).toContain('No line in it is yours');
    expect(importTranscript).toHaveBeenCalledWith(expect.any(File), { repSpeaker: null, coachingThemes: false });
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
