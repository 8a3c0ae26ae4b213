/**
 * Stable pseudonyms for people whose names are not public: a word from the person's professional role and a
 * letter ("Journalist A", "Medic B", "Witness C", "Person D"). Letters run across the whole case in the order
 * the people are given (the loader orders them by first appearance, then id), so each letter is one person
 * and the same person has the same label in every view, export and letter of the case.
 */

/** How a person appears in a case. */
export type PersonRelation = 'victim' | 'perpetrator' | 'witness' | 'other';

export interface Person {
  id: string;
  name: string;
  /** The same name in other scripts, aliases, nicknames: every spelling to look for in text. */
  otherNames?: readonly string[];
  /** Professional role (src/vocabulary VICTIM_ROLES), e.g. 'journalist'. */
  role?: string | null;
  relations?: readonly PersonRelation[];
  /** True once a user has marked the name public (with a reason): the name is then shown as it is. */
  namePublic: boolean;
}

const ROLE_WORD: Readonly<Record<string, string>> = {
  journalist: 'Journalist',
  medic: 'Medic',
  medical: 'Medic',
  protester: 'Protester',
  monitor: 'Monitor',
};

/** The role word of a person's pseudonym: their profession, "Witness" when only a witness, else "Person". */
export function roleWord(person: Pick<Person, 'role' | 'relations'>): string {
  const word = person.role ? ROLE_WORD[person.role] : undefined;
  if (word) return word;
  const relations = person.relations ?? [];
  if (relations.length > 0 && relations.every((r) => r === 'witness')) return 'Witness';
  return 'Person';
}

/** A, B, … Z, AA, AB, … for 0, 1, … */
export function letters(n: number): string {
  let out = '';
  for (let i = n; i >= 0; i = Math.floor(i / 26) - 1) out = String.fromCharCode(65 + (i % 26)) + out;
  return out;
}

/** Pseudonyms of the people whose names are not public, lettered in the order given. */
export function assignPseudonyms(people: readonly Person[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const person of people) {
    if (person.namePublic || out.has(person.id)) continue;
    out.set(person.id, `${roleWord(person)} ${letters(out.size)}`);
  }
  return out;
}
