// The options page's line to the model tier: typed requests to the background, parsed replies, and the home's
// status events. Takes the runtime API as a parameter so tests can pass a fake.
import {
  homeStatusSchema,
  listModelsReplySchema,
  modelTierEventSchema,
  modelTierRequest,
  statusReplySchema,
  failureReplySchema,
  type CatalogEntry,
  type HomeStatus,
  type ModelTierEvent,
  type ModelTierStatus,
} from '../../../lib/model-tier/messages';
import { t } from '../../shared/i18n';
import type { ModelPurpose } from '../../../lib/model-tier/model-tier-settings';

export interface RuntimeLike {
  sendMessage(message: unknown): Promise<unknown>;
  onMessage: {
    addListener(listener: (message: unknown) => void): void;
    removeListener(listener: (message: unknown) => void): void;
  };
}

export interface ModelTierClient {
  status(): Promise<ModelTierStatus>;
  listModels(): Promise<CatalogEntry[]>;
  enable(modelId: string): Promise<ModelTierStatus>;
  disable(purpose: ModelPurpose): Promise<ModelTierStatus>;
  unload(): Promise<ModelTierStatus>;
  remove(modelId: string): Promise<ModelTierStatus>;
  /** The home's status as it changes (loading progress included); returns the unsubscribe function. */
  onHomeStatus(listener: (status: HomeStatus, reason: ModelTierEvent['reason']) => void): () => void;
}

/** A request the tier answered with a reason instead of a result; `message` is for the rep. */
export class ModelTierRequestError extends Error {}

function failureMessage(raw: unknown): string {
  const failure = failureReplySchema.safeParse(raw);
  if (failure.success) return failure.data.message;
  return t(raw === undefined ? 'model_no_answer' : 'model_bad_answer');
}

export function createModelTierClient(runtime: RuntimeLike): ModelTierClient {
  const statusOf = async (body: Parameters<typeof modelTierRequest>[0]) => {
    const raw = await runtime.sendMessage(modelTierRequest(body));
    const parsed = statusReplySchema.safeParse(raw);
    if (!parsed.success) throw new ModelTierRequestError(failureMessage(raw));
    return parsed.data.status;
  };

  return {
    status: () => statusOf({ type: 'status' }),
    async listModels() {
      const raw = await runtime.sendMessage(modelTierRequest({ type: 'list-models' }));
      const parsed = listModelsReplySchema.safeParse(raw);
      if (!parsed.success) throw new ModelTierRequestError(failureMessage(raw));
      return parsed.data.models;
    },
    enable: (modelId) => statusOf({ type: 'enable', modelId }),
    disable: (purpose) => statusOf({ type: 'disable', purpose }),
    unload: () => statusOf({ type: 'unload' }),
    remove: (modelId) => statusOf({ type: 'delete', modelId }),
    onHomeStatus(listener) {
      const onMessage = (message: unknown) => {
        const parsed = modelTierEventSchema.safeParse(message);
        if (parsed.success) listener(homeStatusSchema.parse(parsed.data.status), parsed.data.reason);
      };
      runtime.onMessage.addListener(onMessage);
      return () => runtime.onMessage.removeListener(onMessage);
    },
  };
}
