import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLiveCallStore } from './live-call-store';
import { scriptedClassifier } from '../../lib/engine/scripted-call';
import type { CaptureMessage, CapturedUtterance } from '../../lib/messages';
import type { RefineReply } from '../../lib/model-tier/messages';
import type { UtteranceRevision } from '../../lib/types';
import type { CaptureOutbox } from './capture-outbox';
import { createLiveCall } from './live-call';

const START = 1_800_000_000_000;

function recordingOutbox() {
  const sent: Array<Record<string, unknown>> = [];
  const lines: CapturedUtterance[] = [];
  const outbox: CaptureOutbox = {
    send: (message) => sent.push(message),
    putUtterance: (_callId, utterance) => lines.push(utterance),
    flush: () => {},
    pendingCount: () => 0,
    close: () => {},
  };
  return { outbox, sent, lines, types: () => sent.map((message) => (message as CaptureMessage).type) };
}

function revision(id: string, text: string, atMs: number, overrides: Partial<UtteranceRevision> = {}): UtteranceRevision {
  return { id, speaker: 'You', self: true, text, startedAt: START + atMs, updatedAt: START + atMs + 800, final: false, ...overrides };
}

function liveCallWith(refine?: (lines: unknown[]) => Promise<RefineReply>) {
  let now = START;
  const recorder = recordingOutbox();
  const live = createLiveCallStore();
  const call = createLiveCall({
    platform: 'meet',
    outbox: recorder.outbox,
    live,
    classifier: scriptedClassifier(),
    repNames: () => ['Alex'],
    settings: () => ({}),
    now: () => now,
    newCallId: () => 'call-1',
    title: () => 'Meet - abc',
    refine,
  });
  return { call, live, recorder, advance: (ms: number) => (now += ms) };
}

describe('live call loop', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts a call on the first caption, labels and forwards each revision, and ends it when the rep leaves', () => {
    const { call, live, recorder, advance } = liveCallWith();
    call.callState('captions-off');
    expect(live.getState().status).toBe('captions-off');
    expect(recorder.sent).toEqual([]);

    advance(2_000);
    call.revision(revision('a', 'How do you', 1_000));
    call.revision(revision('a', 'How do you route tickets today?', 1_000));
    call.revision(revision('blank', '   ', 1_500));
    expect(recorder.types()).toEqual(['call-started']);
    expect(recorder.lines.map((line) => [line.id, line.revision, line.role])).toEqual([
      ['a', 1, 'rep'],
      ['a', 2, 'rep'],
    ]);
    expect(live.getState()).toMatchObject({ status: 'live', callId: 'call-1' });
    expect(live.getState().analysis?.repTalkSec).toBeGreaterThan(0);

    call.callState('ended');
    expect(recorder.types()).toEqual(['call-started', 'call-ended']);
    expect(live.getState().status).toBe('ended');
  });

  it('stores the model tier’s label on the line and marks it as the model’s', async () => {
    const refine = vi.fn(async (lines: unknown[]) => ({
      ok: true as const,
      engineMs: 3,
      labels: (lines as Array<{ utteranceId: string }>).map(({ utteranceId }) => ({
        utteranceId,
        label: { role: 'rep' as const, act: 'implication' as const, confidence: 0.93, tier: 'model' as const },
      })),
    }));
    const { call, recorder } = liveCallWith(refine);
    call.revision(revision('q', 'And when that slips what happens to the retail accounts', 1_000, { final: true }));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(refine).toHaveBeenCalled();
    const latest = recorder.lines.filter((line) => line.id === 'q').at(-1);
    expect(latest?.label).toMatchObject({ act: 'implication', tier: 'model' });
    expect(latest?.revision).toBe(2);
  });

  it('unload ends the running call once and stores its end', () => {
    const { call, recorder } = liveCallWith();
    call.revision(revision('a', 'Thanks for joining', 0));
    call.unload();
    call.unload();
    expect(recorder.sent.filter((message) => message.type === 'call-ended')).toEqual([expect.objectContaining({ reason: 'unload', callId: 'call-1' })]);
  });

  it('the rep’s call type goes to the session, the store and the shown nudge at once', () => {
    const { call, live, recorder } = liveCallWith();
    call.setCallType('pricing');
    expect(recorder.sent).toEqual([]);

    call.revision(revision('a', 'Thanks for joining', 0));
    call.setCallType('pricing');
    expect(recorder.sent.at(-1)).toEqual({ type: 'call-type', callId: 'call-1', callType: 'pricing' });
    expect(live.getState().analysis).toMatchObject({ callType: 'pricing', callTypeSource: 'rep' });
  });
});
