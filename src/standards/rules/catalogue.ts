/**
 * The rule catalogue, in the order findings are listed (also the tie-break for the headline).
 */
import type { Rule } from '../rule.js';
import { ACCOUNTABILITY_RULES } from './accountability.js';
import { ASSEMBLY_RULES } from './assembly.js';
import { FIREARMS_RULES } from './firearms.js';
import { FORCE_RULES } from './force.js';
import { JOURNALIST_RULES } from './journalists.js';
import { LESS_LETHAL_RULES } from './less-lethal.js';
import { MEDICAL_RULES } from './medical.js';
import { NON_STATE_RULES } from './non-state.js';

export const RULES: readonly Rule[] = [
  ...FIREARMS_RULES,
  ...LESS_LETHAL_RULES,
  ...ASSEMBLY_RULES,
  ...FORCE_RULES,
  ...JOURNALIST_RULES,
  ...MEDICAL_RULES,
  ...NON_STATE_RULES,
  ...ACCOUNTABILITY_RULES,
];

/** Looks a rule up by its RULES.md id. */
export const ruleById = (id: string): Rule | undefined => RULES.find((r) => r.id === id);
