// Observations (the observations mission: "stable facts about discovery questions that uncover pain, coaching
// themes, and reps' recurring strengths/gaps. Ignore one-off call comments"). Facts are replayed call by call in
// call order; each call supports, contradicts or is silent about each observation in its scope, and the rules in
// seeds/memory/observations.json move it between candidate, stable, weakening and retired. A one-off stays a
// candidate and is never shown. Pure and deterministic: the same facts give the same observations, histories
// included, whatever order they were stored in.
import type { BehaviourFact, MemoryFact, Observation, ObservationChange, ObservationKind, QuestionFact } from './memory-schema';
import { MEMORY_SEEDS, type ObservationRules } from './memory-seeds';
import { drewAnything } from './buyer-answers';

type Signal = 'support' | 'contradict';

interface CallSignal {
  kind: ObservationKind;
  repName: string | null;
  subject: string;
  signal: Signal;
  factIds: string[];
}

interface CallFacts {
  callId: string;
  repName: string;
  startedAt: number;
  facts: MemoryFact[];
}

interface Working {
  observation: Observation;
  /** Reps behind the proof since the observation was created or revived. */
  activeReps: Set<string>;
}

export const observationId = (kind: ObservationKind, repName: string | null, subject: string) => `${kind}:${repName ?? '*'}:${subject}`;

/** Shown to people: stable observations, and weakening ones (flagged) until they retire. */
export const isShown = (observation: Observation) => observation.status === 'stable' || observation.status === 'weakening';

