// Reads what the extension stored, from inside its own origin (the service worker), with plain IndexedDB: the
// test checks the database as any reader would find it, not through the code under test.
import type { BrowserContext } from '@playwright/test';
import type { CallRecord, NudgeRecord, ReportRecord, UtteranceRecord } from '../../store/records';
import { extensionWorker } from './browser';

export interface StoredData {
  calls: CallRecord[];
  utterances: UtteranceRecord[];
  nudges: NudgeRecord[];
  reports: ReportRecord[];
}

/**
 * Runs in the service worker. Kept as source text, not a function: scripts run through tsx wrap named functions in
 * a helper the worker does not have, and Playwright's own test transpiler does not — the text works for both.
 */
const READ_ALL_TABLES = `(async () => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('discovery-coach');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const names = ['calls', 'utterances', 'nudges', 'reports'];
  const tables = await Promise.all(names.map((store) => new Promise((resolve, reject) => {
    if (!db.objectStoreNames.contains(store)) return resolve([]);
    const request = db.transaction(store).objectStore(store).getAll();
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  })));
  db.close();
  return { calls: tables[0], utterances: tables[1], nudges: tables[2], reports: tables[3] };
})()`;

export async function readStoredData(context: BrowserContext): Promise<StoredData> {
  const worker = await extensionWorker(context);
  return (await worker.evaluate(READ_ALL_TABLES)) as StoredData;
}

/** Polls until `check` passes on the stored data or the timeout runs out; returns the last data read. */
export async function waitForStored(context: BrowserContext, check: (data: StoredData) => boolean, timeoutMs = 20_000): Promise<StoredData> {
  const deadline = Date.now() + timeoutMs;
  let data = await readStoredData(context);
  while (!check(data) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    data = await readStoredData(context);
  }
  return data;
}

/** Saves the rep's settings the way the options page does (extension storage, key "settings"). */
export async function saveSettings(context: BrowserContext, settings: Record<string, unknown>): Promise<void> {
  const worker = await extensionWorker(context);
  await worker.evaluate(async (value) => {
    const extensionApi = (globalThis as unknown as { chrome: { storage: { local: { set(items: object): Promise<void> } } } }).chrome;
    await extensionApi.storage.local.set({ settings: value });
  }, settings);
}
