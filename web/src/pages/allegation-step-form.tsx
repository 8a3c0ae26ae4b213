/**
 * Moving an allegation a step: a small form under each allegation (step kind, date, note) and, when a case has
 * none yet, a button that asks the server to propose allegations from the case's acts. The server decides
 * whether a step is in order; its refusal is shown as it words it.
 */
import { type FormEvent, useId, useState } from 'react';
import { ErrorState } from '../components/status.js';
import { postJson } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { OUTCOME_KINDS as OUTCOMES, STAGES as ENGINE_STAGES } from '../../../src/allegations/engine/types.js';

/** The stages in the order the server's allegation engine walks them, from the engine's own vocabulary. */
const STAGES = ENGINE_STAGES.filter((stage) => stage !== 'outcome');

/** The step kinds worth offering after `stage`: the later stages, then the outcomes. */
export function nextStepKinds(stage: string): string[] {
  const at = STAGES.indexOf(stage as (typeof STAGES)[number]);
  if (at < 0) return [];
  return [...STAGES.slice(at + 1), ...OUTCOMES];
}

const today = () => new Date().toISOString().slice(0, 10);

export function StepForm({
  allegationId,
  stage,
  onDone,
}: {
  allegationId: string;
  stage: string;
  onDone: () => void;
}) {
  const { t, label } = useI18n();
  const id = useId();
  const kinds = nextStepKinds(stage);
  const [kind, setKind] = useState(kinds[0] ?? '');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  if (kinds.length === 0) return null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const body = { kind, date, note, ...(reason.trim() && { outOfOrderReason: reason.trim() }) };
    postJson(`/api/allegations/${allegationId}/steps`, body).then(onDone, (e: unknown) => {
      setError(e);
      setBusy(false);
    });
  };
  return (
    <form className="step-form" onSubmit={submit} aria-label={t('step.form')}>
      <p>
        <label htmlFor={`${id}-kind`}>{t('step.kind')}</label>{' '}
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.currentTarget.value)}>
          {kinds.map((k) => (
            <option key={k} value={k}>
              {(STAGES as readonly string[]).includes(k) ? label('stage', k) : label('outcome', k)}
            </option>
          ))}
        </select>{' '}
        <label htmlFor={`${id}-date`}>{t('step.date')}</label>{' '}
        <input
          id={`${id}-date`}
          type="date"
          required
          value={date}
          onChange={(e) => setDate(e.currentTarget.value)}
        />
      </p>
      <p>
        <label htmlFor={`${id}-note`}>{t('step.note')}</label>{' '}
        <input id={`${id}-note`} type="text" value={note} onChange={(e) => setNote(e.currentTarget.value)} />{' '}
        <label htmlFor={`${id}-reason`}>{t('step.reason')}</label>{' '}
        <input
          id={`${id}-reason`}
          type="text"
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
      </p>
      <button type="submit" disabled={busy || !date}>
        {t('step.submit')}
      </button>
      {error !== null && <ErrorState error={error} />}
    </form>
  );
}

/** Asks the server to propose allegations from the case's acts and store them. */
export function ProposeAllegations({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = () => {
    setBusy(true);
    setError(null);
    postJson(`/api/cases/${caseId}/allegations/propose`, { dryRun: false }).then(onDone, (e: unknown) => {
      setError(e);
      setBusy(false);
    });
  };
  return (
    <p>
      <button type="button" className="secondary" disabled={busy} onClick={run}>
        {t('step.propose')}
      </button>
      {error !== null && <ErrorState error={error} />}
    </p>
  );
}
