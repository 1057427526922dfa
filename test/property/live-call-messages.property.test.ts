// Whatever the page's captions say — markup, bidi tricks, lone surrogates, lines far longer than a message may
// carry — every message the content script's live loop hands the outbox passes the background's validation, so no
// batch is ever dropped as malformed (which would lose every line in it). Driven by the real classifier and engine.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLiveCallStore } from '../../capture/live/live-call-store';
import { createLiveCall } from '../../capture/live/live-call';
import type { CaptureOutbox } from '../../capture/live/capture-outbox';
import { defaultClassifier } from '../../lib/classifier';
import { captureMessageSchema, MAX_CAPTION_CHARS } from '../../lib/messages';
import type { UtteranceRevision } from '../../lib/types';
import { captionText, hostileText } from './hostile-text';

const START = 1_800_000_000_000;

const step = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('revision' as const),
      line: fc.integer({ min: 0, max: 7 }),
      speaker: fc.oneof(fc.constantFrom('You', 'Priya Shah', 'Unknown user'), hostileText(4), fc.string({ minLength: 400, maxLength: 900 })),
      self: fc.boolean(),
      text: captionText(24_000),
      final: fc.boolean(),
      afterMs: fc.integer({ min: 0, max: 20_000 }),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tick' as const), afterMs: fc.integer({ min: 0, max: 90_000 }) }) },
);

export const LIVE_CALL_RUNS = 150;

describe('the live loop under hostile captions', () => {
  it(`hands the outbox only messages the background accepts (${LIVE_CALL_RUNS} calls)`, () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        let now = START;
        let seq = 0;
        const problems: string[] = [];
        const check = (message: unknown) => {
          const parsed = captureMessageSchema.safeParse({ ...(message as object), seq: seq++ });
          if (!parsed.success) problems.push(`${(message as { type: string }).type}: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`);
        };
        const outbox: CaptureOutbox = {
          send: check,
          putUtterance: (callId, utterance) => check({ type: 'utterances', callId, items: [utterance] }),
          flush: () => {},
          pendingCount: () => 0,
          close: () => {},
        };
        const live = createLiveCallStore();
        const call = createLiveCall({
          platform: 'meet',
          outbox,
          live,
          classifier: defaultClassifier(),
          repNames: () => ['Jordan Ellis'],
          settings: () => ({}),
          now: () => now,
          newCallId: () => 'call-1',
          title: () => 'Meet - abc',
        });
        const startedAt = new Map<number, number>();
        for (const next of steps) {
          now += next.afterMs;
          if (next.kind === 'tick') {
            call.tick();
            continue;
          }
          if (!startedAt.has(next.line)) startedAt.set(next.line, now);
          const revision: UtteranceRevision = { id: `line-${next.line}`, speaker: next.speaker, self: next.self, text: next.text, startedAt: startedAt.get(next.line)!, updatedAt: now, final: next.final };
          call.revision(revision);
          const shown = live.getState();
          for (const text of [shown.nudge?.message, ...(shown.analysis?.objections.map((objection) => objection.text) ?? [])]) {
            if (text !== undefined) expect(text.length).toBeLessThanOrEqual(MAX_CAPTION_CHARS);
          }
        }
        call.callState('ended');
        expect(problems).toEqual([]);
      }),
      { numRuns: LIVE_CALL_RUNS },
    );
  });
});
