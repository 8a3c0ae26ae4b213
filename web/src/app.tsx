/** The application shell: skip link, navigation, language switch, and the page for the current path. */
import { type MouseEvent, useEffect, useRef, useState } from 'react';
import { apiRoutes } from './lib/api.js';
import { type Locale, LOCALES, type MessageKey, useI18n } from './lib/i18n.js';
import { Link, navigate, navigationCount, useLocation } from './lib/router.js';
import { AccountMenu, SessionGate } from './components/session-gate.js';
import { AccountPage } from './pages/account.js';
import { UsersPage } from './pages/users.js';
import { AccountabilityPage } from './pages/accountability.js';
import { ActorsPage } from './pages/actors.js';
import { AuditPage } from './pages/audit.js';
import { Dashboard } from './pages/dashboard.js';
import { DocumentPage } from './pages/document-page.js';
import { FiguresPage } from './pages/figures.js';
import { IncidentList } from './pages/incident-list.js';
import { IncidentPage } from './pages/incident-page.js';
import { ReviewPage } from './pages/review.js';
import { SettingsPage } from './pages/settings.js';
import { SourcesPage } from './pages/sources.js';

const NAV: { href: string; label: MessageKey }[] = [
  { href: '/', label: 'nav.dashboard' },
  { href: '/incidents', label: 'nav.incidents' },
  { href: '/actors', label: 'nav.actors' },
  { href: '/sources', label: 'nav.sources' },
  { href: '/accountability', label: 'nav.accountability' },
  { href: '/figures', label: 'nav.figures' },
  { href: '/audit', label: 'nav.audit' },
  { href: '/settings', label: 'nav.settings' },
];
/** Shown when the server has the proposals routes (document ingestion). */
const REVIEW = { href: '/review', label: 'nav.review' as MessageKey };

function Page({ path, search }: { path: string; search: URLSearchParams }) {
  const { t } = useI18n();
  const incident = /^\/incidents\/([^/]+)$/.exec(path);
  if (path === '/') return <Dashboard caseSlug={search.get('case')} />;
  if (path === '/incidents') return <IncidentList search={search} />;
  if (incident?.[1]) return <IncidentPage key={incident[1]} id={decodeURIComponent(incident[1])} />;
  const doc = /^\/documents\/([^/]+)$/.exec(path);
  if (doc?.[1]) return <DocumentPage key={doc[1]} id={decodeURIComponent(doc[1])} />;
  if (path === '/actors') return <ActorsPage search={search} />;
  if (path === '/sources') return <SourcesPage />;
  if (path === '/figures') return <FiguresPage search={search} />;
  if (path === '/audit') return <AuditPage search={search} />;
  if (path === '/review') return <ReviewPage search={search} />;
  if (path === '/accountability') return <AccountabilityPage search={search} />;
  if (path === '/settings') return <SettingsPage search={search} />;
  if (path === '/account') return <AccountPage />;
  if (path === '/users') return <UsersPage />;
  return (
    <section>
      <h1>{t('error.pageNotFound')}</h1>
      <p>
        <Link href="/">{t('nav.dashboard')}</Link>
      </p>
    </section>
  );
}

export function App() {
  const { t, locale, setLocale } = useI18n();
  const { path, search } = useLocation();
  const main = useRef<HTMLElement>(null);
  // After an in-app navigation, move focus to the new page so keyboard and screen-reader users start there.
  const count = navigationCount();
  const focusedFor = useRef(count);
  useEffect(() => {
    if (focusedFor.current === count) return;
    focusedFor.current = count;
    main.current?.focus({ preventScroll: true });
  }, [count]);
  const [canReview, setCanReview] = useState(false);
  useEffect(() => {
    void apiRoutes().then((routes) => setCanReview(routes.has('GET /api/proposals')));
  }, []);
  const nav = canReview ? [...NAV.slice(0, 2), REVIEW, ...NAV.slice(2)] : NAV;
  const section = nav.filter((n) => (n.href === '/' ? path === '/' : path.startsWith(n.href))).at(-1);

  useEffect(() => {
    document.title = section ? `${t(section.label)} · Dalil` : 'Dalil';
  }, [section, t]);

  // SVG marks (timeline, map) are <a> elements too: keep their clicks inside the app.
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    const anchor = (event.target as Element).closest('a');
    if (!(anchor instanceof SVGAElement) || event.button !== 0 || event.metaKey || event.ctrlKey) return;
    const href = anchor.href.baseVal;
    if (!href.startsWith('/')) return;
    event.preventDefault();
    navigate(href);
    window.scrollTo(0, 0);
  };

  return (
    <div className="shell" onClick={onClick}>
      <a className="skip-link" href="#main">
        {t('nav.skip')}
      </a>
      <header className="top">
        <Link href="/" className="brand">
          Dalil
        </Link>
        <nav aria-label={t('nav.main')}>
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={item === section ? 'page' : undefined}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <AccountMenu />
        <div className="language" role="group" aria-label={t('nav.language')}>
          {(Object.keys(LOCALES) as Locale[]).map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              aria-pressed={code === locale}
              onClick={() => setLocale(code)}
            >
              {LOCALES[code]['language.name']}
            </button>
          ))}
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <SessionGate>
          <Page path={path} search={search} />
        </SessionGate>
      </main>
      <footer className="bottom">
        <p>
          {t('footer.text')} <a href="/api/docs">{t('footer.api')}</a>
        </p>
      </footer>
    </div>
  );
}
