// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CatalogEntry, HomeStatus, ModelTierEvent, ModelTierStatus } from '../../../lib/model-tier/messages';
import type { ModelTierClient } from './model-tier-client';
import { ModelTierSettings } from './ModelTierSettings';

afterEach(cleanup);

const EMBED = 'snowflake-arctic-embed-s-q0f32-MLC-b4';
const DEBRIEF = 'Qwen2.5-1.5B-Instruct-q4f16_1-MLC';

const catalog: CatalogEntry[] = [
  { modelId: EMBED, purpose: 'labels', displayName: 'Arctic Embed S (labels)', summary: 'Small.', downloadMB: 132, vramMB: 239, needsShaderF16: false, lowResource: false, recommended: true, cached: false, unavailable: null },
  { modelId: DEBRIEF, purpose: 'debrief', displayName: 'Qwen2.5 1.5B Instruct (debrief)', summary: 'Writes.', downloadMB: 834, vramMB: 1630, needsShaderF16: true, lowResource: true, recommended: true, cached: false, unavailable: null },
];

const baseStatus: ModelTierStatus = {
  supported: true,
  enabled: { labels: null, debrief: null },
  gpu: { webgpu: true, shaderF16: true, adapter: 'Test GPU' },
  loaded: [],
  loading: null,
  error: null,
  lastLoad: null,
};

/** An in-memory tier: records what the page asked and lets the test push the home's events. */
function fakeClient(initial: Partial<ModelTierStatus> = {}, models: CatalogEntry[] = catalog) {
  let status: ModelTierStatus = { ...baseStatus, ...initial };
  const asked: string[] = [];
  const listeners: Array<(status: HomeStatus, reason: ModelTierEvent['reason']) => void> = [];
  const answer = (name: string, change: Partial<ModelTierStatus> = {}) => {
    asked.push(name);
    status = { ...status, ...change };
    return Promise.resolve(status);
  };
  const client: ModelTierClient = {
    status: () => answer('status'),
    listModels: () => (asked.push('list-models'), Promise.resolve(models)),
    enable: (modelId) => answer(`enable ${modelId}`, { enabled: { ...status.enabled, labels: modelId }, loading: { modelId, fraction: 0, text: 'Starting' } }),
    disable: (purpose) => answer(`disable ${purpose}`, { enabled: { ...status.enabled, [purpose]: null } }),
    unload: () => answer('unload', { loaded: [] }),
    remove: (modelId) => answer(`delete ${modelId}`),
    onHomeStatus: (listener) => {
      listeners.push(listener);
      return () => listeners.splice(listeners.indexOf(listener), 1);
    },
  };
  const emit = (change: Partial<HomeStatus>, reason: ModelTierEvent['reason'] = 'progress') =>
    act(() => {
      status = { ...status, ...change };
      for (const listener of listeners) listener(status, reason);
    });
  return { client, asked, emit };
}

