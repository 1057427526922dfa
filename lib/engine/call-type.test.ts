import { describe, expect, it } from 'vitest';
import type { CallType } from '../types';
import { createCallTypeReader, nudgeAppliesTo, nudgesForCallType } from './call-type';
import { METHODOLOGY } from './methodology';
import { buyer, rep, scriptedClassifier, type ScriptedLine } from './scripted-call';
import { createSessionCore } from './session';
import { analyzeTranscript } from './analyze-transcript';

describe('the call type read from the opening', () => {
  it('is the default type until a cue is heard', () => {
    const reader = createCallTypeReader(METHODOLOGY.callTypes);
    reader.hear('a', 'rep', 'Hi Dana, thanks for making the time today.', 2);
    expect(reader.current()).toEqual({ callType: 'discovery', source: 'default' });
  });

  it('reads a pricing call from the proposal in the opening', () => {
    const reader = createCallTypeReader(METHODOLOGY.callTypes);
    reader.hear('a', 'rep', 'Thanks for joining. I wanted to walk you through the proposal we sent on Friday.', 5);
    expect(reader.current()).toEqual({ callType: 'pricing', source: 'detected' });
  });

  it('reads a follow-up from a reference to the last conversation', () => {
    const reader = createCallTypeReader(METHODOLOGY.callTypes);
    reader.hear('a', 'rep', 'Last time we spoke you mentioned the dispatch board, so today I will show you that part.', 5);
    expect(reader.current().callType).toBe('follow-up');
  });

  it('reads a cold call from its opener', () => {
    const reader = createCallTypeReader(METHODOLOGY.callTypes);
    reader.hear('a', 'rep', 'hey is this dana did i catch you at a bad time', 1);
    expect(reader.current().callType).toBe('cold-call');
  });

  it.each([
    ['a discovery call that promises no demo yet', 'I was kind of braced for a demo, to be honest.', 'No demo today. I would rather understand how your team works first.', 'discovery'],
    ['a follow-up from a recap of what was covered', 'Thanks for having me back.', 'First a quick recap of what Denise and I covered two weeks ago.', 'follow-up'],
    ['a pricing call from getting to a decision', 'Good afternoon, thanks for joining us.', 'By the end I would like us to agree on what it takes to get to a yes or a no.', 'pricing'],
    ['a cold call from a caption-style opener', "this is walt who's this", "hey walt josh with crumb line i'll be super quick", 'cold-call'],
    ['a follow-up from a recap of the first call', 'Good afternoon, thanks for joining.', 'First, a two-minute recap of what we heard on the first call, so Samir has the same picture.', 'follow-up'],
    ['a follow-up from what the buyer told the rep before', 'hey this is jolene', "so i'll do a real quick recap of what you told me two weeks ago", 'follow-up'],
    ['a pricing call whose recap is of the demo', 'Thanks for making time.', "I'll do a quick recap of what we heard on the demo, then walk through the proposal itself.", 'pricing'],
    ['a booked discovery call, not a cold one', "uh it's going who's this again", 'tyler with road ledger we had this on the calendar for today, your office manager set it up', 'discovery'],
    ['a pricing call that names the demo it follows (a tie goes to pricing)', 'Thanks for making time.', 'I showed them the demo recording, and then we went through your quote line by line.', 'pricing'],
    ['a follow-up from when the two last talked', 'Good to see you.', 'Quick recap so we all start from the same place: Omar and I talked two weeks ago about returns.', 'follow-up'],
    ['a pricing call from the internal conversation', 'hey it is jordan', 'so how did the internal conversation go with marcus', 'pricing'],
    ['a pricing call where the buyer mentions an earlier rollout', "I've had your quote open since seven, mind if I start with my questions?", 'The last time we rolled something out, nights got a binder and a sign-off sheet.', 'pricing'],
  ] as const)('reads %s', (_, first, second, callType) => {
    const reader = createCallTypeReader(METHODOLOGY.callTypes);
    reader.hear('a', 'rep', first, 2);
    reader.hear('b', 'rep', second, 6);
    expect(reader.current()).toEqual({ callType, source: 'detected' });
  });

  it('ignores cues after the opening', () => {
    const reader = createCallTypeReader(METHODOLOGY.callTypes);
    reader.hear('late', 'rep', 'Let me walk you through the pricing and the proposal.', METHODOLOGY.callTypes.openingSec + 60);
    expect(reader.current().source).toBe('default');
  });

  it('counts a revised line once, with its latest words', () => {
    const reader = createCallTypeReader(METHODOLOGY.callTypes);
    reader.hear('a', 'rep', 'I wanted to walk you through the proposal', 5);
    reader.hear('a', 'rep', 'I wanted to walk you through the plan for today', 5);
    expect(reader.current().source).toBe('default');
  });

  it('lets the rep correct it, and go back to the reading', () => {
    const reader = createCallTypeReader(METHODOLOGY.callTypes);
    reader.hear('a', 'rep', 'I wanted to walk you through the proposal we sent.', 5);
    reader.setByRep('follow-up');
    expect(reader.current()).toEqual({ callType: 'follow-up', source: 'rep' });
    reader.setByRep(undefined);
    expect(reader.current()).toEqual({ callType: 'pricing', source: 'detected' });
  });
});

