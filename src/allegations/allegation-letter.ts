/**
 * A submission letter for one allegation: the facts of its incidents, the documents and footnoted sources
 * behind them, and the standards findings, rendered by the engine and redacted for the recipient (people
 * who have not agreed to be named get the pseudonyms they have across the case, src/redaction, unless the
 * recipient is cleared).
 */
import { appendAudit } from '../audit/audit-log.js';
import { type Executor, inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { notFound } from '../shared/errors.js';
import { loadRedactor } from '../redaction/index.js';
import { parseInput } from '../shared/validate.js';
import { INSTRUMENTS, SEVERITY } from '../standards/index.js';
import { VICTIM_ROLES, type VictimRole } from '../vocabulary/vocabulary.js';
import { assessStoredAct, type StoredAct } from './act-assessment.js';
import { loadOneAllegation, todayOf, type Clock } from './allegation.load.js';
import { letterOptionsInput } from './allegation.schema.js';
import {
  renderSubmissionLetter,
  type AuthorityKind,
  type Finding,
  type LetterFact,
  type LetterFinding,
  type LetterPerson,
  type LetterRecipient,
  type LetterSource,
} from './engine/index.js';

export interface SubmissionLetter {
  allegationId: string;
  reference: string;
  format: 'markdown' | 'html';
  recipient: LetterRecipient;
  text: string;
}

const RECIPIENT_LABEL: Record<AuthorityKind, string> = {
  prosecutor: 'The Prosecutor',
  internal_affairs: 'The Internal Affairs Service',
  ombudsman: 'The Ombudsman',
  police: 'The Police',
  court: 'The Court',
  other: 'The competent authority',
};

const LETTER_FINDINGS: ReadonlySet<string> = new Set<Finding>([
  'violation',
  'possible_violation',
  'abuse_by_non_state_actor',
  'death_requires_investigation',
]);

const asRole = (role: string | null | undefined): VictimRole =>
  VICTIM_ROLES.find((r) => r === role) ?? 'other';

async function factsOf(db: Executor, acts: readonly StoredAct[]): Promise<LetterFact[]> {
  const ids = [...new Set(acts.map((a) => a.incidentId))];
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('incidents as i')
    .leftJoin('places as p', 'p.id', 'i.place_id')
    .select([
      'i.id',
      'i.title',
      'i.description',
      'i.date_start',
      'i.date_end',
      'i.place_detail',
      'i.latitude',
      'i.longitude',
      'p.name as place_name',
      'p.latitude as place_lat',
      'p.longitude as place_lon',
    ])
    .where('i.id', 'in', ids)
    .orderBy('i.date_start')
    .orderBy('i.id')
    .execute();
  return rows.map((r) => {
    const own = acts.filter((a) => a.incidentId === r.id);
    const lat = r.latitude ?? r.place_lat;
    const lon = r.longitude ?? r.place_lon;
    return {
      date: r.date_start ?? 'an unrecorded date',
      ...(r.date_end !== null && { dateEnd: r.date_end }),
      place: {
        name: r.place_name ?? 'a place not yet recorded',
        ...(r.place_detail !== null && { detail: r.place_detail }),
        ...(lat !== null && lon !== null && { lat, lon }),
      },
      perpetrator: [
        ...new Set(own.map((a) => a.perpetratorLabel ?? a.perpetrator?.name ?? 'unidentified')),
      ].join('; '),
      whatHappened: r.description.trim() || r.title,
      victimIds: own.map((a) => a.victim?.id).filter((id): id is string => id !== undefined),
    };
  });
}

async function peopleOf(db: Executor, acts: readonly StoredAct[]): Promise<LetterPerson[]> {
  const ids = [...new Set(acts.map((a) => a.victim?.id).filter((id): id is string => id !== undefined))];
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('actors as v')
    .leftJoin('actors as org', 'org.id', 'v.affiliation_id')
    .select([
      'v.id',
      'v.name',
      'v.names',
      'v.aliases',
      'v.professional_role',
      'v.name_public',
      'org.name as org',
    ])
    .where('v.id', 'in', ids)
    .orderBy('v.name')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    aliases: [...r.names.map((n) => n.value), ...r.aliases],
    relation: 'victim' as const,
    role: asRole(acts.find((a) => a.victim?.id === r.id)?.victimRole ?? r.professional_role),
    ...(r.org !== null && { affiliation: r.org }),
    public: r.name_public,
  }));
}

