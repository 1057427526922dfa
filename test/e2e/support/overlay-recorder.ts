// Watches the in-call overlay from the meeting page's side, as a rep would see it: which nudges and objection
// cards appeared, how the talk share read, which checklist items turned done — and how long the overlay took to
// change after the captions did (the caption-to-overlay latency).
import type { Frame } from '@playwright/test';

export interface OverlayRecording {
  nudgeKinds: string[];
  objectionCategories: string[];
  talkShareTexts: string[];
  checklistDone: string[];
  /** Milliseconds from a caption DOM change to the overlay's next change, when nothing else changed in between. */
  latenciesMs: number[];
}

declare global {
  interface Window {
    overlayRecording?: OverlayRecording;
  }
}

export async function startOverlayRecorder(frame: Frame): Promise<void> {
  await frame.evaluate(() => {
    const recording: OverlayRecording = { nudgeKinds: [], objectionCategories: [], talkShareTexts: [], checklistDone: [], latenciesMs: [] };
    window.overlayRecording = recording;
    const addOnce = (list: string[], value: string | null | undefined) => {
      if (value && !list.includes(value)) list.push(value);
    };
    let pendingCaptionAt: number | null = null;
    const readOverlay = (root: ShadowRoot) => {
      addOnce(recording.nudgeKinds, root.querySelector('[data-testid="nudge"]')?.getAttribute('data-kind'));
      addOnce(recording.objectionCategories, root.querySelector('[data-testid="objection-card"]')?.getAttribute('data-category'));
      const share = root.querySelector('[data-testid="talk-share"]')?.textContent?.trim();
      if (share && recording.talkShareTexts.at(-1) !== share) recording.talkShareTexts.push(share);
      root.querySelectorAll('[data-testid="checklist"] [data-done="true"]').forEach((item) => addOnce(recording.checklistDone, item.getAttribute('data-item')));
    };
    const watchOverlay = (root: ShadowRoot) => {
      readOverlay(root);
      new MutationObserver((mutations) => {
        const now = performance.now();
        // The elapsed-time clock ticks on its own; only changes the captions caused are measured.
        const onlyClock = mutations.every((mutation) => {
          const node = mutation.target.nodeType === Node.ELEMENT_NODE ? (mutation.target as Element) : mutation.target.parentElement;
          return node?.closest('[data-testid="elapsed"]') !== null;
        });
        if (onlyClock) return;
        if (pendingCaptionAt !== null) recording.latenciesMs.push(now - pendingCaptionAt);
        pendingCaptionAt = null;
        readOverlay(root);
      }).observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    };
    new MutationObserver((mutations) => {
      if (mutations.every((mutation) => (mutation.target as Element).closest?.('discovery-coach-overlay'))) return;
      // A newer caption change before the overlay moved: the older one is dropped rather than mis-measured.
      pendingCaptionAt = performance.now();
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    const findHost = () => {
      const root = document.querySelector('discovery-coach-overlay')?.shadowRoot;
      if (root) watchOverlay(root);
      else setTimeout(findHost, 50);
    };
    findHost();
  });
}

export async function readOverlayRecording(frame: Frame): Promise<OverlayRecording> {
  return frame.evaluate(() => window.overlayRecording!);
}

export function percentile(values: readonly number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? NaN;
}
