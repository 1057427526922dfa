// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleAnalysis, sampleCallListItem, sampleDebrief, sampleNudge, sampleTranscript } from '../../test-fixtures/sample-call';
import { CallDetail, type CallDetailModel } from './CallDetail';

beforeAll(() => {
  Element.prototype.scrollIntoView = vi.fn();
});
afterEach(cleanup);

function detail(overrides: Partial<CallDetailModel> = {}): CallDetailModel {
  return {
    call: sampleCallListItem(),
    analysis: sampleAnalysis({ firstPitchSec: 492 }),
    utterances: sampleTranscript(),
    nudges: [sampleNudge({ id: 'n1', kind: 'early-pitch', atSec: 495, title: 'Too early to pitch' })],
    debrief: sampleDebrief(),
    ...overrides,
  };
}

describe('CallDetail', () => {
  it('labels every transcript line; only a line another tier than the fast classifier labelled carries a tag, the tooltip always says', () => {
    render(<CallDetail detail={detail()} talkShareMax={0.4} pitchWindowSec={900} onDelete={vi.fn()} onCoachingThemes={vi.fn()} />);
    const lines = screen.getByTestId('transcript').querySelectorAll('[data-utterance-id]');
    expect(lines).toHaveLength(10);
    const implication = screen.getByTestId('transcript').querySelector('[data-utterance-id="u7"]') as HTMLElement;
    expect(implication.dataset.label).toBe('implication');
    expect(implication.dataset.tier).toBe('model');
    expect(implication.textContent).toContain('Implicationmodel');
    const budget = screen.getByTestId('transcript').querySelector('[data-utterance-id="u10"]') as HTMLElement;
    expect(budget.textContent).toContain('Budget objection');
    expect(budget.querySelector('[title]')?.getAttribute('title')).toBe('Labelled by the fast classifier, confidence 80%');
    expect(budget.querySelector('.label-tier')).toBeNull();
    expect(screen.getByTestId('transcript').querySelectorAll('.label-tier').length).toBe(screen.getByTestId('transcript').querySelectorAll('[data-tier="model"]').length);
  });

  it('shows the figures, nudges and debrief', () => {
    render(<CallDetail detail={detail()} talkShareMax={0.4} pitchWindowSec={900} onDelete={vi.fn()} onCoachingThemes={vi.fn()} />);
    expect(screen.getByTestId('call-stats').textContent).toContain('38%');
    expect(screen.getByTestId('call-stats').querySelector('[data-item="impact"]')?.getAttribute('data-done')).toBe('false');
    expect(screen.getByTestId('call-nudges').textContent).toContain('Too early to pitch');
    expect(screen.getByTestId('call-timeline').textContent).toContain('first pitch at 8:12');
    expect(screen.getByTestId('debrief')).toBeTruthy();
  });

  it('puts the debrief first, before the timeline and the transcript', () => {
    render(<CallDetail detail={detail()} talkShareMax={0.4} pitchWindowSec={900} onDelete={vi.fn()} onCoachingThemes={vi.fn()} />);
    const debrief = screen.getByTestId('debrief');
    for (const later of [screen.getByTestId('call-timeline'), screen.getByTestId('transcript')]) {
      expect(debrief.compareDocumentPosition(later) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    }
  });

  it('lists each nudge by its one line, not its full text', () => {
    const objection = sampleNudge({
      id: 'n2',
      kind: 'objection',
      atSec: 600,
      title: 'Budget objection: use AECR',
      say: 'What budget did you set aside for this?',
      message: 'Acknowledge: "Fair." Empathize: "Makes sense." Clarify: "Compared to what?" Reframe: "Cost of doing nothing."',
    });
    render(<CallDetail detail={detail({ nudges: [objection] })} talkShareMax={0.4} pitchWindowSec={900} onDelete={vi.fn()} onCoachingThemes={vi.fn()} />);
    const listed = screen.getByTestId('call-nudges').querySelector('li')!;
    expect(listed.textContent).toBe('10:00Budget objection: use AECR · What budget did you set aside for this?');
    expect(listed.textContent).not.toContain('Acknowledge');
  });

  it('jumps from a debrief timestamp to the transcript line', () => {
    render(<CallDetail detail={detail()} talkShareMax={0.4} pitchWindowSec={900} onDelete={vi.fn()} onCoachingThemes={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Go to 8:12 in the transcript' }));
    const line = screen.getByTestId('transcript').querySelector('[data-utterance-id="u9"]');
    expect(line?.className).toContain('transcript-highlight');
    expect(Element.prototype.scrollIntoView).toHaveBeenCalled();
  });

  it('deletes only after confirmation and reports a failure', async () => {
    const onDelete = vi.fn().mockRejectedValue(new Error('database is locked'));
    render(<CallDetail detail={detail()} talkShareMax={0.4} pitchWindowSec={900} onDelete={onDelete} onCoachingThemes={vi.fn()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Delete call' }));
    expect(onDelete).not.toHaveBeenCalled();
    expect(screen.getByRole('alertdialog').textContent).toContain('cannot be undone');
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('alertdialog')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Delete call' }));
    fireEvent.click(screen.getAllByRole('button', { name: 'Delete call' })[0] as HTMLElement);
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Could not delete: database is locked'));
    expect(onDelete).toHaveBeenCalledTimes(1);
  });

  it('puts a finished call in or out of Coaching Themes', async () => {
    const onCoachingThemes = vi.fn().mockResolvedValue(undefined);
    render(<CallDetail detail={detail()} talkShareMax={0.4} pitchWindowSec={900} onDelete={vi.fn()} onCoachingThemes={onCoachingThemes} />);
    const choice = screen.getByRole('checkbox', { name: 'Use this call in Coaching Themes' }) as HTMLInputElement;
    expect(choice.checked).toBe(true);
    fireEvent.click(choice);
    await waitFor(() => expect(onCoachingThemes).toHaveBeenCalledWith(false));
  });

  it('renders caption text as text', () => {
    const hostile = sampleTranscript();
    hostile[1] = { ...hostile[1]!, text: '<img src=x onerror=alert(1)><script>bad()</script>' };
    render(<CallDetail detail={detail({ utterances: hostile })} talkShareMax={0.4} pitchWindowSec={900} onDelete={vi.fn()} onCoachingThemes={vi.fn()} />);
    const transcript = screen.getByTestId('transcript');
    expect(transcript.querySelector('img, script')).toBeNull();
    expect(transcript.textContent).toContain('<script>bad()</script>');
  });
});
