/**
 * One incident: when, where, what; each act as "who did what to whom with what", with the facts the
 * standards need; every fact's citations; and, when the server offers them, standards findings,
 * corroboration and allegation status.
 */
import { useEffect, useState } from 'react';
import { CitationList } from '../components/citation-list.js';
import { OptionalPanel } from '../components/optional-panel.js';
import { Loaded } from '../components/status.js';
import { type Act, apiRoutes, getJson, type IncidentDetail } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';
import { useFetch } from '../lib/use-fetch.js';
import { AllegationView, AssessmentView, CorroborationView } from './incident-panels.js';

/** Titles of the cited documents when the server has a documents route; otherwise an empty map. */
function useDocumentTitles(ids: string[]): Map<string, string> {
  const [titles, setTitles] = useState(new Map<string, string>());
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      if (!key || !(await apiRoutes()).has('GET /api/documents/{id}')) return;
      const entries = await Promise.all(
        key.split(',').map((id) =>
          getJson<{ title?: string; sourceName?: string }>(`/api/documents/${id}`).then(
            (d) => [id, [d.sourceName, d.title].filter(Boolean).join(' — ')] as const,
            () => null,
          ),
        ),
      );
      if (!cancelled)
        setTitles(new Map(entries.filter((e): e is readonly [string, string] => e !== null && e[1] !== '')));
    })();
    return () => {
      cancelled = true;
    };
  }, [key]);
  return titles;
}

function ActView({
  act,
  incident,
  titles,
}: {
  act: Act;
  incident: IncidentDetail;
  titles: Map<string, string>;
}) {
  const { t, label, formatNumber } = useI18n();
  const who = act.perpetratorLabel ?? t('incident.unknownPerpetrator');
  const whom = act.victimLabel ?? t('incident.unknownVictim');
  const facts = Object.entries(act.facts ?? {});
  return (
    <li className="act card">
      <p className="act-sentence">
        {act.perpetratorId ? (
          <Link href={`/actors#actor-${act.perpetratorId}`}>{who}</Link>
        ) : (
          <strong>{who}</strong>
        )}{' '}
        <span className="act-verb">→ {label('actType', act.actType)}</span>
        {act.methods.length > 0 && (
          <span className="act-methods"> ({act.methods.map((m) => label('method', m)).join(', ')})</span>
        )}{' '}
        →{' '}
        {act.victimId ? <Link href={`/actors#actor-${act.victimId}`}>{whom}</Link> : <strong>{whom}</strong>}
        {act.victimRole && <span className="badge">{label('role', act.victimRole)}</span>}
        {act.victimCount !== null && (
          <span className="badge">{t('incident.victimCount', { n: formatNumber(act.victimCount) })}</span>
        )}
      </p>
      {(act.killed ?? act.injured) !== null && (
        <p className="harm">
          {act.killed !== null && t('list.killed', { n: formatNumber(act.killed) })}{' '}
          {act.injured !== null && t('list.injured', { n: formatNumber(act.injured) })}
        </p>
      )}
      {facts.length > 0 && (
        <dl className="facts">
          {facts.map(([key, value]) => (
            <div key={key}>
              <dt>{label('fact', key)}</dt>
              <dd>
                {Array.isArray(value)
                  ? value.map((v) => label('value', String(v))).join(', ')
                  : label('value', String(value))}
              </dd>
            </div>
          ))}
        </dl>
      )}
      <h4>{t('incident.citationsForAct')}</h4>
      <CitationList
        citations={incident.citations.filter((c) => c.actId === act.id)}
        documentTitles={titles}
      />
    </li>
  );
}

