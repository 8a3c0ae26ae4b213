/** How far a long upload has gone: bytes sent while the file goes up, then a working state on the server. */
import type { UploadProgress } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';

/** Bytes sent while the file goes up, then a working state while the server reads it and proposes. */
export function UploadProgressLine({
  name,
  progress,
  working,
}: {
  name: string;
  progress: UploadProgress | null;
  /** What the server is doing once it has the whole file. */
  working?: string;
}) {
  const { t, formatNumber } = useI18n();
  const sending = progress?.phase === 'sending' ? progress : null;
  const text = sending
    ? t('upload.sending', {
        name,
        percent: formatNumber(Math.floor((100 * sending.sent) / Math.max(1, sending.total))),
        sent: formatNumber(Math.round(sending.sent / 1024)),
        total: formatNumber(Math.round(sending.total / 1024)),
      })
    : progress?.phase === 'reading'
      ? (working ?? t('upload.reading', { name }))
      : t('upload.busy', { name });
  return (
    <p className="upload-progress">
      {sending ? (
        <progress max={sending.total} value={sending.sent} aria-label={text} />
      ) : (
        <progress aria-label={text} />
      )}{' '}
      {text}
    </p>
  );
}
