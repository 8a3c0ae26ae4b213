/**
 * Who works on a case and in which role: the members panel of the case's settings. Adding names an account
 * by e-mail; admins pick from the list of users. The server decides who may change members: a refusal is
 * shown as "your role does not allow this".
 */
import { type FormEvent, useState } from 'react';
import { Field, fieldError, formError } from '../components/field.js';
import { Empty, ErrorState, Loaded } from '../components/status.js';
import { ApiError, sendJson } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { type Role, ROLES, type User, useSession } from '../lib/session.js';
import { useFetch } from '../lib/use-fetch.js';
import { useReloadable } from '../lib/use-reloadable.js';

interface CaseMember {
  caseId: string;
  userId: string;
  email: string;
  displayName: string;
  role: Role;
}

function MemberRow({
  caseId,
  member,
  canManage,
  onChanged,
}: {
  caseId: string;
  member: CaseMember;
  canManage: boolean;
  onChanged: () => void;
}) {
  const { t, label } = useI18n();
  const [role, setRole] = useState<Role>(member.role);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const write = (action: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    action().then(
      () => {
        setBusy(false);
        onChanged();
      },
      (e: unknown) => {
        setBusy(false);
        setError(e);
      },
    );
  };
  const url = `/api/cases/${caseId}/members/${encodeURIComponent(member.userId)}`;
  const roleId = `member-role-${member.userId}`;
  return (
    <tr>
      <th scope="row">
        {member.displayName}
        <br />
        <span className="muted">{member.email}</span>
      </th>
      <td>
        {canManage ? (
          <form
            className="row-form"
            onSubmit={(e) => {
              e.preventDefault();
              write(() => sendJson('PUT', url, { role }));
            }}
          >
            <label htmlFor={roleId} className="visually-hidden">
              {t('members.roleOf', { name: member.displayName })}
            </label>
            <select id={roleId} value={role} onChange={(e) => setRole(e.currentTarget.value as Role)}>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {label('userRole', r)}
                </option>
              ))}
            </select>{' '}
            <button type="submit" className="secondary" disabled={busy || role === member.role}>
              {t('members.saveRole')}
            </button>
          </form>
        ) : (
          label('userRole', member.role)
        )}
      </td>
      {canManage && (
        <td>
          <button
            type="button"
            className="secondary"
            disabled={busy}
            aria-label={t('members.removeNamed', { name: member.displayName })}
            onClick={() => write(() => sendJson('DELETE', url))}
          >
            {t('members.remove')}
          </button>
          {error !== null && <ErrorState error={error} />}
        </td>
      )}
    </tr>
  );
}

function AddMember({
  caseId,
  knownUsers,
  onAdded,
  heading: Heading,
}: {
  caseId: string;
  knownUsers: User[];
  onAdded: () => void;
  heading: 'h3' | 'h4';
}) {
  const { t, label } = useI18n();
  const [who, setWho] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [added, setAdded] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setAdded(null);
    const target = who.trim();
    sendJson<CaseMember>('PUT', `/api/cases/${caseId}/members/${encodeURIComponent(target)}`, { role }).then(
      (member) => {
        setBusy(false);
        setWho('');
        setAdded(t('members.added', { name: member.displayName, role: label('userRole', member.role) }));
        onAdded();
      },
      (e: unknown) => {
        setBusy(false);
        setError(e);
      },
    );
  };
  const listId = `users-of-${caseId}`;
  const unknown = error instanceof ApiError && error.status === 404;
  return (
    <form className="form inline-form" onSubmit={submit} aria-labelledby={`add-member-${caseId}`}>
      <Heading id={`add-member-${caseId}`}>{t('members.add')}</Heading>
      <Field
        label={t('members.email')}
        name="member"
        type="email"
        autoComplete="off"
        required
        list={knownUsers.length > 0 ? listId : undefined}
        value={who}
        error={unknown ? t('members.noSuchUser') : fieldError(error, 'userId')}
        onChange={(e) => setWho(e.currentTarget.value)}
      />
      {knownUsers.length > 0 && (
        <datalist id={listId}>
          {knownUsers.map((u) => (
            <option key={u.id} value={u.email}>
              {u.displayName}
            </option>
          ))}
        </datalist>
      )}
      <div className="field">
        <label htmlFor={`add-member-role-${caseId}`}>{t('members.role')}</label>
        <select
          id={`add-member-role-${caseId}`}
          value={role}
          onChange={(e) => setRole(e.currentTarget.value as Role)}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {label('userRole', r)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={busy || !who.trim()}>
        {t('members.addButton')}
      </button>
      <p role="status" className="row-status">
        {added}
      </p>
      {!unknown && formError(error, 'userId') !== null && <ErrorState error={error} />}
    </form>
  );
}

/** The members of one case, with adding, role changes and removal for those who manage it. */
export function CaseMembers({ caseId, level = 2 }: { caseId: string; level?: 2 | 3 }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  const { t } = useI18n();
  const session = useSession();
  const { value: members, reload: changed } = useReloadable<CaseMember[]>(`/api/cases/${caseId}/members`);
  const me = session.state === 'ready' ? session.session : null;
  const admin = me?.mode === 'local' || me?.user?.role === 'admin';
  // Admins pick new members from the users they know; others type the e-mail.
  const users = useFetch<User[]>(admin ? '/api/users' : null);
  return (
    <section className="panel card members" aria-labelledby={`members-${caseId}`}>
      <Heading id={`members-${caseId}`}>{t('members.title')}</Heading>
      <p className="muted">{t('members.lede')}</p>
      <Loaded value={members}>
        {(list) => {
          const canManage = admin || list.some((m) => m.userId === me?.user?.id && m.role === 'admin');
          return (
            <>
              {list.length === 0 ? (
                <Empty>{t('members.none')}</Empty>
              ) : (
                <div className="table-wrap">
                  <table className="compact">
                    <thead>
                      <tr>
                        <th scope="col">{t('members.member')}</th>
                        <th scope="col">{t('members.role')}</th>
                        {canManage && (
                          <th scope="col">
                            <span className="visually-hidden">{t('members.actions')}</span>
                          </th>
                        )}
                      </tr>
                    </thead>
                    <tbody>
                      {list.map((member) => (
                        <MemberRow
                          key={member.userId}
                          caseId={caseId}
                          member={member}
                          canManage={canManage}
                          onChanged={changed}
                        />
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {canManage && (
                <AddMember
                  caseId={caseId}
                  knownUsers={users.state === 'ready' ? users.data : []}
                  onAdded={changed}
                  heading={level === 2 ? 'h3' : 'h4'}
                />
              )}
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