describe('the call type read by a learned head', () => {
  /** A head that reads "quote" as pricing and anything else as discovery, and counts how often it is asked. */
  const stubHead = () => {
    const asked: string[][] = [];
    const learned = (opening: readonly { role: string; text: string }[]) => {
      asked.push(opening.map((line) => `${line.role}: ${line.text}`));
      return { callType: opening.some((line) => /quote/.test(line.text)) ? ('pricing' as const) : ('discovery' as const) };
    };
    return { asked, learned };
  };

  it('decides over the cues, from the opening lines with who said them', () => {
    const { asked, learned } = stubHead();
    const reader = createCallTypeReader(METHODOLOGY.callTypes, { learned });
    reader.hear('a', 'rep', 'Last time we spoke you mentioned the dispatch board.', 2);
    expect(reader.current()).toEqual({ callType: 'discovery', source: 'detected' });
    reader.hear('b', 'buyer', 'I have your quote open.', 6);
    expect(reader.current()).toEqual({ callType: 'pricing', source: 'detected' });
    expect(asked.at(-1)).toEqual(['rep: Last time we spoke you mentioned the dispatch board.', 'buyer: I have your quote open.']);
  });

  it('says a discovery reading is assumed when no cue of any type was heard', () => {
    const reader = createCallTypeReader(METHODOLOGY.callTypes, { learned: stubHead().learned });
    reader.hear('a', 'rep', 'Hi Dana, thanks for making the time today.', 2);
    expect(reader.current()).toEqual({ callType: 'discovery', source: 'default' });
  });

  it('reads the opening again only when it changed, and never hears lines after it', () => {
    const { asked, learned } = stubHead();
    const reader = createCallTypeReader(METHODOLOGY.callTypes, { learned });
    reader.hear('a', 'rep', 'Hi Dana.', 2);
    reader.current();
    reader.current();
    reader.hear('a', 'rep', 'Hi Dana.', 2);
    reader.current();
    expect(asked).toHaveLength(1);
    reader.hear('late', 'buyer', 'About that quote.', METHODOLOGY.callTypes.openingSec + 1);
    expect(reader.current().callType).toBe('discovery');
    expect(asked).toHaveLength(1);
  });

  it('gives way to the rep', () => {
    const reader = createCallTypeReader(METHODOLOGY.callTypes, { learned: stubHead().learned, chosenByRep: 'cold-call' });
    reader.hear('a', 'buyer', 'I have your quote open.', 2);
    expect(reader.current()).toEqual({ callType: 'cold-call', source: 'rep' });
  });
});

