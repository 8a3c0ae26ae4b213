/**
 * Offers a merge when a proposed incident probably describes one already in the case: the corroboration
 * engine scores the proposal against the case's incidents of nearby dates.
 */
import type { IncidentLike } from '../corroborate/index.js';
import { scoreDuplicate } from '../corroborate/index.js';
import type { Executor } from '../db/transaction.js';
import type { ExtractedIncident } from '../extract/index.js';
import type { ProposalMatch } from './proposal.types.js';

export const MERGE_OFFER_THRESHOLD = 0.5;

export function proposalAsIncident(id: string, p: ExtractedIncident): IncidentLike {
  return {
    id,
    description: p.quote,
    ...(p.date_start && {
      date: { start: p.date_start, ...(p.date_end && { end: p.date_end }), precision: p.date_precision },
    }),
    ...(p.city && {
      place: {
        name: p.city,
        ...(p.place_id && { placeId: p.place_id }),
        ...(p.country && { country: p.country }),
      },
    }),
    eventType: p.event_type,
    methods: p.methods,
    victims: p.victims.map((v) => v.name).filter((n): n is string => Boolean(n)),
    perpetrators: p.perpetrator ? [p.perpetrator.label] : [],
  };
}

/** The case's incidents shaped for the engine, with victim and perpetrator names from their acts and actors. */
export async function caseIncidentsForMatching(
  db: Executor,
  caseId: string,
): Promise<(IncidentLike & { title: string })[]> {
  const incidents = await db
    .selectFrom('incidents as i')
    .leftJoin('places as p', 'p.id', 'i.place_id')
    .select([
      'i.id',
      'i.title',
      'i.description',
      'i.date_start',
      'i.date_end',
      'i.date_precision',
      'i.event_type',
      'p.name as place_name',
      'p.gazetteer_id',
      'p.country',
    ])
    .where('i.case_id', '=', caseId)
    .where('i.merged_into_id', 'is', null)
    .execute();
  const acts = await db
    .selectFrom('acts as a')
    .innerJoin('incidents as i', 'i.id', 'a.incident_id')
    .leftJoin('actors as v', 'v.id', 'a.victim_id')
    .select([
      'a.incident_id',
      'a.methods',
      'a.perpetrator_label',
      'v.name as victim_name',
      'v.names as victim_names',
    ])
    .where('i.case_id', '=', caseId)
    .execute();
  return incidents.map((i) => {
    const mine = acts.filter((a) => a.incident_id === i.id);
    const victims = mine
      .flatMap((a) => [a.victim_name, ...(a.victim_names ?? []).map((n) => n.value)])
      .filter((n): n is string => Boolean(n));
    return {
      id: i.id,
      title: i.title,
      description: i.description,
      ...(i.date_start && {
        date: {
          start: i.date_start,
          ...(i.date_end && { end: i.date_end }),
          precision: i.date_precision as ExtractedIncident['date_precision'],
        },
      }),
      ...(i.place_name && {
        place: {
          name: i.place_name,
          ...(i.gazetteer_id && { placeId: i.gazetteer_id }),
          ...(i.country && { country: i.country }),
        },
      }),
      eventType: i.event_type as ExtractedIncident['event_type'],
      methods: mine.flatMap((a) => a.methods) as ExtractedIncident['methods'],
      victims,
      perpetrators: mine.map((a) => a.perpetrator_label).filter((n): n is string => Boolean(n)),
    };
  });
}

export function bestMatch(
  proposal: IncidentLike,
  existing: (IncidentLike & { title: string })[],
): ProposalMatch | null {
  let best: ProposalMatch | null = null;
  for (const candidate of existing) {
    const { score, reasons } = scoreDuplicate(proposal, candidate);
    if (score >= MERGE_OFFER_THRESHOLD && (!best || score > best.score)) {
      best = {
        incidentId: candidate.id,
        title: candidate.title,
        score: Math.round(score * 100) / 100,
        reasons: reasons.map((r) => r.text),
      };
    }
  }
  return best;
}