/** Calls in the order memory replays them: by start time, then id, so imports from several reps interleave. */
export function groupByCall(facts: readonly MemoryFact[]): CallFacts[] {
  const calls = new Map<string, CallFacts>();
  for (const fact of facts) {
    let call = calls.get(fact.callId);
    if (!call) {
      call = { callId: fact.callId, repName: fact.repName, startedAt: fact.callStartedAt, facts: [] };
      calls.set(fact.callId, call);
    }
    call.facts.push(fact);
  }
  const ordered = [...calls.values()].sort((a, b) => a.startedAt - b.startedAt || (a.callId < b.callId ? -1 : a.callId > b.callId ? 1 : 0));
  for (const call of ordered) call.facts.sort((a, b) => a.atSec - b.atSec || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return ordered;
}

function signalsOf(call: CallFacts): CallSignal[] {
  const signals = new Map<string, CallSignal>();
  const note = (kind: ObservationKind, repName: string | null, subject: string, signal: Signal, factId: string) => {
    const id = observationId(kind, repName, subject);
    const existing = signals.get(id);
    if (!existing) signals.set(id, { kind, repName, subject, signal, factIds: signal === 'support' ? [factId] : [] });
    else if (signal === 'support') {
      // One supporting fact outweighs any contradicting one in the same call.
      existing.signal = 'support';
      existing.factIds.push(factId);
    }
  };
  for (const fact of call.facts) {
    if (fact.kind === 'behaviour') noteBehaviour(fact, note);
    if (fact.kind === 'question') noteQuestion(fact, note);
  }
  return [...signals.values()];
}

type Note = (kind: ObservationKind, repName: string | null, subject: string, signal: Signal, factId: string) => void;

function noteBehaviour(fact: BehaviourFact, note: Note) {
  const other = fact.polarity === 'gap' ? 'strength' : 'gap';
  note(fact.polarity, fact.repName, fact.theme, 'support', fact.id);
  note(other, fact.repName, fact.theme, 'contradict', fact.id);
  note('coaching_theme', null, fact.theme, fact.polarity === 'gap' ? 'support' : 'contradict', fact.id);
}

function noteQuestion(fact: QuestionFact, note: Note) {
  note('question_pattern', null, fact.pattern, drewAnything(fact.drew) ? 'support' : 'contradict', fact.id);
}

/** Whether an observation this call has no signal for still counts the call as one without its evidence. */
function inQuietScope(observation: Observation, call: CallFacts): boolean {
  if (observation.kind === 'question_pattern') return false;
  if (observation.kind === 'coaching_theme') return true;
  return observation.repName === call.repName;
}

export function consolidate(facts: readonly MemoryFact[], rules: ObservationRules = MEMORY_SEEDS.observations): Observation[] {
  const working = new Map<string, Working>();

  for (const call of groupByCall(facts)) {
    const sighting = { callId: call.callId, at: call.startedAt };
    const record = (entry: Working, change: ObservationChange['change']) => {
      const { status, proofCount, quietCalls } = entry.observation;
      entry.observation.history.push({ change, callId: call.callId, at: call.startedAt, status, proofCount, quietCalls });
    };
    const meetsStability = ({ observation, activeReps }: Working) =>
      observation.activeProof >= rules.stableAfterCalls && (observation.kind !== 'coaching_theme' || activeReps.size >= rules.teamThemeMinReps);
    const setStatus = (entry: Working, status: Observation['status'], change: ObservationChange['change']) => {
      entry.observation.status = status;
      record(entry, change);
    };

    const signalled = new Set<string>();
    for (const signal of signalsOf(call)) {
      const id = observationId(signal.kind, signal.repName, signal.subject);
      let entry = working.get(id);
      if (!entry && signal.signal === 'contradict') continue;
      signalled.add(id);
      if (!entry) {
        entry = {
          activeReps: new Set([call.repName]),
          observation: {
            id,
            kind: signal.kind,
            repName: signal.repName,
            subject: signal.subject,
            proofCount: 1,
            proofCallIds: [call.callId],
            proofReps: [call.repName],
            sourceFactIds: [...signal.factIds],
            firstSeen: sighting,
            lastSeen: sighting,
            status: 'candidate',
            activeProof: 1,
            quietCalls: 0,
            history: [],
          },
        };
        working.set(id, entry);
        record(entry, 'created');
        if (meetsStability(entry)) setStatus(entry, 'stable', 'became_stable');
        continue;
      }
      const observation = entry.observation;
      if (signal.signal === 'contradict') {
        observation.quietCalls += rules.contradictionWeight;
        record(entry, 'contradicted');
        settleQuiet(entry, rules, setStatus);
        continue;
      }
      observation.proofCount += 1;
      observation.proofCallIds.push(call.callId);
      if (!observation.proofReps.includes(call.repName)) observation.proofReps.push(call.repName);
      observation.sourceFactIds.push(...signal.factIds);
      observation.lastSeen = sighting;
      observation.quietCalls = 0;
      if (observation.status === 'retired') {
        observation.activeProof = 1;
        entry.activeReps = new Set([call.repName]);
        record(entry, 'proof_added');
        setStatus(entry, 'candidate', 'revived');
      } else {
        observation.activeProof += 1;
        entry.activeReps.add(call.repName);
        record(entry, 'proof_added');
        if (observation.status === 'weakening') setStatus(entry, 'stable', 'reinforced');
      }
      if (observation.status === 'candidate' && meetsStability(entry)) setStatus(entry, 'stable', 'became_stable');
    }

    for (const [id, entry] of working) {
      if (signalled.has(id) || !inQuietScope(entry.observation, call)) continue;
      entry.observation.quietCalls += 1;
      settleQuiet(entry, rules, setStatus);
    }
  }

  return [...working.values()].map((entry) => entry.observation).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Stable observations weaken, weakening ones retire, as calls without their evidence add up. Candidates wait. */
function settleQuiet(entry: Working, rules: ObservationRules, setStatus: (entry: Working, status: Observation['status'], change: ObservationChange['change']) => void) {
  const { status, quietCalls } = entry.observation;
  if ((status === 'stable' || status === 'weakening') && quietCalls >= rules.retireAfterQuietCalls) setStatus(entry, 'retired', 'retired');
  else if (status === 'stable' && quietCalls >= rules.weakenAfterQuietCalls) setStatus(entry, 'weakening', 'weakened');
}
