/** The incident list's filter form. Values live in the URL; submitting replaces them. */
import { type FormEvent } from 'react';
import { useI18n } from '../lib/i18n.js';

export interface Filters {
  caseId: string;
  from: string;
  to: string;
  place: string;
  type: string;
  status: string;
  text: string;
}

export const FILTER_KEYS: (keyof Filters)[] = ['caseId', 'from', 'to', 'place', 'type', 'status', 'text'];

export function IncidentFilters({
  filters,
  onChange,
  eventTypes,
  statuses,
}: {
  filters: Filters;
  onChange: (next: Filters) => void;
  eventTypes: string[];
  statuses: string[];
}) {
  const { t, label } = useI18n();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const next = { ...filters };
    for (const key of FILTER_KEYS)
      if (key !== 'caseId') {
        const value = data.get(key);
        next[key] = typeof value === 'string' ? value.trim() : '';
      }
    onChange(next);
  };
  return (
    <form
      className="filters"
      role="search"
      aria-label={t('list.filters')}
      onSubmit={submit}
      key={JSON.stringify(filters)}
    >
      <label className="wide">
        {t('list.text')}
        <input type="search" name="text" defaultValue={filters.text} placeholder={t('list.textHint')} />
      </label>
      <label>
        {t('list.from')}
        <input type="date" name="from" defaultValue={filters.from} />
      </label>
      <label>
        {t('list.to')}
        <input type="date" name="to" defaultValue={filters.to} />
      </label>
      <label>
        {t('list.place')}
        <input type="text" name="place" defaultValue={filters.place} />
      </label>
      <label>
        {t('list.type')}
        <select name="type" defaultValue={filters.type}>
          <option value="">{t('list.any')}</option>
          {eventTypes.map((id) => (
            <option key={id} value={id}>
              {label('eventType', id)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('list.status')}
        <select name="status" defaultValue={filters.status}>
          <option value="">{t('list.any')}</option>
          {statuses.map((id) => (
            <option key={id} value={id}>
              {label('status', id)}
            </option>
          ))}
        </select>
      </label>
      <div className="filter-actions">
        <button type="submit">{t('list.apply')}</button>
        <button
          type="button"
          className="secondary"
          onClick={() =>
            onChange({ caseId: filters.caseId, from: '', to: '', place: '', type: '', status: '', text: '' })
          }
        >
          {t('list.clear')}
        </button>
      </div>
    </form>
  );
}
