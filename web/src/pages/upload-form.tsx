/**
 * Upload a document into a case: the server reads it, extracts what it describes and files proposals in the
 * review queue. Says what it is doing while the file is read, then what was proposed, or why it was refused.
 */
import { type FormEvent, useId, useState } from 'react';
import { ErrorState } from '../components/status.js';
import { UploadProgressLine } from '../components/upload-progress.js';
import { type IngestResult, type UploadProgress, uploadDocument } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

type UploadState =
  | { state: 'idle' }
  | { state: 'busy'; name: string; progress: UploadProgress | null }
  | { state: 'done'; result: IngestResult }
  | { state: 'error'; error: unknown };

export function UploadForm({ caseId, onIngested }: { caseId: string; onIngested: () => void }) {
  const { t, formatNumber } = useI18n();
  const inputId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [status, setStatus] = useState<UploadState>({ state: 'idle' });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setStatus({ state: 'busy', name: file.name, progress: null });
    uploadDocument(caseId, file, file.name, (progress) =>
      setStatus((s) => (s.state === 'busy' ? { ...s, progress } : s)),
    ).then(
      (result) => {
        setStatus({ state: 'done', result });
        onIngested();
      },
      (error: unknown) => setStatus({ state: 'error', error }),
    );
  };
  const busy = status.state === 'busy';
  return (
    <form className="card upload" onSubmit={submit} aria-busy={busy}>
      <h2>{t('upload.title')}</h2>
      <label htmlFor={inputId}>{t('upload.file')}</label>{' '}
      <input
        id={inputId}
        name="document"
        type="file"
        disabled={busy}
        onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
      />{' '}
      <button type="submit" disabled={busy || !file}>
        {t('upload.submit')}
      </button>
      <div role="status" className="upload-status">
        {status.state === 'busy' && <UploadProgressLine name={status.name} progress={status.progress} />}
        {status.state === 'done' &&
          (status.result.duplicate ? (
            <p>{t('upload.duplicate')}</p>
          ) : (
            <p>
              {t('upload.proposed', {
                incidents: formatNumber(status.result.proposals.incidents),
                figures: formatNumber(status.result.proposals.figures),
                actors: formatNumber(status.result.proposals.actors),
                merges: formatNumber(status.result.proposals.offeredMerges),
              })}
            </p>
          ))}
        {status.state === 'done' && status.result.warnings.length > 0 && (
          <ul className="muted">
            {status.result.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        )}
      </div>
      {status.state === 'error' && <ErrorState error={status.error} />}
    </form>
  );
}