/** The documents cited for these acts and their incidents, then each footnoted source once. */
async function sourcesOf(db: Executor, acts: readonly StoredAct[]): Promise<LetterSource[]> {
  const actIds = acts.map((a) => a.id);
  const incidentIds = [...new Set(acts.map((a) => a.incidentId))];
  if (actIds.length === 0) return [];
  const rows = await db
    .selectFrom('citations as c')
    .innerJoin('documents as d', 'd.id', 'c.document_id')
    .leftJoin('sources as s', 's.id', 'd.source_id')
    .select([
      'd.id as document_id',
      'd.title',
      'd.url',
      'd.published_on',
      's.name as publisher',
      'c.footnote_number',
      'c.footnote_url',
    ])
    .where((eb) => eb.or([eb('c.act_id', 'in', actIds), eb('c.incident_id', 'in', incidentIds)]))
    .orderBy('d.title')
    .orderBy('c.footnote_number')
    .execute();
  const documents = new Map<string, LetterSource>();
  const notes = new Map<string, LetterSource>();
  for (const r of rows) {
    documents.set(r.document_id, {
      title: r.title,
      publisher: r.publisher ?? 'publisher not recorded',
      date: r.published_on,
      url: r.url,
    });
    if (r.footnote_url && !notes.has(r.footnote_url))
      notes.set(r.footnote_url, {
        title: `Cited in "${r.title}"${r.footnote_number !== null ? `, note ${r.footnote_number}` : ''}`,
        publisher: hostOf(r.footnote_url),
        date: null,
        url: r.footnote_url,
      });
  }
  return [...documents.values(), ...notes.values()];
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'web page';
  }
}

/** The findings worth putting before an authority, one per rule (the most serious when acts differ). */
export function findingsOf(acts: readonly StoredAct[]): LetterFinding[] {
  const byRule = new Map<string, LetterFinding>();
  for (const act of acts)
    for (const f of assessStoredAct(act).findings) {
      if (!LETTER_FINDINGS.has(f.finding)) continue;
      const seen = byRule.get(f.rule);
      if (seen && SEVERITY[seen.finding] <= SEVERITY[f.finding]) continue;
      byRule.set(f.rule, {
        rule: f.rule,
        // The standards engine formats every citation in full ("BPUFF 4", "GC37 ¶78"): cite them as given.
        instrument: f.paragraphs.join('; '),
        instrumentTitle: INSTRUMENTS[f.instrument].title,
        paragraphs: [],
        finding: f.finding as Finding,
        explanation: f.explanation,
      });
    }
  return [...byRule.values()].sort((a, b) => SEVERITY[a.finding] - SEVERITY[b.finding]);
}

/** Renders the submission letter of an allegation for a recipient (default: its responsible authority). */
export async function allegationLetter(
  ctx: ServiceContext,
  allegationId: string,
  raw: unknown = {},
  clock: Clock = {},
): Promise<SubmissionLetter> {
  const options = parseInput(letterOptionsInput, raw);
  const today = todayOf(clock);
  const loaded = await loadOneAllegation(ctx.db, allegationId);
  if (!loaded) throw notFound('allegation', allegationId);
  const { row } = loaded.record;
  const kind = options.recipient.kind ?? (row.authority_kind as AuthorityKind | null) ?? 'other';
  const recipient: LetterRecipient = {
    name: options.recipient.name ?? row.authority ?? RECIPIENT_LABEL[kind],
    kind,
    cleared: options.recipient.cleared,
  };
  const reference = `ALG-${row.id.slice(0, 8).toUpperCase()}`;
  const text = renderSubmissionLetter(
    {
      reference,
      letterDate: today,
      organisation: options.organisation ?? { name: 'The documenting organisation' },
      allegationTitle: row.title,
      facts: await factsOf(ctx.db, loaded.acts),
      people: await peopleOf(ctx.db, loaded.acts),
      sources: await sourcesOf(ctx.db, loaded.acts),
      findings: findingsOf(loaded.acts),
    },
    {
      format: options.format,
      recipient,
      ...(!recipient.cleared && { redactor: await loadRedactor(ctx.db, { caseId: row.case_id }) }),
    },
  );
  // Lifting the redaction is a disclosure: who made the letter, for whom, is kept in the audit log.
  if (recipient.cleared)
    await inTransaction(ctx.db, (trx) =>
      appendAudit(trx, {
        actor: ctx.actor,
        action: 'allegation.letter_unmasked',
        entity: 'allegation',
        entityId: row.id,
        after: { recipient: recipient.name, kind: recipient.kind, reference },
      }),
    );
  return { allegationId: row.id, reference, format: options.format, recipient, text };
}
