/**
 * Medical personnel and the care of the injured during assemblies.
 */
import {
  outcome,
  stateSide,
  targetThreatening,
  unknownFacts,
  usesForce,
  type Rule,
  type RuleContext,
} from '../rule.js';
import type { FactName } from '../facts.js';

const medicalInvolved = (ctx: RuleContext) =>
  ctx.act.victim_roles.includes('medic') ||
  ctx.act.victim_roles.includes('ambulance_crew') ||
  ctx.act.ambulance_obstructed === true ||
  ctx.act.medical_facility_attacked === true;

const MED_1: Rule = {
  id: 'MED-1',
  kind: 'state_conduct',
  family: 'medical',
  cites: [
    { instrument: 'GC37', paragraphs: ['74', '88'] },
    { instrument: 'BPUFF', paragraphs: ['5(c)'] },
  ],
  paraphrase: 'Protect medical personnel; let care reach the injured.',
  needs: ['victim_roles', 'ambulance_obstructed', 'medical_facility_attacked', 'weapons', 'target_conduct'],
  appliesTo: (ctx) => stateSide(ctx) && medicalInvolved(ctx),
  evaluate(ctx) {
    const { act } = ctx;
    if (act.ambulance_obstructed === true) return outcome('violation', 'ambulance_obstructed');
    if (act.medical_facility_attacked === true) return outcome('violation', 'medical_facility_attacked');
    const force = usesForce(act);
    if (force && targetThreatening(act) === false) return outcome('violation', 'force_on_medic');
    const missing: FactName[] = unknownFacts(ctx, ['ambulance_obstructed']);
    if (force && act.target_conduct === 'unknown') missing.push('target_conduct');
    return missing.length > 0
      ? outcome('insufficient_facts', 'not_enough', missing)
      : outcome('consistent', 'medical_unhindered');
  },
};

export const MEDICAL_RULES: readonly Rule[] = [MED_1];
