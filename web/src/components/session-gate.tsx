/**
 * The session in the shell: the sign-in page in place of any page while the server wants a sign-in, the
 * calm local-mode banner, and in the header who is signed in, their account, the users (admins) and
 * signing out.
 */
import '../accounts.css';
import { type ReactNode, useEffect, useState } from 'react';
import { useI18n } from '../lib/i18n.js';
import { Link, navigate } from '../lib/router.js';
import { loadSession, signOut, useSession } from '../lib/session.js';
import { LoginPage } from '../pages/login.js';
import { ErrorState, Loading } from './status.js';

/** Renders `children` (the page) once the session is known, or the sign-in page when one is needed. */
export function SessionGate({ children }: { children: ReactNode }) {
  const { t, locale } = useI18n();
  const session = useSession();
  useEffect(() => {
    void loadSession();
  }, []);
  useEffect(() => {
    if (session.state === 'ready' && session.signInRequired) document.title = `${t('login.title')} · Dalil`;
  }, [session, t]);
  if (session.state === 'loading') return <Loading />;
  if (session.state === 'error') return <ErrorState error={session.error} />;
  if (session.signInRequired) return <LoginPage />;
  const { mode, notice, user } = session.session;
  return (
    <>
      {mode === 'local' && (
        <p className="notice local-mode" role="note">
          {/* The server words the notice in English; other languages say the same from the locale file. */}
          <strong>{t('session.localTitle')}</strong>{' '}
          {locale === 'en' && notice ? notice : t('session.localNotice')}
        </p>
      )}
      {/* A different reader gets fresh pages: nothing one loaded stays on screen for the next. */}
      <div key={user?.id ?? mode}>{children}</div>
    </>
  );
}

/** Who is signed in, in the header, with their account, the users page for admins, and signing out. */
export function AccountMenu() {
  const { t, label } = useI18n();
  const session = useSession();
  const [error, setError] = useState<unknown>(null);
  if (session.state !== 'ready') return null;
  const { mode, user } = session.session;
  if (mode === 'local')
    return (
      <div className="account-menu">
        <span className="badge">{t('session.localBadge')}</span>
        <Link href="/users">{t('nav.users')}</Link>
      </div>
    );
  if (!user) return null;
  const out = () => {
    setError(null);
    signOut().then(
      () => navigate('/'),
      (e: unknown) => setError(e),
    );
  };
  return (
    <div className="account-menu" role="group" aria-label={t('session.menu')}>
      <Link href="/account" title={user.email}>
        {user.displayName}
      </Link>
      <span className="badge">{label('userRole', user.role)}</span>
      {user.role === 'admin' && <Link href="/users">{t('nav.users')}</Link>}
      <button type="button" className="link-button" onClick={out}>
        {t('session.signOut')}
      </button>
      {error !== null && <ErrorState error={error} />}
    </div>
  );
}
