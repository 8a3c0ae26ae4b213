/**
 * Turns a reviewed incident proposal into the record: the incident (or a merge into the one it matches), its
 * acts (one per named victim, or one for the group), the actors it names, and a citation for every fact,
 * pointing at the exact words of the document.
 */
import type { Transaction } from 'kysely';
import { createAct } from '../acts/act.service.js';
import { createActor, findActorByName } from '../actors/actor.service.js';
import { createCitation } from '../citations/citation.service.js';
import type { Database } from '../db/schema.js';
import type { ExtractedIncident } from '../extract/index.js';
import { createIncident } from '../incidents/incident.service.js';
import { findPlace, placeById } from '../places/gazetteer.js';
import type { ServiceContext } from '../shared/context.js';
import { actFactsSchema, factsFromVocabulary, incidentFactsSchema } from '../standards/index.js';
import { VICTIM_ROLES, type VictimRole } from '../vocabulary/vocabulary.js';

type Tx = ServiceContext & { db: Transaction<Database> };

const EVENT_LABEL = (eventType: string) =>
  eventType.replaceAll('_', ' ').replace(/^./, (c) => c.toUpperCase());

/** A short title: the event type and the start of the sentence it came from. */
export function proposalTitle(p: ExtractedIncident): string {
  const sentence = p.quote.replace(/\s+/g, ' ').trim();
  const short = sentence.length > 140 ? `${sentence.slice(0, 140).replace(/\s+\S*$/, '')}…` : sentence;
  return `${EVENT_LABEL(p.event_type)}: ${short}`;
}

/** Keeps the stated facts the standards schema knows, split into act and incident facts. */
export function splitFacts(p: ExtractedIncident) {
  const act: Record<string, unknown> = {};
  const incident: Record<string, unknown> = {};
  for (const [name, fact] of Object.entries(p.facts)) {
    const actShape = actFactsSchema.shape[name as keyof typeof actFactsSchema.shape];
    const incidentShape = incidentFactsSchema.shape[name as keyof typeof incidentFactsSchema.shape];
    if (actShape?.safeParse(fact.value).success) act[name] = fact.value;
    else if (incidentShape?.safeParse(fact.value).success) incident[name] = fact.value;
  }
  return { act, incident };
}

async function findOrCreateActor(
  tx: Tx,
  input: { name: string; kind: string; professionalRole?: string | null; affiliationId?: string | null },
) {
  const existing = await findActorByName(tx, input.name);
  if (existing) return existing.id;
  return (await createActor(tx, { ...input, ...(input.professionalRole ? {} : { professionalRole: null }) }))
    .id;
}

const asRole = (role: string | null): VictimRole | null =>
  role && (VICTIM_ROLES as readonly string[]).includes(role) ? (role as VictimRole) : null;

function resolvePlaceName(p: ExtractedIncident): string | null {
  if (p.place_id && placeById(p.place_id)) return p.place_id;
  if (p.city && findPlace(p.city, p.country ? { country: p.country } : {})) return p.city;
  return null;
}

export async function acceptIncident(
  tx: Tx,
  caseId: string,
  documentId: string,
  p: ExtractedIncident,
  mergeInto: string | null,
): Promise<string> {
  const facts = splitFacts(p);
  const incidentId =
    mergeInto ??
    (
      await createIncident(tx, {
        caseId,
        title: proposalTitle(p),
        description: [p.quote, ...p.supporting.map((s) => s.quote)].join(' ').replace(/\s+/g, ' '),
        dateStart: p.date_start,
        dateEnd: p.date_end,
        datePrecision: p.date_precision,
        timeOfDay: p.time_of_day,
        place: resolvePlaceName(p),
        geoPrecision: p.city ? 'city' : p.country ? 'country' : 'unknown',
        eventType: p.event_type,
        status: 'reviewed',
        killed: p.killed,
        injured: p.injured,
        ...(Object.keys(facts.incident).length > 0 && { facts: facts.incident }),
      })
    ).id;
  const citation = p.citations.find((c) => c.url) ?? null;
  const cite = (target: Record<string, string>, quote = p.quote, span = p.span) =>
    createCitation(tx, {
      documentId,
      ...target,
      quote,
      startOffset: span[0],
      endOffset: span[1],
      ...(citation?.footnote != null && { footnoteNumber: citation.footnote }),
      ...(citation?.url && { footnoteUrl: citation.url }),
    });
  await cite({ incidentId });
  for (const s of p.supporting) await cite({ incidentId }, s.quote, s.span);

  if (!p.perpetrator && p.victims.length === 0 && p.methods.length === 0) return incidentId;
  const victims = p.victims.length > 0 ? p.victims : [null];
  for (const victim of victims) {
    const role = asRole(victim?.role ?? null);
    let victimId: string | null = null;
    if (victim?.name) {
      const affiliationId = victim.affiliation
        ? await findOrCreateActor(tx, { name: victim.affiliation, kind: 'media_outlet' })
        : null;
      victimId = await findOrCreateActor(tx, {
        name: victim.name,
        kind: 'person',
        professionalRole: role,
        affiliationId,
      });
    }
    const vocabulary = factsFromVocabulary({
      methods: p.methods,
      ...(p.perpetrator && { actorKind: p.perpetrator.kind }),
      victimRoles: role ? [role] : [],
    });
    const act = await createAct(tx, {
      incidentId,
      perpetratorLabel: p.perpetrator?.label ?? null,
      victimId,
      victimLabel: victim?.name ?? victim?.label ?? null,
      victimRole: role,
      actType: p.methods[0] ?? p.event_type,
      methods: p.methods,
      facts: { ...vocabulary, ...facts.act },
      killed: p.killed,
      injured: p.injured,
    });
    await cite({ actId: act.id });
  }
  return incidentId;
}
