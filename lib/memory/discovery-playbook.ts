// The Discovery Playbook mental model: "What discovery questions and frameworks consistently surface real pain
// and budget?" Question patterns with a stable observation are ranked by how often buyers answered them with
// pain, a quantified impact or budget, each with real example lines; then the same rate per SPIN question type.
import { SPIN_ACTS, type SpinAct } from '../types';
import { drewAnything } from './buyer-answers';
import type { MemoryFact, ModelSection, Observation, QuestionFact } from './memory-schema';
import type { MemorySeeds } from './memory-seeds';
import { citeLatest, claim, notEnoughData, percentOf, quoted } from './model-text';
import { isShown } from './observations';

interface Tally {
  asked: number;
  drew: number;
  pain: number;
  impact: number;
  budget: number;
  calls: Set<string>;
  drawing: QuestionFact[];
}

function tally(questions: readonly QuestionFact[]): Tally {
  const result: Tally = { asked: 0, drew: 0, pain: 0, impact: 0, budget: 0, calls: new Set(), drawing: [] };
  for (const question of questions) {
    result.asked++;
    result.calls.add(question.callId);
    if (question.drew.pain) result.pain++;
    if (question.drew.impact) result.impact++;
    if (question.drew.budget) result.budget++;
    if (drewAnything(question.drew)) {
      result.drew++;
      result.drawing.push(question);
    }
  }
  return result;
}

/** The most recent question, as the playbook's example: the freshest evidence that the pattern still works. */
function latestOf(questions: readonly QuestionFact[]): QuestionFact {
  return questions.reduce((latest, question) =>
    question.callStartedAt > latest.callStartedAt || (question.callStartedAt === latest.callStartedAt && question.atSec > latest.atSec) ? question : latest,
  );
}

export function discoveryPlaybookSections(facts: readonly MemoryFact[], observations: readonly Observation[], seeds: MemorySeeds): ModelSection[] {
  const wording = seeds.models;
  const playbook = wording.discoveryPlaybook;
  const questions = facts.filter((fact): fact is QuestionFact => fact.kind === 'question');
  const byPattern = new Map<string, QuestionFact[]>();
  for (const question of questions) {
    const list = byPattern.get(question.pattern) ?? [];
    list.push(question);
    byPattern.set(question.pattern, list);
  }

  const ranked = observations
    .filter((observation) => observation.kind === 'question_pattern' && isShown(observation))
    .map((observation) => ({ observation, counts: tally(byPattern.get(observation.subject) ?? []) }))
    .filter(({ counts }) => counts.drew > 0)
    .sort(
      (a, b) =>
        b.counts.drew / b.counts.asked - a.counts.drew / a.counts.asked ||
        b.counts.drew - a.counts.drew ||
        (a.observation.subject < b.observation.subject ? -1 : 1),
    )
    .slice(0, playbook.maxPatterns);

  const patternStatements = ranked.map(({ observation, counts }) => {
    const example = latestOf(counts.drawing);
    const answer = example.evidence[1]?.quote ?? '';
    const act = observation.subject.split('/')[0] as SpinAct;
    return claim(
      `pattern:${observation.subject}`,
      playbook.pattern + (observation.status === 'weakening' ? playbook.patternWeakening : ''),
      {
        act: wording.actLabels[act],
        pattern: example.patternLabel,
        drew: counts.drew,
        asked: counts.asked,
        ratePct: percentOf(counts.drew, counts.asked),
        calls: counts.calls.size,
        pain: counts.pain,
        impact: counts.impact,
        budget: counts.budget,
        question: quoted(example.text, wording),
        answer: quoted(answer, wording),
      },
      [...example.evidence, ...citeLatest(counts.drawing.filter((fact) => fact !== example), wording, 2)].slice(0, 2 * wording.maxEvidencePerStatement),
    );
  });
  if (patternStatements.length === 0) {
    patternStatements.push(notEnoughData('pattern:none', playbook.noPatterns, { minCalls: seeds.observations.stableAfterCalls }));
  }

  const actStatements = SPIN_ACTS.map((act) => {
    const ofAct = questions.filter((question) => question.act === act);
    const counts = tally(ofAct);
    const values = { act: wording.actLabels[act], asked: counts.asked, drew: counts.drew, ratePct: percentOf(counts.drew, counts.asked), minAsks: playbook.minAsksForActRate };
    if (counts.asked < playbook.minAsksForActRate) return notEnoughData(`act:${act}`, playbook.actNotEnough, values);
    const shown = counts.drawing.length > 0 ? counts.drawing : ofAct;
    return claim(`act:${act}`, playbook.act, values, citeLatest(shown, wording, 2));
  });

  return [
    { key: 'patterns', title: playbook.sections.patterns, statements: patternStatements },
    { key: 'acts', title: playbook.sections.acts, statements: actStatements },
  ];
}