function IncidentView({ incident }: { incident: IncidentDetail }) {
  const { t, label, formatNumber, formatDate } = useI18n();
  const titles = useDocumentTitles(incident.citations.map((c) => c.documentId));
  // Bumped after a step is recorded: the fragment changes the panel's fetch key, so it reloads.
  const [allegationsVersion, setAllegationsVersion] = useState(0);
  const when =
    incident.dateStart && incident.dateEnd && incident.dateEnd !== incident.dateStart
      ? `${formatDate(incident.dateStart)} – ${formatDate(incident.dateEnd)}`
      : incident.dateStart
        ? formatDate(incident.dateStart)
        : t('incident.noDate');
  return (
    <article className="incident">
      <header className="page-header">
        <p className="breadcrumb">
          <Link href={`/incidents?caseId=${incident.caseId}`}>{t('list.title')}</Link>
        </p>
        <h1>{incident.title}</h1>
        <dl className="summary">
          <div>
            <dt>{t('incident.when')}</dt>
            <dd>
              {when} <span className="badge">{label('datePrecision', incident.datePrecision)}</span>
              {incident.timeOfDay && <span className="badge">{label('timeOfDay', incident.timeOfDay)}</span>}
            </dd>
          </div>
          <div>
            <dt>{t('incident.where')}</dt>
            <dd>
              {[incident.place?.name, incident.placeDetail].filter(Boolean).join(', ') ||
                t('incident.noPlace')}{' '}
              <span className="badge">
                {t('incident.geoPrecision', { precision: label('geoPrecision', incident.geoPrecision) })}
              </span>
            </dd>
          </div>
          <div>
            <dt>{t('list.type')}</dt>
            <dd>{label('eventType', incident.eventType)}</dd>
          </div>
          <div>
            <dt>{t('list.status')}</dt>
            <dd>
              <span className={`status status-${incident.status}`}>{label('status', incident.status)}</span>
            </dd>
          </div>
          {(incident.killed !== null || incident.injured !== null) && (
            <div>
              <dt>{t('list.harm')}</dt>
              <dd>
                {incident.killed !== null && t('list.killed', { n: formatNumber(incident.killed) })}{' '}
                {incident.injured !== null && t('list.injured', { n: formatNumber(incident.injured) })}
              </dd>
            </div>
          )}
        </dl>
      </header>
      {incident.description && <p className="description">{incident.description}</p>}
      <section aria-labelledby="acts">
        <h2 id="acts">{t('incident.acts')}</h2>
        {incident.acts.length === 0 ? (
          <p className="state state-empty">{t('incident.noActs')}</p>
        ) : (
          <ol className="acts plain">
            {incident.acts.map((act) => (
              <ActView key={act.id} act={act} incident={incident} titles={titles} />
            ))}
          </ol>
        )}
      </section>
      <section aria-labelledby="citations">
        <h2 id="citations">{t('incident.citations')}</h2>
        <CitationList
          citations={incident.citations.filter((c) => c.incidentId === incident.id)}
          documentTitles={titles}
        />
      </section>
      <OptionalPanel
        route="GET /api/incidents/{id}/assessment"
        url={`/api/incidents/${incident.id}/assessment`}
        title={t('panel.assessment')}
      >
        {(data: unknown) => <AssessmentView data={data} />}
      </OptionalPanel>
      <OptionalPanel
        route="GET /api/incidents/{id}/corroboration"
        url={`/api/incidents/${incident.id}/corroboration`}
        title={t('panel.corroboration')}
      >
        {(data: unknown) => <CorroborationView data={data} />}
      </OptionalPanel>
      <OptionalPanel
        route="GET /api/cases/{caseId}/allegations"
        url={`/api/cases/${incident.caseId}/allegations#${allegationsVersion}`}
        title={t('panel.allegations')}
      >
        {(data: unknown) => (
          <AllegationView
            data={data}
            incidentId={incident.id}
            caseId={incident.caseId}
            onChanged={() => setAllegationsVersion((n) => n + 1)}
          />
        )}
      </OptionalPanel>
    </article>
  );
}

export function IncidentPage({ id }: { id: string }) {
  const incident = useFetch<IncidentDetail>(`/api/incidents/${encodeURIComponent(id)}`);
  return <Loaded value={incident}>{(data) => <IncidentView incident={data} />}</Loaded>;
}
