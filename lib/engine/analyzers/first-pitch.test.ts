import { describe, expect, it } from 'vitest';
import { analyzerHarness, buyer, labeled, rep } from '../scripted-call';
import { createFirstPitchAnalyzer } from './first-pitch';

describe('first pitch and phase', () => {
  it('is the start of the first pitch line, or null without one', () => {
    const { analyzer, put, at } = analyzerHarness(createFirstPitchAnalyzer);
    expect(analyzer.result(at(10)).firstPitchSec).toBeNull();
    put(rep(100, 'How do you route tickets today?', 'situation'), rep(1000, 'Our router balances queues.', 'pitch'));
    put(rep(1100, 'It also does reporting.', 'pitch'));
    const result = analyzer.result(at(1200));
    expect(result.firstPitchSec).toBe(1000);
    expect(result.firstPitchUtterance?.text).toBe('Our router balances queues.');
  });

  it('counts a pitch label only at the confidence a pitch needs', () => {
    const { analyzer, put, at, context } = analyzerHarness(createFirstPitchAnalyzer);
    const bar = context.settings.thresholds.pitch.minConfidence;
    put({ ...rep(60, 'So I thought we could start with how your team works today.', 'pitch'), confidence: bar - 0.05 });
    put({ ...rep(900, 'Our router balances queues.', 'pitch'), confidence: bar });
    expect(analyzer.result(at(1000)).firstPitchSec).toBe(900);
  });

  it("needs less confidence for a pitch line in the seller's voice, and only for a line labeled pitch", () => {
    const { analyzer, put, at, context } = analyzerHarness(createFirstPitchAnalyzer);
    const { minConfidence, sellerVoiceMinConfidence } = context.settings.thresholds.pitch;
    expect(sellerVoiceMinConfidence).toBeLessThan(minConfidence);
    const unsure = (sellerVoiceMinConfidence + minConfidence) / 2;
    put({ ...rep(200, 'And the dashboard shows every late route at a glance.', 'pitch'), confidence: unsure });
    put({ ...rep(240, "So we work with breweries that self-distribute, and we tag every keg.", 'other'), confidence: 0.9 });
    expect(analyzer.result(at(300)).firstPitchSec).toBeNull();
    put({ ...rep(400, "That's exactly the gap we close: the route goes out the moment dispatch approves it.", 'pitch'), confidence: unsure });
    expect(analyzer.result(at(500)).firstPitchSec).toBe(400);
    put({ ...rep(100, 'Where we are different is the phone app for drivers.', 'pitch'), confidence: sellerVoiceMinConfidence - 0.05 });
    expect(analyzer.result(at(500)).firstPitchSec).toBe(400);
  });

  it('does not count a recap of what the buyer said as the first pitch, until the buyer takes the floor', () => {
    const { analyzer, put, at } = analyzerHarness(createFirstPitchAnalyzer);
    put(
      rep(100, "Okay, let me play back what I heard before I say anything about what we do.", 'other'),
      rep(108, "You're running three hundred routes a day off a whiteboard, and it's costing you two dispatchers' overtime.", 'pitch'),
      buyer(118, 'Yep.'),
      rep(120, "And the late-delivery fees run about forty thousand a year.", 'pitch'),
    );
    expect(analyzer.result(at(130)).firstPitchSec).toBeNull();
    expect(analyzer.candidates(at(131))).toEqual([]);
    put(
      buyer(130, "That's right, and honestly the overtime is the part that keeps me up at night, more than the fees do."),
      rep(140, 'Our router builds those three hundred routes in about a minute.', 'pitch'),
    );
    expect(analyzer.result(at(150)).firstPitchSec).toBe(140);
  });

  it('ends a recap once the buyer answers the question that closes it, however short the answer', () => {
    const recap = [
      rep(100, "Okay, let me make sure I've got the whole picture.", 'other'),
      rep(106, 'Changes live on your phone and never reach the kitchen, and the bill goes out on the old count.', 'other'),
    ];
    const story = rep(130, 'So one caterer we work with went through almost exactly this last spring.', 'pitch');
    const open = analyzerHarness(createFirstPitchAnalyzer);
    open.put(...recap, rep(112, 'And the window to change anything is after the holidays.', 'other'), buyer(120, 'Yeah, exactly.'), story);
    expect(open.analyzer.result(open.at(140)).firstPitchSec).toBeNull();
    const closed = analyzerHarness(createFirstPitchAnalyzer);
    closed.put(...recap, rep(112, 'And the window to change anything is after the holidays. Did I get that right?', 'other'), buyer(120, 'Yeah, exactly.'), story);
    expect(closed.analyzer.result(closed.at(140)).firstPitchSec).toBe(130);
    const unanswered = analyzerHarness(createFirstPitchAnalyzer);
    unanswered.put(...recap, rep(112, 'And the window to change anything is after the holidays. Did I get that right?', 'other'), story);
    expect(unanswered.analyzer.result(unanswered.at(140)).firstPitchSec).toBeNull();
  });

  it('ends a recap after a few rep lines even when the buyer stays quiet', () => {
    const { analyzer, put, at, context } = analyzerHarness(createFirstPitchAnalyzer);
    const { recapRepLines } = context.settings.thresholds.pitch;
    put(rep(100, 'Quick recap of last time.', 'other'));
    for (let n = 1; n <= recapRepLines; n++) put(rep(100 + n * 10, `Pitch line ${n}: our router balances queues.`, 'pitch'));
    // The recap covers its own line and the next recapRepLines - 1 rep lines; the one after is a pitch.
    expect(analyzer.result(at(200)).firstPitchSec).toBe(100 + recapRepLines * 10);
  });

  it('follows a correction that turns a line into a pitch, and back', () => {
    const { analyzer, put, at } = analyzerHarness(createFirstPitchAnalyzer);
    const line = rep(300, 'What do you use for', 'situation');
    put(line, rep(1000, 'Our router balances queues.', 'pitch'));
    expect(analyzer.result(at(1001)).firstPitchSec).toBe(1000);
    const corrected = { ...labeled(line), text: 'What do you think of our router?', label: { role: 'rep', act: 'pitch', confidence: 0.9, tier: 'fast' } } as const;
    put(corrected);
    expect(analyzer.result(at(1001)).firstPitchSec).toBe(300);
    put({ ...corrected, label: { ...corrected.label, act: 'situation' } });
    expect(analyzer.result(at(1001)).firstPitchSec).toBe(1000);
  });

  it('follows the clock through the phases', () => {
    const { analyzer, at } = analyzerHarness(createFirstPitchAnalyzer);
    expect(analyzer.result(at(60)).phase).toBe('opening');
    expect(analyzer.result(at(300)).phase).toBe('discovery');
    expect(analyzer.result(at(1300)).phase).toBe('pitch');
    expect(analyzer.result(at(1600)).phase).toBe('next_steps');
  });

  it('moves to the pitch phase early once the rep is clearly presenting', () => {
    const { analyzer, put, at } = analyzerHarness(createFirstPitchAnalyzer);
    put(rep(400, 'Here is our dashboard.', 'pitch'), rep(410, 'It tracks routes.', 'pitch'));
    expect(analyzer.result(at(420)).phase).toBe('discovery');
    put(rep(420, 'And it alerts the team.', 'pitch'));
    expect(analyzer.result(at(430)).phase).toBe('pitch');
  });

  it('proposes an early-pitch nudge for a fresh, confident pitch before minute 15', () => {
    const { analyzer, put, at, context } = analyzerHarness(createFirstPitchAnalyzer);
    const pitch = rep(300, 'Our router balances queues.', 'pitch', 3);
    put(pitch);
    const [candidate] = analyzer.candidates(at(305));
    expect(candidate).toMatchObject({ kind: 'early-pitch', key: `early-pitch:${pitch.id}`, facts: { time: '05:00', earlyMin: 15 } });
    expect(candidate.evidence[0]).toMatchObject({ utteranceId: pitch.id, text: pitch.text });
    expect(analyzer.candidates(at(303 + context.settings.thresholds.nudges.eventFreshSec + 1))).toEqual([]);
  });

  it('does not propose it for an unsure label or a pitch after minute 15', () => {
    const { analyzer, put, at } = analyzerHarness(createFirstPitchAnalyzer);
    put({ ...rep(300, 'Maybe our tool?', 'pitch', 2), confidence: 0.3 });
    expect(analyzer.candidates(at(302))).toEqual([]);
    put(rep(950, 'Our router balances queues.', 'pitch', 3));
    expect(analyzer.candidates(at(953))).toEqual([]);
  });

  it('ignores buyer lines', () => {
    const { analyzer, put, at } = analyzerHarness(createFirstPitchAnalyzer);
    put(buyer(100, 'Can you show me the product?'));
    expect(analyzer.result(at(101)).firstPitchSec).toBeNull();
  });
});
