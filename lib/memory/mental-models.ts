// The two mental models, regenerated from all facts and observations after each call. A model gets a new
// version only when what it says changed; old versions are kept, so the UI can show how a model evolved.
import { coachingThemesSections } from './coaching-themes';
import { discoveryPlaybookSections } from './discovery-playbook';
import type { MemoryFact, MentalModelVersion, ModelId, ModelSection, Observation } from './memory-schema';
import { MEMORY_SEEDS, type MemorySeeds } from './memory-seeds';

export interface BuiltModel {
  modelId: ModelId;
  title: string;
  question: string;
  sections: ModelSection[];
}

export function buildMentalModels(facts: readonly MemoryFact[], observations: readonly Observation[], seeds: MemorySeeds = MEMORY_SEEDS): BuiltModel[] {
  const { discoveryPlaybook, coachingThemes } = seeds.models;
  return [
    {
      modelId: 'discovery-playbook',
      title: discoveryPlaybook.title,
      question: discoveryPlaybook.question,
      sections: discoveryPlaybookSections(facts, observations, seeds),
    },
    {
      modelId: 'coaching-themes',
      title: coachingThemes.title,
      question: coachingThemes.question,
      sections: coachingThemesSections(facts, observations, seeds),
    },
  ];
}

/** What a version says, ignoring any rewording by the model tier: template text and the evidence it cites. */
function contentOf(sections: readonly ModelSection[]): string {
  return JSON.stringify(
    sections.map((section) => [section.key, section.title, section.statements.map((statement) => [statement.id, statement.templateText, statement.kind, statement.evidence])]),
  );
}

export interface VersionContext {
  generatedAt: number;
  afterCallId: string | null;
  basedOnCalls: number;
}

/** The newest stored version of each model. */
export function latestVersions(versions: readonly MentalModelVersion[]): Map<ModelId, MentalModelVersion> {
  const latest = new Map<ModelId, MentalModelVersion>();
  for (const version of versions) {
    const current = latest.get(version.modelId);
    if (!current || version.version > current.version) latest.set(version.modelId, version);
  }
  return latest;
}

/** New versions for the models whose content differs from their latest stored version. */
export function nextModelVersions(stored: readonly MentalModelVersion[], built: readonly BuiltModel[], context: VersionContext): MentalModelVersion[] {
  const latest = latestVersions(stored);
  const fresh: MentalModelVersion[] = [];
  for (const model of built) {
    const previous = latest.get(model.modelId);
    if (previous && contentOf(previous.sections) === contentOf(model.sections)) continue;
    fresh.push({ ...model, version: (previous?.version ?? 0) + 1, ...context });
  }
  return fresh;
}
