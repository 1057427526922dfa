import { describe, expect, it } from 'vitest';
import { scriptedClassifier, type ScriptedLine } from '../engine/scripted-call';
import { testCall } from './test-call';
import { ANY_CATEGORY, objectionAgreement, objectionMomentsOf, playCorpusCall, scoreWholeCall, type ScoringRules } from './whole-call-score';

const RULES: ScoringRules = {
  talkShareMax: 0.4,
  talkShareWindowSec: 300,
  monologueMaxSec: 90,
  backChannelMaxSec: 1.5,
  nudgesByCallType: {
    discovery: ['objection', 'early-pitch'],
    'follow-up': ['objection'],
    pricing: ['objection'],
    'cold-call': ['objection'],
  },
};

function call(callType: string, lines: string[][]) {
  const padded = [...lines];
  while (padded.length < 20) padded.push(padded.length % 2 === 0 ? ['Sam', 'other', 'mm-hmm okay'] : ['Dana', 'none', 'yeah sure']);
  return testCall('d98-test', callType, padded);
}

/** A classifier that reads each line as `found` says, whatever the gold label. */
function readingAs(corpusCall: ReturnType<typeof call>, found: Record<number, string>) {
  const script: ScriptedLine[] = corpusCall.lines.map((line) => ({
    id: `line-${line.index}`,
    speaker: line.speaker,
    role: line.role,
    text: line.text,
    startSec: line.startSec,
    endSec: line.endSec,
    act: (line.role === 'rep' ? found[line.index] ?? line.act : 'other') as ScriptedLine['act'],
    objection: (line.role === 'buyer' ? found[line.index] ?? line.objection : 'none') as ScriptedLine['objection'],
    confidence: 0.95,
  }));
  return scriptedClassifier(script);
}

describe('whole-call scoring', () => {
  const story = 'The front desk calls every patient on the waitlist by hand, one by one, and most of them never pick up the phone.';
  const lines = [
    ['Sam', 'problem', 'What is hardest about scheduling today?'],
    ['Dana', 'none', 'Honestly we wrote off eighty grand last year on missed visits.'],
    ...Array.from({ length: 4 }, () => [['Sam', 'other', 'Tell me more about that.'], ['Dana', 'none', story]]).flat(),
    ['Sam', 'pitch', 'Our scheduler fills cancelled slots automatically.'],
    ['Dana', 'budget', 'That is more than we set aside for this.'],
  ];

  it('counts a flagged objection on a pain line as wrong and the real one as caught', () => {
    const corpusCall = call('discovery', lines);
    const played = playCorpusCall(corpusCall, readingAs(corpusCall, { 1: 'budget' }));
    const score = scoreWholeCall(corpusCall, played, RULES);
    expect(score.objections).toEqual({ flagged: 2, flaggedRight: 1, moments: 1, caught: 1 });
    expect(score.lineLabels[1]).toEqual({ role: 'buyer', labeled: 'none', found: 'budget' });
  });

  it('judges an early-pitch nudge on an agenda line as wrong', () => {
    const corpusCall = call('discovery', [['Sam', 'other', 'Here is what I was thinking for our thirty minutes, does that work?'], ...lines]);
    expect(corpusCall.lines[1].startSec).toBeLessThan(60);
    const score = scoreWholeCall(corpusCall, playCorpusCall(corpusCall, readingAs(corpusCall, { 0: 'pitch' })), RULES);
    const earlyPitch = score.nudges.filter((verdict) => verdict.kind === 'early-pitch');
    expect(earlyPitch.length).toBeGreaterThan(0);
    expect(earlyPitch.every((verdict) => !verdict.right)).toBe(true);
  });

  it('counts a nudge the rep saw and the report withdrew when a later line of the opening changed the call type', () => {
    const pitchFirst = [['Sam', 'pitch', 'Our scheduler fills cancelled slots automatically.'], ['Dana', 'none', 'Okay.']];
    const readAsPricing = call('pricing', [...pitchFirst, ['Sam', 'other', 'So let me walk you through the proposal we sent.'], ...lines]);
    const played = playCorpusCall(readAsPricing, readingAs(readAsPricing, {}));
    expect(played.report.analysis.callType).toBe('pricing');
    const score = scoreWholeCall(readAsPricing, played, RULES);
    expect(score.withdrawnNudges).toBeGreaterThan(0);
    expect(score.nudges.filter((verdict) => verdict.kind === 'early-pitch')).toEqual([]);
    const discovery = call('discovery', [...pitchFirst, ...lines]);
    const kept = scoreWholeCall(discovery, playCorpusCall(discovery, readingAs(discovery, {})), RULES);
    expect(kept.withdrawnNudges).toBe(0);
    expect(kept.nudges.some((verdict) => verdict.kind === 'early-pitch')).toBe(true);
  });

  it('tells a flag of the wrong category next to real pushback from a flag on no pushback at all', () => {
    const corpusCall = call('discovery', lines);
    const atOf = (index: number) => corpusCall.lines[index].startSec;
    const flags = [
      { category: 'timing', atSec: atOf(lines.length - 1) },
      { category: 'budget', atSec: atOf(1) },
    ];
    expect(objectionAgreement(corpusCall.lines, flags)).toEqual({ flagged: 2, flaggedRight: 0, moments: 1, caught: 0 });
    expect(objectionAgreement(corpusCall.lines, flags, ANY_CATEGORY)).toEqual({ flagged: 2, flaggedRight: 1, moments: 1, caught: 1 });
    expect(objectionAgreement(corpusCall.lines, [flags[1]], ANY_CATEGORY)).toEqual({ flagged: 1, flaggedRight: 0, moments: 1, caught: 0 });
  });

  it('groups objection lines of one category close together into one moment', () => {
    const corpusCall = call('pricing', [...lines, ['Dana', 'budget', 'Really, way over budget.'], ['Dana', 'timing', 'And not this quarter.']]);
    expect(objectionMomentsOf(corpusCall.lines).map((moment) => moment.category)).toEqual(['budget', 'timing']);
  });
});
