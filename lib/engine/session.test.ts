import { describe, expect, it } from 'vitest';
import type { CallMeta, UtteranceRevision } from '../types';
import { buyer, playCall, rep, scriptedClassifier } from './scripted-call';
import { createCoachSession, createSessionCore } from './session';

const START = Date.UTC(2026, 2, 3, 14, 0);
const META: CallMeta = { callId: 'call-1', platform: 'meet', title: 'Acme', repName: 'Sam', startedAt: START };
const caption = (id: string, speaker: string, text: string, startSec: number, updatedSec: number, self = false): UtteranceRevision => ({
  id,
  speaker,
  self,
  text,
  startedAt: START + startSec * 1000,
  updatedAt: START + updatedSec * 1000,
  final: false,
});

describe('coach session', () => {
  it('labels a caption only when its text changed', () => {
    const classifier = scriptedClassifier();
    const session = createCoachSession({ callStartedAt: START, classifier });
    session.ingest(caption('c1', 'You', 'What do you', 10, 10.3, true));
    session.ingest(caption('c1', 'You', 'What do you', 10, 10.6, true));
    expect(classifier.calls).toBe(1);
    session.ingest(caption('c1', 'You', 'What do you use today?', 10, 11, true));
    expect(classifier.calls).toBe(2);
    expect(session.utterances()).toHaveLength(1);
    expect(session.utterances()[0]).toMatchObject({ role: 'rep', text: 'What do you use today?' });
  });

  it('re-classifies a corrected caption and the counts follow', () => {
    const situation = rep(300, 'What tools do you use', 'situation');
    const pitch = rep(300, 'What tools do you think our platform replaces first', 'pitch');
    const classifier = scriptedClassifier([situation, pitch]);
    const core = createSessionCore({ classifier });
    core.ingestUtterance({ id: 'c1', speaker: 'Sam', role: 'rep', text: situation.text, startSec: 300, endSec: 302 }, 302);
    core.ingestUtterance({ id: 'c2', speaker: 'Sam', role: 'rep', text: 'Our router balances every queue.', startSec: 1000, endSec: 1003 }, 1003);
    classifier.learn({ ...rep(1000, 'Our router balances every queue.', 'pitch') });
    core.ingestUtterance({ id: 'c2', speaker: 'Sam', role: 'rep', text: 'Our router balances every queue!', startSec: 1000, endSec: 1003 }, 1004);
    classifier.learn({ ...rep(1000, 'Our router balances every queue!', 'pitch') });
    core.ingestUtterance({ id: 'c2', speaker: 'Sam', role: 'rep', text: 'Our router balances every queue!', startSec: 1000, endSec: 1003 }, 1004);
    expect(core.analysis().questionCounts.situation).toBe(1);
    core.ingestUtterance({ id: 'c1', speaker: 'Sam', role: 'rep', text: pitch.text, startSec: 300, endSec: 304 }, 1005);
    const analysis = core.analysis();
    expect(analysis.questionCounts.situation).toBe(0);
    expect(analysis.firstPitchSec).toBe(300);
  });

  it('takes a model-tier label over the fast one, for a line of the same role only', () => {
    const core = playCall([rep(10, 'So, the dashboard.', 'other')]);
    const [line] = core.utterances();
    core.relabel(line.id, { role: 'buyer', objection: 'budget', confidence: 1, tier: 'model' });
    expect(core.utterances()[0].label).toMatchObject({ role: 'rep', act: 'other' });
    core.relabel(line.id, { role: 'rep', act: 'pitch', confidence: 0.95, tier: 'model' });
    expect(core.analysis().firstPitchSec).toBe(10);
  });

  it('raises nudges that each carry the lines they rest on', () => {
    const core = playCall([
      rep(5, 'Hi Dana, thanks for joining.'),
      buyer(10, 'Happy to be here, we have a lot going on.'),
      rep(200, 'Our router rebalances every queue in real time.', 'pitch', 60),
      rep(260, 'It also has dashboards for every team lead.', 'pitch', 60),
      buyer(325, 'That’s more than we set aside for this.', 'budget', 3),
    ]);
    core.evaluate(330);
    const nudges = core.report(META).nudges;
    expect(nudges.map((nudge) => nudge.kind)).toEqual(expect.arrayContaining(['early-pitch', 'monologue', 'objection']));
    const ids = new Set(core.utterances().map((line) => line.id));
    for (const nudge of nudges) {
      expect(nudge.evidence.length).toBeGreaterThan(0);
      for (const evidence of nudge.evidence) expect(ids.has(evidence.utteranceId ?? '')).toBe(true);
    }
    expect(core.currentNudge()?.kind).toBe('objection');
  });

  it('reports the analysis, the raised nudges and a template debrief', () => {
    const core = playCall([rep(5, 'What do you use today?', 'situation'), buyer(8, 'Spreadsheets and a lot of email.')]);
    const report = core.report(META);
    expect(report.analysis.questionCounts.situation).toBe(1);
    expect(report.debrief.writtenBy).toBe('template');
    expect(report.debrief.markdown).toContain('## Call Details');
  });
});

