// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SettingsForm } from './SettingsForm';
import type { SettingsFormValues } from './settings-form-values';

afterEach(cleanup);

const defaults: SettingsFormValues = {
  repNames: [],
  talkShareMaxPercent: 40,
  monologueMaxSec: 90,
  earlyPitchMinute: 15,
  enabledNudges: {
    'talk-share': true,
    monologue: true,
    'early-pitch': true,
    implication: true,
    objection: true,
    checklist: true,
    'upfront-contract': true,
    'next-step': true,
  },
  platforms: { meet: true, teams: true, zoom: true },
};

describe('SettingsForm', () => {
  it('saves edited names, thresholds, nudges and platforms', async () => {
    const onSave = vi.fn().mockResolvedValue(undefined);
    render(<SettingsForm initial={defaults} defaults={defaults} onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Your names in captions'), { target: { value: 'Sam Rivera, Sam' } });
    fireEvent.change(screen.getByLabelText('Talk share line'), { target: { value: '35' } });
    fireEvent.click(screen.getByLabelText('Monologue'));
    fireEvent.click(screen.getByLabelText('Zoom'));
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Saved'));
    expect(onSave).toHaveBeenCalledWith({
      ...defaults,
      repNames: ['Sam Rivera', 'Sam'],
      talkShareMaxPercent: 35,
      enabledNudges: { ...defaults.enabledNudges, monologue: false },
      platforms: { meet: true, teams: true, zoom: false },
    });
  });

  it('shows what is wrong and does not save out-of-range values', () => {
    const onSave = vi.fn();
    render(<SettingsForm initial={defaults} defaults={defaults} onSave={onSave} />);
    fireEvent.change(screen.getByLabelText('Talk share line'), { target: { value: '5' } });
    fireEvent.change(screen.getByLabelText('Longest monologue'), { target: { value: '' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Talk share line').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toEqual(['Enter a value from 10 to 90 %.', 'Enter a number.']);
  });

  it('reports a failed save and resets to defaults', async () => {
    render(<SettingsForm initial={{ ...defaults, talkShareMaxPercent: 55 }} defaults={defaults} onSave={vi.fn().mockRejectedValue(new Error('quota exceeded'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Could not save: quota exceeded'));
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect((screen.getByLabelText('Talk share line') as HTMLInputElement).value).toBe('40');
  });
});
