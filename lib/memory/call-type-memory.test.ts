// Memory learns only from what is right for the call: a pricing call does not feed "pitches too early" nor the
// Discovery Playbook, and the talk-share theme cites the talk figures and the longest monologue.
import { describe, expect, it } from 'vitest';
import { createSessionCore } from '../engine/session';
import type { CallMeta, LabeledUtterance, RepAct } from '../types';
import { labelReader } from '../../test/memory/synthetic-calls';
import type { MemoryFact } from './memory-schema';
import { MEMORY_SEEDS } from './memory-seeds';
import { retainCall } from './retain';

type Row = ['rep' | 'buyer', number, number, string, RepAct?];

function retained(rows: Row[]) {
  const utterances: LabeledUtterance[] = rows.map(([role, startSec, seconds, text, act], index) => ({
    id: `u${index + 1}`,
    speaker: role === 'rep' ? 'Sam' : 'Dana',
    role,
    text,
    startSec,
    endSec: startSec + seconds,
    label: role === 'rep' ? { role, act: act ?? 'other', confidence: 0.95, tier: 'fast' } : { role, objection: 'none', confidence: 0.95, tier: 'fast' },
  }));
  const session = createSessionCore({ classifier: labelReader(utterances) });
  for (const line of utterances) session.ingestUtterance(line, line.endSec);
  const meta: CallMeta = { callId: 'c1', platform: 'import', title: 'Test', repName: 'Sam', startedAt: 1_700_000_000_000 };
  const report = session.report(meta);
  return { report, facts: retainCall({ meta, utterances: session.utterances(), report }) };
}

const behaviours = (facts: MemoryFact[]) => facts.flatMap((fact) => (fact.kind === 'behaviour' ? [`${fact.theme}:${fact.polarity}`] : []));

const earlyPitchCall = (opening: string): Row[] => [
  ['rep', 5, 4, opening],
  ['buyer', 10, 3, 'Sure.'],
  ['rep', 40, 30, 'Our platform automates routing and the dashboard shows every ticket.', 'pitch'],
  ['rep', 70, 4, 'What tools do you use today?', 'situation'],
  ['buyer', 75, 6, 'A shared inbox, mostly.'],
  ['rep', 1500, 3, 'Thanks, talk soon.'],
];

describe('memory by call type', () => {
  it('a discovery call with an early pitch feeds the "pitches too early" theme and the playbook', () => {
    const { report, facts } = retained(earlyPitchCall('Thanks for joining, Dana.'));
    expect(report.analysis.callType).toBe('discovery');
    expect(behaviours(facts)).toContain('early_pitch:gap');
    expect(facts.some((fact) => fact.kind === 'question')).toBe(true);
  });

  it('a pricing call with the same pitch feeds neither', () => {
    const { report, facts } = retained(earlyPitchCall('Let’s walk through the proposal we sent.'));
    expect(report.analysis.callType).toBe('pricing');
    expect(behaviours(facts).filter((theme) => theme.startsWith('early_pitch'))).toEqual([]);
    expect(facts.some((fact) => fact.kind === 'question')).toBe(false);
  });

  it('cites the talk figures and the longest monologue under "does most of the talking", not an agenda line', () => {
    const { facts } = retained([
      ['rep', 5, 20, 'Here is the agenda for today: I will ask some questions, then show you the product, and at the end we decide on next steps.'],
      ['buyer', 26, 2, 'Okay.'],
      ['rep', 200, 60, 'Let me tell you about our company and how the routing engine works.', 'pitch'],
      ['rep', 261, 50, 'And the dashboard shows every ticket as it moves.', 'pitch'],
      ['buyer', 312, 3, 'Got it.'],
      ['rep', 1500, 3, 'Thanks, talk soon.'],
    ]);
    const gap = facts.find((fact) => fact.kind === 'behaviour' && fact.theme === 'talk_share');
    expect(gap && gap.kind === 'behaviour' && gap.polarity).toBe('gap');
    expect(gap?.evidence[0]).toMatchObject({ speaker: MEMORY_SEEDS.themes.talkShareFigure.speaker, quote: expect.stringMatching(/^Rep talk share \d+%/) });
    expect(gap?.evidence[1]?.quote).toBe('Let me tell you about our company and how the routing engine works.');
  });
});
