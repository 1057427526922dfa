import { describe, expect, it } from 'vitest';
import { createSessionCore } from '../engine/session';
import type { CallMeta, LabeledUtterance, ObjectionCategory, RepAct } from '../types';
import { labelReader } from '../../test/memory/synthetic-calls';
import type { MemoryFact } from './memory-schema';
import { retainCall } from './retain';

type Row = ['rep' | 'buyer', number, number, string, (RepAct | ObjectionCategory)?];

function call(rows: Row[], meta: Partial<CallMeta> = {}) {
  const utterances: LabeledUtterance[] = rows.map(([role, startSec, seconds, text, tag], index) => ({
    id: `u${index + 1}`,
    speaker: role === 'rep' ? 'Sam' : 'Dana',
    role,
    text,
    startSec,
    endSec: startSec + seconds,
    label:
      role === 'rep'
        ? { role, act: (tag ?? 'other') as RepAct, confidence: 0.9, tier: 'fast' }
        : { role, objection: (tag ?? 'none') as ObjectionCategory, confidence: 0.9, tier: 'fast' },
  }));
  const session = createSessionCore({ classifier: labelReader(utterances) });
  for (const line of utterances) session.ingestUtterance(line, line.endSec);
  const fullMeta: CallMeta = { callId: 'c1', platform: 'import', title: 'Test', repName: 'Sam', startedAt: 1_700_000_000_000, ...meta };
  const report = session.report(fullMeta);
  return { report, utterances, facts: retainCall({ meta: fullMeta, utterances: session.utterances(), report }) };
}

const ofKind = <K extends MemoryFact['kind']>(facts: MemoryFact[], kind: K) => facts.filter((fact): fact is Extract<MemoryFact, { kind: K }> => fact.kind === kind);

describe('retain', () => {
  it('records each SPIN question with its pattern and what the answer within the window drew', () => {
    const { facts } = call([
      ['rep', 10, 4, 'What does that cost you when it happens?', 'implication'],
      ['buyer', 15, 6, 'We lose about 20 hours a week to rework.'],
      ['rep', 30, 4, 'What tools do you use today?', 'situation'],
      ['buyer', 90, 5, 'We are frustrated with all of them.'],
      ['rep', 100, 4, 'Where does it break down?', 'problem'],
      ['rep', 105, 4, 'And what budget is set aside for fixing it?', 'need_payoff'],
      ['buyer', 110, 5, 'We have nothing set aside for this at the moment.', 'budget'],
    ]);
    const questions = ofKind(facts, 'question');
    expect(questions.map((question) => [question.pattern, question.drew])).toEqual([
      ['implication/what/cost', { pain: true, impact: true, budget: false }],
      ['situation/what/tools', { pain: false, impact: false, budget: false }],
      ['problem/where/breakdown', { pain: false, impact: false, budget: false }],
      ['need_payoff/what/budget', { pain: false, impact: false, budget: true }],
    ]);
    expect(questions[0].evidence.map((ref) => [ref.utteranceId, ref.atSec, ref.quote])).toEqual([
      ['u1', 10, 'What does that cost you when it happens?'],
      ['u2', 15, 'We lose about 20 hours a week to rework.'],
    ]);
  });

  it('reads how the rep met each objection from the next rep lines', () => {
    const { facts } = call([
      ['buyer', 10, 4, "We don't have budget this year.", 'budget'],
      ['rep', 15, 4, "That's fair. What would have to be true to find it?"],
      ['buyer', 40, 4, 'We signed with another vendor last year.', 'competition'],
      ['rep', 45, 6, 'Our platform is faster and cheaper than theirs.', 'pitch'],
      ['buyer', 120, 4, 'Now is not a good time for us.', 'timing'],
      ['rep', 125, 3, 'I hear you.'],
      ['buyer', 200, 4, 'Honestly the price worries me.', 'budget'],
      ['buyer', 300, 4, 'We are locked in with our current vendor.', 'competition'],
      ['rep', 305, 4, 'Want to see how our migration tool handles that?', 'pitch'],
    ]);
    expect(ofKind(facts, 'objection').map((fact) => [fact.category, fact.handling])).toEqual([
      ['budget', 'clarified'],
      ['competition', 'pitched'],
      ['timing', 'acknowledged'],
      ['budget', 'unanswered'],
      ['competition', 'pitched'],
    ]);
    expect(ofKind(facts, 'behaviour').find((fact) => fact.theme === 'objection_handling')).toMatchObject({ polarity: 'gap', utteranceIds: ['u3', 'u4'] });
  });

  it('keeps the nudges shown, the debrief points and the call figures, with ids that name the call', () => {
    const { facts, report } = call([
      ['rep', 5, 4, 'Hi, thanks for joining.'],
      ['rep', 60, 12, 'Our platform routes every request in real time.', 'pitch'],
      ['buyer', 73, 4, 'Interesting.'],
      ['rep', 80, 4, 'Where does your process break down?', 'problem'],
      ['buyer', 85, 8, 'Handoffs fall through the cracks.'],
    ]);
    expect(ofKind(facts, 'nudge').map((fact) => [fact.nudgeKind, fact.atSec])).toEqual(report.nudges.map((nudge) => [nudge.kind, nudge.atSec]));
    const debrief = ofKind(facts, 'debrief');
    expect(debrief).toHaveLength(report.debrief.wentWell.length + report.debrief.opportunities.length);
    expect(debrief.find((fact) => fact.side === 'opportunity')).toMatchObject({ debriefKey: 'earlyPitch', theme: 'early_pitch' });
    expect(ofKind(facts, 'call_quality')[0]).toMatchObject({
      repTalkShare: report.analysis.repTalkShare,
      firstPitchSec: 60,
      coachingFocus: 'early_pitch',
      checklistGaps: Object.entries(report.analysis.checklist).filter(([, covered]) => !covered).map(([item]) => item),
    });
    expect(ofKind(facts, 'behaviour').find((fact) => fact.theme === 'early_pitch')).toMatchObject({ polarity: 'gap', utteranceIds: ['u2'] });
    expect(new Set(facts.map((fact) => fact.id)).size).toBe(facts.length);
    for (const fact of facts) expect(fact.id.startsWith('c1#')).toBe(true);
  });

  it('gives a call without a rep name the seeded placeholder, and the same facts every time', () => {
    const rows: Row[] = [['rep', 5, 4, 'What tools do you use?', 'situation'], ['buyer', 10, 5, 'Mostly spreadsheets.']];
    const first = call(rows, { repName: '  ' }).facts;
    expect(first[0].repName).toBe('Unnamed rep');
    expect(call(rows, { repName: '  ' }).facts).toEqual(first);
  });
});
