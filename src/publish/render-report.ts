/**
 * The case report: one self-contained HTML page (no script, no outside resource, inline style only) with the
 * case, its key figures side by side with who reported them, and each incident with its date, place, acts,
 * standards findings and footnoted sources. Every text goes through escapeHtml; only http(s) addresses
 * become links.
 */
import { escapeHtml } from '../shared/escape-html.js';
import type { PubCitation, PubFigure, PubIncident, Publication, PubSource } from './publication.model.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.8rem;margin-bottom:.2rem}h2{margin-top:2.5rem;border-bottom:1px solid #ccc}h3{margin-bottom:.2rem}
.edition{background:#fff6d6;border:1px solid #e0c060;padding:.6rem 1rem}.meta{color:#555}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #ddd;padding:.3rem .5rem;text-align:left;vertical-align:top}
sup{font-size:.75em}.finding{margin:.2rem 0}ol.notes li{margin-bottom:.4rem}blockquote{margin:.2rem 0 .2rem 1rem;color:#333}`;

const QUALIFIER: Record<string, string> = {
  exact: '',
  at_least: 'at least ',
  at_most: 'at most ',
  about: 'about ',
  more_than: 'more than ',
  less_than: 'less than ',
  almost: 'almost ',
};

const words = (id: string) => id.replace(/_/g, ' ');
const isWebAddress = (url: string) => /^https?:\/\//i.test(url);
const link = (url: string) =>
  isWebAddress(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url);

/** Citations become numbered notes, in order of first reference; the same quote of the same source is one note. */
class Notes {
  readonly items: PubCitation[] = [];
  private readonly seen = new Map<string, number>();
  ref(citations: readonly PubCitation[]): string {
    if (citations.length === 0) return '';
    const numbers = new Set<number>();
    for (const c of citations) {
      const key = JSON.stringify([c.source, c.quote, c.page, c.footnoteUrl]);
      let n = this.seen.get(key);
      if (n === undefined) {
        n = this.items.push(c);
        this.seen.set(key, n);
      }
      numbers.add(n);
    }
    return `<sup>${[...numbers].map((n) => `<a href="#note-${n}">[${n}]</a>`).join('')}</sup>`;
  }
}

/** Findings worth a reader's attention; the others are counted. */
const SERIOUS = new Set([
  'violation',
  'possible_violation',
  'abuse_by_non_state_actor',
  'death_requires_investigation',
  'investigation_required',
]);

function when(i: PubIncident): string {
  const start = i.dateStart ?? 'date unknown';
  const range = i.dateEnd && i.dateEnd !== i.dateStart ? `${start} – ${i.dateEnd}` : start;
  const precision = i.datePrecision === 'day' ? '' : ` (${words(i.datePrecision)})`;
  return `${range}${precision}${i.timeOfDay ? `, ${words(i.timeOfDay)}` : ''}`;
}

function where(i: PubIncident): string {
  if (!i.place) return 'place not recorded';
  const detail = i.placeDetail ? ` (${i.placeDetail})` : '';
  const point =
    i.latitude !== null && i.longitude !== null
      ? `; ${i.latitude.toFixed(4)}, ${i.longitude.toFixed(4)} at ${words(i.geoPrecision)} precision`
      : '';
  return `${i.place.name}${detail}${i.place.country ? `, ${i.place.country}` : ''}${point}`;
}

function harm(killed: number | null, injured: number | null): string {
  const parts = [
    ...(killed !== null ? [`${killed} killed`] : []),
    ...(injured !== null ? [`${injured} injured`] : []),
  ];
  return parts.join(', ');
}

function incidentSection(i: PubIncident, notes: Notes): string {
  const described = `${escapeHtml(i.description || i.title)}${notes.ref(i.citations)}`;
  const acts = i.acts.map((a) => {
    const who = `${escapeHtml(a.perpetrator ?? 'unidentified')} → ${escapeHtml(a.victim ?? 'unidentified')}`;
    const how = [words(a.actType), ...a.methods.map(words)].join(', ');
    const hurt = harm(a.killed, a.injured);
    const serious = a.findings.filter((f) => SERIOUS.has(f.finding));
    const others = a.findings.length - serious.length;
    const findings = serious
      .map(
        (f) =>
          `<div class="finding"><strong>${escapeHtml(f.paragraphs.join('; ') || f.instrument)}</strong>: ${escapeHtml(
            words(f.finding),
          )}${f.reviewed ? ' (reviewed)' : ''}. ${escapeHtml(f.explanation)}</div>`,
      )
      .join('')
      .concat(
        others > 0
          ? `<div class="finding">${others} other standard${others === 1 ? '' : 's'}: consistent, or facts still missing.</div>`
          : '',
      );
    return `<li>${who}: ${escapeHtml(how)}${hurt ? ` (${escapeHtml(hurt)})` : ''}${notes.ref(a.citations)}${findings}</li>`;
  });
  const hurt = harm(i.killed, i.injured);
  return `<section id="incident-${escapeHtml(i.id)}">
<h3>${escapeHtml(i.title)}</h3>
<p class="meta">${escapeHtml(when(i))} · ${escapeHtml(where(i))} · ${escapeHtml(words(i.eventType))} · ${escapeHtml(
    i.status,
  )}${hurt ? ` · ${escapeHtml(hurt)}` : ''}</p>
<p>${described}</p>
${acts.length > 0 ? `<ul>${acts.join('\n')}</ul>` : ''}
</section>`;
}

function figureRows(figures: readonly PubFigure[], notes: Notes): string {
  return figures
    .map(
      (f) =>
        `<tr><td>${escapeHtml(f.what)}</td><td>${escapeHtml(`${QUALIFIER[f.qualifier] ?? ''}${f.value}`)}</td><td>${escapeHtml(
          f.asOf ?? '',
        )}</td><td>${escapeHtml(f.place ?? '')}</td><td>${escapeHtml(f.reportedBy ?? 'not recorded')}${notes.ref(
          f.citations,
        )}</td></tr>`,
    )
    .join('\n');
}

function noteItem(c: PubCitation, n: number, sources: ReadonlyMap<number, PubSource>): string {
  const s = sources.get(c.source);
  const source = s
    ? `${escapeHtml(s.title)}${s.publisher ? `, ${escapeHtml(s.publisher)}` : ''}${
        s.publishedOn ? `, ${escapeHtml(s.publishedOn)}` : ''
      }${s.url ? `. ${link(s.url)}` : ''}`
    : 'source not recorded';
  const page = c.page !== null ? `, p. ${c.page}` : '';
  const footnote =
    c.footnoteUrl !== null
      ? ` Its note${c.footnoteNumber !== null ? ` ${c.footnoteNumber}` : ''}: ${link(c.footnoteUrl)}`
      : '';
  return `<li id="note-${n}"><blockquote>“${escapeHtml(c.quote)}”</blockquote>${source}${escapeHtml(page)}.${footnote}</li>`;
}

export function renderReport(p: Publication): string {
  const notes = new Notes();
  const figures = figureRows(p.figures, notes);
  const incidents = p.incidents.map((i) => incidentSection(i, notes)).join('\n');
  const sources = new Map(p.sources.map((s) => [s.n, s]));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="${p.edition.kind === 'public' ? 'index' : 'noindex, nofollow'}">
<title>${escapeHtml(p.case.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(p.case.title)}</h1>
<p>${escapeHtml(p.case.description)}</p>
<p class="edition">${escapeHtml(p.redaction)}</p>
<p class="meta">Generated ${escapeHtml(p.generatedAt)} by Dalil · ${p.incidents.length} incidents · ${p.figures.length} figures</p>
</header>
<main>
<h2>Key figures</h2>
${
  p.figures.length === 0
    ? '<p>No figures recorded.</p>'
    : `<table><thead><tr><th>What</th><th>Value</th><th>As of</th><th>Where</th><th>Reported by</th></tr></thead><tbody>
${figures}
</tbody></table>`
}
<h2>Incidents</h2>
${incidents || '<p>No incident is published.</p>'}
<h2>Sources</h2>
<ol class="notes">
${notes.items.map((c, k) => noteItem(c, k + 1, sources)).join('\n')}
</ol>
</main>
</body>
</html>
`;
}
