// Whether the page is in a call, asked once a second while idle: only querySelector calls, no observers.
// A probe is a selector, or a selector plus the exact text its element must have (icon fonts such as Meet's
// "call_end" name the icon in text, which no selector can match and which no UI language translates).
import type { PresenceProbe } from '../../platforms/platform-definition';

export type { PresenceProbe };

function probeMatches(document: Document, probe: PresenceProbe): boolean {
  try {
    if (typeof probe === 'string') return document.querySelector(probe) !== null;
    for (const element of document.querySelectorAll(probe.selector)) {
      if (element.textContent?.trim() === probe.text) return true;
    }
    return false;
  } catch {
    return false;
  }
}

export function anyProbeMatches(document: Document, probes: readonly PresenceProbe[]): boolean {
  return probes.some((probe) => probeMatches(document, probe));
}
