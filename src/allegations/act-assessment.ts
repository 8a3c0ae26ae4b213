/**
 * From a stored act (with its incident and actors) to what the engines read: the standards engine's facts
 * and assessment, and the accountability engine's ActForProposal. Pure: the service loads the rows.
 * Stored facts are what a reviewer entered; the vocabulary (methods, actor kind, victim role) fills in
 * what they imply. Facts that fail validation fall back to the vocabulary alone, so one bad fact does not
 * hide an act from accountability.
 */
import {
  ACT_FACT_NAMES,
  INCIDENT_FACT_NAMES,
  SEVERITY,
  assessAct,
  factsFromVocabulary,
  parseActFacts,
  parseIncidentFacts,
  type ActAssessment,
  type ActFacts,
  type IncidentFacts,
} from '../standards/index.js';
import {
  ACTOR_KINDS,
  EVENT_TYPES,
  METHODS,
  STATE_ACTOR_KINDS,
  VICTIM_ROLES,
  type ActorKind,
  type EventType,
  type Method,
  type VictimRole,
} from '../vocabulary/vocabulary.js';
import type { ActForProposal, Finding } from './engine/index.js';

export interface StoredActor {
  id: string;
  name: string;
  kind: string;
  professionalRole: string | null;
}

/** An act as loaded for the engines: the act row's fields, its incident and the linked actors. */
export interface StoredAct {
  id: string;
  incidentId: string;
  perpetratorLabel: string | null;
  victimLabel: string | null;
  victimRole: string | null;
  methods: string[];
  facts: Record<string, unknown>;
  killed: number | null;
  incident: { eventType: string; dateStart: string | null; facts: Record<string, unknown> };
  perpetrator: StoredActor | null;
  victim: StoredActor | null;
}

/** Event types that happen at an assembly: the standards on assemblies apply. */
const ASSEMBLY_EVENTS: ReadonlySet<string> = new Set([
  'peaceful_protest',
  'protest_with_intervention',
  'excessive_force_against_protesters',
  'violent_demonstration',
]);

/** When no actor record is linked, the facts' actor type tells who acted. */
const KIND_OF_ACTOR_TYPE: Record<string, ActorKind> = {
  police: 'police',
  gendarmerie: 'state_security_force',
  military: 'military',
  plain_clothes: 'police',
  official: 'official',
  private_security: 'private_security',
  counter_demonstrator: 'counter_demonstrators',
  assembly_participant: 'protesters',
  non_state_armed: 'non_state_armed',
};

const isOneOf = <T extends string>(list: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (list as readonly string[]).includes(value);

const pick = (facts: Record<string, unknown>, names: readonly string[]) =>
  Object.fromEntries(Object.entries(facts).filter(([k]) => names.includes(k)));

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? (value as unknown[]) : []);
const union = (a: unknown, b: unknown): string[] => [...new Set([...asList(a), ...asList(b)].map(String))];

/** The perpetrator's kind: the linked actor's, else what the facts say, else unidentified. */
export function perpetratorKind(act: StoredAct): ActorKind {
  if (act.perpetrator && isOneOf(ACTOR_KINDS, act.perpetrator.kind)) return act.perpetrator.kind;
  const type = act.facts.actor_type;
  return (typeof type === 'string' && KIND_OF_ACTOR_TYPE[type]) || 'unidentified';
}

export function victimRole(act: StoredAct): VictimRole | null {
  if (isOneOf(VICTIM_ROLES, act.victimRole)) return act.victimRole;
  return isOneOf(VICTIM_ROLES, act.victim?.professionalRole) ? act.victim.professionalRole : null;
}

function tryParse<T>(parse: () => T, fallback: () => T): T {
  try {
    return parse();
  } catch {
    return fallback();
  }
}

/** The act's and its incident's facts as the standards engine reads them. */
export function factsOf(act: StoredAct): { act: ActFacts; incident: IncidentFacts } {
  const role = victimRole(act);
  const vocabulary = factsFromVocabulary({
    methods: act.methods.filter((m): m is Method => isOneOf(METHODS, m)),
    // Without a linked actor, the stored actor_type (if any) says who acted; nothing is assumed.
    actorKind: act.perpetrator && isOneOf(ACTOR_KINDS, act.perpetrator.kind) ? act.perpetrator.kind : null,
    victimRoles: role ? [role] : [],
  });
  const stored = pick(act.facts, ACT_FACT_NAMES);
  const merged: Record<string, unknown> = {
    ...vocabulary,
    ...stored,
    weapons: union(vocabulary.weapons, stored.weapons),
    victim_roles: union(vocabulary.victim_roles, stored.victim_roles),
  };
  if ((act.killed ?? 0) > 0 && (merged.harm === undefined || merged.harm === 'unknown'))
    merged.harm = 'death';
  const incident = {
    ...(ASSEMBLY_EVENTS.has(act.incident.eventType) && { assembly: true }),
    // Some records keep assembly facts on the act; the incident's own facts win.
    ...pick(act.facts, INCIDENT_FACT_NAMES),
    ...pick(act.incident.facts, INCIDENT_FACT_NAMES),
  };
  return {
    act: tryParse(
      () => parseActFacts(merged),
      () =>
        tryParse(
          () => parseActFacts(vocabulary),
          () => parseActFacts({}),
        ),
    ),
    incident: tryParse(
      () => parseIncidentFacts(incident),
      () => parseIncidentFacts({}),
    ),
  };
}

/** The standards engine's assessment of one stored act. */
export function assessStoredAct(act: StoredAct): ActAssessment {
  const facts = factsOf(act);
  return assessAct(facts.act, facts.incident);
}

/** Findings the accountability engine knows (it has no use for `investigation_required` alone). */
const KNOWN: ReadonlySet<string> = new Set<Finding>([
  'violation',
  'possible_violation',
  'consistent',
  'insufficient_facts',
  'abuse_by_non_state_actor',
  'death_requires_investigation',
]);

/** The act as the proposal rules see it, with its headline finding from the standards engine. */
export function toActForProposal(act: StoredAct, assessment: ActAssessment): ActForProposal {
  const findings = assessment.findings
    .filter((f) => KNOWN.has(f.finding))
    .map((f) => ({ rule: f.rule, finding: f.finding as Finding }));
  const headline = [...findings].sort((a, b) => SEVERITY[a.finding] - SEVERITY[b.finding])[0];
  const kind = perpetratorKind(act);
  const role = victimRole(act);
  const victimLabel = act.victim?.name ?? act.victimLabel;
  return {
    actId: act.id,
    incidentId: act.incidentId,
    incidentDate: act.incident.dateStart ?? '0001-01-01',
    eventType: isOneOf(EVENT_TYPES, act.incident.eventType)
      ? act.incident.eventType
      : ('other' satisfies EventType),
    perpetrator: {
      label: act.perpetratorLabel ?? act.perpetrator?.name ?? 'unidentified',
      kind,
      isState: STATE_ACTOR_KINDS.has(kind),
    },
    victims: victimLabel ? [{ label: victimLabel, role: role ?? 'other' }] : [],
    killed: act.killed,
    headlineFinding: headline?.finding ?? null,
    findings,
  };
}