describe('a long blackout in the captions (laptop asleep)', () => {
  const sleepCall = () => {
    const session = createCoachSession({ callStartedAt: START, classifier: scriptedClassifier(), repNames: ['Sam'] });
    session.ingest(caption('c1', 'Sam', 'So walk me through how routing works today', 100, 103));
    session.ingest(caption('c2', 'Dana', 'We assign every ticket by hand in a shared inbox', 105, 109));
    session.ingest(caption('c3', 'Sam', 'And where does that', 110, 112));
    return session;
  };

  it('is not counted as talking time when a caption is finished after waking', () => {
    const session = sleepCall();
    const before = session.analysis().repTalkSec;
    session.ingest(caption('c3', 'Sam', 'And where does that break down', 110, 112 + 2400));
    const after = session.analysis();
    expect(after.repTalkSec - before).toBeLessThan(5);
    expect(after.longestRepMonologueSec).toBeLessThan(10);
  });

  it('does not stretch the call, move its phase or raise end-of-call nudges', () => {
    const session = sleepCall();
    expect(session.tick(START + 2600 * 1000).map((nudge) => nudge.kind)).not.toContain('next-step');
    session.ingest(caption('c4', 'Dana', 'Sorry, I lost you for a while there', 2600, 2603));
    const nudges = session.tick(START + 2610 * 1000);
    const analysis = session.analysis();
    expect(analysis.durationSec).toBeLessThan(400);
    expect(analysis.phase).toBe('discovery');
    const kinds = [...nudges, ...session.report(META).nudges].map((nudge) => nudge.kind);
    expect(kinds).not.toContain('next-step');
    expect(kinds).not.toContain('checklist');
    const resumed = session.utterances().find((line) => line.id === 'c4');
    expect(resumed?.startSec).toBeCloseTo(112 + 120);
  });

  it('stops the clock while no captions arrive', () => {
    const session = sleepCall();
    session.tick(START + 5000 * 1000);
    expect(session.analysis().durationSec).toBeCloseTo(112 + 120);
  });

  it('lists what it cut from the call clock', () => {
    const core = playCall([rep(10, 'Are you still there?', 'other', 2), buyer(1000, 'Yes, sorry, back now.', 'none', 2)]);
    expect(core.clockCuts()).toEqual([{ atSec: 132, silentSec: 988, cutSec: 868 }]);
    expect(core.analysis().durationSec).toBeCloseTo(134);
  });
});

describe('the report of a finished call', () => {
  it('places the phases by the call’s real length, so a short call’s next step counts', () => {
    const core = playCall([
      rep(5, 'Thanks for joining, Dana.', 'other', 3),
      buyer(60, 'We route every ticket by hand.', 'none', 5),
      rep(110, 'Let me show you how our router handles it.', 'pitch', 30),
      rep(560, 'Let’s book a follow-up call for Thursday at two.', 'other', 4),
      buyer(565, 'Thursday at two works.', 'none', 3),
    ], { thresholds: { sleepGapSec: 3600 } });
    expect(core.analysis().nextStep).toBe(false);
    expect(core.report(META).analysis.nextStep).toBe(true);
    expect(core.report(META).analysis.phase).toBe('next_steps');
  });

  describe('a rep acknowledging pushback confirms an unsure objection reading', () => {
    const unsure = (startSec: number, text: string, confidence: number) => ({ ...buyer(startSec, text, 'budget', 3), confidence });

    it('counts the turn just before "that’s fair" as an objection, without a card', () => {
      const core = playCall([
        rep(100, 'For a team your size it comes to about two thousand a month.'),
        unsure(110, 'oof okay um', 0.4),
        unsure(114, 'that is a lot of money for us', 0.5),
        rep(118, 'That’s fair, and I’d rather talk it through than dodge it.'),
      ]);
      core.evaluate(122);
      core.evaluate(125);
      expect(core.analysis().objections.map((moment) => [moment.category, moment.atSec])).toEqual([
        ['budget', 110],
        ['budget', 114],
      ]);
      const acknowledged = core.utterances().find((line) => line.text === 'oof okay um')!;
      expect(acknowledged.label).toMatchObject({ objection: 'budget', confidence: 0.4, acknowledgedBy: core.utterances().at(-1)!.id });
      // The rep has noticed it: no card, which would come after the rep's answer.
      expect(core.report(META).nudges.map((nudge) => nudge.kind)).not.toContain('objection');
    });

    it('counts it too when the reply head reads the rep’s reply as answering pushback, at its bar', () => {
      const lines = [
        rep(100, 'For a team your size it comes to about two thousand a month.'),
        unsure(110, 'hmm that is more than we had in mind', 0.4),
        rep(116, 'Understood, and I would rather talk it through now than later.'),
      ];
      const play = (pushback: number) => {
        const replyPushback = (text: string) => (text.startsWith('Understood') ? pushback : 0);
        const core = createSessionCore({ classifier: { ...scriptedClassifier(lines), replyPushback }, settings: { thresholds: { objection: { replyMinConfidence: 0.7 } } } });
        for (const { act: _act, objection: _objection, confidence: _confidence, ...utterance } of lines) core.ingestUtterance(utterance, utterance.endSec);
        return core;
      };
      expect(play(0.8).analysis().objections.map((moment) => [moment.category, moment.atSec])).toEqual([['budget', 110]]);
      expect(play(0.6).analysis().objections).toEqual([]);
      expect(play(0.8).report(META).nudges.map((nudge) => nudge.kind)).not.toContain('objection');
    });

    it('confirms nothing when the rep moves on, or when the reader gives the row too little weight', () => {
      const movesOn = playCall([unsure(110, 'oof okay um', 0.4), rep(114, 'And how many trucks run out of the north yard?', 'situation')]);
      expect(movesOn.analysis().objections).toEqual([]);
      const tooUnsure = playCall([unsure(110, 'oof okay um', 0.2), rep(114, 'That’s fair.')]);
      expect(tooUnsure.analysis().objections).toEqual([]);
    });

    it('reaches back over one buyer turn only', () => {
      const core = playCall([
        unsure(100, 'we paid a lot for the last one', 0.4),
        rep(104, 'What did it cost you?', 'implication'),
        buyer(108, 'about forty thousand a year'),
        rep(112, 'I hear you.'),
      ]);
      expect(core.analysis().objections).toEqual([]);
    });
  });
});
