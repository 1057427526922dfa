// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { observe, type ObservedChanges } from './observe';
import { selectorRows } from './row-matcher';

const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function row(text: string): HTMLElement {
  const element = document.createElement('div');
  element.className = 'row';
  element.innerHTML = '<span class="text"></span>';
  element.querySelector('.text')!.textContent = text;
  return element;
}

function watch(root: HTMLElement, signal: AbortSignal, attributeFilter?: string[]) {
  const batches: ObservedChanges[] = [];
  observe(root, selectorRows('.row'), (changes) => batches.push(changes), { signal, attributeFilter });
  return batches;
}

let root: HTMLElement;

beforeEach(() => {
  document.body.replaceChildren();
  root = document.createElement('div');
  document.body.append(root);
});

describe('observe', () => {
  it('reports the matches already there, then one batch per task with added and changed matches', async () => {
    const first = row('one');
    root.append(first);
    const batches = watch(root, new AbortController().signal);
    expect(batches).toEqual([{ touched: [first], removed: [] }]);

    const second = row('two');
    root.append(second);
    first.querySelector('.text')!.textContent = 'one, rewritten';
    first.querySelector('.text')!.textContent = 'one, rewritten again';
    await tick();
    expect(batches).toHaveLength(2);
    expect(new Set(batches[1]!.touched)).toEqual(new Set([first, second]));
  });

  it('finds matches inside added subtrees and reports removed ones; a moved match is touched, not removed', async () => {
    const kept = row('kept');
    const gone = row('gone');
    root.append(kept, gone);
    const batches = watch(root, new AbortController().signal);
    const wrapper = document.createElement('div');
    const nested = row('nested');
    wrapper.append(nested);
    root.append(wrapper);
    gone.remove();
    root.prepend(kept);
    await tick();
    const last = batches.at(-1)!;
    expect(new Set(last.touched)).toEqual(new Set([nested, kept]));
    expect(last.removed).toEqual([gone]);
  });

  it('reports watched attribute changes only when asked to', async () => {
    const target = row('hidden soon');
    root.append(target);
    const withAttributes = watch(root, new AbortController().signal, ['style']);
    const without = watch(root, new AbortController().signal);
    target.style.display = 'none';
    await tick();
    expect(withAttributes).toHaveLength(2);
    expect(without).toHaveLength(1);
  });

  it('stops when the signal aborts, and never starts on an aborted signal', async () => {
    const stop = new AbortController();
    const batches = watch(root, stop.signal);
    stop.abort();
    root.append(row('late'));
    await tick();
    expect(batches).toHaveLength(1);
    expect(watch(root, stop.signal)).toEqual([]);
  });
});
