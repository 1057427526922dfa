// One mental model as a page shows it: the latest version with its number and date, the history of earlier
// versions (one can be opened read-only), an honest notice while nothing is stable, and the sections.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { MentalModelVersion } from '../../../lib/memory/memory-schema';
import type { ModelVersionSummary } from '../../../store/memory-store';
import { formatCallDate } from '../../shared/format';
import { t, tn } from '../../shared/i18n';
import type { StoredCallTitles } from './EvidenceList';
import { ModelHistory } from './ModelHistory';
import { ModelSections } from './ModelSections';
import type { ObservationsById } from './statement-observation';

export type LoadModelVersion = (version: number) => Promise<MentalModelVersion | undefined>;

interface ModelViewProps {
  idPrefix: string;
  latest: MentalModelVersion | undefined;
  /** This model's versions, newest first; the latest may be among them. */
  history: readonly ModelVersionSummary[];
  observations: ObservationsById;
  storedCalls: StoredCallTitles;
  loadVersion: LoadModelVersion;
  rankedSectionKeys?: readonly string[];
  perRepSectionKeys?: readonly string[];
  /** Shown with the latest version while nothing is stable yet, and alone while there is no version. */
  emptyNotice: ReactNode;
}

type Viewing =
  | { kind: 'latest' }
  | { kind: 'loading'; version: number }
  | { kind: 'earlier'; model: MentalModelVersion }
  | { kind: 'failed'; version: number; message: string };

export function ModelView({ idPrefix, latest, history, observations, storedCalls, loadVersion, rankedSectionKeys, perRepSectionKeys, emptyNotice }: ModelViewProps) {
  const [viewing, setViewing] = useState<Viewing>({ kind: 'latest' });
  const bannerRef = useRef<HTMLDivElement>(null);
  const viewingVersion = viewing.kind === 'latest' ? null : viewing.kind === 'earlier' ? viewing.model.version : viewing.version;

  // Focus moves in the same commit that shows the banner, so nothing (a test's query, a screen reader) sees the
  // banner before it holds focus.
  useLayoutEffect(() => {
    if (viewing.kind === 'earlier') bannerRef.current?.focus();
  }, [viewing]);

  if (!latest) return <>{emptyNotice}</>;

  const open = async (version: number) => {
    setViewing({ kind: 'loading', version });
    try {
      const model = await loadVersion(version);
      setViewing(model ? { kind: 'earlier', model } : { kind: 'failed', version, message: t('insights_version_gone') });
    } catch (error) {
      setViewing({ kind: 'failed', version, message: error instanceof Error ? error.message : String(error) });
    }
  };
  const older = history.filter((entry) => entry.version < latest.version);
  const shown = viewing.kind === 'earlier' ? viewing.model : latest;

  return (
    <>
      <p className="model-version muted" data-testid="model-version">
        {t('insights_version', latest.version, formatCallDate(latest.generatedAt), tn('insights_based_on', latest.basedOnCalls))}
      </p>
      <ModelHistory older={older} viewingVersion={viewingVersion} onSelect={open} />
      {viewing.kind === 'loading' ? (
        <p className="muted" role="status">
          {t('insights_loading_version', viewing.version)}
        </p>
      ) : null}
      {viewing.kind === 'failed' ? (
        <p className="error-text" role="alert">
          {t('insights_version_failed', viewing.version, viewing.message)}
        </p>
      ) : null}
      {viewing.kind === 'earlier' ? (
        <div className="model-earlier-banner" data-testid="model-earlier-version" ref={bannerRef} tabIndex={-1}>
          <p>{t('insights_earlier_version', viewing.model.version, formatCallDate(viewing.model.generatedAt), tn('insights_based_on', viewing.model.basedOnCalls))}</p>
          <button type="button" className="button button-secondary" onClick={() => setViewing({ kind: 'latest' })}>
            {t('insights_back_to_latest')}
          </button>
        </div>
      ) : (
        emptyNotice
      )}
      {viewing.kind === 'loading' ? null : (
        <ModelSections
          idPrefix={`${idPrefix}-v${shown.version}`}
          sections={shown.sections}
          // An earlier version shows its own figures; today's proof counts would not match its text.
          observations={shown === latest ? observations : new Map()}
          storedCalls={storedCalls}
          rankedSectionKeys={rankedSectionKeys}
          perRepSectionKeys={perRepSectionKeys}
        />
      )}
    </>
  );
}
