/**
 * Loads the redactor of one case or several: the people linked to them (victims and perpetrators of their
 * acts, reporters of their figures, perpetrators named in their allegations) with their first appearance,
 * and the coordinates of the places of their incidents. Two queries, both driven by the case indexes.
 */
import { sql } from 'kysely';
import type { Executor } from '../db/transaction.js';
import type { PersonRelation } from './pseudonyms.js';
import { createRedactor, type Redactor } from './redactor.js';

export type RedactionScope = { caseId: string } | { caseIds: readonly string[] };

/**
 * The redactor for a scope. People are lettered by their first appearance (the earliest date of the
 * incidents or figures they are linked to; undated last), then by actor id; with several cases, one
 * lettering covers them all. A person enters a case's scope by being linked to it, so a name typed into a
 * text without any link to an actor is not known here: record the person as an actor.
 */
export async function loadRedactor(
  db: Executor,
  scope: RedactionScope,
  options: { revealCaseIds?: readonly string[] } = {},
): Promise<Redactor> {
  const caseIds = 'caseId' in scope ? [scope.caseId] : [...new Set(scope.caseIds)];
  if (caseIds.length === 0) return createRedactor({ people: [] });
  const [people, places, revealed] = await Promise.all([
    peopleOf(db, caseIds),
    placesOf(db, caseIds),
    revealedPeople(db, options.revealCaseIds ?? [], caseIds),
  ]);
  return createRedactor({
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      otherNames: [...p.names.map((n) => n.value), ...p.aliases],
      role: p.professional_role ?? p.role,
      relations: p.relations as PersonRelation[],
      // A reader cleared on a case sees the names of its people, even when another case protects them.
      namePublic: p.name_public || revealed.has(p.id),
    })),
    places: places
      .filter((p) => p.latitude !== null && p.longitude !== null)
      .map((p) => [p.id, { latitude: p.latitude!, longitude: p.longitude! }] as const),
  });
}

/**
 * The people linked to the cases whose names the reader may see (`revealCaseIds`, within the scope). A
 * person is revealed only if every case of the scope they appear in is one of those: clearance on one case
 * does not unmask a person another case protects.
 */
async function revealedPeople(db: Executor, revealCaseIds: readonly string[], caseIds: readonly string[]) {
  const reveal = new Set(revealCaseIds);
  if (reveal.size === 0) return new Set<string>();
  const byCase = await Promise.all(caseIds.map(async (id) => ({ id, people: await peopleOf(db, [id]) })));
  const blocked = new Set(byCase.filter((c) => !reveal.has(c.id)).flatMap((c) => c.people.map((p) => p.id)));
  return new Set(
    byCase
      .filter((c) => reveal.has(c.id))
      .flatMap((c) => c.people.map((p) => p.id))
      .filter((id) => !blocked.has(id)),
  );
}

function peopleOf(db: Executor, caseIds: readonly string[]) {
  const relation = (r: PersonRelation) => sql<string>`${sql.lit(r)}`;
  const acts = db.selectFrom('acts as a').innerJoin('incidents as i', 'i.id', 'a.incident_id');
  const links = acts
    .select([
      'a.victim_id as actor_id',
      'i.date_start as seen',
      relation('victim').as('relation'),
      'a.victim_role as role',
    ])
    .where('i.case_id', 'in', caseIds)
    .where('a.victim_id', 'is not', null)
    .unionAll(
      acts
        .select([
          'a.perpetrator_id as actor_id',
          'i.date_start as seen',
          relation('perpetrator').as('relation'),
          sql<string | null>`null`.as('role'),
        ])
        .where('i.case_id', 'in', caseIds)
        .where('a.perpetrator_id', 'is not', null),
    )
    .unionAll(
      db
        .selectFrom('figures as f')
        .select([
          'f.reported_by_id as actor_id',
          'f.as_of as seen',
          relation('witness').as('relation'),
          sql<string | null>`null`.as('role'),
        ])
        .where('f.case_id', 'in', caseIds)
        .where('f.reported_by_id', 'is not', null),
    )
    .unionAll(
      db
        .selectFrom('allegations as al')
        .select([
          'al.perpetrator_id as actor_id',
          sql<string | null>`null`.as('seen'),
          relation('perpetrator').as('relation'),
          sql<string | null>`null`.as('role'),
        ])
        .where('al.case_id', 'in', caseIds)
        .where('al.perpetrator_id', 'is not', null),
    );
  return db
    .selectFrom(links.as('l'))
    .innerJoin('actors as p', 'p.id', 'l.actor_id')
    .where('p.kind', '=', 'person')
    .groupBy('p.id')
    .select([
      'p.id',
      'p.name',
      'p.names',
      'p.aliases',
      'p.professional_role',
      'p.name_public',
      sql<string | null>`min(l.seen)::text`.as('first_seen'),
      sql<string[]>`array_agg(DISTINCT l.relation)`.as('relations'),
      sql<string | null>`min(l.role)`.as('role'),
    ])
    .orderBy(sql`min(l.seen)`, (ob) => ob.asc().nullsLast())
    .orderBy('p.id')
    .execute();
}

function placesOf(db: Executor, caseIds: readonly string[]) {
  return db
    .selectFrom('places as p')
    .select(['p.id', 'p.latitude', 'p.longitude'])
    .where('p.id', 'in', (eb) =>
      eb
        .selectFrom('incidents as i')
        .select('i.place_id')
        .where('i.case_id', 'in', caseIds)
        .where('i.place_id', 'is not', null)
        .$narrowType<{ place_id: string }>(),
    )
    .execute();
}
