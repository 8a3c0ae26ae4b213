/**
 * Signing in: e-mail and password, then the 6-digit code when the account has a second factor. Each refusal
 * is shown beside the field it is about; too many attempts show the server's wait. The page stays at the
 * address asked for, so the reader lands there once signed in.
 */
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Field } from '../components/field.js';
import { ErrorState } from '../components/status.js';
import { ApiError } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { readPublished, signIn } from '../lib/session.js';

export function LoginPage() {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [totp, setTotp] = useState('');
  const [askTotp, setAskTotp] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const emailInput = useRef<HTMLInputElement>(null);
  const totpInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    emailInput.current?.focus();
  }, []);
  useEffect(() => {
    if (askTotp) totpInput.current?.focus();
  }, [askTotp]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    signIn({ email, password, ...(askTotp && totp.trim() ? { totp: totp.trim() } : {}) }).catch(
      (e: unknown) => {
        if (e instanceof ApiError && e.status === 401 && e.field === 'totp') setAskTotp(true);
        setError(e);
        setBusy(false);
      },
    );
  };

  const api = error instanceof ApiError ? error : null;
  // Where each refusal is shown: the code, the password (wrong e-mail or password), or the field named.
  const totpError =
    api?.status === 401 && api.field === 'totp'
      ? askTotp && totp.trim()
        ? t('login.totpWrong')
        : t('login.totpNeeded')
      : null;
  const passwordError =
    api?.status === 401 && api.field === undefined
      ? t('login.wrong')
      : api?.status === 400 && api.field === 'password'
        ? api.message
        : null;
  const emailError = api?.status === 400 && api.field === 'email' ? api.message : null;
  const other = error !== null && !totpError && !passwordError && !emailError;

  return (
    <section className="sign-in">
      <h1>{t('login.title')}</h1>
      <form className="card form" onSubmit={submit} aria-busy={busy} noValidate>
        <Field
          label={t('login.email')}
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          inputRef={emailInput}
          error={emailError}
          onChange={(e) => setEmail(e.currentTarget.value)}
        />
        <Field
          label={t('login.password')}
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          error={passwordError}
          onChange={(e) => setPassword(e.currentTarget.value)}
        />
        {askTotp && (
          <Field
            label={t('login.totp')}
            name="totp"
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]*"
            maxLength={10}
            value={totp}
            inputRef={totpInput}
            error={totpError}
            hint={t('login.totpHint')}
            onChange={(e) => setTotp(e.currentTarget.value)}
          />
        )}
        {other &&
          (api?.status === 429 ? (
            <p className="state state-error" role="alert">
              {t('login.rateLimited', { reason: api.message })}
            </p>
          ) : (
            <ErrorState error={error} />
          ))}
        <button type="submit" disabled={busy || !email || !password}>
          {t('login.submit')}
        </button>
      </form>
      <p className="muted">
        {t('login.public')}{' '}
        <button type="button" className="link-button" onClick={readPublished}>
          {t('login.readPublished')}
        </button>
      </p>
    </section>
  );
}
