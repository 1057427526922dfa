// Deterministic calls for the engine's tests: each scripted line carries the label the classifier should give
// it, so tests do not depend on the shipped (and retrained) weights.
import type { LabeledUtterance, ObjectionCategory, RepAct, Role } from '../types';
import type { Analyzer, AnalyzerContext, CallMoment } from './analyzers/analyzer';
import { planCall } from './call-plan';
import type { LineClassifier } from './labeling';
import { METHODOLOGY, type Methodology } from './methodology';
import { createSessionCore, type SessionCore } from './session';
import { resolveCoachSettings, type CoachSettingsOverrides } from './settings';
import { Timeline } from './timeline';

export interface ScriptedLine {
  id: string;
  speaker: string;
  role: Role;
  text: string;
  startSec: number;
  endSec: number;
  act: RepAct;
  objection: ObjectionCategory;
  confidence: number;
}

let nextId = 1;

/** A rep line lasting `seconds` (default: its words at ~2.6 words a second). */
export function rep(startSec: number, text: string, act: RepAct = 'other', seconds?: number): ScriptedLine {
  const endSec = startSec + (seconds ?? Math.max(text.split(/\s+/).length / 2.6, 0.5));
  return { id: `line-${nextId++}`, speaker: 'Sam', role: 'rep', text, startSec, endSec, act, objection: 'none', confidence: 0.9 };
}

export function buyer(startSec: number, text: string, objection: ObjectionCategory = 'none', seconds?: number): ScriptedLine {
  const endSec = startSec + (seconds ?? Math.max(text.split(/\s+/).length / 2.6, 0.5));
  return { id: `line-${nextId++}`, speaker: 'Dana', role: 'buyer', text, startSec, endSec, act: 'other', objection, confidence: 0.9 };
}

export function labeled(line: ScriptedLine): LabeledUtterance {
  const { act, objection, confidence, ...utterance } = line;
  const label: LabeledUtterance['label'] =
    line.role === 'rep' ? { role: 'rep', act, confidence, tier: 'fast' } : { role: 'buyer', objection, confidence, tier: 'fast' };
  return { ...utterance, label };
}

/**
 * Labels text the way the script says; unknown text is `other` / `none`. `calls` counts classifications, so
 * tests can check that unchanged text is not labeled again.
 */
export function scriptedClassifier(lines: readonly ScriptedLine[] = []) {
  const labels = new Map<string, ScriptedLine>();
  for (const line of lines) labels.set(`${line.role}:${line.text}`, line);
  const classifier: LineClassifier & { calls: number; learn(line: ScriptedLine): void } = {
    calls: 0,
    learn(line: ScriptedLine) {
      labels.set(`${line.role}:${line.text}`, line);
    },
    classifyRep(text: string) {
      classifier.calls++;
      const line = labels.get(`rep:${text}`);
      return { act: line?.act ?? 'other', confidence: line?.confidence ?? 0.9, scores: {} as Record<RepAct, number> };
    },
    classifyBuyer(text: string) {
      classifier.calls++;
      const line = labels.get(`buyer:${text}`);
      return {
        objection: line?.objection ?? 'none',
        confidence: line?.confidence ?? 0.9,
        scores: {} as Record<ObjectionCategory, number>,
      };
    },
  };
  return classifier;
}

/** Replays the lines through a session core in time order, each heard at its end. */
export function playCall(lines: readonly ScriptedLine[], settings?: CoachSettingsOverrides, methodology?: Methodology): SessionCore {
  const core = createSessionCore({ classifier: scriptedClassifier(lines), settings, methodology });
  for (const line of [...lines].sort((a, b) => a.startSec - b.startSec)) {
    const { act: _act, objection: _objection, confidence: _confidence, ...utterance } = line;
    core.ingestUtterance(utterance, line.endSec);
  }
  return core;
}

/** One analyzer over its own timeline, fed the way the session feeds it. */
export function analyzerHarness<Result>(create: (context: AnalyzerContext) => Analyzer<Result>, settings?: CoachSettingsOverrides) {
  const context: AnalyzerContext = { settings: resolveCoachSettings(settings), methodology: METHODOLOGY, timeline: new Timeline() };
  const analyzer = create(context);
  return {
    analyzer,
    context,
    /** "Now" in a call planned for `durationSec` (default: the planned length). */
    at(nowSec: number, durationSec = context.settings.thresholds.plannedCallMinutes * 60): CallMoment {
      return { nowSec, plan: planCall(Math.max(durationSec, nowSec), context.settings.thresholds) };
    },
    put(...lines: Array<ScriptedLine | LabeledUtterance>) {
      for (const line of lines) {
        const utterance = 'label' in line ? line : labeled(line);
        const previous = context.timeline.upsert(utterance);
        analyzer.update(utterance, previous);
      }
    },
  };
}
