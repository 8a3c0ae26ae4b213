/**
 * Views for the panels other parts of the server add (standards assessment, corroboration, allegations).
 * Their HTTP shapes are young, so each view reads defensively: it shows what it recognises and nothing
 * it does not, instead of failing.
 */
import { useI18n } from '../lib/i18n.js';
import { ProposeAllegations, StepForm } from './allegation-step-form.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const list = (v: unknown): unknown[] =>
  Array.isArray(v) ? v : isObject(v) && Array.isArray(v.items) ? v.items : [];

interface FindingLike {
  rule: string;
  finding: string;
  explanation: string;
  paragraphs: string[];
  missing: string[];
}

/** Every object with `rule` and `finding` anywhere in the response, in order. */
function collectFindings(value: unknown, out: FindingLike[] = [], seen = new Set<string>()): FindingLike[] {
  if (Array.isArray(value)) for (const v of value) collectFindings(v, out, seen);
  else if (isObject(value)) {
    if (typeof value.rule === 'string' && typeof value.finding === 'string') {
      const key = `${value.rule}|${value.finding}|${text(value.explanation)}`;
      if (!seen.has(key)) {
        seen.add(key);
        out.push({
          rule: value.rule,
          finding: value.finding,
          explanation: text(value.explanation),
          paragraphs: list(value.paragraphs).map(text),
          missing: list(value.missing_facts ?? value.missingFacts).map(text),
        });
      }
    } else for (const v of Object.values(value)) collectFindings(v, out, seen);
  }
  return out;
}

export function AssessmentView({ data }: { data: unknown }) {
  const { t, label } = useI18n();
  const findings = collectFindings(data);
  if (findings.length === 0) return <p className="state state-empty">{t('panel.noFindings')}</p>;
  return (
    <ul className="findings plain">
      {findings.map((f) => (
        <li key={`${f.rule}-${f.finding}-${f.explanation}`} className={`finding finding-${f.finding}`}>
          <span className="badge">{label('finding', f.finding)}</span> <strong>{f.rule}</strong>
          {f.explanation && <p>{f.explanation}</p>}
          {f.paragraphs.length > 0 && (
            <p className="muted">{t('panel.paragraphs', { list: f.paragraphs.join(', ') })}</p>
          )}
          {f.missing.length > 0 && (
            <p className="muted">
              {t('panel.missingFacts', { list: f.missing.map((m) => label('fact', m)).join(', ') })}
            </p>
          )}
        </li>
      ))}
    </ul>
  );
}

export function CorroborationView({ data }: { data: unknown }) {
  const { t, label } = useI18n();
  if (!isObject(data)) return null;
  const facts = list(data.facts).filter(isObject);
  return (
    <>
      {text(data.level) && (
        <p>
          <span className={`badge level-${text(data.level)}`}>
            {label('corroboration', text(data.level))}
          </span>{' '}
          {text(data.independentSources) &&
            t('panel.independentSources', { n: text(data.independentSources) })}
        </p>
      )}
      {list(data.origins).filter(isObject).length > 0 ? (
        <ul className="plain origins">
          {list(data.origins)
            .filter(isObject)
            .map((o, index) => (
              <li key={index}>
                {t('panel.origin', {
                  source: text(o.source),
                  reliability: text(o.reliability) || '—',
                  n: list(o.citationIds).length,
                })}
              </li>
            ))}
        </ul>
      ) : (
        text(data.reasoning) && <p className="muted">{text(data.reasoning)}</p>
      )}
      {facts.length > 0 && (
        <table className="compact">
          <thead>
            <tr>
              <th scope="col">{t('panel.fact')}</th>
              <th scope="col">{t('panel.level')}</th>
              <th scope="col">{t('panel.values')}</th>
            </tr>
          </thead>
          <tbody>
            {facts.map((f) => (
              <tr key={text(f.fact)}>
                <td>{label('factKind', text(f.fact))}</td>
                <td>{label('corroboration', text(f.level))}</td>
                <td>
                  {list(f.values)
                    .filter(isObject)
                    .map((v) => `${text(v.value)} (${list(v.sources).map(text).join(', ')})`)
                    .join('; ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

export function AllegationView({
  data,
  incidentId,
  caseId,
  onChanged,
}: {
  data: unknown;
  incidentId: string;
  caseId: string;
  /** Called after a step or new allegations were recorded, so the panel reloads. */
  onChanged: () => void;
}) {
  const { t, label, formatDate } = useI18n();
  // The case's allegations; keep those that answer for this incident.
  const items = list(data)
    .filter(isObject)
    .filter((a) => !Array.isArray(a.incidentIds) || a.incidentIds.includes(incidentId));
  if (items.length === 0)
    return (
      <>
        <p className="state state-empty">{t('panel.noAllegations')}</p>
        <ProposeAllegations caseId={caseId} onDone={onChanged} />
      </>
    );
  return (
    <ul className="plain allegations">
      {items.map((a) => (
        <li key={text(a.id)}>
          <strong>{text(a.title)}</strong> <span className="badge">{label('stage', text(a.stage))}</span>
          {text(a.stageSince) && (
            <span className="muted"> {t('panel.since', { date: formatDate(text(a.stageSince)) })}</span>
          )}
          {a.overdue === true && <span className="badge badge-warn">{t('panel.overdue')}</span>}
          {isObject(a.authority) && text(a.authority.name) && (
            <span className="muted"> · {t('panel.authority', { name: text(a.authority.name) })}</span>
          )}
          <StepForm allegationId={text(a.id)} stage={text(a.stage)} onDone={onChanged} />
        </li>
      ))}
    </ul>
  );
}
