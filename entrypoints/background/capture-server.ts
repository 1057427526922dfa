// Receives what content scripts capture over their `capture` ports and stores it. Each port's messages are
// handled one at a time, in order; each is acknowledged only after its write committed, so a content script can
// resend whatever was not acknowledged when the service worker restarts. Nothing a page can reach talks to this:
// the sender must be this extension's own content script in a tab of a meeting site, and every message must parse.
import { captureMessageSchema, type CaptureMessage, type CaptureReply } from '../../lib/messages';
import { applyCaptureMessage } from '../../store/capture-writer';
import type { CoachDatabase } from '../../store/database';

export interface CapturePort {
  name: string;
  sender?: { id?: string; url?: string; tab?: { id?: number } };
  postMessage(message: CaptureReply): void;
  onMessage: { addListener(listener: (message: unknown) => void): void };
  onDisconnect: { addListener(listener: () => void): void };
  disconnect(): void;
}

export interface CaptureServerOptions {
  db: () => CoachDatabase;
  extensionId: string;
  /** Hosts whose content scripts may report calls. */
  isMeetingUrl(url: string): boolean;
  now(): number;
  /** The call ended cleanly: write its report. */
  onCallEnded(callId: string): Promise<void>;
  /** The port of a call that never said it ended went away (tab closed, crashed or navigated). */
  onCallAbandoned(callId: string): Promise<void>;
  log?(message: string): void;
  /** A write still unfinished after this long is reported as failing (default STORE_STALL_MS); it still lands later. */
  stallMs?: number;
}

/** IndexedDB can hang rather than fail (an upgrade blocked by an old connection, a stalled disk): the rep is told. */
export const STORE_STALL_MS = 10_000;

/** Why a write failed, in words the overlay can show. Dexie wraps IndexedDB's errors: a full disk is an AbortError naming QuotaExceededError. */
export function storeFailureReason(error: unknown): string {
  const inner = (error as { inner?: unknown } | null)?.inner;
  const text = [error, inner].map((part) => (part instanceof Error ? `${part.name}: ${part.message}` : part ? String(part) : '')).join(' ');
  if (/QuotaExceeded/i.test(text)) return "the browser's storage for this extension is full";
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

export interface CaptureServer {
  accept(port: CapturePort): void;
  /** Calls with a connected content script right now. */
  isCapturing(callId: string): boolean;
}

export function createCaptureServer(options: CaptureServerOptions): CaptureServer {
  const portsByCall = new Map<string, CapturePort>();
  const log = options.log ?? (() => {});

  const trusted = (port: CapturePort) =>
    port.sender?.id === options.extensionId && port.sender.tab?.id !== undefined && options.isMeetingUrl(port.sender.url ?? '');

  /** A reply to a content script that has gone (tab closed) is dropped: it resends what it still has on reconnect. */
  const reply = (port: CapturePort, message: CaptureReply) => {
    try {
      port.postMessage(message);
    } catch {
      // The port is disconnected; its onDisconnect closes the call.
    }
  };

  const handle = async (port: CapturePort, ownCalls: Set<string>, message: CaptureMessage) => {
    const stallSec = Math.round((options.stallMs ?? STORE_STALL_MS) / 1000);
    const stalled = setTimeout(() => {
      log(`store stalled for ${message.type}`);
      reply(port, { type: 'store-failed', seq: message.seq, message: `storage did not answer for ${stallSec} s` });
    }, options.stallMs ?? STORE_STALL_MS);
    let callId: string;
    try {
      callId = await applyCaptureMessage(options.db(), message, options.now()).finally(() => clearTimeout(stalled));
    } catch (error) {
      const reason = storeFailureReason(error);
      log(`store failed for ${message.type}: ${reason}`);
      reply(port, { type: 'store-failed', seq: message.seq, message: reason.slice(0, 1_000) });
      return;
    }
    ownCalls.add(callId);
    portsByCall.set(callId, port);
    reply(port, { type: 'ack', seq: message.seq });
    if (message.type === 'call-ended') {
      ownCalls.delete(callId);
      portsByCall.delete(callId);
      await options.onCallEnded(callId).catch((error: unknown) => log(`could not close call ${callId}: ${String(error)}`));
    }
  };

  return {
    accept(port) {
      if (!trusted(port)) {
        log(`refused a capture port from ${port.sender?.url ?? 'an unknown sender'}`);
        port.disconnect();
        return;
      }
      const ownCalls = new Set<string>();
      let queue: Promise<void> = Promise.resolve();
      port.onMessage.addListener((raw) => {
        const parsed = captureMessageSchema.safeParse(raw);
        if (!parsed.success) {
          log(`dropped a malformed capture message: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
          return;
        }
        // Each step catches its own failures, so one bad step never stops the ones queued behind it.
        queue = queue.then(() => handle(port, ownCalls, parsed.data)).catch((error: unknown) => log(`capture step failed: ${String(error)}`));
      });
      port.onDisconnect.addListener(() => {
        queue = queue.then(async () => {
          for (const callId of ownCalls) {
            if (portsByCall.get(callId) === port) portsByCall.delete(callId);
            await options.onCallAbandoned(callId).catch((error: unknown) => log(`could not close call ${callId}: ${String(error)}`));
          }
        });
      });
    },
    isCapturing: (callId) => portsByCall.has(callId),
  };
}
