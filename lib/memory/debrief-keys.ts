// Which rule of the debrief wording produced a debrief point. The debrief carries text, not keys, so the point
// is matched against the wording templates of seeds/methodology/debrief.json with every {placeholder} a
// wildcard; the skill focus is one fixed line per opportunity. A debrief is written in the rep's coaching language,
// so a point is matched against the wording of every language (`wordings`), first match wins.
import type { CoachingOpportunity, DebriefPoint } from '../engine/analysis-types';
import type { DebriefWording } from '../engine/methodology';

const patternCache = new Map<string, RegExp>();

function templatePattern(template: string): RegExp {
  let pattern = patternCache.get(template);
  if (!pattern) {
    const source = template
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s\\S]*?');
    pattern = new RegExp(`^${source}$`);
    patternCache.set(template, pattern);
  }
  return pattern;
}

export function opportunityKeyOf(opportunity: CoachingOpportunity, wordings: readonly DebriefWording[]): string | null {
  for (const wording of wordings) {
    for (const [key, entry] of Object.entries(wording.opportunities)) {
      if (templatePattern(entry.moment).test(opportunity.moment) && templatePattern(entry.whatHappened).test(opportunity.whatHappened)) return key;
    }
  }
  return null;
}

export function wentWellKeyOf(point: DebriefPoint, wordings: readonly DebriefWording[]): string | null {
  for (const wording of wordings) {
    for (const [key, entry] of Object.entries(wording.wentWell)) {
      if (templatePattern(`${entry.text} ${entry.why}`).test(point.text)) return key;
    }
  }
  return null;
}

export function focusKeyOf(focus: string, wordings: readonly DebriefWording[]): string | null {
  for (const wording of wordings) {
    const key = Object.entries(wording.opportunities).find(([, entry]) => entry.focus === focus)?.[0];
    if (key) return key;
  }
  return null;
}
