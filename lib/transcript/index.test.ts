import { describe, expect, it } from 'vitest';
import { detectFormat, parseTranscript, TranscriptError, UNKNOWN_SPEAKER } from '.';

const options = { wordsPerSecond: 2.5 };
const lines = (text: string) => text.split('\n');

const expectError = (run: () => unknown, code: TranscriptError['code']) => {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(TranscriptError);
    expect((error as TranscriptError).code).toBe(code);
    expect((error as TranscriptError).message).not.toContain('\n');
    return;
  }
  throw new Error('expected a TranscriptError');
};

describe('WebVTT', () => {
  it('reads voice tags, cue times, entities and inline markup', () => {
    const vtt = [
      'WEBVTT',
      '',
      'NOTE exported from Teams',
      '',
      '1a2b/12-0',
      '00:00:01.000 --> 00:00:04.500 align:start',
      '<v Sam Rivera>Thanks for making time, <i>really</i>.</v>',
      '',
      '00:00:05.000 --> 00:00:09.000',
      '<v.loud Dana Lee>We use R&amp;D budget &lt;for&gt; it',
      'and it breaks a lot.</v>',
    ].join('\n');
    const parsed = parseTranscript(vtt, options);
    expect(parsed.format).toBe('webvtt');
    expect(parsed.warnings).toEqual([]);
    expect(parsed.cues).toEqual([
      { startSec: 1, endSec: 4.5, speaker: 'Sam Rivera', text: 'Thanks for making time, really.' },
      { startSec: 5, endSec: 9, speaker: 'Dana Lee', text: 'We use R&D budget <for> it and it breaks a lot.' },
    ]);
  });

  it('splits a cue with two voices, sharing its time by how much each said', () => {
    const parsed = parseTranscript('WEBVTT\n\n00:01:00.000 --> 00:01:10.000\n<v Sam>Right?</v>\n<v Dana>Yes, exactly right.</v>\n', options);
    expect(parsed.cues.map((cue) => [cue.speaker, cue.text])).toEqual([['Sam', 'Right?'], ['Dana', 'Yes, exactly right.']]);
    expect(parsed.cues[0].startSec).toBe(60);
    expect(parsed.cues[1].endSec).toBeCloseTo(70);
    expect(parsed.cues[0].endSec).toBeCloseTo(parsed.cues[1].startSec);
  });

  it('reads "Name: text" cues (Zoom) and SubRip timing', () => {
    const srt = '1\n00:00:01,000 --> 00:00:03,000\nSam Rivera: Hello there.\n\n2\n00:00:03,500 --> 00:00:05,000\nDana: Hi!\n';
    const parsed = parseTranscript(srt, options);
    expect(parsed.format).toBe('webvtt');
    expect(parsed.cues.map((cue) => [cue.startSec, cue.speaker, cue.text])).toEqual([[1, 'Sam Rivera', 'Hello there.'], [3.5, 'Dana', 'Hi!']]);
  });

  it('keeps cues without a voice tag under "Unknown", with a warning', () => {
    const parsed = parseTranscript('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nhello everyone\n\n00:00:03.000 --> 00:00:04.000\n<v Dana>Hi.\n', options);
    expect(parsed.cues.map((cue) => cue.speaker)).toEqual([UNKNOWN_SPEAKER, 'Dana']);
    expect(parsed.warnings).toEqual(['1 of 2 cues name no speaker (no <v> voice tag); they are attributed to "Unknown"']);
  });
});

describe('line transcripts', () => {
  it('reads "[hh:mm:ss] Speaker: text" lines, each ending where the next begins', () => {
    const parsed = parseTranscript('[00:00:05] Sam: Thanks for joining.\n[00:00:09] Dana: Happy to.\nWe have a lot going on.\n[00:01:02] Sam: Great.', options);
    expect(parsed.format).toBe('timestamped');
    expect(parsed.cues).toEqual([
      { startSec: 5, endSec: 9, speaker: 'Sam', text: 'Thanks for joining.' },
      { startSec: 9, endSec: 62, speaker: 'Dana', text: 'Happy to. We have a lot going on.' },
      { startSec: 62, endSec: 62 + 1 / 2.5, speaker: 'Sam', text: 'Great.' },
    ]);
  });

  it('reads Otter-style headers with the text on the lines below', () => {
    const parsed = parseTranscript('Sam Rivera  0:05\nThanks for joining.\n\nDana Lee  0:09\nHappy to.\n', options);
    expect(parsed.format).toBe('timestamped');
    expect(parsed.cues.map((cue) => [cue.startSec, cue.speaker, cue.text])).toEqual([[5, 'Sam Rivera', 'Thanks for joining.'], [9, 'Dana Lee', 'Happy to.']]);
  });

  it('warns when timestamps go backwards', () => {
    const parsed = parseTranscript('[00:00:09] Sam: Second.\n[00:00:05] Dana: First.', options);
    expect(parsed.warnings).toContain('some timestamps go backwards; lines are analyzed in time order');
  });

  it('reads plain "Speaker: text" lines with estimated times, and says so', () => {
    const parsed = parseTranscript('Sam: One two three four five.\nDana: Six seven.\nstill Dana here\n', options);
    expect(parsed.format).toBe('plain');
    expect(parsed.cues).toEqual([
      { startSec: 0, endSec: 2, speaker: 'Sam', text: 'One two three four five.' },
      { startSec: 2, endSec: 4, speaker: 'Dana', text: 'Six seven. still Dana here' },
    ]);
    expect(parsed.warnings).toEqual(['the transcript has no times; they are estimated at 2.5 words per second']);
  });

  it('does not take a sentence with a colon for a speaker', () => {
    expect(detectFormat(lines('Here is the thing we talked about last week in detail: pricing'))).toBeNull();
  });
});

describe('input that is not a transcript', () => {
  it('is refused when empty or blank', () => {
    expectError(() => parseTranscript('', options), 'empty');
    expectError(() => parseTranscript(new Uint8Array(), options), 'empty');
    expectError(() => parseTranscript(' \n\t\n', options), 'empty');
  });

  it('is refused when binary', () => {
    expectError(() => parseTranscript(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), options), 'binary');
    const garbage = new Uint8Array(2000).map((_, index) => 0x80 + ((index * 37) % 0x7f));
    expectError(() => parseTranscript(garbage, options), 'binary');
  });

  it('is refused when it has no recognizable lines', () => {
    expectError(() => parseTranscript('just some notes\nwithout any speakers', options), 'no-cues');
    expectError(() => parseTranscript('WEBVTT\n\nNOTE nothing here\n', options), 'no-cues');
  });

  it('is refused over the size limit', () => {
    expectError(() => parseTranscript('Sam: hi\n'.repeat(200), { ...options, maxBytes: 1000 }), 'too-large');
  });

  it('reads UTF-16 files with a byte-order mark', () => {
    const text = 'Sam: Hello there.\nDana: Hi.';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index++) bytes[2 + index * 2] = text.charCodeAt(index);
    expect(parseTranscript(bytes, options).cues.map((cue) => cue.speaker)).toEqual(['Sam', 'Dana']);
  });
});
