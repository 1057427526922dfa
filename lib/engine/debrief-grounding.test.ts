// Each grounding rule on a moment built to break it (the rule must reject it), and the debrief end to end on
// calls that used to get ungrounded statements.
import { describe, expect, it } from 'vitest';
import type { CallMeta } from '../types';
import { planCall } from './call-plan';
import { GROUNDING_RULES, groundingProblems } from './debrief-grounding';
import type { DebriefInput, FoundMoment } from './debrief-moments';
import { METHODOLOGY } from './methodology';
import { buyer, playCall, rep, type ScriptedLine } from './scripted-call';
import { resolveCoachSettings } from './settings';

const META: CallMeta = { callId: 'call-1', platform: 'meet', title: 'Acme', repName: 'Sam', startedAt: 0 };
const settings = resolveCoachSettings({ thresholds: { sleepGapSec: 3600 } });
const sparseCall = (lines: ScriptedLine[]) => playCall(lines, { thresholds: { sleepGapSec: 3600 } });

/** The debrief's input for a scripted call, as the session builds it at the end. */
function inputOf(lines: ScriptedLine[]): DebriefInput {
  const core = sparseCall(lines);
  const { analysis } = core.report(META);
  return {
    analysis,
    utterances: core.utterances(),
    meta: META,
    settings,
    methodology: METHODOLOGY,
    plan: planCall(analysis.durationSec, settings.thresholds),
    moments: { firstPitchLine: null, contractLines: [], nextStepLine: null, gaps: [] },
  };
}

const ruleNamed = (start: string) => GROUNDING_RULES.find((rule) => rule.name.startsWith(start))!;
const lineOf = (input: DebriefInput, text: string) => input.utterances.find((line) => line.text === text)!;

const discoveryLines = () => [
  rep(5, 'Thanks for joining, Dana.', 'other', 2),
  rep(60, 'Why does that keep happening?', 'problem', 3),
  buyer(64, 'Honestly we just never had time to fix it, and it takes forever every week.', 'none', 10),
  rep(200, 'What does your week look like right now?', 'situation', 3),
  buyer(204, 'We budget ten thousand a year for tools like this, that is the process.', 'budget', 5),
  rep(1000, 'Our router assigns tickets as they arrive.', 'pitch', 10),
  buyer(1012, 'That is more than we set aside, too expensive for us.', 'budget', 4),
  rep(1020, 'We can do a discount.', 'other', 3),
  rep(1700, 'Thanks, talk soon.', 'other', 2),
];

describe('grounding rules', () => {
  it('a quote is attributed to the speaker of the quoted line: the buyer’s words are never the rep’s line', () => {
    const input = inputOf(discoveryLines());
    const repLine = lineOf(input, 'Why does that keep happening?');
    const moment: FoundMoment<string> = { key: 'needPayoffQuestion', atSec: 60, values: { quote: repLine.text }, evidence: [], quoted: repLine, lines: [repLine] };
    expect(ruleNamed('a quote is attributed').check(input, moment, 'strength')).toMatch(/quotes a rep line/);
  });

  it('praise only for an event the labels show: a situation question is not praised as an implication question', () => {
    const input = inputOf(discoveryLines());
    const question = lineOf(input, 'What does your week look like right now?');
    const moment: FoundMoment<string> = { key: 'implicationQuestion', atSec: 200, values: { quote: question.text }, evidence: [], quoted: question, lines: [question] };
    expect(ruleNamed('praise only').check(input, moment, 'strength')).toMatch(/labels do not show implicationQuestion/);
  });

  it('a concern the buyer raised is pushback, not an answer to the rep’s question', () => {
    const input = inputOf(discoveryLines());
    const answer = lineOf(input, 'We budget ten thousand a year for tools like this, that is the process.');
    const moment: FoundMoment<string> = { key: 'objectionUnclarified', atSec: 204, values: { quote: answer.text }, evidence: [], quoted: answer, lines: [answer] };
    expect(ruleNamed('a concern').check(input, moment, 'opportunity')).toMatch(/answer, not pushback/);
  });

  it('advice never asks for what the call already had: no root-cause question for a rep who asked one in minute one', () => {
    const input = inputOf(discoveryLines());
    const pitch = lineOf(input, 'Our router assigns tickets as they arrive.');
    const moment: FoundMoment<string> = { key: 'checklistGap', atSec: 1000, values: {}, evidence: [], lines: [pitch], asksFor: { checklist: 'root_cause' } };
    expect(ruleNamed('advice never').check(input, moment, 'opportunity')).toMatch(/root_cause was already covered|already asked about root_cause/);
  });

  it('figures stated at a moment use the state at that moment, not the end-of-call figures', () => {
    const input = inputOf(discoveryLines());
    const covered = Object.values(input.analysis.checklist).filter(Boolean).length;
    expect(covered).toBeGreaterThan(0);
    const moment: FoundMoment<string> = { key: 'earlyPitch', atSec: 10, values: { coveredAtMoment: covered }, evidence: [] };
    expect(ruleNamed('figures stated').check(input, moment, 'opportunity')).toMatch(/the call had 0/);
  });

  it('judged for this call type: a pricing call is not coached on an early pitch', () => {
    const input = inputOf([rep(5, 'Let’s walk through the proposal we sent.', 'other', 3), ...discoveryLines()]);
    expect(input.analysis.callType).toBe('pricing');
    const moment: FoundMoment<string> = { key: 'earlyPitch', atSec: 1000, values: {}, evidence: [] };
    expect(groundingProblems(input, moment, 'opportunity').join(' ')).toMatch(/not judged in a pricing call/);
  });
});

