/** Incidents: what happened at a place and time. Every write is validated, versioned and audited. */
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { checkIncidentFacts } from '../assessments/record-facts.js';
import { appendAudit } from '../audit/audit-log.js';
import type { Database } from '../db/schema.js';
import { inTransaction } from '../db/transaction.js';
import { findPlaces } from '../places/gazetteer.js';
import { resolvePlace } from '../places/place.service.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { expectedVersion } from '../shared/schemas.js';
import { parseInput } from '../shared/validate.js';
import { updateVersioned } from '../shared/versioned-update.js';
import { findIncident, queryIncidents } from './incident.repository.js';
import { countFacets, type FacetCounts } from './incident-facets.js';
import {
  type Incident,
  type IncidentFacetFilter,
  type IncidentFilter,
  incidentFacetFilter,
  incidentFilter,
  incidentInput,
  incidentUpdate,
} from './incident.schema.js';

async function placeColumn(trx: Transaction<Database>, actor: string, place: string | null | undefined) {
  if (place === undefined) return {};
  if (place === null) return { place_id: null };
  return { place_id: (await resolvePlace(trx, actor, place)).id };
}

export async function getIncident(ctx: ServiceContext, id: string): Promise<Incident> {
  const found = /^[0-9a-f-]{36}$/i.test(id) ? await findIncident(ctx.db, id) : undefined;
  if (!found) throw notFound('incident', id);
  return found;
}

export async function createIncident(ctx: ServiceContext, raw: unknown): Promise<Incident> {
  const input = parseInput(incidentInput, raw);
  if (input.facts) checkIncidentFacts(input.facts);
  return inTransaction(ctx.db, async (trx) => {
    const exists = await trx
      .selectFrom('cases')
      .select('id')
      .where('id', '=', input.caseId)
      .executeTakeFirst();
    if (!exists) throw new AppError('not_found', `caseId: case ${input.caseId} was not found`, 'caseId');
    const id = randomUUID();
    await trx
      .insertInto('incidents')
      .values({
        id,
        case_id: input.caseId,
        title: input.title,
        description: input.description,
        date_start: input.dateStart ?? null,
        date_end: input.dateEnd ?? input.dateStart ?? null,
        date_precision: input.datePrecision ?? (input.dateStart ? 'day' : 'unknown'),
        time_of_day: input.timeOfDay ?? null,
        ...(await placeColumn(trx, ctx.actor, input.place)),
        place_detail: input.placeDetail ?? null,
        geo_precision: input.geoPrecision,
        latitude: input.latitude ?? null,
        longitude: input.longitude ?? null,
        event_type: input.eventType,
        status: input.status,
        confidentiality: input.confidentiality,
        killed: input.killed ?? null,
        injured: input.injured ?? null,
        facts: JSON.stringify(input.facts ?? {}),
      })
      .execute();
    const created = await getIncident({ ...ctx, db: trx }, id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'incident.create',
      entity: 'incident',
      entityId: id,
      after: created,
    });
    return created;
  });
}

/** A place filter matches the gazetteer (any script) and, failing that, the stored names. */
async function placeConditions(ctx: ServiceContext, place: string | undefined) {
  if (place === undefined) return {};
  const gazetteerIds = findPlaces(place).map((p) => p.id);
  const rows = gazetteerIds.length
    ? await ctx.db.selectFrom('places').select('id').where('gazetteer_id', 'in', gazetteerIds).execute()
    : [];
  return { placeIds: rows.map((r) => r.id), placeText: place };
}

/** A reader not cleared for everything sees only the incidents at the levels access control allowed. */
const levelsOf = (ctx: ServiceContext) => (ctx.levels ? { levels: ctx.levels } : {});

/** Incidents matching the filters, sorted and paged on the server, with the total. */
export async function listIncidents(ctx: ServiceContext, raw: IncidentFilter | Record<string, unknown> = {}) {
  const { place, ...filter } = parseInput(incidentFilter, raw);
  return queryIncidents(ctx.db, { ...filter, ...levelsOf(ctx), ...(await placeConditions(ctx, place)) });
}

/** For each facet of the list, how many incidents each value leaves given the other filters. */
export async function incidentFacets(
  ctx: ServiceContext,
  raw: IncidentFacetFilter | Record<string, unknown> = {},
): Promise<FacetCounts> {
  const { place, ...filter } = parseInput(incidentFacetFilter, raw);
  return countFacets(ctx.db, { ...filter, ...levelsOf(ctx), ...(await placeConditions(ctx, place)) });
}

