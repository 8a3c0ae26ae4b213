/**
 * Users of this Dalil (admins): create an account, change a role, disable or re-enable, unlock after too
 * many wrong passwords, set a new password. Accounts are never deleted: their names stay in the audit log.
 * In local mode the first account created here ends the local mode, so the form says so and offers admin.
 */
import { type FormEvent, useState } from 'react';
import { Field, fieldError, formError } from '../components/field.js';
import { ErrorState, Loaded } from '../components/status.js';
import { postJson, sendJson } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { type Role, ROLES, type User, useSession } from '../lib/session.js';
import { useReloadable } from '../lib/use-reloadable.js';

function RoleSelect({ id, value, onChange }: { id: string; value: Role; onChange: (role: Role) => void }) {
  const { label } = useI18n();
  return (
    <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value as Role)}>
      {ROLES.map((role) => (
        <option key={role} value={role}>
          {label('userRole', role)}
        </option>
      ))}
    </select>
  );
}

function NewUserForm({ firstAccount, onCreated }: { firstAccount: boolean; onCreated: () => void }) {
  const { t } = useI18n();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [role, setRole] = useState<Role>(firstAccount ? 'admin' : 'viewer');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [created, setCreated] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setCreated(null);
    postJson<User>('/api/users', { email, displayName, password, role }).then(
      (user) => {
        setBusy(false);
        setCreated(user.email);
        setEmail('');
        setDisplayName('');
        setPassword('');
        onCreated();
      },
      (e: unknown) => {
        setBusy(false);
        setError(e);
      },
    );
  };
  const fields = ['email', 'displayName', 'password'];
  return (
    <form className="card form" onSubmit={submit} aria-labelledby="new-user" aria-busy={busy}>
      <h2 id="new-user">{t('users.new')}</h2>
      {firstAccount && <p className="notice">{t('users.firstAccount')}</p>}
      <Field
        label={t('users.email')}
        name="email"
        type="email"
        autoComplete="off"
        required
        value={email}
        error={fieldError(error, 'email')}
        onChange={(e) => setEmail(e.currentTarget.value)}
      />
      <Field
        label={t('users.displayName')}
        name="displayName"
        required
        value={displayName}
        error={fieldError(error, 'displayName')}
        onChange={(e) => setDisplayName(e.currentTarget.value)}
      />
      <Field
        label={t('users.password')}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        value={password}
        hint={t('account.passwordHint')}
        error={fieldError(error, 'password')}
        onChange={(e) => setPassword(e.currentTarget.value)}
      />
      <div className="field">
        <label htmlFor="new-user-role">{t('users.role')}</label>
        <RoleSelect id="new-user-role" value={role} onChange={setRole} />
      </div>
      {formError(error, ...fields) !== null && <ErrorState error={error} />}
      <p role="status">{created && t('users.created', { email: created })}</p>
      <button type="submit" disabled={busy || !email || !displayName || !password}>
        {t('users.create')}
      </button>
    </form>
  );
}

/** One user's row: role (saved with its button), enable/disable, unlock, and a new password. */
function UserRow({ user, self, onChanged }: { user: User; self: boolean; onChanged: () => void }) {
  const { t, label, formatDate } = useI18n();
  const [role, setRole] = useState<Role>(user.role);
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const locked = user.lockedUntil !== null && new Date(user.lockedUntil) > new Date();
  const act = (write: () => Promise<unknown>, message: string) => {
    setBusy(true);
    setError(null);
    setSaved(null);
    write().then(
      () => {
        setBusy(false);
        setSaved(message);
        onChanged();
      },
      (e: unknown) => {
        setBusy(false);
        setError(e);
      },
    );
  };
  const patch = (body: Record<string, unknown>, message: string) =>
    act(() => sendJson('PATCH', `/api/users/${user.id}`, body), message);
  const roleId = `role-${user.id}`;
  return (
    <tr>
      <th scope="row">
        {user.displayName}
        {self && <span className="badge">{t('users.you')}</span>}
        <br />
        <span className="muted">{user.email}</span>
      </th>
      <td>
        <form
          className="row-form"
          onSubmit={(e) => {
            e.preventDefault();
            patch({ role }, t('users.roleSaved', { role: label('userRole', role) }));
          }}
        >
          <label htmlFor={roleId} className="visually-hidden">
            {t('users.roleOf', { name: user.displayName })}
          </label>
          <RoleSelect id={roleId} value={role} onChange={setRole} />{' '}
          <button type="submit" className="secondary" disabled={busy || role === user.role}>
            {t('users.saveRole')}
          </button>
        </form>
      </td>
      <td>
        {user.disabled ? (
          <span className="badge badge-warn">{t('users.disabled')}</span>
        ) : locked ? (
          <span className="badge badge-warn">
            {t('users.lockedUntil', { time: user.lockedUntil!.slice(11, 16) })}
          </span>
        ) : (
          t('users.active')
        )}
        {user.totpEnabled && <span className="badge">{t('users.totp')}</span>}
        <br />
        <span className="muted">
          {user.lastLoginAt
            ? t('users.lastLogin', { date: formatDate(user.lastLoginAt) })
            : t('users.neverSignedIn')}
        </span>
      </td>
      <td>
        <div className="row-actions">
          <button
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() =>
              patch(
                { disabled: !user.disabled },
                user.disabled ? t('users.enabledDone') : t('users.disabledDone'),
              )
            }
          >
            {user.disabled ? t('users.enable') : t('users.disable')}
          </button>
          {locked && (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => patch({ unlock: true }, t('users.unlocked'))}
            >
              {t('users.unlock')}
            </button>
          )}
        </div>
        <details className="reset-password">
          <summary>{t('users.resetPassword')}</summary>
          <form
            className="row-form"
            onSubmit={(e) => {
              e.preventDefault();
              act(() => postJson(`/api/users/${user.id}/password`, { password }), t('users.passwordSet'));
              setPassword('');
            }}
          >
            <Field
              label={t('users.newPasswordFor', { name: user.displayName })}
              type="password"
              autoComplete="new-password"
              value={password}
              error={fieldError(error, 'password')}
              onChange={(e) => setPassword(e.currentTarget.value)}
            />
            <button type="submit" className="secondary" disabled={busy || !password}>
              {t('users.setPassword')}
            </button>
          </form>
        </details>
        <p role="status" className="row-status">
          {saved}
        </p>
        {formError(error, 'password') !== null && <ErrorState error={error} />}
      </td>
    </tr>
  );
}

export function UsersPage() {
  const { t } = useI18n();
  const session = useSession();
  const { value: users, reload: changed } = useReloadable<User[]>('/api/users');
  const local = session.state === 'ready' && session.session.mode === 'local';
  const me = session.state === 'ready' ? session.session.user : null;
  return (
    <section className="users">
      <header className="page-header">
        <h1>{t('users.title')}</h1>
        <p className="lede">{t('users.lede')}</p>
      </header>
      <Loaded value={users}>
        {(list) => (
          <>
            {list.length > 0 && (
              <div className="table-wrap">
                <table>
                  <caption>{t('users.count', { n: list.length })}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('users.user')}</th>
                      <th scope="col">{t('users.role')}</th>
                      <th scope="col">{t('users.state')}</th>
                      <th scope="col">{t('users.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {list.map((user) => (
                      <UserRow key={user.id} user={user} self={user.id === me?.id} onChanged={changed} />
                    ))}
                  </tbody>
                </table>
              </div>
            )}
            <NewUserForm firstAccount={local && list.length === 0} onCreated={changed} />
          </>
        )}
      </Loaded>
    </section>
  );
}