describe('nudges by call type', () => {
  const opening = (text: string) => [rep(0, text), buyer(8, 'Sure, go ahead.'), rep(12, 'Our platform routes every order to the nearest driver automatically.', 'pitch')];
  const kindsRaised = (lines: ScriptedLine[], callType?: CallType) => {
    const core = createSessionCore({ classifier: scriptedClassifier(lines), callType });
    for (const line of lines) core.ingestUtterance(line, line.endSec);
    core.evaluate(40);
    return core.report({ callId: 'c', platform: 'import', title: 't', repName: 'Sam', startedAt: 0 }).nudges.map((nudge) => nudge.kind);
  };

  it('raise the early-pitch nudge in a discovery call', () => {
    expect(kindsRaised(opening('Thanks for the time today, Dana.'))).toContain('early-pitch');
  });

  it('never raise it in a pricing call, read from the opening', () => {
    expect(kindsRaised(opening('Thanks Dana, I wanted to walk you through the proposal we sent.'))).not.toContain('early-pitch');
  });

  it('follow the call type the rep chose', () => {
    expect(kindsRaised(opening('Thanks for the time today, Dana.'), 'follow-up')).not.toContain('early-pitch');
  });

  it("follow the classifier's call-type head when it has one, in a session and in an imported transcript", () => {
    const lines = opening('Thanks for the time today, Dana.');
    const classifier = { ...scriptedClassifier(lines), classifyCallType: () => ({ callType: 'follow-up' as const, confidence: 1, scores: { discovery: 0, 'follow-up': 1, pricing: 0, 'cold-call': 0 } }) };
    const core = createSessionCore({ classifier });
    for (const line of lines) core.ingestUtterance(line, line.endSec);
    expect(core.analysis().callType).toBe('follow-up');
    const cues = lines.map((line) => ({ speaker: line.role === 'rep' ? 'Sam' : 'Dana', text: line.text, startSec: line.startSec, endSec: line.endSec }));
    expect(analyzeTranscript(cues, { classifier, repNames: ['Sam'] }).report.analysis.callType).toBe('follow-up');
  });
});

describe('which nudges apply to a call type', () => {
  const spec = METHODOLOGY.callTypes;

  it('early-pitch only where discovery is the job; objections and the next step everywhere', () => {
    expect(nudgeAppliesTo(spec, 'discovery', 'early-pitch')).toBe(true);
    for (const type of ['follow-up', 'pricing', 'cold-call'] as const) {
      expect(nudgeAppliesTo(spec, type, 'early-pitch')).toBe(false);
      expect(nudgeAppliesTo(spec, type, 'objection')).toBe(true);
      expect(nudgeAppliesTo(spec, type, 'next-step')).toBe(true);
    }
  });

  it('withdraws the nudges of kinds the new type does not coach, keeping the order of the rest', () => {
    const raised = [{ kind: 'early-pitch' as const }, { kind: 'objection' as const }, { kind: 'implication' as const }, { kind: 'next-step' as const }];
    expect(nudgesForCallType(spec, 'pricing', raised).map((nudge) => nudge.kind)).toEqual(['objection', 'next-step']);
    expect(nudgesForCallType(spec, 'discovery', raised)).toEqual(raised);
  });

  it('takes down the early-pitch nudge on screen when the rep says mid-call that this is a pricing call', () => {
    const lines = [
      rep(0, 'Thanks for the time today, Dana.'),
      buyer(8, 'Sure, go ahead.'),
      rep(12, 'Our platform routes every order to the nearest driver automatically.', 'pitch'),
    ];
    const core = createSessionCore({ classifier: scriptedClassifier(lines) });
    for (const line of lines) core.ingestUtterance(line, line.endSec);
    expect(core.currentNudge()?.kind).toBe('early-pitch');

    core.setCallType('pricing');
    expect(core.currentNudge()).toBeNull();
    expect(core.analysis()).toMatchObject({ callType: 'pricing', callTypeSource: 'rep' });
    expect(core.report({ callId: 'c', platform: 'import', title: 't', repName: 'Sam', startedAt: 0 }).nudges.map((nudge) => nudge.kind)).not.toContain('early-pitch');
  });
});
