/**
 * One's own account: who they are, changing the password (other sessions end), API tokens for scripts (the
 * secret shown once, with a copy button), and the optional second factor (secret and otpauth address shown
 * as text for an authenticator app; no QR code library, nothing fetched from elsewhere).
 */
import { type FormEvent, useState } from 'react';
import { Field, fieldError, formError } from '../components/field.js';
import { Empty, ErrorState, Loaded } from '../components/status.js';
import { postJson, sendJson } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { type User, updateUser, useSession } from '../lib/session.js';
import { useReloadable } from '../lib/use-reloadable.js';

interface ApiToken {
  id: string;
  name: string;
  scopes: ('read' | 'write')[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revoked: boolean;
}

/** Runs a write, keeping its busy flag and error for the form that started it. */
function useAction() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = <T,>(action: () => Promise<T>, onDone: (result: T) => void) => {
    setBusy(true);
    setError(null);
    action().then(
      (result) => {
        setBusy(false);
        onDone(result);
      },
      (e: unknown) => {
        setBusy(false);
        setError(e);
      },
    );
  };
  return { busy, error, run, setError };
}

function PasswordForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [done, setDone] = useState(false);
  const { busy, error, run, setError } = useAction();
  const [mismatch, setMismatch] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    setMismatch(next !== repeat);
    if (next !== repeat) return setError(null);
    run(
      () => postJson('/api/account/password', { currentPassword: current, newPassword: next }),
      () => {
        setCurrent('');
        setNext('');
        setRepeat('');
        setDone(true);
      },
    );
  };
  return (
    <section className="card" aria-labelledby="password-title">
      <h2 id="password-title">{t('account.password')}</h2>
      <form className="form" onSubmit={submit} aria-busy={busy}>
        <Field
          label={t('account.currentPassword')}
          type="password"
          autoComplete="current-password"
          required
          value={current}
          error={fieldError(error, 'currentPassword')}
          onChange={(e) => setCurrent(e.currentTarget.value)}
        />
        <Field
          label={t('account.newPassword')}
          type="password"
          autoComplete="new-password"
          required
          value={next}
          hint={t('account.passwordHint')}
          error={fieldError(error, 'newPassword')}
          onChange={(e) => setNext(e.currentTarget.value)}
        />
        <Field
          label={t('account.repeatPassword')}
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          error={mismatch ? t('account.passwordsDiffer') : null}
          onChange={(e) => setRepeat(e.currentTarget.value)}
        />
        {formError(error, 'currentPassword', 'newPassword') !== null && <ErrorState error={error} />}
        <p role="status">{done && t('account.passwordChanged')}</p>
        <button type="submit" disabled={busy || !current || !next || !repeat}>
          {t('account.changePassword')}
        </button>
      </form>
    </section>
  );
}

