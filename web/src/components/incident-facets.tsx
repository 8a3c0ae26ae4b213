/**
 * Facets of the incident list: for each (perpetrator kind, victim role, method, sources cited, standards
 * finding, type, status) the values present with how many incidents each leaves. Choosing one narrows the
 * list; choosing it again lifts it. Counts come from the server and reflect every other filter.
 */
import type { FacetCounts, FacetKey } from '../lib/api.js';
import { type MessageKey, useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';

/** Each facet's heading and the locale group its values are labelled from. */
export const FACET_GROUPS: { key: FacetKey; title: MessageKey; labels: string }[] = [
  { key: 'perpetratorKind', title: 'facet.perpetratorKind', labels: 'actorKind' },
  { key: 'victimRole', title: 'facet.victimRole', labels: 'role' },
  { key: 'method', title: 'facet.method', labels: 'method' },
  { key: 'sources', title: 'facet.sources', labels: 'sourceCount' },
  { key: 'finding', title: 'facet.finding', labels: 'finding' },
  { key: 'type', title: 'list.type', labels: 'eventType' },
  { key: 'status', title: 'list.status', labels: 'status' },
];

export function IncidentFacets({
  counts,
  selected,
  hrefFor,
}: {
  counts: FacetCounts;
  selected: Record<FacetKey, string>;
  /** The list's URL with `key` set to `value` (or lifted when `value` is empty), back on page one. */
  hrefFor: (key: FacetKey, value: string) => string;
}) {
  const { t, label, formatNumber } = useI18n();
  return (
    <aside className="facets" aria-label={t('facet.title')}>
      {FACET_GROUPS.map((group) => {
        const values = counts[group.key] ?? [];
        if (values.length === 0 && !selected[group.key]) return null;
        return (
          <section key={group.key} aria-labelledby={`facet-${group.key}`}>
            <h2 id={`facet-${group.key}`}>{t(group.title)}</h2>
            <ul className="plain">
              {values.map((v) => {
                const active = selected[group.key] === v.value;
                return (
                  <li key={v.value}>
                    <Link
                      href={hrefFor(group.key, active ? '' : v.value)}
                      className={active ? 'facet active' : 'facet'}
                      aria-current={active ? 'true' : undefined}
                    >
                      <span>{label(group.labels, v.value)}</span>
                      <span className="count">{formatNumber(v.count)}</span>
                    </Link>
                  </li>
                );
              })}
              {selected[group.key] && !values.some((v) => v.value === selected[group.key]) && (
                <li>
                  <Link href={hrefFor(group.key, '')} className="facet active" aria-current="true">
                    <span>{label(group.labels, selected[group.key])}</span>
                    <span className="count">0</span>
                  </Link>
                </li>
              )}
            </ul>
          </section>
        );
      })}
    </aside>
  );
}
