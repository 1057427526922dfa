// @vitest-environment jsdom
// The memory pages over a real (in-memory) store: calls captured, finished and remembered as the background
// does, then a teammate's memory file imported through the page. Dexie's liveQuery runs its querier only where
// a global indexedDB exists, hence the fake one installed globally; each database still gets its own factory.
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { finishCall } from '../../../store/call-finisher';
import { listCalls } from '../../../store/call-queries';
import type { CoachDatabase } from '../../../store/database';
import { exportMemory, rememberCall } from '../../../store/memory-store';
import { freshDatabase } from '../../../store/test-support';
import { labelReader, syntheticCalls, type SyntheticCall } from '../../../test/memory/synthetic-calls';
import { CoachingThemesRoute, DiscoveryPlaybookRoute } from './MemoryRoutes';

afterEach(cleanup);

const NOW = 1_800_000_000_000;
const calls = syntheticCalls();
const callsOf = (repName: string) => calls.filter((call) => call.meta.repName === repName);

async function captureAndRemember(db: CoachDatabase, subset: SyntheticCall[]) {
  for (const call of subset) {
    await db.calls.add({ ...call.meta, status: 'live', endedAt: null, endReason: null, lastActivityAt: call.meta.startedAt, liveAnalysis: null, utteranceCount: call.utterances.length });
    await db.utterances.bulkAdd(call.utterances.map((line) => ({ ...line, callId: call.meta.callId, self: line.role === 'rep', capturedAt: null, final: true, revision: 1 })));
    await finishCall(db, call.meta.callId, { status: 'ended', reason: 'left' }, { classifier: labelReader(call.utterances), now: NOW });
    await rememberCall(db, call.meta.callId, { now: NOW });
  }
}

const statement = (id: string) => document.querySelector(`[data-statement-id="${CSS.escape(id)}"]`) as HTMLElement | null;

describe('memory routes', () => {
  it("shows a rep's own themes, then themes across reps after a teammate's file is imported", async () => {
    const alexDb = freshDatabase();
    await captureAndRemember(alexDb, callsOf('Alex'));
    const blairDb = freshDatabase();
    await captureAndRemember(blairDb, callsOf('Blair'));
    const blairFile = await exportMemory(blairDb, 'Blair', NOW);

    render(<CoachingThemesRoute db={alexDb} calls={await listCalls(alexDb)} repNames={['Alex']} />);
    const own = await waitFor(() => {
      const found = statement('gap:Alex:upfront_contract');
      if (!found) throw new Error('Alex’s gap is not shown yet');
      return found;
    });
    expect(within(own).getAllByRole('link')[0].getAttribute('href')).toMatch(/^#\/call\/call-\d+$/);
    expect(statement('coaching_theme:*:upfront_contract')).toBeNull();

    fireEvent.change(screen.getByTestId('import-memory'), { target: { files: [new File([blairFile], 'blair.json', { type: 'application/json' })] } });
    await waitFor(() => expect(screen.getByTestId('memory-import-result').textContent).toMatch(/^Imported \d+ facts from Blair\./));
    const acrossReps = await waitFor(() => {
      const found = statement('coaching_theme:*:upfront_contract');
      if (!found) throw new Error('the theme across reps is not shown yet');
      return found;
    });
    expect(acrossReps.textContent).toContain('(Alex, Blair)');
    // Blair's calls are not stored on Alex's computer: named, not linked.
    const blairLines = [...acrossReps.querySelectorAll<HTMLElement>('.evidence')].filter((line) => callsOf('Blair').some((call) => call.meta.callId === line.dataset.callId));
    expect(blairLines.length).toBeGreaterThan(0);
    expect(blairLines.every((line) => line.querySelector('a') === null)).toBe(true);
    expect(screen.getByTestId('team-memory').textContent).toContain('Memory covers 2 reps: Alex and Blair.');
  });

  it('shows the playbook ranked from stored calls, and the empty state for an empty store', async () => {
    const db = freshDatabase();
    await captureAndRemember(db, calls.slice(0, 6));
    render(<DiscoveryPlaybookRoute db={db} calls={await listCalls(db)} />);
    const ranked = await waitFor(() => {
      const found = document.querySelector('[data-section="patterns"] ol');
      if (!found) throw new Error('no ranking yet');
      return found;
    });
    expect(ranked.children.length).toBeGreaterThan(0);
    cleanup();

    render(<DiscoveryPlaybookRoute db={freshDatabase()} calls={[]} />);
    expect((await screen.findByTestId('discovery-playbook-empty')).textContent).toContain('0 calls analyzed so far');
  });
});
