// Shared builders for the store's tests: a fresh in-memory database per test and captured lines.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { CapturedUtterance } from '../lib/messages';
import { CoachDatabase } from './database';

let counter = 0;

export function freshDatabase(): CoachDatabase {
  counter += 1;
  return new CoachDatabase(`test-${counter}`, { indexedDB: new IDBFactory(), IDBKeyRange });
}

export function capturedLine(id: string, overrides: Partial<CapturedUtterance> = {}): CapturedUtterance {
  const role = overrides.role ?? 'rep';
  return {
    id,
    speaker: role === 'rep' ? 'You' : 'Dana',
    role,
    self: role === 'rep',
    text: `line ${id}`,
    startSec: 0,
    endSec: 2,
    capturedAt: 1_700_000_000_000,
    final: false,
    revision: 1,
    label: role === 'rep' ? { role: 'rep', act: 'situation', confidence: 0.9, tier: 'fast' } : { role: 'buyer', objection: 'none', confidence: 0.9, tier: 'fast' },
    ...overrides,
  };
}
