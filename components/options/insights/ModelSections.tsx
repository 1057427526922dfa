// A mental model version as sections of statements. Each statement is marked by its verdict (helped, not
// helped, not enough data) or finding kind, with the proof counts of the observation behind it and the lines
// it rests on. All of it is text from memory, rendered as text.
import type { ModelSection, ModelStatement } from '../../../lib/memory/memory-schema';
import { t, tn, type PlainMessageKey } from '../../shared/i18n';
import { EvidenceList, type StoredCallTitles } from './EvidenceList';
import { observationOfStatement, repOfStatement, toneOf, type ObservationsById, type StatementTone } from './statement-observation';

const TONE_BADGES: Partial<Record<StatementTone, PlainMessageKey>> = {
  helped: 'insights_verdict_helped',
  'not-helped': 'insights_verdict_not_helped',
  'not-enough-data': 'insights_verdict_not_enough_data',
};

interface StatementContext {
  observations: ObservationsById;
  storedCalls: StoredCallTitles;
}

function StatementItem({ statement, context }: { statement: ModelStatement; context: StatementContext }) {
  const observation = observationOfStatement(statement, context.observations);
  const tone = toneOf(statement, observation);
  const badge = TONE_BADGES[tone];
  const acrossReps = observation && observation.repName === null && observation.proofReps.length > 1;
  return (
    <li className={`statement statement-${tone}`} data-statement-id={statement.id} data-tone={tone}>
      {badge || observation ? (
        <p className="statement-tags">
          {badge ? <span className={`verdict verdict-${tone}`}>{t(badge)}</span> : null}
          {observation ? (
            <span className="chip proof-count" data-testid="proof-count">
              {tn('insights_seen_in', observation.proofCount)}
              {acrossReps ? ` · ${tn('insights_reps', observation.proofReps.length)}` : ''}
            </span>
          ) : null}
          {observation?.status === 'weakening' ? <span className="chip chip-fading">{t('insights_fading')}</span> : null}
        </p>
      ) : null}
      <p className="statement-text">{statement.text}</p>
      {statement.writtenBy === 'model' ? <p className="statement-note muted">{t('insights_reworded', statement.templateText)}</p> : null}
      <EvidenceList evidence={statement.evidence} storedCalls={context.storedCalls} />
    </li>
  );
}

function StatementList({ statements, ranked, context }: { statements: readonly ModelStatement[]; ranked: boolean; context: StatementContext }) {
  const items = statements.map((statement) => <StatementItem key={statement.id} statement={statement} context={context} />);
  return ranked ? <ol className="statement-list statement-list-ranked">{items}</ol> : <ul className="statement-list">{items}</ul>;
}

/** Statements about one rep, under that rep's name; statements about no rep (e.g. "not enough data") first. */
function groupByRep(statements: readonly ModelStatement[]) {
  const groups = new Map<string | null, ModelStatement[]>();
  for (const statement of statements) {
    const rep = repOfStatement(statement);
    groups.set(rep, [...(groups.get(rep) ?? []), statement]);
  }
  return [...groups.entries()].sort(([a], [b]) => (a === null ? -1 : b === null ? 1 : a.localeCompare(b)));
}

interface ModelSectionsProps {
  /** Prefix for heading ids, unique on the page. */
  idPrefix: string;
  sections: readonly ModelSection[];
  observations: ObservationsById;
  storedCalls: StoredCallTitles;
  /** Sections whose statements are a ranking (shown as an ordered list). */
  rankedSectionKeys?: readonly string[];
  /** Sections about individual reps (shown under a heading per rep). */
  perRepSectionKeys?: readonly string[];
}

export function ModelSections({ idPrefix, sections, observations, storedCalls, rankedSectionKeys = [], perRepSectionKeys = [] }: ModelSectionsProps) {
  const context = { observations, storedCalls };
  return (
    <>
      {sections.map((section) => {
        const headingId = `${idPrefix}-${section.key}`;
        const ranked = rankedSectionKeys.includes(section.key);
        return (
          <section key={section.key} className="card model-section" aria-labelledby={headingId} data-section={section.key}>
            <h2 id={headingId}>{section.title}</h2>
            {perRepSectionKeys.includes(section.key) ? (
              groupByRep(section.statements).map(([rep, statements], index) =>
                rep === null ? (
                  <StatementList key="no-rep" statements={statements} ranked={ranked} context={context} />
                ) : (
                  <section key={rep} className="rep-group" aria-labelledby={`${headingId}-rep-${index}`} data-rep={rep}>
                    <h3 id={`${headingId}-rep-${index}`}>{rep}</h3>
                    <StatementList statements={statements} ranked={ranked} context={context} />
                  </section>
                ),
              )
            ) : (
              <StatementList statements={section.statements} ranked={ranked} context={context} />
            )}
          </section>
        );
      })}
    </>
  );
}
