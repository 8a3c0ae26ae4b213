/** Citations of one fact: the quote, where it comes from (document, page, footnote URL) and its credibility. */
import type { Citation } from '../lib/api.js';
import { useI18n } from '../lib/i18n.js';
import { Link } from '../lib/router.js';

export function CitationList({
  citations,
  documentTitles,
}: {
  citations: Citation[];
  documentTitles: Map<string, string>;
}) {
  const { t, label } = useI18n();
  if (citations.length === 0) return <p className="muted">{t('incident.noCitations')}</p>;
  return (
    <ul className="citations plain">
      {citations.map((c) => (
        <li key={c.id} className="citation">
          <blockquote>{c.quote}</blockquote>
          <p className="citation-meta">
            <span>
              {t('incident.source')}:{' '}
              {documentTitles.has(c.documentId) ? (
                <Link href={`/documents/${c.documentId}`}>{documentTitles.get(c.documentId)}</Link>
              ) : (
                t('incident.document', { id: c.documentId.slice(0, 8) })
              )}
            </span>
            {c.page !== null && <span>{t('incident.page', { page: c.page })}</span>}
            {c.footnoteNumber !== null && <span>{t('incident.footnote', { n: c.footnoteNumber })}</span>}
            {c.footnoteUrl && (
              <span>
                <a href={c.footnoteUrl} rel="noreferrer noopener" target="_blank" className="external">
                  {c.footnoteUrl}
                </a>
              </span>
            )}
            {c.credibility !== null && (
              <span
                className={`credibility credibility-${c.credibility}`}
                title={t('incident.credibilityHint')}
              >
                {t('incident.credibility', {
                  level: c.credibility,
                  name: label('credibility', String(c.credibility)),
                })}
              </span>
            )}
          </p>
        </li>
      ))}
    </ul>
  );
}
