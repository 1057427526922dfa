// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleDebrief } from '../test-fixtures/sample-call';
import { DebriefView } from './DebriefView';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('DebriefView', () => {
  it('shows strengths and opportunities with their timestamps', () => {
    render(<DebriefView debrief={sampleDebrief()} />);
    const debrief = screen.getByTestId('debrief');
    expect([...debrief.querySelectorAll('time')].map((time) => time.textContent)).toEqual(['2:05', '6:50', '8:12']);
    expect(debrief.querySelector('strong')?.textContent).toBe('upfront contract');
    expect(debrief.textContent).toContain('Try instead');
    expect(debrief.textContent).toContain('Ask two implication questions before any pitch');
  });

  it('leads timestamps to the transcript when it can seek', () => {
    const onSeek = vi.fn();
    render(<DebriefView debrief={sampleDebrief()} onSeek={onSeek} />);
    fireEvent.click(screen.getByRole('button', { name: 'Go to 8:12 in the transcript' }));
    expect(onSeek).toHaveBeenCalledWith(492);
  });

  it('copies the markdown and says so', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    render(<DebriefView debrief={sampleDebrief()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as markdown' }));
    expect(await screen.findByText('Copied')).toBeTruthy();
    expect(writeText).toHaveBeenCalledWith(sampleDebrief().markdown);
  });

  it('explains when the clipboard is not available', async () => {
    vi.stubGlobal('navigator', { clipboard: { writeText: vi.fn().mockRejectedValue(new Error('denied')) } });
    render(<DebriefView debrief={sampleDebrief()} />);
    fireEvent.click(screen.getByRole('button', { name: 'Copy as markdown' }));
    expect(await screen.findByText(/Could not reach the clipboard/)).toBeTruthy();
  });

  it('renders quoted caption text as text: no HTML, no links, no images', () => {
    const hostile = 'Dana: <script>alert(1)</script> see [this](https://evil.example) ![x](https://evil.example/p.png) <b>bold</b>';
    render(<DebriefView debrief={sampleDebrief({ wentWell: [{ atSec: 1, text: hostile, evidence: [] }] })} />);
    const debrief = screen.getByTestId('debrief');
    expect(debrief.querySelector('script, a, img, b')).toBeNull();
    expect(debrief.textContent).toContain('see this');
    expect(debrief.innerHTML).not.toContain('evil.example');
  });
});
