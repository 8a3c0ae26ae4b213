/** Which case a case-wide page shows: the one named in the URL (`?case=slug`), else the first. */
import { type Case } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';
import { Empty, ErrorState, Loading } from './status.js';

export type CaseChoice =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | { state: 'ready'; cases: Case[]; kase: Case | null };

export function useCaseChoice(slug: string | null): CaseChoice {
  const cases = useFetch<Case[]>('/api/cases');
  if (cases.state !== 'ready') return cases;
  return {
    state: 'ready',
    cases: cases.data,
    kase: cases.data.find((c) => c.slug === slug) ?? cases.data[0] ?? null,
  };
}

/** Links to the other cases (when there are several), or the loading, error and empty states. */
export function CaseSwitch({ choice, href }: { choice: CaseChoice; href: (slug: string) => string }) {
  const { t } = useI18n();
  if (choice.state === 'loading') return <Loading />;
  if (choice.state === 'error') return <ErrorState error={choice.error} />;
  if (!choice.kase) return <Empty>{t('dashboard.noCases')}</Empty>;
  if (choice.cases.length < 2) return null;
  return (
    <nav className="case-switch" aria-label={t('dashboard.cases')}>
      {choice.cases.map((c) => (
        <Link key={c.id} href={href(c.slug)} aria-current={c.id === choice.kase?.id ? 'page' : undefined}>
          {c.title}
        </Link>
      ))}
    </nav>
  );
}
