/**
 * Parsing at the edge: turns loose input into ActFacts / IncidentFacts, or refuses it with an
 * AppError('validation_failed') whose `field` names the fact at fault.
 */
import type { z } from 'zod';
import { AppError } from '../shared/errors.js';
import {
  actFactsSchema,
  incidentFactsSchema,
  type ActFacts,
  type FactName,
  type IncidentFacts,
} from './facts.js';

const THREATENING_LEVELS = new Set(['imminent_death_or_serious_injury', 'imminent_injury']);

interface Contradiction {
  field: FactName;
  message: string;
}

/** Pairs of facts that cannot both be true of one act. */
function actContradictions(f: ActFacts): Contradiction[] {
  const out: Contradiction[] = [];
  if (f.target === 'individual' && f.fire_mode === 'indiscriminate')
    out.push({ field: 'fire_mode', message: 'fire aimed at one individual cannot be indiscriminate' });
  if (f.target_conduct === 'peaceful' && THREATENING_LEVELS.has(f.threat_level))
    out.push({ field: 'threat_level', message: 'a peaceful target cannot pose an imminent threat' });
  if (
    (f.target_conduct === 'threat_to_life' || f.target_conduct === 'threat_of_injury') &&
    (f.threat_level === 'none' || f.threat_level === 'property_only')
  )
    out.push({
      field: 'threat_level',
      message: `a target posing a ${f.target_conduct === 'threat_to_life' ? 'threat to life' : 'threat of injury'} contradicts a threat level of ${f.threat_level === 'none' ? 'none' : 'property only'}`,
    });
  if (f.superior_knew === false && f.superior_acted === true)
    out.push({ field: 'superior_acted', message: 'a superior cannot have acted on what they did not know' });
  if (f.harm === 'none' && (f.medical_aid === 'delayed' || f.medical_aid === 'denied'))
    out.push({
      field: 'medical_aid',
      message: 'medical aid cannot be delayed or denied when nobody was harmed',
    });
  if (f.weapons.length === 0 && f.fire_mode !== 'unknown')
    out.push({ field: 'fire_mode', message: 'a fire mode needs a weapon' });
  return out;
}

function incidentContradictions(f: IncidentFacts): Contradiction[] {
  const out: Contradiction[] = [];
  if (f.participant_violence === 'none' && f.violent_parties.includes('participants'))
    out.push({
      field: 'violent_parties',
      message: 'participants cannot be violent when participant violence is none',
    });
  if (f.participant_violence === 'none' && f.reported_character === 'violent')
    out.push({
      field: 'reported_character',
      message: 'a violent assembly contradicts participant violence none',
    });
  return out;
}

function refuse(error: z.ZodError): never {
  const issue = error.issues[0];
  if (!issue) throw new AppError('validation_failed', 'facts are invalid');
  const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
  const path = [...issue.path, ...keys.slice(0, 1)].map(String).join('.');
  const field = path.length > 0 ? path : 'facts';
  throw new AppError('validation_failed', `${field}: ${issue.message}`, field, error.issues);
}

function parseWith<T>(
  schema: z.ZodType<T>,
  input: unknown,
  contradictions: (f: T) => Contradiction[],
  normalise: (f: T) => T,
): T {
  const result = schema.safeParse(input);
  if (!result.success) refuse(result.error);
  const first = contradictions(result.data)[0];
  if (first) throw new AppError('validation_failed', `${first.field}: ${first.message}`, first.field);
  return normalise(result.data);
}

const unique = <T>(xs: readonly T[]): T[] => [...new Set(xs)];

/** Validates an act's facts; unknown facts default to `unknown`. Throws AppError naming the fact. */
export function parseActFacts(input: unknown): ActFacts {
  return parseWith(actFactsSchema, input, actContradictions, (f) => ({
    ...f,
    weapons: unique(f.weapons),
    victim_roles: unique(f.victim_roles),
  }));
}

/** Validates an incident's facts; unknown facts default to `unknown`. Throws AppError naming the fact. */
export function parseIncidentFacts(input: unknown): IncidentFacts {
  return parseWith(incidentFactsSchema, input, incidentContradictions, (f) => ({
    ...f,
    violent_parties: unique(f.violent_parties),
  }));
}
