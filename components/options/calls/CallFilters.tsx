import { PLATFORM_LABELS } from '../../shared/labels';
import type { CallFilter } from './filter-calls';

const PLATFORM_CHOICES = ['all', 'meet', 'teams', 'zoom', 'import', 'demo'] as const;

export function CallFilters({ filter, onChange }: { filter: CallFilter; onChange(filter: CallFilter): void }) {
  return (
    <form className="filters" role="search" onSubmit={(event) => event.preventDefault()}>
      <label className="field field-grow">
        <span>Search</span>
        <input
          type="search"
          value={filter.text}
          placeholder="Title or rep"
          onChange={(event) => onChange({ ...filter, text: event.target.value })}
        />
      </label>
      <label className="field">
        <span>Platform</span>
        <select value={filter.platform} onChange={(event) => onChange({ ...filter, platform: event.target.value as CallFilter['platform'] })}>
          {PLATFORM_CHOICES.map((platform) => (
            <option key={platform} value={platform}>
              {platform === 'all' ? 'All platforms' : PLATFORM_LABELS[platform]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>From</span>
        <input type="date" value={filter.from} onChange={(event) => onChange({ ...filter, from: event.target.value })} />
      </label>
      <label className="field">
        <span>To</span>
        <input type="date" value={filter.to} onChange={(event) => onChange({ ...filter, to: event.target.value })} />
      </label>
    </form>
  );
}
