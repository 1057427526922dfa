import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CoachDatabase, CURRENT_SCHEMA_VERSION, declareSchema, SCHEMA_VERSIONS } from './database';
import { capturedLine } from './test-support';

const callOfVersionOne = {
  callId: 'old-call',
  platform: 'meet',
  title: 'Written by schema 1',
  repName: 'Alex',
  startedAt: 1000,
  status: 'ended',
  endedAt: 5000,
  endReason: 'left',
  lastActivityAt: 5000,
  liveAnalysis: null,
  utteranceCount: 1,
};

describe('database schema', () => {
  it('schema 3 writes out which calls fed Coaching Themes until then: live ones did, imported ones did not', async () => {
    const indexedDB = new IDBFactory();
    const legacy = new Dexie('themes-upgrade', { indexedDB, IDBKeyRange });
    declareSchema(legacy, SCHEMA_VERSIONS.filter((entry) => entry.version <= 2));
    await legacy.table('calls').bulkAdd([callOfVersionOne, { ...callOfVersionOne, callId: 'imported', platform: 'import', endReason: 'imported' }]);
    legacy.close();

    const current = new CoachDatabase('themes-upgrade', { indexedDB, IDBKeyRange });
    await current.open();
    expect((await current.calls.get('old-call'))?.coachingThemes).toBe(true);
    expect((await current.calls.get('imported'))?.coachingThemes).toBe(false);
    current.close();
  });

  it('numbers its versions upward from 1', () => {
    expect(SCHEMA_VERSIONS.map((entry) => entry.version)).toEqual(SCHEMA_VERSIONS.map((_, index) => index + 1));
  });

  for (const old of SCHEMA_VERSIONS) {
    it(`opens a database written by schema version ${old.version} and keeps its calls and lines`, async () => {
      const indexedDB = new IDBFactory();
      const legacy = new Dexie('upgrade-test', { indexedDB, IDBKeyRange });
      declareSchema(legacy, SCHEMA_VERSIONS.filter((entry) => entry.version <= old.version));
      await legacy.table('calls').add(callOfVersionOne);
      await legacy.table('utterances').add({ ...capturedLine('u1', { text: 'How do you route tickets today?' }), callId: 'old-call' });
      legacy.close();

      const current = new CoachDatabase('upgrade-test', { indexedDB, IDBKeyRange });
      await current.open();
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION);
      expect(await current.calls.get('old-call')).toMatchObject({ title: 'Written by schema 1', status: 'ended' });
      expect((await current.utterances.get(['old-call', 'u1']))?.text).toBe('How do you route tickets today?');
      current.close();
    });
  }
});
