import { describe, expect, it } from 'vitest';
import type { UtteranceRevision } from '../types';
import { createUtteranceIdSource } from './utterance-ids';
import { createUtteranceTracker } from './utterance-tracker';

function setup() {
  const revisions: UtteranceRevision[] = [];
  const tracker = createUtteranceTracker({
    nextId: createUtteranceIdSource('meet', 1_000),
    emit: (revision) => revisions.push(revision),
    settleMs: 5_000,
    detachGraceMs: 1_500,
  });
  return { tracker, revisions };
}

const dana = (text: string) => ({ speaker: 'Dana', self: false, text });
const you = (text: string) => ({ speaker: 'You', self: true, text });

describe('utterance ids', () => {
  it('are unique and name the platform', () => {
    const next = createUtteranceIdSource('teams', 1_700_000_000_000);
    const ids = [next(), next(), next()];
    expect(new Set(ids).size).toBe(3);
    for (const id of ids) expect(id.startsWith('teams-')).toBe(true);
  });
});

describe('utterance tracker', () => {
  it('emits a revision per visible change, with the same id', () => {
    const { tracker, revisions } = setup();
    const line = tracker.open(dana('we'), 0);
    tracker.revise(line.id, dana('we use'), 300);
    tracker.revise(line.id, dana('we use'), 600);
    tracker.revise(line.id, dana('we use sheets'), 900);
    expect(revisions.map((r) => [r.id, r.text, r.startedAt, r.updatedAt, r.final])).toEqual([
      [line.id, 'we', 0, 0, false],
      [line.id, 'we use', 0, 300, false],
      [line.id, 'we use sheets', 0, 900, false],
    ]);
  });

  it('finalizes a line once the platform stopped rewriting it', () => {
    const { tracker, revisions } = setup();
    const line = tracker.open(dana('we use sheets'), 0);
    expect(tracker.nextDeadline()).toBe(5_000);
    tracker.settle(4_999);
    expect(revisions.at(-1)?.final).toBe(false);
    tracker.settle(5_000);
    expect(revisions.at(-1)).toMatchObject({ id: line.id, final: true, text: 'we use sheets' });
    expect(tracker.nextDeadline()).toBeNull();
  });

  it('finalizes older lines of other speakers when a newer line settles', () => {
    const { tracker, revisions } = setup();
    const question = tracker.open(you('how many'), 0);
    tracker.revise(question.id, you('how many people?'), 3_000);
    const answer = tracker.open(dana('twelve'), 1_000);
    tracker.settle(6_000);
    const finals = revisions.filter((r) => r.final).map((r) => r.id);
    expect(finals).toEqual([answer.id, question.id]);
  });

  it('finalizes a line whose row is gone after the grace time, not before', () => {
    const { tracker, revisions } = setup();
    const line = tracker.open(dana('twelve'), 0);
    tracker.detach(line.id, 100);
    expect(tracker.nextDeadline()).toBe(1_600);
    tracker.attach(line.id);
    tracker.settle(1_600);
    expect(revisions.some((r) => r.final)).toBe(false);
    tracker.detach(line.id, 2_000);
    tracker.settle(3_500);
    expect(revisions.at(-1)).toMatchObject({ id: line.id, final: true });
  });

  it('flushes every open line as final, oldest first', () => {
    const { tracker, revisions } = setup();
    const first = tracker.open(you('hi'), 0);
    const second = tracker.open(dana('hello'), 10);
    tracker.finalizeAll();
    expect(revisions.filter((r) => r.final).map((r) => r.id)).toEqual([first.id, second.id]);
    tracker.finalizeAll();
    expect(revisions.filter((r) => r.final)).toHaveLength(2);
  });

  it('gives a late correction or rename another final revision with the same id', () => {
    const { tracker, revisions } = setup();
    const line = tracker.open({ speaker: 'Unknown user', self: false, text: 'about twelve' }, 0);
    tracker.finalizeAll();
    tracker.revise(line.id, dana('about twelve'), 9_000);
    expect(revisions.at(-1)).toMatchObject({ id: line.id, speaker: 'Dana', final: true, updatedAt: 9_000 });
    expect(tracker.all()).toHaveLength(1);
  });
});
