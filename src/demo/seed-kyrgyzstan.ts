/**
 * Enters the Kyrgyzstan 2020 case through the service layer, as a reviewer would: the case, its sources, the
 * statement, actors, incidents with their acts, figures, and a citation for every fact. Used for the demo
 * and as the test factory of a case that holds every kind of record.
 */
import { createAct } from '../acts/act.service.js';
import { createActor } from '../actors/actor.service.js';
import { createCase } from '../cases/case.service.js';
import { createCitation } from '../citations/citation.service.js';
import { inTransaction } from '../db/transaction.js';
import { createDocument } from '../documents/document.service.js';
import { createFigure } from '../figures/figure.service.js';
import { createIncident } from '../incidents/incident.service.js';
import type { ServiceContext } from '../shared/context.js';
import { locateQuote } from '../shared/locate-quote.js';
import { createSource } from '../sources/source.service.js';
import {
  ACTORS,
  FIGURES,
  FOOTNOTES,
  INCIDENTS,
  KYRGYZSTAN_CASE,
  SOURCES,
  STATEMENT,
} from './kyrgyzstan-2020.data.js';

export interface SeededCase {
  caseId: string;
  documentId: string;
  incidents: Record<string, string>;
  actors: Record<string, string>;
}

export async function seedKyrgyzstanCase(
  ctx: ServiceContext,
  statementText: string | null,
): Promise<SeededCase> {
  return inTransaction(ctx.db, async (trx) => {
    const tx = { ...ctx, db: trx };
    const kase = await createCase(tx, KYRGYZSTAN_CASE);
    const sources: Record<string, string> = {};
    for (const { key, ...source } of SOURCES) sources[key] = (await createSource(tx, source)).id;
    const document = await createDocument(tx, {
      caseId: kase.id,
      sourceId: sources.amnesty,
      kind: 'press_release',
      title: STATEMENT.title,
      fileName: STATEMENT.fileName,
      language: STATEMENT.language,
      text: statementText ?? '',
    });
    const actors: Record<string, string> = {};
    for (const { key, ...raw } of ACTORS) {
      const { affiliation, ...actor } = raw as typeof raw & { affiliation?: string };
      actors[key] = (
        await createActor(tx, { ...actor, ...(affiliation && { affiliationId: actors[affiliation] }) })
      ).id;
    }
    const cite = (quote: string, target: Record<string, string>, footnote?: keyof typeof FOOTNOTES) => {
      const span = statementText ? locateQuote(statementText, quote) : null;
      return createCitation(tx, {
        documentId: document.id,
        ...target,
        quote,
        ...(span && { startOffset: span[0], endOffset: span[1] }),
        ...(footnote && { footnoteNumber: footnote, footnoteUrl: FOOTNOTES[footnote] }),
        credibility: 2,
      });
    };
    const incidents: Record<string, string> = {};
    for (const seed of INCIDENTS) {
      const incident = await createIncident(tx, {
        caseId: kase.id,
        title: seed.title,
        description: seed.quote,
        dateStart: seed.dateStart,
        dateEnd: seed.dateEnd,
        datePrecision: seed.datePrecision,
        timeOfDay: seed.timeOfDay ?? null,
        place: seed.place,
        placeDetail: seed.placeDetail ?? null,
        geoPrecision: seed.place ? 'city' : 'country',
        eventType: seed.eventType,
        status: 'reviewed',
        killed: seed.killed ?? null,
        injured: seed.injured ?? null,
        facts: seed.facts ?? {},
      });
      incidents[seed.key] = incident.id;
      await cite(seed.quote, { incidentId: incident.id }, seed.footnote);
      for (const act of seed.acts) {
        const created = await createAct(tx, {
          incidentId: incident.id,
          actType: act.actType,
          perpetratorId: act.perpetrator ? actors[act.perpetrator] : null,
          perpetratorLabel: act.perpetratorLabel,
          victimId: act.victim ? actors[act.victim] : null,
          victimLabel: act.victimLabel,
          victimRole: act.victimRole,
          methods: act.methods,
          facts: act.facts,
          killed: act.killed ?? null,
          injured: act.injured ?? null,
        });
        await cite(seed.quote, { actId: created.id }, seed.footnote);
      }
    }
    for (const seed of FIGURES) {
      const figure = await createFigure(tx, {
        caseId: kase.id,
        incidentId: 'incident' in seed ? incidents[seed.incident] : null,
        what: seed.what,
        measureKey: seed.measureKey,
        value: seed.value,
        asOf: seed.asOf,
        place: seed.measureKey.startsWith('covid') ? null : 'Bishkek',
        reportedBy: seed.reportedBy,
        reportedById: 'reporter' in seed ? actors[seed.reporter] : null,
      });
      await cite(seed.quote, { figureId: figure.id }, 'footnote' in seed ? seed.footnote : undefined);
    }
    return { caseId: kase.id, documentId: document.id, incidents, actors };
  });
}
