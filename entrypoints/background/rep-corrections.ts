// Hands the rep's "not an objection" lines to this extension's content scripts when a call starts, so the live
// classifier reads lines like them as none.
import { browser } from 'wxt/browser';
import { repCorrectionsRequestSchema } from '../../lib/messages';
import { coachDatabase } from '../../store/database';
import { notObjectionLines } from '../../store/rep-corrections-store';

export function serveRepCorrections(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !repCorrectionsRequestSchema.safeParse(message).success) return undefined;
    return notObjectionLines(coachDatabase());
  });
}
