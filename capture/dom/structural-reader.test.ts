// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { discoverCaptions, type CaptionStructure } from './structural-reader';

const flush = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A caption list whose rows (class names gone) hold a speaker and a text, beside a chat log whose rows look alike. */
function page() {
  document.body.innerHTML = '<div id="chat" role="log" aria-live="polite"></div><div><div id="captions"></div></div>';
  const chat = document.getElementById('chat')!;
  const captions = document.getElementById('captions')!;
  const row = (parent: HTMLElement, speaker: string, text: string) => {
    const element = document.createElement('div');
    element.innerHTML = '<div><span></span></div><div></div>';
    element.querySelector('span')!.textContent = speaker;
    (element.lastElementChild as HTMLElement).textContent = text;
    parent.append(element);
    return element.lastElementChild as HTMLElement;
  };
  return { chat, captions, row };
}

let stop: (() => void) | null = null;
beforeEach(() => document.body.replaceChildren());
afterEach(() => stop?.());

describe('discoverCaptions', () => {
  it('finds the caption rows from two lines rewriting themselves, and reads speaker and text by structure', async () => {
    const { chat, captions, row } = page();
    const found: CaptionStructure[] = [];
    const discovery = discoverCaptions(document, { now: () => 42, onFound: (structure) => found.push(structure) });
    stop = discovery.stop;
    const first = row(captions, 'Priya Shah', 'We route');
    await flush();
    first.textContent = 'We route jobs by hand';
    await flush();
    expect(found).toEqual([]);
    expect(discovery.lastGrowthAt()).toBe(42);
    const second = row(captions, 'You', 'How many');
    await flush();
    second.textContent = 'How many dispatchers do';
    await flush();
    expect(found).toHaveLength(1);
    const [structure] = found;
    expect(structure!.list).toBe(captions);
    const rows = [...captions.children];
    expect(rows.map((element) => structure!.parts.speakerOf(element)?.textContent)).toEqual(['Priya Shah', 'You']);
    expect(rows.map((element) => structure!.parts.textOf(element)?.textContent)).toEqual(['We route jobs by hand', 'How many dispatchers do']);
    expect(chat.children).toHaveLength(0);
  });

  it('never takes a chat log or a toast for captions: their messages arrive whole', async () => {
    const { chat, row } = page();
    const found: CaptionStructure[] = [];
    const discovery = discoverCaptions(document, { now: () => 1, onFound: (structure) => found.push(structure) });
    stop = discovery.stop;
    for (let i = 0; i < 6; i++) {
      row(chat, 'Dana Whitfield', `message ${i} about the agenda`);
      await flush();
    }
    const toast = document.createElement('div');
    toast.setAttribute('role', 'status');
    document.body.append(toast);
    for (const text of ['You are muted', '', 'You are muted', 'You are unmuted']) {
      toast.textContent = text;
      await flush();
    }
    expect(found).toEqual([]);
    expect(discovery.lastGrowthAt()).toBeNull();
  });
});
