import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buyer, rep, scriptedClassifier } from '../../lib/engine/scripted-call';
import { runAnalyze } from '../../scripts/cli/analyze-command';
import { asTimestampedLines, syntheticCall } from '../../scripts/cli/synthetic-call';

let dir: string;
const file = (name: string, content: string | Uint8Array) => {
  const full = path.join(dir, name);
  writeFileSync(full, content);
  return full;
};

const CALL_VTT = [
  'WEBVTT',
  '',
  '00:10:00.000 --> 00:10:09.000',
  '<v Sam Rivera>Thanks for the time. Here’s what I was thinking for our thirty minutes, and at the end we decide on a next step. Does that work for you?',
  '',
  '00:10:10.000 --> 00:10:12.000',
  '<v Dana Lee>Sure, that works.',
  '',
  '00:10:20.000 --> 00:10:23.000',
  '<v Sam Rivera>Where does routing break today?',
  '',
  '00:10:24.000 --> 00:10:30.000',
  '<v Dana Lee>We do it all manually and it takes forever.',
  '',
  '00:11:00.000 --> 00:11:04.000',
  '<v Sam Rivera>Our router assigns every ticket as it arrives.',
  '',
  '00:11:05.000 --> 00:11:08.000',
  '<v Dana Lee>That is more than we set aside.',
].join('\n');

const classifier = () =>
  scriptedClassifier([
    rep(0, 'Where does routing break today?', 'problem'),
    rep(0, 'Our router assigns every ticket as it arrives.', 'pitch'),
    buyer(0, 'That is more than we set aside.', 'budget'),
  ]);
const analyze = (...args: string[]) => runAnalyze(args, { classifier });
const expectOneLineError = (result: ReturnType<typeof runAnalyze>, pattern: RegExp) => {
  expect(result.exitCode).not.toBe(0);
  expect(result.stdout).toBe('');
  expect(result.stderr).toHaveLength(1);
  expect(result.stderr[0]).toMatch(/^analyze: /);
  expect(result.stderr[0]).toMatch(pattern);
  expect(result.stderr[0]).not.toMatch(/\n|\s+at \S+ \(/);
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'analyze-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('analyze --json', () => {
  it('prints one object with exactly the documented keys, times from the first cue', () => {
    const result = analyze(file('call.vtt', CALL_VTT), '--rep', 'Sam Rivera', '--json');
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toEqual([]);
    const json = JSON.parse(result.stdout);
    expect(Object.keys(json).sort()).toEqual(
      ['checklist', 'debrief', 'durationSec', 'firstPitchSec', 'longestRepMonologueSec', 'nextStep', 'nudges', 'objections', 'questionCounts', 'repTalkShare', 'upfrontContract'].sort(),
    );
    expect(json.firstPitchSec).toBe(60);
    expect(json.objections).toEqual([{ category: 'budget', atSec: 65 }]);
    expect(json.questionCounts).toEqual({ situation: 0, problem: 1, implication: 0, need_payoff: 0 });
    expect(json.checklist).toEqual({ problem: true, root_cause: false, impact: false, stakeholders: false, trigger: false, cost_of_inaction: false });
    expect(json.upfrontContract).toBe(true);
    expect(json.nextStep).toBe(false);
    expect(json.repTalkShare).toBeGreaterThan(0);
    expect(json.repTalkShare).toBeLessThan(1);
    expect(json.durationSec).toBeCloseTo(68, 0);
    for (const nudge of json.nudges) expect(Object.keys(nudge).sort()).toEqual(['atSec', 'kind', 'message']);
    expect(json.nudges.map((nudge: { kind: string }) => nudge.kind)).toContain('objection');
    expect(json.debrief).toContain('## Coaching Opportunity');
  });

  it('prints a readable report without --json', () => {
    const result = analyze(file('call.vtt', CALL_VTT), '--rep', 'sam rivera');
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^Nudges during the call \(\d+\):/);
    expect(result.stdout).toContain('## Call Figures');
  });
});

