/**
 * Settings: the interface language, and a case's allegation policy (the organisation's own deadlines, never
 * law): how many days each rule waits before an allegation is flagged. Saving names the version it was based
 * on, so two people editing at once cannot overwrite each other.
 */
import { type FormEvent, useEffect, useId, useState } from 'react';
import { UploadProgressLine } from '../components/upload-progress.js';
import { CaseSwitch, useCaseChoice } from '../components/case-switch.js';
import { CaseMembers } from './case-members.js';
import { ErrorState, Loaded } from '../components/status.js';
import { apiRoutes, type ImportResult, query, sendFile, sendJson, type UploadProgress } from '../lib/api.js';
import { type Locale, LOCALES, useI18n } from '../lib/i18n.js';
import { useFetch } from '../lib/use-fetch.js';

interface PolicyRule {
  id: string;
  afterStage?: string;
  afterStep?: string;
  waitDays: number;
  expect: string | string[];
  action: 'overdue' | 'follow_up';
  label: string;
}

interface CasePolicy {
  caseId: string;
  policy: { rules: PolicyRule[] };
  isDefault: boolean;
  version: number | null;
  label: string;
}

function PolicyForm({ caseId }: { caseId: string }) {
  const { t, label } = useI18n();
  const [reload, setReload] = useState(0);
  const policy = useFetch<CasePolicy>(
    `/api/cases/${caseId}/allegation-policy${reload ? `?r=${reload}` : ''}`,
  );
  const [saving, setSaving] = useState<
    { state: 'idle' | 'busy' | 'saved' } | { state: 'error'; error: unknown }
  >({
    state: 'idle',
  });
  return (
    <Loaded value={policy}>
      {(current) => {
        const submit = (event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          const rules = current.policy.rules.map((rule) => ({
            ...rule,
            waitDays: Number(data.get(`wait-${rule.id}`) ?? rule.waitDays),
          }));
          setSaving({ state: 'busy' });
          sendJson('PUT', `/api/cases/${caseId}/allegation-policy`, {
            ...(current.version !== null && { version: current.version }),
            rules,
          }).then(
            () => {
              setSaving({ state: 'saved' });
              setReload((n) => n + 1);
            },
            (error: unknown) => setSaving({ state: 'error', error }),
          );
        };
        return (
          <form
            className="card policy"
            onSubmit={submit}
            aria-busy={saving.state === 'busy'}
            key={current.version ?? 0}
          >
            <h3>{t('settings.policy')}</h3>
            <p className="muted">{current.isDefault ? t('settings.policyDefault') : current.label}</p>
            <div className="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">{t('settings.rule')}</th>
                    <th scope="col">{t('settings.after')}</th>
                    <th scope="col">{t('settings.waitDays')}</th>
                  </tr>
                </thead>
                <tbody>
                  {current.policy.rules.map((rule) => (
                    <tr key={rule.id}>
                      <td>{rule.label}</td>
                      <td>
                        {rule.afterStage
                          ? label('stage', rule.afterStage)
                          : label('stepKind', rule.afterStep)}
                      </td>
                      <td>
                        <input
                          type="number"
                          min={0}
                          max={36500}
                          name={`wait-${rule.id}`}
                          defaultValue={rule.waitDays}
                          aria-label={t('settings.waitFor', { rule: rule.label })}
                        />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <p>
              <button type="submit" disabled={saving.state === 'busy'}>
                {t('settings.save')}
              </button>{' '}
              <span role="status">{saving.state === 'saved' ? t('settings.saved') : ''}</span>
            </p>
            {saving.state === 'error' && <ErrorState error={saving.error} />}
          </form>
        );
      }}
    </Loaded>
  );
}

type ImportState =
  | { state: 'idle' }
  | { state: 'busy'; name: string; progress: UploadProgress | null }
  | { state: 'done'; result: ImportResult }
  | { state: 'error'; error: unknown };

/** Import a lossless JSON export (all or nothing), with the upload's progress and then a working state. */
function ImportForm() {
  const { t, formatNumber } = useI18n();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<ImportState>({ state: 'idle' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setStatus({ state: 'busy', name: file.name, progress: null });
    sendFile<ImportResult>('/api/import', file, 'application/json', (progress) =>
      setStatus((s) => (s.state === 'busy' ? { ...s, progress } : s)),
    ).then(
      (result) => setStatus({ state: 'done', result }),
      (error: unknown) => setStatus({ state: 'error', error }),
    );
  };
  const busy = status.state === 'busy';
  return (
    <form className="card import" onSubmit={submit} aria-busy={busy}>
      <h3>{t('settings.import')}</h3>
      <p className="muted">{t('settings.importHint')}</p>
      <label htmlFor={inputId}>{t('settings.importFile')}</label>{' '}
      <input
        id={inputId}
        type="file"
        accept=".json,application/json"
        disabled={busy}
        onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
      />{' '}
      <button type="submit" disabled={busy || !file}>
        {t('settings.importSubmit')}
      </button>
      <div role="status">
        {status.state === 'busy' && (
          <UploadProgressLine
            name={status.name}
            progress={status.progress}
            working={t('settings.importing', { name: status.name })}
          />
        )}
        {status.state === 'done' && (
          <p>
            {t('settings.imported', {
              rows: formatNumber(Object.values(status.result.counts).reduce((n, c) => n + c, 0)),
              incidents: formatNumber(status.result.counts.incidents ?? 0),
            })}
          </p>
        )}
      </div>
      {status.state === 'error' && <ErrorState error={status.error} />}
    </form>
  );
}

export function SettingsPage({ search }: { search: URLSearchParams }) {
  const { t, locale, setLocale } = useI18n();
  const choice = useCaseChoice(search.get('case'));
  const [canImport, setCanImport] = useState(false);
  useEffect(() => {
    void apiRoutes().then((routes) => setCanImport(routes.has('POST /api/import')));
  }, []);
  return (
    <>
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
      </header>
      <section aria-labelledby="settings-language" className="card">
        <h2 id="settings-language">{t('settings.language')}</h2>
        <div className="language-choice" role="radiogroup" aria-labelledby="settings-language">
          {(Object.keys(LOCALES) as Locale[]).map((code) => (
            <label key={code}>
              <input
                type="radio"
                name="language"
                value={code}
                checked={code === locale}
                onChange={() => setLocale(code)}
              />{' '}
              <span lang={code}>{LOCALES[code]['language.name']}</span>
            </label>
          ))}
        </div>
      </section>
      <section aria-labelledby="settings-case">
        <h2 id="settings-case">
          {t('settings.case')}
          {choice.state === 'ready' && choice.kase ? `: ${choice.kase.title}` : ''}
        </h2>
        <CaseSwitch choice={choice} href={(slug) => `/settings${query({ case: slug })}`} />
        {choice.state === 'ready' && choice.kase && (
          <PolicyForm key={choice.kase.id} caseId={choice.kase.id} />
        )}
        {choice.state === 'ready' && choice.kase && (
          <CaseMembers key={`members-${choice.kase.id}`} caseId={choice.kase.id} level={3} />
        )}
      </section>
      {canImport && (
        <section aria-labelledby="settings-record">
          <h2 id="settings-record">{t('settings.record')}</h2>
          <ImportForm />
        </section>
      )}
    </>
  );
}
