/**
 * The facts an act is assessed on: what the record says in our vocabulary (methods, the perpetrator's
 * kind, the victim's role) merged with the facts a reviewer stated on the act.
 */
import { ACTOR_TYPE_OF_KIND, factsFromVocabulary } from '../standards/index.js';
import {
  ACTOR_KINDS,
  METHODS,
  VICTIM_ROLES,
  type ActorKind,
  type Method,
  type VictimRole,
} from '../vocabulary/vocabulary.js';

export interface ActRecord {
  methods: readonly string[];
  victimRole: string | null;
  facts: Record<string, unknown>;
  /** Kind of the linked perpetrator actor, when one is linked. */
  perpetratorKind: string | null;
}

const isMethod = (m: string): m is Method => (METHODS as readonly string[]).includes(m);
const isVictimRole = (r: string): r is VictimRole => (VICTIM_ROLES as readonly string[]).includes(r);
const isActorKind = (k: string): k is ActorKind => (ACTOR_KINDS as readonly string[]).includes(k);

const listOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const union = (a: unknown, b: unknown): unknown[] => [...new Set([...listOf(a), ...listOf(b)])];

/**
 * Merges vocabulary and stated facts. Stated facts win, except `actor_type`: a linked perpetrator whose kind
 * tells the actor type decides it (the link is the structured record; `facts.actor_type` is the fallback
 * when no actor is linked or its kind says nothing, e.g. a person). Weapons and victim roles are unions.
 * The result is unvalidated: pass it to `parseActFacts`.
 */
export function mergedActFacts(act: ActRecord): Record<string, unknown> {
  const kind = act.perpetratorKind && isActorKind(act.perpetratorKind) ? act.perpetratorKind : null;
  const fromVocabulary = factsFromVocabulary({
    methods: act.methods.filter(isMethod),
    actorKind: kind,
    victimRoles: act.victimRole && isVictimRole(act.victimRole) ? [act.victimRole] : [],
  });
  const linkedType = kind ? ACTOR_TYPE_OF_KIND[kind] : 'unknown';
  const stated = act.facts;
  const merged: Record<string, unknown> = { ...fromVocabulary, ...stated };
  merged.weapons = union(fromVocabulary.weapons, stated.weapons);
  merged.victim_roles = union(fromVocabulary.victim_roles, stated.victim_roles);
  if (linkedType !== 'unknown') merged.actor_type = linkedType;
  return merged;
}
