/**
 * A fingerprint of the standards engine, stored with each act's assessment: when the rules, their texts or
 * their logic change, every stored assessment is stale and is recomputed. It covers the catalogue as data,
 * each rule's logic as source, the explanation texts, the vocabulary maps, and the engine's answers on a
 * fixed set of probe facts (which catches a change in a helper the rules call).
 */
import { createHash } from 'node:crypto';
import {
  ACT_ROLE_OF_VICTIM_ROLE,
  ACTOR_TYPE_OF_KIND,
  FACT_LABELS,
  INSTRUMENTS,
  RULES,
  RULE_SAYS,
  SITUATIONS,
  STANDARD_NAMES,
  WEAPONS,
  WEAPON_OF_METHOD,
  assessAct,
  parseActFacts,
  parseIncidentFacts,
} from '../standards/index.js';

/** Bump to force a re-assessment of every act when a change escapes the fingerprint. */
const REVISION = 1;

function probes(): unknown[] {
  const out: unknown[] = [];
  for (const weapon of WEAPONS)
    for (const conduct of ['peaceful', 'threat_of_injury', 'unknown'] as const)
      for (const violence of ['isolated', 'widespread', 'unknown'] as const)
        out.push(
          assessAct(
            parseActFacts({
              actor_type: 'police',
              weapons: [weapon],
              target_conduct: conduct,
              purpose: 'dispersal',
              harm: 'serious_injury',
              victim_roles: ['journalist'],
            }),
            parseIncidentFacts({ participant_violence: violence, assembly: true }),
          ).findings.map((f) => [f.rule, f.finding, f.missing_facts, f.explanation]),
        );
  for (const actor_type of ['unidentified', 'counter_demonstrator', 'assembly_participant'] as const)
    out.push(assessAct(parseActFacts({ actor_type, harm: 'death' }), parseIncidentFacts({})).findings);
  return out;
}

function compute(): string {
  const catalogue = RULES.map((r) => ({
    ...r,
    appliesTo: r.appliesTo.toString(),
    evaluate: r.evaluate.toString(),
  }));
  return createHash('sha256')
    .update(
      JSON.stringify({
        REVISION,
        catalogue,
        texts: [STANDARD_NAMES, RULE_SAYS, SITUATIONS, FACT_LABELS, INSTRUMENTS],
        maps: [ACTOR_TYPE_OF_KIND, WEAPON_OF_METHOD, ACT_ROLE_OF_VICTIM_ROLE],
        probes: probes(),
      }),
    )
    .digest('hex')
    .slice(0, 16);
}

let cached: string | null = null;

/** The fingerprint of the engine this process runs (computed once). */
export function engineFingerprint(): string {
  cached ??= compute();
  return cached;
}
