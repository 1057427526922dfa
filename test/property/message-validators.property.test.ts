// The schemas every cross-context message is parsed with (lib/messages.ts, lib/model-tier/messages.ts): any
// well-formed message passes, random junk never does, and a well-formed message with one field broken (wrong type,
// out of range, not finite, over its size cap) is refused.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureMessageSchema, captureReplySchema, classifierWeightsRequestSchema, MAX_BATCH, MAX_CAPTION_CHARS } from '../../lib/messages';
import { homeRequestSchema, MAX_REFINE_LINES, modelTierEventSchema, modelTierRequestSchema, refineReplySchema } from '../../lib/model-tier/messages';
import { MODEL_PURPOSES } from '../../lib/model-tier/model-tier-settings';
import { CHECKLIST_ITEMS, NUDGE_KINDS, OBJECTION_CATEGORIES, PLATFORMS, REP_ACTS, type UtteranceLabel } from '../../lib/types';
import { hostileText } from './hostile-text';

const id = fc.string({ minLength: 1, maxLength: 40 });
const seconds = fc.double({ min: 0, max: 1e7, noNaN: true });
const finite = fc.double({ min: -1e12, max: 1e12, noNaN: true });
const confidence = fc.double({ min: 0, max: 1, noNaN: true });
const text = fc.oneof(hostileText(), fc.string({ maxLength: 300 }));

const label = (role: 'rep' | 'buyer', tier: fc.Arbitrary<'fast' | 'model'> = fc.constantFrom('fast', 'model')): fc.Arbitrary<UtteranceLabel> =>
  role === 'rep'
    ? fc.record({ role: fc.constant('rep' as const), act: fc.constantFrom(...REP_ACTS), confidence, tier })
    : fc.record({ role: fc.constant('buyer' as const), objection: fc.constantFrom(...OBJECTION_CATEGORIES), confidence, tier });

