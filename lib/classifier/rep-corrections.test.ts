import { describe, expect, it } from 'vitest';
import { buyer, rep, scriptedClassifier } from '../engine/scripted-call';
import { createSessionCore } from '../engine/session';
import { repCorrections, withRepCorrections } from './rep-corrections';

const META = { callId: 'call-2', platform: 'meet' as const, title: 'Acme', repName: 'Sam', startedAt: 0 };

/** A call whose buyer says a line the classifier reads as a budget objection. */
function callWith(buyerLine: string) {
  return [rep(5, 'What does a normal week look like for your team?', 'situation'), buyer(300, buyerLine, 'budget', 3)];
}

function objectionCards(lines: ReturnType<typeof callWith>, notObjectionLines: string[]) {
  const core = createSessionCore({ classifier: withRepCorrections(scriptedClassifier(lines), repCorrections(notObjectionLines)) });
  for (const line of lines) {
    const { act: _act, objection: _objection, confidence: _confidence, ...utterance } = line;
    core.ingestUtterance(utterance, line.endSec);
  }
  core.evaluate(310);
  return core.report(META).nudges.filter((nudge) => nudge.kind === 'objection');
}

describe('rep corrections', () => {
  const line = 'Honestly the price is not really the issue for us right now.';

  it('raises the card before the rep has corrected anything', () => {
    expect(objectionCards(callWith(line), [])).toHaveLength(1);
  });

  it('after the rep marks the line, the next call’s same pattern raises no card', () => {
    expect(objectionCards(callWith('Honestly, the price is not really the issue for us right now'), [line])).toEqual([]);
  });

  it('still raises cards for objections that only share a few words', () => {
    expect(objectionCards(callWith('The price is more than we set aside for this year.'), [line])).toHaveLength(1);
  });

  it('learns a line added during the call', () => {
    const corrections = repCorrections([]);
    corrections.add(line);
    expect(corrections.matches('honestly the price is not really the issue for us right now')).toBe(true);
    expect(corrections.size).toBe(1);
  });
});
