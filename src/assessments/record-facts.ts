/**
 * Checks the facts stored on an act or an incident with the standards engine before they are written, so a
 * record never holds a fact the rules cannot read. Errors name the fact as the API field: `facts.target`.
 */
import { parseActFacts, parseIncidentFacts } from '../standards/index.js';
import { mergedActFacts } from './act-facts.js';
import { AppError, isAppError } from '../shared/errors.js';

function asField<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (!isAppError(error) || error.code !== 'validation_failed') throw error;
    const fact = error.field && error.field !== 'facts' ? error.field : null;
    const field = fact ? `facts.${fact}` : 'facts';
    const reason =
      fact && error.message.startsWith(`${fact}: `) ? error.message.slice(fact.length + 2) : error.message;
    throw new AppError('validation_failed', `${field}: ${reason}`, field, error.details);
  }
}

/**
 * Refuses an act's facts that are not in the standards' enumerations or that contradict each other. The
 * act's methods and victim role count too (a fire mode needs a weapon, which may come from the methods).
 */
export function checkActFacts(
  facts: Record<string, unknown>,
  act: { methods: readonly string[]; victimRole: string | null },
): void {
  asField(() => parseActFacts(mergedActFacts({ ...act, facts, perpetratorKind: null })));
}

/** Refuses an incident's (assembly's) facts that the standards cannot read. */
export function checkIncidentFacts(facts: Record<string, unknown>): void {
  asField(() => parseIncidentFacts(facts));
}