const utterance = fc.constantFrom('rep' as const, 'buyer' as const).chain((role) =>
  fc.record({ id, speaker: text, role: fc.constant(role), self: fc.boolean(), text, startSec: seconds, endSec: seconds, capturedAt: finite, final: fc.boolean(), revision: fc.nat(), label: label(role) }),
);
const evidence = fc.record({ utteranceId: id, atSec: finite, speaker: text, text }, { requiredKeys: ['atSec'] });
const nudge = fc.record(
  {
    id,
    kind: fc.constantFrom(...NUDGE_KINDS),
    atSec: finite,
    title: fc.string({ maxLength: 100 }),
    message: text,
    priority: finite,
    evidence: fc.array(evidence, { maxLength: 4 }),
    objection: fc.constantFrom(...OBJECTION_CATEGORIES),
    checklistGaps: fc.array(fc.constantFrom(...CHECKLIST_ITEMS), { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'kind', 'atSec', 'title', 'message', 'priority', 'evidence'] },
);
const seq = fc.nat();
const captureMessage = fc.oneof(
  fc.record({ seq, type: fc.constant('call-started'), callId: id, platform: fc.constantFrom(...PLATFORMS), title: fc.string({ maxLength: 200 }), repName: fc.string({ maxLength: 100 }), startedAt: finite }),
  fc.record({ seq, type: fc.constant('utterances'), callId: id, items: fc.array(utterance, { maxLength: 6 }) }),
  fc.record({ seq, type: fc.constant('nudges'), callId: id, nudges: fc.array(nudge, { maxLength: 4 }) }),
  fc.record({ seq, type: fc.constant('analysis'), callId: id, analysis: fc.dictionary(fc.string(), fc.jsonValue()) }),
  fc.record({ seq, type: fc.constant('call-ended'), callId: id, endedAt: finite, reason: fc.constantFrom('left', 'unload', 'captions-gone') }),
);

const refineLine = fc.record({ utteranceId: id, role: fc.constantFrom('rep', 'buyer'), text });
const modelId = fc.string({ minLength: 1, maxLength: 60 });
const modelTierRequest = fc.oneof(
  fc.record({ channel: fc.constant('model-tier'), type: fc.constantFrom('status', 'list-models', 'unload') }),
  fc.record({ channel: fc.constant('model-tier'), type: fc.constantFrom('enable', 'delete'), modelId }),
  fc.record({ channel: fc.constant('model-tier'), type: fc.constant('disable'), purpose: fc.constantFrom(...MODEL_PURPOSES) }),
  fc.record({ channel: fc.constant('model-tier'), type: fc.constant('refine-labels'), lines: fc.array(refineLine, { minLength: 1, maxLength: MAX_REFINE_LINES }) }),
);
const homeRequest = fc.oneof(
  fc.record({ channel: fc.constant('model-home'), type: fc.constant('load'), modelId, allowDownload: fc.boolean() }),
  fc.record({ channel: fc.constant('model-home'), type: fc.constant('unload'), modelId: fc.option(modelId, { nil: null }) }),
  fc.record({ channel: fc.constant('model-home'), type: fc.constant('refine-labels'), modelId, lines: fc.array(refineLine, { minLength: 1, maxLength: 4 }) }),
);
const refineReply = fc.record({
  ok: fc.constant(true),
  labels: fc.array(fc.record({ utteranceId: id, label: fc.option(fc.constantFrom('rep' as const, 'buyer' as const).chain((role) => label(role, fc.constant('model'))), { nil: null }) }), { maxLength: MAX_REFINE_LINES }),
  engineMs: fc.double({ min: 0, max: 1e6, noNaN: true }),
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = Array<string | number>;

/** Every leaf of a message with its path, leaving out the parts the schema accepts whatever they hold (`analysis`). */
function leaves(value: Json, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => leaves(item, [...path, i]));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => (key === 'analysis' ? [] : leaves(item, [...path, key])));
  return [path];
}

function withLeaf(value: Json, path: Path, replace: (old: Json) => Json): Json {
  if (path.length === 0) return replace(value);
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, Json>;
  copy[head] = withLeaf(copy[head], rest, replace);
  return copy as Json;
}

/** A value of another kind than `old`, or a number the schemas cannot take (negative, not finite, fractional seq). */
const breaking = (old: Json, pick: number): Json => {
  if (typeof old === 'string') return [12, null, { text: old }, [old]][pick % 4] as Json;
  if (typeof old === 'number') return ['1', null, true][pick % 3] as Json;
  if (typeof old === 'boolean') return ['true', 1, null][pick % 3] as Json;
  return 'junk';
};

function brokenVariant(message: unknown, pick: number): unknown {
  const paths = leaves(message as Json);
  return withLeaf(message as Json, paths[pick % paths.length], (old) => breaking(old, Math.floor(pick / paths.length)));
}

export const MESSAGE_RUNS = { valid: 500, junk: 1_000, broken: 1_000 };

describe('message validators', () => {
  it(`take every well-formed capture and model-tier message (${MESSAGE_RUNS.valid} each)`, () => {
    fc.assert(fc.property(captureMessage, (message) => {
      expect(captureMessageSchema.safeParse(message).error?.issues[0]).toBeUndefined();
    }), { numRuns: MESSAGE_RUNS.valid });
    fc.assert(fc.property(modelTierRequest, (message) => {
      expect(modelTierRequestSchema.safeParse(message).error?.issues[0]).toBeUndefined();
    }), { numRuns: MESSAGE_RUNS.valid });
    fc.assert(fc.property(homeRequest, (message) => {
      expect(homeRequestSchema.safeParse(message).error?.issues[0]).toBeUndefined();
    }), { numRuns: MESSAGE_RUNS.valid });
    fc.assert(fc.property(refineReply, (message) => {
      expect(refineReplySchema.safeParse(message).error?.issues[0]).toBeUndefined();
    }), { numRuns: MESSAGE_RUNS.valid });
  });

  it(`refuse random junk (${MESSAGE_RUNS.junk} values per schema)`, () => {
    const schemas = [captureMessageSchema, captureReplySchema, classifierWeightsRequestSchema, modelTierRequestSchema, homeRequestSchema, refineReplySchema, modelTierEventSchema];
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true }), (junk) => {
        for (const schema of schemas) expect(schema.safeParse(junk).success).toBe(false);
      }),
      { numRuns: MESSAGE_RUNS.junk },
    );
  });

  it(`refuse a well-formed message with one field broken (${MESSAGE_RUNS.broken} per family)`, () => {
    fc.assert(
      fc.property(captureMessage, fc.nat(), (message, pick) => {
        expect(captureMessageSchema.safeParse(brokenVariant(message, pick)).success).toBe(false);
      }),
      { numRuns: MESSAGE_RUNS.broken },
    );
    fc.assert(
      fc.property(modelTierRequest, fc.nat(), (message, pick) => {
        expect(modelTierRequestSchema.safeParse(brokenVariant(message, pick)).success).toBe(false);
      }),
      { numRuns: MESSAGE_RUNS.broken },
    );
  });

  it('refuse what is out of range, not finite or over its cap', () => {
    const line = { id: 'u1', speaker: 'You', role: 'rep', self: true, text: 'hi', startSec: 1, endSec: 2, capturedAt: 1, final: false, revision: 1, label: { role: 'rep', act: 'other', confidence: 0.5, tier: 'fast' } };
    const batch = (items: unknown[]) => ({ seq: 1, type: 'utterances', callId: 'c1', items });
    expect(captureMessageSchema.safeParse(batch([line])).success).toBe(true);
    for (const broken of [
      { ...line, text: 'x'.repeat(MAX_CAPTION_CHARS + 1) },
      { ...line, speaker: 'x'.repeat(501) },
      { ...line, id: 'x'.repeat(201) },
      { ...line, id: '' },
      { ...line, startSec: -1 },
      { ...line, endSec: Number.POSITIVE_INFINITY },
      { ...line, capturedAt: Number.NaN },
      { ...line, revision: 1.5 },
      { ...line, label: { ...line.label, confidence: 1.01 } },
      { ...line, label: { role: 'buyer', objection: 'none', confidence: 0.5, tier: 'fast' } },
      { ...line, role: 'admin' },
    ]) {
      expect(captureMessageSchema.safeParse(batch([broken])).success, JSON.stringify(broken).slice(0, 80)).toBe(false);
    }
    expect(captureMessageSchema.safeParse(batch(Array.from({ length: MAX_BATCH + 1 }, () => line))).success).toBe(false);
    expect(captureMessageSchema.safeParse({ ...batch([line]), seq: -1 }).success).toBe(false);
    expect(modelTierRequestSchema.safeParse({ channel: 'model-tier', type: 'refine-labels', lines: [] }).success).toBe(false);
    expect(modelTierRequestSchema.safeParse({ channel: 'model-tier', type: 'refine-labels', lines: Array.from({ length: MAX_REFINE_LINES + 1 }, () => ({ utteranceId: 'u', role: 'rep', text: 'x' })) }).success).toBe(false);
    expect(modelTierRequestSchema.safeParse({ channel: 'model-home', type: 'status' }).success).toBe(false);
  });
});
