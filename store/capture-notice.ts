// The meeting tab's latest capture problem, for the popup: captions it cannot read (with the capture report, which
// holds the caption region's shape and never caption text) or reading in fallback mode. The content script
// publishes it when capture health changes and clears it when capture works again or the page goes.
import { storage } from 'wxt/utils/storage';
import { z } from 'zod/mini';
import { PLATFORMS } from '../lib/types';

export const captureNoticeSchema = z.object({
  platform: z.enum(PLATFORMS),
  health: z.enum(['unreadable', 'fallback']),
  report: z.string().check(z.maxLength(20_000)),
  at: z.number(),
});

export type CaptureNotice = z.infer<typeof captureNoticeSchema>;

/** A notice older than this is from a call that is long over (a tab that crashed before it could clear it). */
const NOTICE_FRESH_MS = 15 * 60_000;

const captureNoticeItem = storage.defineItem<unknown>('local:captureNotice', { fallback: null });

export async function publishCaptureNotice(notice: CaptureNotice | null): Promise<void> {
  await captureNoticeItem.setValue(notice);
}

function freshNotice(value: unknown, now: number): CaptureNotice | null {
  const parsed = captureNoticeSchema.safeParse(value);
  return parsed.success && now - parsed.data.at < NOTICE_FRESH_MS ? parsed.data : null;
}

export async function loadCaptureNotice(now = Date.now()): Promise<CaptureNotice | null> {
  return freshNotice(await captureNoticeItem.getValue(), now);
}

/** Calls back with each new notice (or null); returns the unsubscribe function. */
export function watchCaptureNotice(onChange: (notice: CaptureNotice | null) => void): () => void {
  return captureNoticeItem.watch((value) => onChange(freshNotice(value, Date.now())));
}
