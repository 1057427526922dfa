// The model panel's state: the tier's status (kept live by the home's events), the catalog with what is
// downloaded, and the rep's actions. Nothing is requested but status and the list until the rep clicks.
import { useCallback, useEffect, useState } from 'react';
import type { CatalogEntry, ModelTierStatus } from '../../../lib/model-tier/messages';
import type { ModelPurpose } from '../../../lib/model-tier/model-tier-settings';
import type { ModelTierClient } from './model-tier-client';

/** After this long without a first status the panel says what it is waiting for. */
export const CHECKING_SLOW_MS = 1_500;

export interface ModelTierState {
  status: ModelTierStatus | null;
  /** No first status yet after CHECKING_SLOW_MS. */
  checkingSlow: boolean;
  models: CatalogEntry[];
  busy: boolean;
  /** A request that failed outright (no answer from the extension); the tier's own errors are in status. */
  requestError: string | null;
  enable(modelId: string): void;
  disable(purpose: ModelPurpose): void;
  unload(): void;
  remove(modelId: string): void;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useModelTier(client: ModelTierClient): ModelTierState {
  const [status, setStatus] = useState<ModelTierStatus | null>(null);
  const [models, setModels] = useState<CatalogEntry[]>([]);
  const [busy, setBusy] = useState(false);
  const [requestError, setRequestError] = useState<string | null>(null);
  const [checkingSlow, setCheckingSlow] = useState(false);

  const refreshModels = useCallback(async () => {
    try {
      setModels(await client.listModels());
    } catch (error) {
      setRequestError(messageOf(error));
    }
  }, [client]);

  useEffect(() => {
    let live = true;
    const slowTimer = setTimeout(() => live && setCheckingSlow(true), CHECKING_SLOW_MS);
    client.status().then(
      (next) => live && setStatus(next),
      (error: unknown) => live && setRequestError(messageOf(error)),
    );
    void refreshModels();
    const unsubscribe = client.onHomeStatus((home, reason) => {
      if (!live) return;
      setStatus((previous) => (previous ? { ...previous, ...home } : previous));
      if (reason !== 'progress') void refreshModels();
    });
    return () => {
      live = false;
      clearTimeout(slowTimer);
      unsubscribe();
    };
  }, [client, refreshModels]);

  const run = useCallback(
    (action: () => Promise<ModelTierStatus>) => {
      setBusy(true);
      setRequestError(null);
      action()
        .then(setStatus, (error: unknown) => setRequestError(messageOf(error)))
        .then(refreshModels)
        .finally(() => setBusy(false));
    },
    [refreshModels],
  );

  return {
    status,
    checkingSlow,
    models,
    busy,
    requestError,
    enable: (modelId) => run(() => client.enable(modelId)),
    disable: (purpose) => run(() => client.disable(purpose)),
    unload: () => run(() => client.unload()),
    remove: (modelId) => run(() => client.remove(modelId)),
  };
}
