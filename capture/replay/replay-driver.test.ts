// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import smokeJson from '../../seeds/calls/short-smoke.json';
import { parseCallScript } from '../../lib/call-script/call-script';
import { compileCaptionTimeline } from '../../lib/call-script/caption-timeline';
import { createCallReplay } from './replay-driver';

const smoke = parseCallScript(smokeJson);
const callMs = compileCaptionTimeline(smoke).durationMs;

const captionTexts = () => [...document.querySelectorAll('.nMcdL:has(.NWpY1d) .ygicle')].map((element) => element.textContent);

beforeEach(() => {
  document.body.replaceChildren();
  vi.useFakeTimers({ now: 1_750_000_000_000 });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('call replay driver', () => {
  it('puts the call chrome and captions on the page at once and the first caption after the lead-in', async () => {
    createCallReplay(document, 'meet', smoke, { speed: 60, captionsLeadInMs: 1_000 });
    expect(document.querySelector('button[aria-label="Leave call"]')).not.toBeNull();
    expect(document.querySelector('[role="region"][aria-label="Captions"]')).not.toBeNull();
    const firstCaptionMs = 1_000 + (smoke.lines[0]!.atSec * 1000) / 60;
    await vi.advanceTimersByTimeAsync(firstCaptionMs - 1);
    expect(captionTexts()).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(captionTexts()).toHaveLength(1);
  });

  it('plays the whole script compressed by speed, then ends the call', async () => {
    const replay = createCallReplay(document, 'meet', smoke, { speed: 60, captionsLeadInMs: 0 });
    let finished = false;
    void replay.done.then(() => {
      finished = true;
    });
    await vi.advanceTimersByTimeAsync(callMs / 60 - 100);
    expect(finished).toBe(false);
    expect(document.querySelector('button[aria-label="Leave call"]')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(finished).toBe(true);
    expect(document.querySelector('button[aria-label="Leave call"]')).toBeNull();
  });

  it('leaves the call running when endCall is false, with the last lines on screen', async () => {
    const replay = createCallReplay(document, 'meet', smoke, { speed: 60, endCall: false, captionsLeadInMs: 0 });
    await vi.advanceTimersByTimeAsync(callMs / 60 + 1_000);
    await replay.done;
    expect(document.querySelector('button[aria-label="Leave call"]')).not.toBeNull();
    expect(captionTexts().at(-1)).toBe(smoke.lines.at(-1)!.text);
  });

  it('stops where it is', async () => {
    const replay = createCallReplay(document, 'meet', smoke, { speed: 60, captionsLeadInMs: 0 });
    await vi.advanceTimersByTimeAsync(500);
    replay.stop();
    await replay.done;
    const shown = captionTexts();
    await vi.advanceTimersByTimeAsync(10_000);
    expect(captionTexts()).toEqual(shown);
    expect(document.querySelector('button[aria-label="Leave call"]')).not.toBeNull();
  });

  it('treats a missing or nonsensical speed as real time', async () => {
    createCallReplay(document, 'meet', smoke, { speed: -3, captionsLeadInMs: 0 });
    await vi.advanceTimersByTimeAsync(smoke.lines[1]!.atSec * 1000 - 100);
    expect(captionTexts()).toHaveLength(1);
  });
});
