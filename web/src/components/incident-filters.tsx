/**
 * The incident list's filter form. Values live in the URL; submitting replaces those the form holds and keeps
 * the facets chosen beside it.
 */
import { type FormEvent } from 'react';
import { useI18n } from '../lib/i18n.js';

/** Every filter the list keeps in the URL, as the server's query parameters name them. */
export const FILTER_KEYS = [
  'caseId',
  'from',
  'to',
  'place',
  'type',
  'status',
  'text',
  'perpetratorKind',
  'victimRole',
  'method',
  'sources',
  'finding',
] as const;
export type Filters = Record<(typeof FILTER_KEYS)[number], string>;

/** The filters this form edits; the others are chosen from the facets. */
const FORM_KEYS = ['from', 'to', 'place', 'type', 'status', 'text'] as const;

/** No filter but the case. */
export const clearedFilters = (caseId: string): Filters =>
  Object.fromEntries(FILTER_KEYS.map((k) => [k, k === 'caseId' ? caseId : ''])) as Filters;

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
    for (const key of FORM_KEYS) {
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
        <button type="button" className="secondary" onClick={() => onChange(clearedFilters(filters.caseId))}>
          {t('list.clear')}
        </button>
      </div>
    </form>
  );
}