describe('analyze on bad input', () => {
  it('refuses an empty file', () => {
    expectOneLineError(analyze(file('empty.vtt', ''), '--rep', 'Sam'), /the transcript is empty/);
  });

  it('refuses a binary file', () => {
    expectOneLineError(analyze(file('image.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0x49, 0x48])), '--rep', 'Sam'), /not a text transcript/);
  });

  it('reads a VTT without voice tags, warning that speakers are unknown', () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\nHello everyone.\n\n00:00:04.000 --> 00:00:06.000\nHi, thanks for having us.\n';
    const unknown = analyze(file('untagged.vtt', vtt), '--rep', 'Sam');
    expectOneLineError(unknown, /the rep name 'Sam' never appears; speakers are: Unknown/);
    const asUnknown = analyze(file('untagged.vtt', vtt), '--rep', 'Unknown', '--json');
    expect(asUnknown.exitCode).toBe(0);
    expect(asUnknown.stderr).toEqual(['analyze: warning: 2 of 2 cues name no speaker (no <v> voice tag); they are attributed to "Unknown"']);
    expect(JSON.parse(asUnknown.stdout).repTalkShare).toBe(1);
  });

  it('refuses a transcript where the rep name never appears, naming the speakers', () => {
    expectOneLineError(analyze(file('call.vtt', CALL_VTT), '--rep', 'Alex'), /the rep name 'Alex' never appears; speakers are: Sam Rivera, Dana Lee/);
  });

  it('asks for --rep, naming the speakers', () => {
    expectOneLineError(analyze(file('call.vtt', CALL_VTT)), /missing --rep "NAME"; speakers in .*: Sam Rivera, Dana Lee/);
  });

  it('analyzes a 5 MB transcript in a few seconds', () => {
    let turns = syntheticCall(3600 * 100, 11);
    let text = asTimestampedLines(turns);
    while (text.length > 5 * 1024 * 1024) {
      turns = turns.slice(0, Math.floor(turns.length * 0.95));
      text = asTimestampedLines(turns);
    }
    expect(text.length).toBeGreaterThan(4.5 * 1024 * 1024);
    const big = file('big.txt', text);
    const started = performance.now();
    const result = analyze(big, '--rep', 'Sam Rivera', '--json');
    const elapsedMs = performance.now() - started;
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout).questionCounts).toBeDefined();
    expect(elapsedMs).toBeLessThan(5000);
  }, 20_000);

  it('refuses a file over the size limit without reading it', () => {
    expectOneLineError(analyze(file('huge.txt', Buffer.alloc(11 * 1024 * 1024, 'a')), '--rep', 'Sam'), /the limit is 10 MB/);
  });

  it('says which file is missing', () => {
    expectOneLineError(analyze(path.join(dir, 'nope.vtt'), '--rep', 'Sam'), /no such file: .*nope\.vtt/);
  });

  it('refuses a directory', () => {
    const folder = path.join(dir, 'folder');
    mkdirSync(folder, { recursive: true });
    expectOneLineError(analyze(folder, '--rep', 'Sam'), /is a directory/);
  });

  it('prints the usage for no arguments or an unknown option', () => {
    const none = analyze();
    expectOneLineError(none, /missing the transcript file \(usage: npm run -s analyze -- FILE --rep "NAME"/);
    expect(none.exitCode).toBe(2);
    expectOneLineError(analyze('x.vtt', '--rpe', 'Sam'), /Unknown option '--rpe'/);
  });
});

describe('analyze as a process', () => {
  const run = (...args: string[]) =>
    spawnSync('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: path.resolve(__dirname, '../..'), encoding: 'utf8', timeout: 60_000 });

  it('prints only the JSON result on stdout', () => {
    const result = run(file('call.vtt', CALL_VTT), '--rep', 'Sam Rivera', '--json');
    expect(result.status).toBe(0);
    expect(Object.keys(JSON.parse(result.stdout))).toContain('debrief');
  }, 60_000);

  it('fails with one line and no stack trace', () => {
    for (const [args, status] of [[[path.join(dir, 'nope.vtt'), '--rep', 'Sam'], 1], [[], 2]] as const) {
      const result = run(...args);
      expect(result.status).toBe(status);
      expect(result.stdout).toBe('');
      const errorLines = result.stderr.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('npm warn'));
      expect(errorLines).toHaveLength(1);
      expect(errorLines[0]).toMatch(/^analyze: /);
    }
  }, 60_000);
});
