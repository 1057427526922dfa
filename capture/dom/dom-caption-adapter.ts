// Builds a CaptionAdapter from a platform's DomCaptionSpec. While no call runs the adapter only polls the in-call
// marker once a second with querySelector (no MutationObserver anywhere); a call gets a CallWatcher; when the
// marker goes, open lines are flushed as final, then 'ended' is reported and polling resumes.
import { createSelfLabelMatcher } from '../../lib/capture/speaker-labels';
import type { CallState, CaptionAdapter, CaptionSink } from '../caption-adapter';
import { holdsCaptions } from '../../platforms/registry';
import type { PlatformDefinition } from '../../platforms/platform-definition';
import type { Platform } from '../../lib/types';
import type { DomCaptionSpec } from './caption-spec';
import { watchCall, type CallWatcher } from './call-watcher';
import { anyProbeMatches } from './presence';

/** How often the in-call marker (and, during a call, the caption container) is checked. */
export const PRESENCE_POLL_MS = 1_000;

/** A sink whose methods never throw into the adapter: a failing consumer must not stop caption reading. */
function shieldedSink(sink: CaptionSink): Required<CaptionSink> {
  const warn = (message: string) => {
    try {
      sink.warn?.(message);
    } catch {
      // Nothing left to tell: the consumer's own warning channel failed.
    }
  };
  const shield =
    <T>(deliver: (value: T) => void, what: string) =>
    (value: T) => {
      try {
        deliver(value);
      } catch (error) {
        warn(`caption sink failed on ${what}: ${error instanceof Error ? error.message : String(error)}`);
      }
    };
  return {
    revision: shield((revision) => sink.revision(revision), 'a revision'),
    callState: shield((state) => sink.callState(state), 'a call state'),
    captureStatus: shield((status) => sink.captureStatus?.(status), 'a capture status'),
    warn,
  };
}

/** What a platform's definition tells the DOM reader: its id, frame, selector table (with its date) and "You" labels. */
export function captionSpecOf(
  definition: PlatformDefinition<Platform>,
): Pick<DomCaptionSpec, 'platform' | 'selectors' | 'selectorsCheckedOn' | 'selfLabels' | 'matchesFrame'> {
  return {
    platform: definition.id,
    selectors: definition.captions.selectors,
    selectorsCheckedOn: definition.captions.checkedOn,
    selfLabels: definition.selfLabels,
    matchesFrame: (location, isTopFrame) => holdsCaptions(definition, location, isTopFrame),
  };
}

export function createDomCaptionAdapter(spec: DomCaptionSpec): CaptionAdapter {
  return {
    platform: spec.platform,
    matchesFrame: (location, isTopFrame) => spec.matchesFrame(location, isTopFrame),
    start(document, sink, signal, options = {}) {
      if (signal.aborted) return;
      const safeSink = shieldedSink(sink);
      const now = options.now ?? (() => Date.now());
      const isSelf = createSelfLabelMatcher(options.extraSelfLabels, spec.selfLabels);
      let state: CallState | null = null;
      const setState = (next: CallState) => {
        if (next === state) return;
        state = next;
        safeSink.callState(next);
      };
      let call: CallWatcher | null = null;
      let pollTimer: ReturnType<typeof setTimeout> | undefined;

      /** Asked once a second, and at once when the caption container's parent changes (it may be the call ending). */
      const check = () => {
        if (signal.aborted) return;
        try {
          const inCall = anyProbeMatches(document, spec.selectors.inCall);
          if (inCall && !call) {
            const knownNames = options.extraSelfLabels ?? [];
            call = watchCall({ document, spec, sink: safeSink, now, isSelf, knownNames, setState, recheck: check });
          } else if (inCall && call) {
            call.checkContainer();
          } else if (!inCall && call) {
            call.end();
            call = null;
            setState('ended');
          }
        } catch (error) {
          safeSink.warn(`${spec.platform}: presence check failed: ${error instanceof Error ? error.message : error}`);
        }
      };
      const poll = () => {
        check();
        pollTimer = setTimeout(poll, PRESENCE_POLL_MS);
      };

      setState('idle');
      poll();
      signal.addEventListener(
        'abort',
        () => {
          clearTimeout(pollTimer);
          call?.end();
          call = null;
        },
        { once: true },
      );
    },
  };
}
