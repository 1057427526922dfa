// The classify CLI end to end: a real process on real files, reading its stdout, stderr and exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { OBJECTION_CATEGORIES, REP_ACTS } from '../../lib/types';

const root = path.resolve(__dirname, '../..');
const workDir = mkdtempSync(path.join(tmpdir(), 'classify-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function classify(...args: string[]) {
  const result = spawnSync(path.join(root, 'node_modules/.bin/tsx'), ['scripts/classify.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderrLines: result.stderr.split('\n').filter((line) => line.trim() !== '') };
}

function fileWith(name: string, content: string | Buffer): string {
  const file = path.join(workDir, name);
  writeFileSync(file, content);
  return file;
}

function expectOneLineError(result: ReturnType<typeof classify>, pattern: RegExp) {
  expect(result.code).toBe(1);
  expect(result.stdout).toBe('');
  expect(result.stderrLines).toHaveLength(1);
  expect(result.stderrLines[0]).toMatch(pattern);
  expect(result.stderrLines[0]).not.toMatch(/\bat .+:\d+/);
}

describe('npm run classify', () => {
  it('labels each valid line, warns by line number on malformed ones and carries on', () => {
    const input = [
      '\uFEFF{"id":1,"speaker":"rep","text":"Want me to show you how our dashboard handles that?"}',
      'not json at all',
      '{"id":"b-2","speaker":"buyer","text":"Honestly that is way more than we budgeted for this year."}',
      '{"id":3,"speaker":"manager","text":"who am I"}',
      '',
      '{"id":4,"speaker":"rep"}',
      '{"id":5,"speaker":"rep","text":"how many people are on the dispatch team today"}\r',
    ].join('\n');
    const result = classify(fileWith('mixed.jsonl', input));
    expect(result.code).toBe(0);
    expect(result.stderrLines).toEqual([
      expect.stringMatching(/^classify: line 2: .*skipped$/),
      expect.stringMatching(/^classify: line 4: .*speaker.*skipped$/),
      expect.stringMatching(/^classify: line 6: .*text.*skipped$/),
    ]);
    const records = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(records.map((record) => record.id)).toEqual([1, 'b-2', 5]);
    for (const record of records) {
      expect(record.confidence).toBeGreaterThan(0);
      expect(record.confidence).toBeLessThanOrEqual(1);
    }
    expect(REP_ACTS).toContain(records[0].act);
    expect(records[0]).not.toHaveProperty('objection');
    expect(OBJECTION_CATEGORIES).toContain(records[1].objection);
    expect(records[1]).not.toHaveProperty('act');
    expect(records[0].act).toBe('pitch');
    expect(records[1].objection).toBe('budget');
    expect(records[2].act).toBe('situation');
  });

  it('fails with a one-line usage error when no file is given', () => {
    expectOneLineError(classify(), /^classify: usage: /);
  });

  it('fails with a one-line error for a missing file', () => {
    expectOneLineError(classify(path.join(workDir, 'nope.jsonl')), /no such file/);
  });

  it('fails with a one-line error for an empty or blank file', () => {
    expectOneLineError(classify(fileWith('empty.jsonl', '')), /is empty/);
    expectOneLineError(classify(fileWith('blank.jsonl', '\n  \n\n')), /is empty/);
  });

  it('fails with a one-line error for a binary file', () => {
    expectOneLineError(classify(fileWith('image.jsonl', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x1a, 0xff, 0xfe]))), /looks binary/);
    expectOneLineError(classify(fileWith('latin.jsonl', Buffer.alloc(64, 0xe9))), /looks binary/);
  });

  it('fails with a one-line error for a folder', () => {
    expectOneLineError(classify(workDir), /is not a file/);
  });
});
