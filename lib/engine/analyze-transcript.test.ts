import { describe, expect, it } from 'vitest';
import type { TranscriptCue } from '../transcript';
import { analyzeTranscript } from './analyze-transcript';
import { buyer, rep, scriptedClassifier } from './scripted-call';

const cue = (startSec: number, speaker: string, text: string, endSec = startSec + 3): TranscriptCue => ({ startSec, endSec, speaker, text });
const classifier = scriptedClassifier([
  rep(0, 'Our router assigns every ticket as it arrives.', 'pitch'),
  rep(0, 'Where does routing break today?', 'problem'),
  buyer(0, 'That is more than we set aside.', 'budget'),
]);

describe('analyzing a transcript', () => {
  it('runs the cues through the session in time order, in seconds from the first cue', () => {
    const { report, utterances, warnings } = analyzeTranscript(
      [
        cue(3605, 'Dana Lee', 'We assign every ticket by hand from a shared inbox.'),
        cue(3600, 'sam rivera', 'Where does routing break today?'),
        cue(3610, 'Sam Rivera', 'Our router assigns every ticket as it arrives.'),
        cue(3615, 'Dana Lee', 'That is more than we set aside.'),
      ],
      { repNames: ['Sam Rivera'], classifier },
    );
    expect(warnings).toEqual([]);
    expect(utterances.map((line) => [line.startSec, line.role])).toEqual([[0, 'rep'], [5, 'buyer'], [10, 'rep'], [15, 'buyer']]);
    expect(report.analysis.firstPitchSec).toBe(10);
    expect(report.analysis.questionCounts.problem).toBe(1);
    expect(report.analysis.objections).toEqual([expect.objectContaining({ category: 'budget', atSec: 15 })]);
    expect(report.debrief.markdown).toContain('- **Platform**: Imported transcript');
  });

  it('says when the rep name never appears, naming the speakers', () => {
    const { report, warnings } = analyzeTranscript([cue(0, 'Alex', 'Hello.'), cue(4, 'Dana', 'Hi there.')], { repNames: ['Sam'], classifier });
    expect(warnings).toEqual(["the rep name 'Sam' never appears; speakers are: Alex, Dana"]);
    expect(report.analysis.repTalkShare).toBe(0);
  });

  it('finds the rep by a whole-word part of the name, and says so', () => {
    const { utterances, warnings } = analyzeTranscript([cue(0, 'Sam Rivera', 'Hello.'), cue(4, 'Samantha Diaz', 'Hi.')], { repNames: ['sam'], classifier });
    expect(utterances.map((line) => line.role)).toEqual(['rep', 'buyer']);
    expect(warnings).toEqual(["the rep name 'sam' matched speaker(s) 'Sam Rivera'"]);
  });

  it('does not count a cue stretched over a long silence as talking time', () => {
    const { report } = analyzeTranscript([cue(0, 'Sam', 'Are you there?', 600), cue(601, 'Dana', 'Yes, sorry about that.')], { repNames: ['Sam'], classifier });
    expect(report.analysis.repTalkSec).toBeLessThan(5);
  });

  it('cuts a long blackout from the call clock, with a warning', () => {
    const { report, warnings } = analyzeTranscript([cue(0, 'Sam', 'Are you there?'), cue(1800, 'Dana', 'Back now, sorry.')], { repNames: ['Sam'], classifier });
    expect(report.analysis.durationSec).toBeLessThan(200);
    expect(warnings).toEqual(['no one spoke for 29:57 after [02:03]; the call clock counts 02:00 of it, so later times are shifted']);
  });

  it('uses the caller’s call details', () => {
    const { report } = analyzeTranscript([cue(0, 'Sam', 'Hello.')], {
      repNames: ['Sam'],
      classifier,
      meta: { title: 'Acme discovery', startedAt: Date.UTC(2026, 0, 2) },
    });
    expect(report.debrief.markdown).toContain('# Call Coaching: Sam — 2026-01-02');
    expect(report.debrief.markdown).toContain('- **Account**: Acme discovery');
  });
});