/** The new token's secret, shown once, with a copy button and the warning that it will not be shown again. */
function NewToken({ token, onDismiss }: { token: string; onDismiss: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState<boolean | null>(null);
  const copy = () => {
    navigator.clipboard.writeText(token).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  return (
    <div className="new-token" role="alert" aria-labelledby="new-token-title">
      <h3 id="new-token-title">{t('tokens.created')}</h3>
      <p className="warning">{t('tokens.onceWarning')}</p>
      <p className="secret-line">
        <code className="secret" data-testid="new-token">
          {token}
        </code>{' '}
        <button type="button" onClick={copy}>
          {t('tokens.copy')}
        </button>{' '}
        <span role="status">
          {copied === true && t('tokens.copied')}
          {copied === false && t('tokens.copyFailed')}
        </span>
      </p>
      <button type="button" className="secondary" onClick={onDismiss}>
        {t('tokens.dismiss')}
      </button>
    </div>
  );
}

function TokensSection() {
  const { t, formatDate } = useI18n();
  const { value: tokens, reload } = useReloadable<ApiToken[]>('/api/account/tokens');
  const [name, setName] = useState('');
  const [scope, setScope] = useState<'read' | 'write'>('read');
  const [days, setDays] = useState('');
  const [secret, setSecret] = useState<string | null>(null);
  const create = useAction();
  const revoke = useAction();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      name: name.trim(),
      scopes: scope === 'write' ? ['read', 'write'] : ['read'],
      ...(days.trim() ? { expiresInDays: Number(days) } : {}),
    };
    create.run(
      () => postJson<ApiToken & { token: string }>('/api/account/tokens', body),
      (created) => {
        setSecret(created.token);
        setName('');
        setDays('');
        reload();
      },
    );
  };
  const status = (token: ApiToken) =>
    token.revoked
      ? t('tokens.revoked')
      : token.expiresAt && new Date(token.expiresAt) <= new Date()
        ? t('tokens.expired')
        : t('tokens.active');
  return (
    <section className="card" aria-labelledby="tokens-title">
      <h2 id="tokens-title">{t('tokens.title')}</h2>
      <p className="muted">{t('tokens.lede')}</p>
      {secret && <NewToken token={secret} onDismiss={() => setSecret(null)} />}
      <Loaded value={tokens}>
        {(list) =>
          list.length === 0 ? (
            <Empty>{t('tokens.none')}</Empty>
          ) : (
            <div className="table-wrap">
              <table className="compact">
                <thead>
                  <tr>
                    <th scope="col">{t('tokens.name')}</th>
                    <th scope="col">{t('tokens.scope')}</th>
                    <th scope="col">{t('tokens.createdAt')}</th>
                    <th scope="col">{t('tokens.lastUsed')}</th>
                    <th scope="col">{t('tokens.expires')}</th>
                    <th scope="col">{t('tokens.status')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('tokens.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.map((token) => (
                    <tr key={token.id}>
                      <th scope="row">{token.name}</th>
                      <td>{token.scopes.includes('write') ? t('tokens.readWrite') : t('tokens.readOnly')}</td>
                      <td>{formatDate(token.createdAt)}</td>
                      <td>{token.lastUsedAt ? formatDate(token.lastUsedAt) : '—'}</td>
                      <td>{token.expiresAt ? formatDate(token.expiresAt) : t('tokens.never')}</td>
                      <td>{status(token)}</td>
                      <td>
                        {!token.revoked && (
                          <button
                            type="button"
                            className="secondary"
                            disabled={revoke.busy}
                            aria-label={t('tokens.revokeNamed', { name: token.name })}
                            onClick={() =>
                              revoke.run(() => sendJson('DELETE', `/api/account/tokens/${token.id}`), reload)
                            }
                          >
                            {t('tokens.revoke')}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )
        }
      </Loaded>
      {revoke.error !== null && <ErrorState error={revoke.error} />}
      <form
        className="form inline-form"
        onSubmit={submit}
        aria-labelledby="new-token-form"
        aria-busy={create.busy}
      >
        <h3 id="new-token-form">{t('tokens.new')}</h3>
        <Field
          label={t('tokens.name')}
          name="tokenName"
          required
          maxLength={100}
          value={name}
          error={fieldError(create.error, 'name')}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <div className="field">
          <label htmlFor="token-scope">{t('tokens.scope')}</label>
          <select id="token-scope" value={scope} onChange={(e) => setScope(e.currentTarget.value as 'read')}>
            <option value="read">{t('tokens.readOnly')}</option>
            <option value="write">{t('tokens.readWrite')}</option>
          </select>
        </div>
        <Field
          label={t('tokens.expiresInDays')}
          name="expiresInDays"
          type="number"
          min={1}
          max={366}
          value={days}
          hint={t('tokens.expiresHint')}
          error={fieldError(create.error, 'expiresInDays')}
          onChange={(e) => setDays(e.currentTarget.value)}
        />
        {formError(create.error, 'name', 'expiresInDays') !== null && <ErrorState error={create.error} />}
        <button type="submit" disabled={create.busy || !name.trim()}>
          {t('tokens.create')}
        </button>
      </form>
    </section>
  );
}

function TotpSection({ user }: { user: User }) {
  const { t } = useI18n();
  const [setup, setSetup] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  const action = useAction();
  const start = () =>
    action.run(
      () => postJson<{ secret: string; uri: string }>('/api/account/totp/setup', {}),
      (answer) => setSetup(answer),
    );
  const finish = (event: FormEvent, on: boolean) => {
    event.preventDefault();
    action.run(
      () => postJson(`/api/account/totp/${on ? 'confirm' : 'disable'}`, { code: code.trim() }),
      () => {
        setCode('');
        setSetup(null);
        updateUser({ ...user, totpEnabled: on });
      },
    );
  };
  const codeField = (
    <Field
      label={t('totp.code')}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={10}
      required
      value={code}
      error={fieldError(action.error, 'code')}
      onChange={(e) => setCode(e.currentTarget.value)}
    />
  );
  const otherError = formError(action.error, 'code');
  return (
    <section className="card" aria-labelledby="totp-title">
      <h2 id="totp-title">{t('totp.title')}</h2>
      {user.totpEnabled ? (
        <form className="form" onSubmit={(e) => finish(e, false)} aria-busy={action.busy}>
          <p>{t('totp.isOn')}</p>
          {codeField}
          {otherError !== null && <ErrorState error={otherError} />}
          <button type="submit" className="secondary" disabled={action.busy || !code.trim()}>
            {t('totp.disable')}
          </button>
        </form>
      ) : setup ? (
        <form className="form" onSubmit={(e) => finish(e, true)} aria-busy={action.busy}>
          <p>{t('totp.instructions')}</p>
          <dl className="totp-secret">
            <dt>{t('totp.secret')}</dt>
            <dd>
              <code className="secret">{setup.secret}</code>
            </dd>
            <dt>{t('totp.uri')}</dt>
            <dd>
              <code className="secret">{setup.uri}</code>
            </dd>
          </dl>
          {codeField}
          {otherError !== null && <ErrorState error={otherError} />}
          <button type="submit" disabled={action.busy || !code.trim()}>
            {t('totp.confirm')}
          </button>
        </form>
      ) : (
        <>
          <p>{t('totp.isOff')}</p>
          {otherError !== null && <ErrorState error={otherError} />}
          <button type="button" onClick={start} disabled={action.busy}>
            {t('totp.setUp')}
          </button>
        </>
      )}
    </section>
  );
}

export function AccountPage() {
  const { t, label, formatDate } = useI18n();
  const session = useSession();
  const user = session.state === 'ready' ? session.session.user : null;
  if (!user)
    return (
      <section>
        <h1>{t('account.title')}</h1>
        <p className="notice">{t('account.localMode')}</p>
      </section>
    );
  return (
    <section className="account">
      <header className="page-header">
        <h1>{t('account.title')}</h1>
        <dl className="summary">
          <div>
            <dt>{t('account.name')}</dt>
            <dd>{user.displayName}</dd>
          </div>
          <div>
            <dt>{t('account.email')}</dt>
            <dd>{user.email}</dd>
          </div>
          <div>
            <dt>{t('account.role')}</dt>
            <dd>{label('userRole', user.role)}</dd>
          </div>
          {user.lastLoginAt && (
            <div>
              <dt>{t('account.lastLogin')}</dt>
              <dd>{formatDate(user.lastLoginAt)}</dd>
            </div>
          )}
        </dl>
      </header>
      <div className="account-sections">
        <PasswordForm />
        <TotpSection user={user} />
        <TokensSection />
      </div>
    </section>
  );
}
