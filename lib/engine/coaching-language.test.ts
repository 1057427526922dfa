import { describe, expect, it } from 'vitest';
import { METHODOLOGY } from './methodology';
import { methodologyFor } from './methodology/by-locale';
import { buyer, playCall, rep } from './scripted-call';
import { retainCall } from '../memory/retain';

const META = { callId: 'c1', platform: 'demo', title: 'Acme', repName: 'Sam', startedAt: Date.UTC(2025, 0, 6, 15) } as const;
const LINES = [
  rep(5, 'Hi Dana, thanks for joining.'),
  buyer(10, 'Happy to be here, we have a lot going on.'),
  rep(200, 'Our router rebalances every queue in real time.', 'pitch', 60),
  rep(260, 'It also has dashboards for every team lead.', 'pitch', 60),
  buyer(325, 'That’s more than we set aside for this.', 'budget', 3),
];

function coached(language: 'en' | 'de') {
  const core = playCall(LINES, undefined, methodologyFor(language));
  core.evaluate(330);
  return { core, report: core.report(META) };
}

/** Every English nudge title and AECR line, as the seeds write them before any {placeholder} is filled. */
const englishWords = [
  ...Object.values(METHODOLOGY.nudgeWording).map((wording) => wording.title.split('{')[0].trim()).filter((words) => words.length > 3),
  ...Object.values(METHODOLOGY.objections).flatMap((card) => [card.sayNow, card.acknowledge, card.clarify]),
];

describe('coaching in the rep’s language', () => {
  it('the same call raises the same nudges at the same moments, worded in German', () => {
    const english = coached('en').report;
    const german = coached('de').report;
    expect(german.nudges.map(({ kind, atSec }) => [kind, atSec])).toEqual(english.nudges.map(({ kind, atSec }) => [kind, atSec]));
    expect(german.nudges.map((nudge) => nudge.kind)).toEqual(expect.arrayContaining(['early-pitch', 'objection']));
    const pitch = german.nudges.find((nudge) => nudge.kind === 'early-pitch')!;
    expect(pitch.title).toBe('Zu früh für den Pitch');
    const objection = german.nudges.find((nudge) => nudge.kind === 'objection')!;
    expect(objection.title).toBe('Einwand Budget: mit AECR antworten');
    expect(objection.say).toBe('Geht es um die Summe, den Zeitpunkt oder den Nutzen?');
    const shown = german.nudges.map((nudge) => `${nudge.title}\n${nudge.message}\n${nudge.say ?? ''}`).join('\n');
    for (const words of englishWords) expect(shown, words).not.toContain(words);
  });

  it('writes the debrief in German', () => {
    const { markdown } = coached('de').report.debrief;
    expect(markdown).toContain('Was gut lief');
    expect(markdown).toContain('Coaching-Chance');
    expect(markdown).not.toContain('What Went Well');
    expect(markdown).not.toContain('Coaching Opportunity');
  });

  it('memory reads a German debrief as it reads an English one', () => {
    const facts = (language: 'en' | 'de') => {
      const { core, report } = coached(language);
      return retainCall({ meta: META, utterances: core.utterances(), report })
        .filter((fact) => fact.kind === 'debrief')
        .map((fact) => (fact.kind === 'debrief' ? [fact.side, fact.debriefKey, fact.theme] : []));
    };
    const english = facts('en');
    expect(english.length).toBeGreaterThan(0);
    expect(english.every(([, key]) => key !== null)).toBe(true);
    expect(facts('de')).toEqual(english);
  });
});