describe('grounded debrief', () => {
  it('a pricing call is never told it pitched too early, and its figures have no first-pitch aim', () => {
    const { debrief } = sparseCall([rep(5, 'Let’s walk through the proposal we sent.', 'other', 3), rep(42, 'Our platform automates routing.', 'pitch', 20), rep(1700, 'Thanks.', 'other', 2)]).report(META);
    expect(debrief.opportunities.map((opportunity) => opportunity.grounding?.key)).not.toContain('earlyPitch');
    expect(debrief.markdown).not.toContain('You started pitching');
    expect(debrief.markdown).not.toContain('| First pitch |');
    expect(debrief.markdown).toContain('- **Call Type**: Pricing / negotiation (read from the opening)');
  });

  it('states the checklist as it was at the pitch, and suggests an item not asked yet', () => {
    const lines = [
      rep(5, 'Thanks for joining.', 'other', 2),
      rep(42, 'Our platform automates routing.', 'pitch', 10),
      rep(300, 'Why does that keep happening?', 'problem', 3),
      buyer(304, 'It comes down to two systems that don’t talk to each other.', 'none', 8),
      rep(1700, 'Thanks, talk soon.', 'other', 2),
    ];
    const { debrief, analysis } = sparseCall(lines).report(META);
    expect(analysis.checklist.root_cause).toBe(true);
    const [lead] = debrief.opportunities;
    expect(lead.grounding?.key).toBe('earlyPitch');
    expect(lead.whatHappened).toContain('by then you had covered 0 of the six');
    expect(lead.grounding?.asksFor).toBe('checklist:root_cause');
  });

  it('quotes the buyer’s answer, not the rep’s question, for value in the buyer’s own words', () => {
    const { debrief } = sparseCall([
      rep(400, 'If that went away, what would your team do with the time?', 'need_payoff', 4),
      buyer(405, 'We could finally staff the onboarding project.', 'none', 5),
      rep(1700, 'Thanks, talk soon.', 'other', 2),
    ]).report(META);
    const praise = debrief.wentWell.find((point) => point.grounding?.key === 'needPayoffQuestion');
    expect(praise?.text).toContain('"We could finally staff the onboarding project."');
    expect(praise?.grounding?.quoted?.speaker).toBe('Dana');
  });

  it('praises an implication question only when it is asked as one, not a statement the classifier labeled so', () => {
    const praised = (text: string) =>
      sparseCall([rep(300, text, 'implication', 4), buyer(305, 'Yes, a lot.', 'none', 3), rep(1700, 'Thanks, talk soon.', 'other', 2)])
        .report(META)
        .debrief.wentWell.some((point) => point.grounding?.key === 'implicationQuestion');
    expect(praised('When a ticket sits unassigned, what does that do to your renewals?')).toBe(true);
    expect(praised('Okay so that is both money going out and some exposure.')).toBe(false);
    expect(praised('Right. The cost of waiting is this winter’s upsell gap.')).toBe(false);
    expect(praised('Is there a separate line for fraud in the budget?')).toBe(false);
  });

  it('does not praise clarifying a "concern" that was the buyer describing pain', () => {
    const { debrief } = sparseCall([
      buyer(100, 'Every month the schedule slips and we lose a week.', 'timing', 4),
      rep(106, 'What happens when it slips?', 'implication', 3),
      rep(1700, 'Thanks, talk soon.', 'other', 2),
    ]).report(META);
    expect(debrief.wentWell.map((point) => point.grounding?.key)).not.toContain('objectionClarified');
  });

  it('coaches a follow-up whose demo starts without a recap on tying it to the pains, and not one that recapped', () => {
    const followUp = (recap: ScriptedLine[]) =>
      sparseCall([
        rep(5, 'Good to see you again, Dana. Today is the demo.', 'other', 3),
        ...recap,
        rep(120, 'Here is the dashboard and the routing engine.', 'pitch', 20),
        rep(1700, 'Let’s book the pilot review for Thursday at two, does that work?', 'other', 4),
      ]).report(META);
    const untied = followUp([]);
    expect(untied.analysis.callType).toBe('follow-up');
    expect(untied.debrief.opportunities[0]?.grounding?.key).toBe('demoUntied');
    expect(untied.debrief.skillConnection.practice).toBe(METHODOLOGY.debriefWording.opportunities.demoUntied.practice);
    const tied = followUp([rep(60, 'Last time you said tickets sit unassigned for hours on Mondays.', 'other', 5)]);
    expect(tied.debrief.opportunities.map((opportunity) => opportunity.grounding?.key)).not.toContain('demoUntied');
  });

  it('gives different words to calls with different gaps', () => {
    const suggestionFor = (asked: ScriptedLine[]) =>
      sparseCall([rep(5, 'Thanks for joining.', 'other', 2), ...asked, rep(600, 'Our platform automates routing.', 'pitch', 10), rep(1700, 'Thanks.', 'other', 2)]).report(META)
        .debrief.opportunities[0].tryInstead;
    const none = suggestionFor([]);
    const askedWhy = suggestionFor([rep(60, 'Why does that keep happening?', 'problem', 3), buyer(64, 'Not sure.', 'none', 2)]);
    expect(askedWhy).not.toBe(none);
  });
});

