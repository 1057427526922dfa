// @vitest-environment jsdom
// The replay renderers must write exactly the caption DOM of docs/platforms.md, since the adapters
// are tested against them.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CallScript } from '../../lib/call-script/call-script';
import { createCallReplay } from './replay-driver';

const script: CallScript = {
  id: 'renderer-test',
  title: 'Renderer test',
  repName: 'Jordan Ellis',
  buyers: [{ name: 'Priya Shah' }, { name: 'Marcus Lee' }],
  lines: [
    { atSec: 0, speaker: 'rep', text: 'How do your dispatchers plan the day right now, and who decides?' },
    { atSec: 5, speaker: 'Priya Shah', text: 'A spreadsheet and a whiteboard in the dispatch room, every single morning.' },
    { atSec: 10, speaker: 'Marcus Lee', text: 'And I sign off on anything over fifty thousand.' },
    { atSec: 15, speaker: 'rep', text: 'Thanks.' },
    { atSec: 20, speaker: 'Priya Shah', text: 'Sure.' },
  ],
};

async function playAll(platform: 'meet' | 'teams' | 'zoom', options = {}) {
  const replay = createCallReplay(document, platform, script, { speed: 10, endCall: false, captionsLeadInMs: 0, ...options });
  await vi.advanceTimersByTimeAsync(4_000);
  await replay.done;
}

beforeEach(() => {
  document.body.replaceChildren();
  vi.useFakeTimers({ now: 1_750_000_000_000 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('Meet renderer', () => {
  it('writes blocks with speaker and text into the captions region, before its spacer and button', async () => {
    await playAll('meet');
    const region = document.querySelector('div[role="region"][tabindex="0"][aria-label="Captions"]')!;
    const blocks = [...region.querySelectorAll('.nMcdL')].filter((block) => block.querySelector('span.NWpY1d'));
    expect(blocks.map((block) => block.querySelector('.KcIKyf span.NWpY1d')?.textContent)).toEqual([
      'You',
      'Priya Shah',
      'Marcus Lee',
      'You',
      'Priya Shah',
    ]);
    expect(blocks.map((block) => block.querySelector('.ygicle')?.textContent)).toEqual(script.lines.map((line) => line.text));
    expect(region.lastElementChild?.tagName).toBe('BUTTON');
    expect(region.lastElementChild?.previousElementSibling?.classList.contains('nMcdL')).toBe(false);
    expect(region.querySelector('.nMcdL:not(:has(.NWpY1d))')?.textContent).toBe('Priya Shah joined');
  });

  it('replaces the region and re-renders recent history when asked to re-create it', async () => {
    createCallReplay(document, 'meet', script, { speed: 10, endCall: false, captionsLeadInMs: 0, recreateContainerEverySec: 12 });
    await vi.advanceTimersByTimeAsync(1_000);
    const first = document.querySelector('[role="region"]');
    await vi.advanceTimersByTimeAsync(500);
    const second = document.querySelector('[role="region"]');
    expect(second).not.toBe(first);
    expect(first?.isConnected).toBe(false);
    expect(second?.querySelectorAll('.NWpY1d').length).toBeGreaterThanOrEqual(3);
  });
});

describe('Teams renderer', () => {
  it('writes rows into the wrapper chain with author and text', async () => {
    await playAll('teams');
    const list = document.querySelector(
      '[data-tid="closed-caption-renderer-wrapper"] > [data-tid="closed-caption-v2-window-wrapper"] > [data-tid="closed-caption-v2-virtual-list-content"]',
    )!;
    const rows = [...list.querySelectorAll('.fui-ChatMessageCompact')].filter((row) => row.querySelector('[data-tid="author"]'));
    expect(rows.map((row) => row.querySelector('[data-tid="author"]')?.textContent)).toEqual([
      'You',
      'Priya Shah',
      'Marcus Lee',
      'You',
      'Priya Shah',
    ]);
    expect(rows.map((row) => row.querySelector('[data-tid="closed-caption-text"]')?.textContent)).toEqual(
      script.lines.map((line) => line.text),
    );
  });

  it('shows buyers as "Unknown user" first when rows churn, and renames them', async () => {
    createCallReplay(document, 'teams', script, { speed: 10, endCall: false, captionsLeadInMs: 0, rowChurn: 5 });
    await vi.advanceTimersByTimeAsync(600);
    const authors = () => [...document.querySelectorAll('[data-tid="author"]')].map((author) => author.textContent);
    expect(authors()).toContain('Unknown user');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(authors()).not.toContain('Unknown user');
  });
});

describe('Zoom renderer', () => {
  it('writes rows with duplicate ids, avatars and a rolling window of text, and hides idle rows', async () => {
    await playAll('zoom', { rollingWindowWords: 5 });
    const rows = [...document.querySelectorAll('.live-transcription-subtitle__box .live-transcription-subtitle__content > div')];
    expect(rows.every((row) => row.id === 'live-transcription-subtitle')).toBe(true);
    for (const row of rows) {
      const words = row.querySelector('span.live-transcription-subtitle__item')?.textContent?.split(' ') ?? [];
      expect(words.length).toBeLessThanOrEqual(5);
    }
    const icons = rows.map((row) => row.querySelector('.zmu-data-selector-item__icon'));
    expect(icons.some((icon) => icon?.textContent === 'JE')).toBe(true);
    expect(icons.some((icon) => icon?.querySelector('img')?.getAttribute('alt') === 'Marcus Lee')).toBe(true);
    expect(rows.some((row) => (row as HTMLElement).style.display === 'none')).toBe(true);
    expect(document.querySelector('.video-avatar__avatar-footer')?.textContent).toBe('Priya Shah');
  });
});
