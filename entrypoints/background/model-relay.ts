// The background's part of the model tier: it checks who is asking, keeps what the rep switched on, and forwards
// work to the engine's home (the offscreen document), which it creates on demand. Content scripts on meeting
// sites may only ask for label refinement; extension pages may manage models and ask for debriefs. The home
// never learns the rep's intent: the relay resolves "the enabled labels model" into a model id per request.
import {
  debriefReplySchema,
  failureReplySchema,
  homeRequest,
  homeStatusReplySchema,
  listModelsReplySchema,
  MODEL_TIER_CHANNEL,
  modelTierRequestSchema,
  refineReplySchema,
  type EnabledModels,
  type FailureReply,
  type HomeRequest,
  type ModelTierRequest,
  type ModelTierStatus,
} from '../../lib/model-tier/messages';
import type { Debrief } from '../../lib/engine/analysis-types';
import { catalogChoiceFor } from '../../lib/model-tier/model-catalog';
import { plainMessageFor } from '../../lib/model-tier/model-runtime';
import { MODEL_TIER_SETTINGS, type ModelTierSettings } from '../../lib/model-tier/model-tier-settings';
import type { LabeledUtterance } from '../../lib/types';

export interface ModelHome {
  /** Creates the home when needed and sends it one request; resolves to its raw reply. */
  send(request: HomeRequest): Promise<unknown>;
  close(): Promise<void>;
}

export interface EnabledModelsStore {
  get(): Promise<EnabledModels>;
  set(next: EnabledModels): Promise<void>;
}

export interface RelaySender {
  id?: string;
  url?: string;
  tab?: { id?: number };
}

export interface ModelRelayOptions {
  extensionId: string;
  /** "chrome-extension://<id>/": extension pages live under it. */
  extensionOrigin: string;
  isMeetingUrl(url: string): boolean;
  /** Null where the browser cannot host the engine (no offscreen documents). */
  home: ModelHome | null;
  enabled: EnabledModelsStore;
  settings?: ModelTierSettings;
  log?(message: string): void;
}

const failed = (reason: FailureReply['reason'], message: string): FailureReply => ({ ok: false, reason, message: message.slice(0, 2_000) });

