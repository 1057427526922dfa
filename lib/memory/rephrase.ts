// The seam for the opt-in model tier: it may reword a statement of a mental model, never change what it says.
// A rewording is kept only if every number and every quoted line of the template text survives it; otherwise
// (or when the model fails) the template text stays. No model code lives here.
import type { EvidenceRef, MentalModelVersion, ModelStatement } from './memory-schema';

export type Rephrase = (statement: string, evidence: EvidenceRef[]) => Promise<string>;

const MAX_GROWTH = 2;

const numbersIn = (text: string): string[] => text.match(/\d+(?:[.,]\d+)*/g) ?? [];
const quotesIn = (text: string) => [...text.matchAll(/"([^"]+)"/g)].map((match) => match[1]);

/** True when `candidate` keeps all of `template`'s numbers (as many times) and quoted lines, at a sane length. */
export function keepsFacts(template: string, candidate: string): boolean {
  const rewritten = candidate.trim();
  if (rewritten.length === 0 || rewritten.length > template.length * MAX_GROWTH + 40) return false;
  const available = numbersIn(rewritten);
  for (const number of numbersIn(template)) {
    const at = available.indexOf(number);
    if (at < 0) return false;
    available.splice(at, 1);
  }
  return quotesIn(template).every((quote) => rewritten.includes(quote));
}

async function rephraseStatement(statement: ModelStatement, rephrase: Rephrase): Promise<ModelStatement> {
  if (statement.kind !== 'claim') return statement;
  try {
    const candidate = await rephrase(statement.templateText, statement.evidence);
    if (keepsFacts(statement.templateText, candidate)) return { ...statement, text: candidate.trim(), writtenBy: 'model' };
  } catch {
    // A failing model tier must not cost the rep the template text.
  }
  return { ...statement, text: statement.templateText, writtenBy: 'template' };
}

/** The version with each claim reworded where the rewording is safe; one statement at a time. */
export async function rephraseModel(model: MentalModelVersion, rephrase: Rephrase): Promise<MentalModelVersion> {
  const sections = [];
  for (const section of model.sections) {
    const statements = [];
    for (const statement of section.statements) statements.push(await rephraseStatement(statement, rephrase));
    sections.push({ ...section, statements });
  }
  return { ...model, sections };
}