describe('ModelTierSettings', () => {
  it('shows what this computer can do and the models with download size and graphics memory, downloading nothing', async () => {
    const { client, asked } = fakeClient();
    render(<ModelTierSettings client={client} />);
    await waitFor(() => expect(screen.getByTestId('model-status').textContent).toContain('Off. The built-in classifier labels every line.'));
    expect(screen.getByText(/WebGPU: available \(Test GPU\); 16-bit shaders: yes/)).toBeTruthy();
    const embed = await screen.findByTestId(`model-${EMBED}`);
    expect(embed.textContent).toContain('about 132 MB download · needs 239 MB of graphics memory');
    expect(screen.getByTestId(`model-${DEBRIEF}`).textContent).toContain('needs 1.6 GB of graphics memory · needs 16-bit shaders');
    expect(screen.queryByTestId('model-error')).toBeNull();
    expect(asked.sort()).toEqual(['list-models', 'status']);
  });

  it('"Download and enable" shows a real progress bar, then the plain reason when loading fails', async () => {
    const { client, asked, emit } = fakeClient();
    render(<ModelTierSettings client={client} />);
    const embed = await screen.findByTestId(`model-${EMBED}`);
    fireEvent.click(within(embed).getByRole('button', { name: 'Download and enable' }));
    await waitFor(() => expect(asked).toContain(`enable ${EMBED}`));
    emit({ loading: { modelId: EMBED, fraction: 0.42, text: 'Fetching param cache[12/30]: 55MB fetched' } });
    const progress = screen.getByTestId('model-progress') as HTMLProgressElement;
    expect(progress.value).toBeCloseTo(0.42);
    expect(screen.getByTestId('model-status').textContent).toBe('Loading Arctic Embed S (labels): 42%');
    const message = 'The model could not be downloaded: the model host is unreachable from this computer. The coach keeps using its built-in classifier.';
    emit({ loading: null, error: { kind: 'network', message, modelId: EMBED } }, 'changed');
    expect(screen.queryByTestId('model-progress')).toBeNull();
    const alert = screen.getByTestId('model-error');
    expect(alert.getAttribute('role')).toBe('alert');
    expect(alert.textContent).toBe(message);
  });

  it('says plainly when the browser has no WebGPU, and offers no download', async () => {
    const { client } = fakeClient({ gpu: { webgpu: false, shaderF16: false, adapter: null } });
    render(<ModelTierSettings client={client} />);
    await waitFor(() =>
      expect(screen.getByTestId('model-error').textContent).toBe('Your browser has no WebGPU, so the coach keeps using its built-in classifier.'),
    );
    const embed = await screen.findByTestId(`model-${EMBED}`);
    expect((within(embed).getByRole('button', { name: 'Download and enable' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('keeps a model that needs 16-bit shaders off a GPU without them', async () => {
    const { client } = fakeClient({ gpu: { webgpu: true, shaderF16: false, adapter: 'Old GPU' } });
    render(<ModelTierSettings client={client} />);
    const debrief = await screen.findByTestId(`model-${DEBRIEF}`);
    expect((within(debrief).getByRole('button', { name: 'Download and enable' }) as HTMLButtonElement).disabled).toBe(true);
    expect(debrief.textContent).toContain('shader-f16');
    const embed = screen.getByTestId(`model-${EMBED}`);
    expect((within(embed).getByRole('button', { name: 'Download and enable' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('keeps a model whose library this build does not ship off, and says why', async () => {
    const models = catalog.map((entry) => (entry.modelId === DEBRIEF ? { ...entry, unavailable: 'library-not-packaged' as const } : entry));
    const { client } = fakeClient({}, models);
    render(<ModelTierSettings client={client} />);
    const debrief = await screen.findByTestId(`model-${DEBRIEF}`);
    expect((within(debrief).getByRole('button', { name: 'Download and enable' }) as HTMLButtonElement).disabled).toBe(true);
    expect(debrief.textContent).toContain("does not include this model's program file");
    const embed = screen.getByTestId(`model-${EMBED}`);
    expect((within(embed).getByRole('button', { name: 'Download and enable' }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('says so on a browser that cannot host the model', async () => {
    const { client } = fakeClient({ supported: false, gpu: null, error: { kind: 'unsupported-browser', message: 'This browser can’t host it.', modelId: null } });
    render(<ModelTierSettings client={client} />);
    await waitFor(() => expect(screen.getByTestId('model-error').textContent).toBe('This browser can’t host it.'));
  });

  it('turns a model off, unloads, and deletes a download', async () => {
    const models = catalog.map((entry) => ({ ...entry, cached: true }));
    const { client, asked } = fakeClient({ enabled: { labels: EMBED, debrief: null }, loaded: [EMBED] }, models);
    render(<ModelTierSettings client={client} />);
    await waitFor(() => expect(screen.getByTestId('model-status').textContent).toBe('On: Arctic Embed S (labels).'));
    const embed = screen.getByTestId(`model-${EMBED}`);
    fireEvent.click(screen.getByRole('button', { name: 'Unload now' }));
    await waitFor(() => expect(asked).toContain('unload'));
    fireEvent.click(within(embed).getByRole('button', { name: 'Turn off' }));
    await waitFor(() => expect(asked).toContain('disable labels'));
    const debrief = screen.getByTestId(`model-${DEBRIEF}`);
    expect(within(debrief).getByRole('button', { name: 'Enable' })).toBeTruthy();
    fireEvent.click(within(debrief).getByRole('button', { name: 'Delete download' }));
    await waitFor(() => expect(asked).toContain(`delete ${DEBRIEF}`));
  });

  it('shows a request the extension could not answer', async () => {
    const { client } = fakeClient();
    render(<ModelTierSettings client={{ ...client, status: () => Promise.reject(new Error('The extension did not answer. Reload the page and try again.')) }} />);
    await waitFor(() => expect(screen.getByTestId('model-error').textContent).toContain('did not answer'));
    expect(screen.getByTestId('model-status').textContent).toBe('Checking this computer…');
  });

  it('says what it is waiting for when the first status is slow to come', async () => {
    const { client } = fakeClient();
    render(<ModelTierSettings client={{ ...client, status: () => new Promise<never>(() => {}) }} />);
    expect(screen.getByTestId('model-status').textContent).toBe('Checking this computer…');
    await waitFor(() => expect(screen.getByTestId('model-status').textContent).toMatch(/^Checking this computer… \(starting .*graphics card/), { timeout: 5_000 });
  });
});
