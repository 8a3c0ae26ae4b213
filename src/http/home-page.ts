/**
 * A plain page listing cases and their latest incidents, served at / until the web application lands.
 * Every value is HTML-escaped: names and titles come from documents we do not control.
 */
import { listCases } from '../cases/case.service.js';
import { listIncidents } from '../incidents/incident.service.js';
import { escapeHtml } from '../shared/escape-html.js';
import type { ContextFactory, ZodApp } from './route-context.js';

export function registerHomePage(app: ZodApp, context: ContextFactory): void {
  app.get('/', { schema: { hide: true } }, async (_request, reply) => {
    const ctx = context();
    const sections: string[] = [];
    for (const kase of await listCases(ctx)) {
      const page = await listIncidents(ctx, { caseId: kase.id, limit: 200 });
      const rows = page.items
        .map(
          (i) =>
            `<tr><td>${escapeHtml(i.dateStart === i.dateEnd ? (i.dateStart ?? '') : `${i.dateStart ?? '?'} – ${i.dateEnd ?? '?'}`)}</td><td>${escapeHtml(i.place?.name ?? '')}</td><td>${escapeHtml(i.eventType.replaceAll('_', ' '))}</td><td><a href="/api/incidents/${escapeHtml(i.id)}">${escapeHtml(i.title)}</a></td></tr>`,
        )
        .join('');
      sections.push(
        `<section><h2>${escapeHtml(kase.title)}</h2><p>${page.total} incidents</p><table><thead><tr><th>Date</th><th>Place</th><th>Type</th><th>Incident</th></tr></thead><tbody>${rows}</tbody></table></section>`,
      );
    }
    const body = sections.join('') || '<p>No cases yet. Create one with <code>dalil case add</code>.</p>';
    return reply
      .type('text/html; charset=utf-8')
      .header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'")
      .send(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Dalil</title><style>body{font:16px/1.5 system-ui,sans-serif;max-width:70rem;margin:2rem auto;padding:0 1rem;color:#1d232a}table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:.3rem .6rem;border-bottom:1px solid #dde}</style></head><body><header><h1>Dalil</h1><p>The record, its sources, and who must answer for it. API: <a href="/api/docs">/api/docs</a></p></header><main>${body}</main></body></html>`,
      );
  });
}
