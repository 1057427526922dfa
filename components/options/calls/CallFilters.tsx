import { CALL_SOURCES } from '../../../lib/types';
import { t } from '../../shared/i18n';
import { platformLabel } from '../../shared/labels';
import type { CallFilter } from './filter-calls';

export const PLATFORM_CHOICES = ['all', ...CALL_SOURCES] as const;

export function CallFilters({ filter, onChange }: { filter: CallFilter; onChange(filter: CallFilter): void }) {
  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label className="field field-grow">
        <span>{t('options_filter_search')}</span>
        <input
          type="search"
          value={filter.text}
          placeholder={t('options_filter_search_placeholder')}
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </label>
      <label className="field">
        <span>{t('options_filter_platform')}</span>
        <select value={filter.platform} onChange={(event) => onChange({ ...filter, platform: event.target.value as CallFilter['platform'] })}>
          {PLATFORM_CHOICES.map((platform) => (
            <option key={platform} value={platform}>
              {platform === 'all' ? t('options_filter_all_platforms') : platformLabel(platform)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('options_filter_from')}</span>
        <input type="date" value={filter.from} onChange={(event) => onChange({ ...filter, from: event.target.value })} />
      </label>
      <label className="field">
        <span>{t('options_filter_to')}</span>
        <input type="date" value={filter.to} onChange={(event) => onChange({ ...filter, to: event.target.value })} />
      </label>
    </form>
  );
}