export async function updateIncident(ctx: ServiceContext, id: string, raw: unknown): Promise<Incident> {
  const { version, ...changes } = parseInput(incidentUpdate, raw);
  if (changes.facts) checkIncidentFacts(changes.facts);
  return inTransaction(ctx.db, async (trx) => {
    const before = await getIncident({ ...ctx, db: trx }, id);
    if (changes.caseId && changes.caseId !== before.caseId) {
      throw new AppError(
        'validation_failed',
        'caseId: an incident cannot be moved to another case',
        'caseId',
      );
    }
    const dateStart = changes.dateStart === undefined ? before.dateStart : changes.dateStart;
    const dateEnd = changes.dateEnd === undefined ? before.dateEnd : changes.dateEnd;
    if (dateStart && dateEnd && dateEnd < dateStart) {
      throw new AppError(
        'validation_failed',
        `dateEnd: must not be before dateStart (${dateStart})`,
        'dateEnd',
      );
    }
    await updateVersioned(
      trx,
      'incidents',
      id,
      version,
      {
        ...(changes.title !== undefined && { title: changes.title }),
        ...(changes.description !== undefined && { description: changes.description }),
        ...(changes.dateStart !== undefined && { date_start: changes.dateStart }),
        ...(changes.dateEnd !== undefined && { date_end: changes.dateEnd }),
        ...(changes.datePrecision !== undefined && { date_precision: changes.datePrecision }),
        ...(changes.timeOfDay !== undefined && { time_of_day: changes.timeOfDay }),
        ...(await placeColumn(trx, ctx.actor, changes.place)),
        ...(changes.placeDetail !== undefined && { place_detail: changes.placeDetail }),
        ...(changes.geoPrecision !== undefined && { geo_precision: changes.geoPrecision }),
        ...(changes.latitude !== undefined && { latitude: changes.latitude }),
        ...(changes.longitude !== undefined && { longitude: changes.longitude }),
        ...(changes.eventType !== undefined && { event_type: changes.eventType }),
        ...(changes.status !== undefined && { status: changes.status }),
        ...(changes.confidentiality !== undefined && { confidentiality: changes.confidentiality }),
        ...(changes.killed !== undefined && { killed: changes.killed }),
        ...(changes.injured !== undefined && { injured: changes.injured }),
        ...(changes.facts !== undefined && { facts: JSON.stringify(changes.facts) }),
      },
      'incident',
    );
    const after = await getIncident({ ...ctx, db: trx }, id);
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'incident.update',
      entity: 'incident',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/**
 * Deletes an incident with its acts and citations. The audit entry keeps the full snapshot, so nothing is
 * lost from the history. Refused while an allegation still names one of its acts.
 */
export async function deleteIncident(ctx: ServiceContext, id: string, version: number): Promise<void> {
  const expected = parseInput(expectedVersion, version, 'version');
  await inTransaction(ctx.db, async (trx) => {
    const incident = await getIncident({ ...ctx, db: trx }, id);
    if (incident.version !== expected) {
      throw new AppError(
        'version_conflict',
        `incident ${id} is at version ${incident.version}, not ${expected}; reload it first`,
        'version',
      );
    }
    const acts = await trx.selectFrom('acts').selectAll().where('incident_id', '=', id).execute();
    const actIds = acts.map((a) => a.id);
    if (actIds.length) {
      const alleged = await trx
        .selectFrom('allegation_acts')
        .select('allegation_id')
        .where('act_id', 'in', actIds)
        .executeTakeFirst();
      if (alleged) {
        throw new AppError(
          'conflict',
          `incident ${id} is part of allegation ${alleged.allegation_id}; remove it from the allegation first`,
        );
      }
    }
    const citations = await trx
      .selectFrom('citations')
      .selectAll()
      .where((eb) =>
        eb.or([eb('incident_id', '=', id), ...(actIds.length ? [eb('act_id', 'in', actIds)] : [])]),
      )
      .execute();
    await trx.deleteFrom('incidents').where('id', '=', id).execute();
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'incident.delete',
      entity: 'incident',
      entityId: id,
      before: { incident, acts, citations },
    });
  });
}
