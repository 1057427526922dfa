import { describe, expect, it } from 'vitest';
import { createSessionCore } from '../lib/engine/session';
import { consolidate, isShown } from '../lib/memory/observations';
import { labelReader, syntheticCalls, type SyntheticCall } from '../test/memory/synthetic-calls';
import { finishCall } from './call-finisher';
import type { CoachDatabase } from './database';
import { exportMemory, forgetCall, importMemory, readMemory, readModelVersion, rememberCall } from './memory-store';
import { freshDatabase } from './test-support';

const NOW = 1_800_000_000_000;
const calls = syntheticCalls();

async function storeCall(db: CoachDatabase, call: SyntheticCall) {
  await db.calls.add({ ...call.meta, status: 'live', endedAt: null, endReason: null, lastActivityAt: call.meta.startedAt, liveAnalysis: null, utteranceCount: call.utterances.length });
  await db.utterances.bulkAdd(call.utterances.map((line) => ({ ...line, callId: call.meta.callId, self: line.role === 'rep', capturedAt: null, final: true, revision: 1 })));
}

/** Capture → finish (the engine writes the report) → memory, as the extension does after each call. */
async function captureAndRemember(db: CoachDatabase, subset: SyntheticCall[]) {
  for (const call of subset) {
    await storeCall(db, call);
    await finishCall(db, call.meta.callId, { status: 'ended', reason: 'left' }, { classifier: labelReader(call.utterances), now: NOW });
    const result = await rememberCall(db, call.meta.callId, { now: NOW });
    expect(result.remembered).toBe(true);
  }
}

describe('memory store', () => {
  it('remembers stored calls in one pass each and reads back what the UI shows', async () => {
    const db = freshDatabase();
    await captureAndRemember(db, calls);
    const view = await readMemory(db);
    expect(view.callCount).toBe(calls.length);
    expect(view.reps).toEqual(['Alex', 'Blair', 'Casey']);
    expect(view.observations.length).toBeGreaterThan(0);
    expect(view.observations.every(isShown)).toBe(true);
    expect(view.models.map((model) => model.modelId)).toEqual(['discovery-playbook', 'coaching-themes']);
    expect(view.nextThemes.map((entry) => [entry.repName, entry.next?.theme ?? null])).toEqual([['Alex', 'checklist'], ['Blair', 'implication'], ['Casey', null]]);
    expect(view.modelHistory[0]).toMatchObject({ afterCallId: calls.at(-1)!.meta.callId, basedOnCalls: calls.length });
    expect(await readModelVersion(db, 'coaching-themes', 1)).toMatchObject({ version: 1, afterCallId: 'call-001', basedOnCalls: 1 });

    // The store keeps exactly what the pure core derives from the same reports.
    const facts = await db.facts.toArray();
    const pureReports = calls.map((call) => {
      const session = createSessionCore({ classifier: labelReader(call.utterances) });
      for (const line of call.utterances) session.ingestUtterance({ ...line, settled: true }, line.endSec);
      return session.report(call.meta);
    });
    const reports = await db.reports.toArray();
    expect(reports.map((report) => report.nudges.map((nudge) => nudge.kind))).toEqual(pureReports.map((report) => report.nudges.map((nudge) => nudge.kind)));
    expect(await db.observations.toArray()).toEqual(consolidate(facts));
  });

  it('replaces, never duplicates, what it learned when a call is remembered again, and can forget a call', async () => {
    const db = freshDatabase();
    await captureAndRemember(db, calls.slice(0, 4));
    const facts = await db.facts.count();
    const versions = await db.mentalModels.count();
    expect(await rememberCall(db, 'call-002', { now: NOW + 1 })).toMatchObject({ remembered: true, newModelVersions: [] });
    expect(await db.facts.count()).toBe(facts);
    expect(await db.mentalModels.count()).toBe(versions);

    await forgetCall(db, 'call-004', NOW + 2);
    expect(await db.facts.where('callId').equals('call-004').count()).toBe(0);
    expect((await readMemory(db)).callCount).toBe(3);
    expect(await db.observations.get('gap:Alex:early_pitch')).toMatchObject({ status: 'candidate', proofCount: 1 });
  });

  it('says why it cannot remember a call that is unknown, still live or has no report', async () => {
    const db = freshDatabase();
    expect(await rememberCall(db, 'nope', { now: NOW })).toEqual({ remembered: false, callId: 'nope', reason: 'unknown-call' });
    await storeCall(db, calls[0]);
    expect(await rememberCall(db, 'call-001', { now: NOW })).toMatchObject({ reason: 'still-live' });
    await db.calls.update('call-001', { status: 'ended' });
    expect(await rememberCall(db, 'call-001', { now: NOW })).toMatchObject({ reason: 'no-report' });
    expect(await db.facts.count()).toBe(0);
  });

  it("lets a manager import reps' files, merging duplicates, and rejects a bad file without changing anything", async () => {
    const alexDb = freshDatabase();
    await captureAndRemember(alexDb, calls.filter((call) => call.meta.repName === 'Alex'));
    const blairDb = freshDatabase();
    await captureAndRemember(blairDb, calls.filter((call) => call.meta.repName === 'Blair'));
    const alexFile = await exportMemory(alexDb, 'Alex', NOW);
    const blairFile = await exportMemory(blairDb, 'Blair', NOW);

    const manager = freshDatabase();
    const imported = await importMemory(manager, [{ name: 'alex.json', text: alexFile }, { name: 'blair.json', text: blairFile }, { name: 'alex-again.json', text: alexFile }], NOW);
    const expectedFacts = (await alexDb.facts.count()) + (await blairDb.facts.count());
    expect(imported).toEqual({ ok: true, addedFacts: expectedFacts, reps: ['Alex', 'Blair'] });
    const team = await readMemory(manager);
    expect(team.reps).toEqual(['Alex', 'Blair']);
    expect(team.observations.map((entry) => entry.id)).toContain('coaching_theme:*:upfront_contract');

    const before = { facts: await manager.facts.count(), observations: await manager.observations.toArray(), versions: await manager.mentalModels.count() };
    const rejected = await importMemory(manager, [{ name: 'alex.json', text: alexFile }, { name: 'broken.json', text: blairFile.slice(0, 200) }], NOW + 1);
    expect(rejected).toEqual({ ok: false, errors: ['broken.json was not imported: it is not valid JSON (the file may be damaged or cut short)'] });
    expect(await manager.facts.count()).toBe(before.facts);
    expect(await manager.observations.toArray()).toEqual(before.observations);
    expect(await manager.mentalModels.count()).toBe(before.versions);
  });
});
