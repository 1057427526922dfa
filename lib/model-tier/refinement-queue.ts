// The content script's side of live refinement, for one call. Lines go in as the fast classifier labels them;
// model labels come out through `onLabel`, late and only when still current. Throughput discipline:
//  - one request in flight at a time (the home also runs one job at a time), a few lines per request;
//  - bounded: when full, the oldest non-final line is dropped (a later revision will come), never a final one
//    while a non-final one can go instead;
//  - a new revision of a line replaces its queued older revision, and makes an in-flight answer for the older
//    revision stale (dropped on arrival);
//  - `endCall()` cancels everything, including the answer in flight;
//  - when the tier is off or cannot run (no WebGPU, load failed, device lost), the queue stops for the call and
//    the fast labels stand; while the model loads, it waits and retries.
import type { Role, UtteranceLabel } from '../types';
import type { RefineLine, RefineReply } from './messages';
import type { RefinementSettings } from './model-tier-settings';
import { shouldRefine } from './line-selection';

/** A captured line as the content script sends it to the store (a CapturedUtterance fits). */
export interface OfferedLine {
  id: string;
  role: Role;
  text: string;
  final: boolean;
  revision: number;
  label: UtteranceLabel;
}

export type QueueState = 'running' | 'waiting-for-model' | 'stopped' | 'ended';

export interface RefinementStats {
  state: QueueState;
  queued: number;
  inFlight: number;
  refined: number;
  dropped: number;
  stale: number;
}

export interface RefinementQueueOptions {
  settings: RefinementSettings;
  /** Sends lines to the model home; must not throw (a thrown error counts as a failed request). */
  refine(lines: RefineLine[]): Promise<RefineReply>;
  /** A model label for a line whose latest revision is the one refined. */
  onLabel(utteranceId: string, label: UtteranceLabel): void;
  /** Why the queue stopped for this call, for a log line or the overlay. */
  onStopped?(message: string): void;
  setTimer?(run: () => void, ms: number): () => void;
}

export interface RefinementQueue {
  offer(line: OfferedLine): void;
  endCall(): void;
  stats(): RefinementStats;
}

interface QueuedLine {
  line: RefineLine;
  revision: number;
  final: boolean;
}

const defaultSetTimer = (run: () => void, ms: number) => {
  const handle = setTimeout(run, ms);
  return () => clearTimeout(handle);
};

export function createRefinementQueue(options: RefinementQueueOptions): RefinementQueue {
  const { settings } = options;
  const setTimer = options.setTimer ?? defaultSetTimer;
  const latestRevision = new Map<string, number>();
  let queue: QueuedLine[] = [];
  let inFlight: QueuedLine[] = [];
  let state: QueueState = 'running';
  let cancelRetry: (() => void) | null = null;
  const counts = { refined: 0, dropped: 0, stale: 0 };

  const isCurrent = (item: QueuedLine) => latestRevision.get(item.line.utteranceId) === item.revision;

  const makeRoom = (incoming: QueuedLine): boolean => {
    if (queue.length < settings.queueCapacity) return true;
    const oldestLive = queue.findIndex((item) => !item.final);
    if (oldestLive >= 0) {
      queue.splice(oldestLive, 1);
    } else if (!incoming.final) {
      counts.dropped++;
      return false;
    } else {
      queue.shift();
    }
    counts.dropped++;
    return true;
  };

  const stop = (next: 'stopped' | 'ended', message?: string) => {
    state = next;
    counts.dropped += queue.length;
    queue = [];
    cancelRetry?.();
    cancelRetry = null;
    if (message !== undefined) options.onStopped?.(message);
  };

  const deliver = (sent: QueuedLine[], reply: Extract<RefineReply, { ok: true }>) => {
    const byId = new Map(sent.map((item) => [item.line.utteranceId, item]));
    for (const { utteranceId, label } of reply.labels) {
      const item = byId.get(utteranceId);
      if (!item || !label || label.role !== item.line.role) continue;
      if (!isCurrent(item)) {
        counts.stale++;
        continue;
      }
      counts.refined++;
      options.onLabel(utteranceId, label);
    }
  };

  const handleReply = (sent: QueuedLine[], reply: RefineReply) => {
    if (reply.ok) return deliver(sent, reply);
    if (reply.reason === 'loading') {
      // Keep the lines (the still-current ones) and try again once the model has had time to load.
      queue = [...sent.filter(isCurrent), ...queue].slice(0, settings.queueCapacity);
      state = 'waiting-for-model';
      cancelRetry = setTimer(() => {
        cancelRetry = null;
        if (state !== 'waiting-for-model') return;
        state = 'running';
        pump();
      }, reply.retryAfterMs ?? settings.loadingRetryMs);
      return;
    }
    if (reply.reason === 'failed' || reply.reason === 'rejected') {
      counts.dropped += sent.length;
      return;
    }
    stop('stopped', reply.message);
  };

  const pump = () => {
    if (state !== 'running' || inFlight.length > 0 || queue.length === 0) return;
    const batch = queue.splice(0, settings.batchSize);
    inFlight = batch;
    const request = batch.map((item) => item.line);
    options
      .refine(request)
      .catch((error: unknown): RefineReply => ({ ok: false, reason: 'failed', message: String(error) }))
      .then((reply) => {
        inFlight = [];
        if (state === 'ended' || state === 'stopped') return;
        handleReply(batch, reply);
        pump();
      });
  };

  return {
    offer(offered) {
      if (state === 'ended' || state === 'stopped') return;
      if (offered.revision < (latestRevision.get(offered.id) ?? -1)) return;
      latestRevision.set(offered.id, offered.revision);
      const before = queue.length;
      queue = queue.filter((item) => item.line.utteranceId !== offered.id);
      counts.stale += before - queue.length;
      if (!shouldRefine(offered, settings)) return;
      const item: QueuedLine = {
        line: { utteranceId: offered.id, role: offered.role, text: offered.text.slice(0, settings.maxEmbedChars) },
        revision: offered.revision,
        final: offered.final,
      };
      if (!makeRoom(item)) return;
      queue.push(item);
      pump();
    },
    endCall() {
      stop('ended');
    },
    stats: () => ({ state, queued: queue.length, inFlight: inFlight.length, ...counts }),
  };
}
