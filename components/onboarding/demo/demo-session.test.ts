// @vitest-environment jsdom
// The demo end to end in a page: the smoke call plays into the mock Meet DOM, the real Meet adapter reads it, the
// live loop coaches it, and the debrief arrives when the call ends; pause holds the call where it is.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import smokeJson from '../../../seeds/calls/short-smoke.json';
import { parseCallScript } from '../../../lib/call-script/call-script';
import { defaultClassifier } from '../../../lib/classifier';
import { DEFAULT_USER_SETTINGS } from '../../../store/user-settings';
import { startDemoSession, type DemoSession } from './demo-session';

const smoke = parseCallScript(smokeJson);
const captionTexts = () => [...document.querySelectorAll('.nMcdL:has(.NWpY1d) .ygicle')].map((element) => element.textContent);

let session: DemoSession | undefined;

beforeEach(() => {
  document.body.replaceChildren();
  const stage = document.createElement('div');
  stage.setAttribute('data-replay-stage', '');
  document.body.append(stage);
  vi.useFakeTimers({ now: 1_750_000_000_000 });
});

afterEach(() => {
  session?.stop();
  vi.useRealTimers();
});

const start = (speed: number) =>
  (session = startDemoSession({ document, script: smoke, classifier: defaultClassifier(), settings: DEFAULT_USER_SETTINGS, speed, log: () => {} }));

describe('demo session', () => {
  it('coaches the whole call live and writes the debrief when the call ends', async () => {
    const { state, live } = start(30);
    expect(document.querySelector('[data-replay-stage] button[aria-label="Leave call"]')).not.toBeNull();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(live.getState().status).toBe('live');
    expect(captionTexts().length).toBeGreaterThan(0);

    await vi.advanceTimersByTimeAsync((state.getState().totalMs / 30) + 5_000);
    expect(state.getState().phase).toBe('ended');
    expect(live.getState().status).toBe('ended');
    expect(live.getState().analysis?.repTalkSec).toBeGreaterThan(0);
    const debrief = state.getState().debrief;
    expect(debrief).not.toBeNull();
    expect(debrief!.markdown).toMatch(/\d:\d\d/);
  });

  it('holds the call while paused and plays on after resume, at the new speed', async () => {
    const { state } = start(30);
    await vi.advanceTimersByTimeAsync(4_000);
    session!.pause();
    expect(state.getState().phase).toBe('paused');
    const shown = captionTexts();
    const played = state.getState().playedMs;
    await vi.advanceTimersByTimeAsync(20_000);
    expect(captionTexts()).toEqual(shown);
    expect(state.getState().playedMs).toBe(played);

    session!.setSpeed(60);
    session!.resume();
    expect(state.getState()).toMatchObject({ phase: 'playing', speed: 60 });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(state.getState().playedMs).toBeGreaterThan(played + 60_000);
  });
});