export function createModelRelay(options: ModelRelayOptions) {
  const settings = options.settings ?? MODEL_TIER_SETTINGS;
  const log = options.log ?? (() => {});

  /** Extension pages (also when open in a tab) may do anything; content scripts in meeting tabs may refine. */
  const allowed = (request: ModelTierRequest, sender: RelaySender): boolean => {
    const url = sender.url ?? '';
    if (url.startsWith(options.extensionOrigin)) return true;
    return sender.tab !== undefined && request.type === 'refine-labels' && options.isMeetingUrl(url);
  };

  const unsupportedStatus = (enabled: EnabledModels): ModelTierStatus => ({
    supported: false,
    enabled,
    gpu: null,
    loaded: [],
    loading: null,
    error: { kind: 'unsupported-browser', message: plainMessageFor('unsupported-browser'), modelId: null },
    lastLoad: null,
  });

  const forward = async <T>(home: ModelHome, request: HomeRequest, schema: { safeParse(raw: unknown): { success: true; data: T } | { success: false } }) => {
    let raw: unknown;
    try {
      raw = await home.send(request);
    } catch (error) {
      log(`the model home did not answer ${request.type}: ${String(error)}`);
      return failed('failed', `The on-device model did not answer: ${String(error)}`);
    }
    const parsed = schema.safeParse(raw);
    if (parsed.success) return parsed.data;
    const failure = modelTierFailure(raw);
    return failure ?? failed('failed', `The on-device model gave a malformed answer to ${request.type}.`);
  };

  const status = async (home: ModelHome): Promise<{ ok: true; status: ModelTierStatus } | FailureReply> => {
    const reply = await forward(home, homeRequest({ type: 'status' }), homeStatusReplySchema);
    if (!reply.ok) return reply;
    return { ok: true, status: { ...reply.status, supported: true, enabled: await options.enabled.get() } };
  };

  const handle = async (request: ModelTierRequest) => {
    const enabled = await options.enabled.get();
    const home = options.home;
    if (!home) {
      if (request.type === 'status') return { ok: true as const, status: unsupportedStatus(enabled) };
      return failed('unsupported', plainMessageFor('unsupported-browser'));
    }
    switch (request.type) {
      case 'status':
        return status(home);
      case 'list-models':
        return forward(home, homeRequest({ type: 'list-models' }), listModelsReplySchema);
      case 'enable': {
        const choice = catalogChoiceFor(settings.catalog, request.modelId);
        if (!choice) return failed('failed', plainMessageFor('unknown-model'));
        await options.enabled.set({ ...enabled, [choice.purpose]: request.modelId });
        const loading = await forward(home, homeRequest({ type: 'load', modelId: request.modelId, allowDownload: true }), homeStatusReplySchema);
        return loading.ok ? status(home) : loading;
      }
      case 'disable': {
        const previous = enabled[request.purpose];
        await options.enabled.set({ ...enabled, [request.purpose]: null });
        if (previous) await forward(home, homeRequest({ type: 'unload', modelId: previous }), homeStatusReplySchema);
        return status(home);
      }
      case 'unload':
        await forward(home, homeRequest({ type: 'unload', modelId: null }), homeStatusReplySchema);
        return status(home);
      case 'delete': {
        const stillEnabled = { labels: enabled.labels === request.modelId ? null : enabled.labels, debrief: enabled.debrief === request.modelId ? null : enabled.debrief };
        await options.enabled.set(stillEnabled);
        const deleted = await forward(home, homeRequest({ type: 'delete', modelId: request.modelId }), homeStatusReplySchema);
        return deleted.ok ? status(home) : deleted;
      }
      case 'refine-labels':
        if (!enabled.labels) return failed('disabled', settings.wording.status.off);
        return forward(home, homeRequest({ type: 'refine-labels', modelId: enabled.labels, lines: request.lines }), refineReplySchema);
      case 'write-debrief':
        if (!enabled.debrief) return failed('disabled', settings.wording.status.off);
        return forward(
          home,
          homeRequest({ type: 'write-debrief', modelId: enabled.debrief, debrief: request.debrief, utterances: request.utterances }),
          debriefReplySchema,
        );
    }
  };

  return {
    /**
     * The model-written debrief for a finished call, or null when the tier is off, unavailable or its answer was
     * not grounded (the template debrief then stands). For the background's own use after a call ends.
     */
    async writeDebrief(debrief: Debrief, utterances: readonly LabeledUtterance[]): Promise<Debrief | null> {
      const reply = await handle({ channel: MODEL_TIER_CHANNEL, type: 'write-debrief', debrief, utterances: [...utterances] });
      if (!reply.ok || !('debrief' in reply)) {
        if (!reply.ok && reply.reason !== 'disabled') log(`model debrief not used: ${reply.message}`);
        return null;
      }
      return reply.debrief;
    },

    /**
     * The reply for a runtime message, or undefined when the message is not a model-tier request this sender may
     * make (so other listeners may answer it, and strangers learn nothing).
     */
    handle(raw: unknown, sender: RelaySender): Promise<unknown> | undefined {
      if (sender.id !== options.extensionId) return undefined;
      if ((raw as { channel?: unknown } | null)?.channel !== MODEL_TIER_CHANNEL) return undefined;
      const parsed = modelTierRequestSchema.safeParse(raw);
      if (!parsed.success) {
        log(`dropped a malformed model-tier request: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
        return Promise.resolve(failed('failed', 'malformed request'));
      }
      if (!allowed(parsed.data, sender)) {
        log(`refused model-tier ${parsed.data.type} from ${sender.url ?? 'an unknown sender'}`);
        return undefined;
      }
      return handle(parsed.data);
    },
  };
}

function modelTierFailure(raw: unknown): FailureReply | null {
  const parsed = failureReplySchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
