/**
 * Dashboard panels for features the server may or may not offer (see OptionalPanel): what the standards
 * rules found across the case, and reported figures grouped by what they count (conflicts side by side).
 */
import { OptionalPanel } from '../components/optional-panel.js';
import { useI18n } from '../lib/i18n.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

function AssessmentSummary({ data }: { data: unknown }) {
  const { t, label } = useI18n();
  const lines = isObject(data) ? list(data.lines).filter(isObject) : [];
  if (lines.length === 0) return <p className="state state-empty">{t('panel.noFindings')}</p>;
  return (
    <ul className="plain summary-lines">
      {lines.map((line, index) => (
        <li key={index} className={`finding finding-${text(line.kind)}`}>
          <span className="badge">{label('finding', text(line.kind))}</span> {text(line.text)}
        </li>
      ))}
    </ul>
  );
}

function FigureGroups({ data }: { data: unknown }) {
  const { t, formatNumber, formatDate } = useI18n();
  const groups = list(data).filter(isObject);
  if (groups.length === 0) return <p className="state state-empty">{t('figures.empty')}</p>;
  return (
    <div className="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">{t('figures.what')}</th>
            <th scope="col">{t('panel.reportedValues')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((group, index) => (
            <tr key={index}>
              <th scope="row">
                {text(group.measure)}
                {group.conflicting === true && group.series !== true && (
                  <span className="badge badge-warn">{t('panel.conflicting')}</span>
                )}
                {group.series === true && <span className="badge">{t('panel.series')}</span>}
              </th>
              <td>
                <ul className="plain side-by-side">
                  {list(group.values)
                    .filter(isObject)
                    .map((v) => (
                      <li key={text(v.id)}>
                        <strong>{typeof v.value === 'number' ? formatNumber(v.value) : text(v.value)}</strong>{' '}
                        <span className="muted">
                          {t('figures.reportedBy', {
                            who: text(v.reportedBy) || t('figures.unknownReporter'),
                            when: text(v.asOf) ? formatDate(text(v.asOf)) : '—',
                          })}
                        </span>
                      </li>
                    ))}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CasePanels({ caseId }: { caseId: string }) {
  const { t } = useI18n();
  return (
    <>
      <OptionalPanel
        onDemand={t('panel.computeFindings')}
        route="GET /api/cases/{id}/assessment-summary"
        url={`/api/cases/${caseId}/assessment-summary`}
        title={t('panel.assessmentSummary')}
      >
        {(data: unknown) => <AssessmentSummary data={data} />}
      </OptionalPanel>
      <OptionalPanel
        whenVisible
        route="GET /api/cases/{id}/figure-groups"
        url={`/api/cases/${caseId}/figure-groups`}
        title={t('panel.figureGroups')}
      >
        {(data: unknown) => <FigureGroups data={data} />}
      </OptionalPanel>
    </>
  );
}
