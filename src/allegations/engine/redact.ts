/**
 * Pseudonyms for people who have not agreed to be named: "Journalist A", "Witness B", by role and in the
 * order the people are listed, so the same person keeps one name throughout a letter. Every free text in
 * the letter goes through `redactText`, because a name can hide in a description or a quote.
 */
import type { LetterPerson } from './letter-types.js';

export interface Redactor {
  /** The name to print for a person. */
  nameOf(person: LetterPerson): string;
  /** True when the person's name is withheld. */
  isHidden(person: LetterPerson): boolean;
  /** `text` with every protected name and alias replaced by its pseudonym. */
  redactText(text: string): string;
  /** False when the URL seems to carry a protected name (a slug), so it must be withheld. */
  urlIsSafe(url: string): boolean;
}

const ROLE_WORD: Partial<Record<LetterPerson['role'], string>> = {
  journalist: 'Journalist',
  medic: 'Medic',
  medical: 'Medic',
  protester: 'Protester',
  monitor: 'Monitor',
  bystander: 'Bystander',
  child: 'Child',
};

const roleWord = (p: LetterPerson): string =>
  p.relation === 'witness' ? 'Witness' : (ROLE_WORD[p.role] ?? 'Victim');

/** A, B, … Z, AA, AB, … */
function letters(n: number): string {
  let out = '';
  for (let i = n; i >= 0; i = Math.floor(i / 26) - 1) out = String.fromCharCode(65 + (i % 26)) + out;
  return out;
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A whole-word match that also works for Cyrillic and other scripts. */
const wordPattern = (term: string): RegExp =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(term)}(?![\\p{L}\\p{N}])`, 'giu');

/** A redactor for `people`; with `cleared` it changes nothing. */
export function makeRedactor(people: readonly LetterPerson[], cleared: boolean): Redactor {
  const pseudonyms = new Map<string, string>();
  const counters = new Map<string, number>();
  for (const person of people) {
    if (cleared || person.public || pseudonyms.has(person.id)) continue;
    const word = roleWord(person);
    const n = counters.get(word) ?? 0;
    counters.set(word, n + 1);
    pseudonyms.set(person.id, `${word} ${letters(n)}`);
  }
  // Longest terms first, so a full name is replaced before its parts.
  const terms = people
    .filter((p) => pseudonyms.has(p.id))
    .flatMap((p) => {
      const full = [p.name, ...(p.aliases ?? [])];
      const parts = full.flatMap((n) => n.split(/\s+/)).filter((t) => [...t].length >= 3);
      return [...full, ...parts].map((term) => ({
        term: term.trim(),
        pseudonym: pseudonyms.get(p.id) as string,
      }));
    })
    .filter((t) => t.term !== '')
    .sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term));
  const slugTerms = terms.map((t) => t.term.toLowerCase()).filter((t) => !/\s/.test(t) && t.length >= 4);

  return {
    nameOf: (person) => pseudonyms.get(person.id) ?? person.name,
    isHidden: (person) => pseudonyms.has(person.id),
    redactText: (text) =>
      terms.reduce((out, { term, pseudonym }) => out.replace(wordPattern(term), pseudonym), text),
    urlIsSafe: (url) => {
      let decoded = url.toLowerCase();
      try {
        decoded = decodeURIComponent(decoded);
      } catch {
        // A malformed escape: judge the raw text.
      }
      return !slugTerms.some((t) => decoded.includes(t));
    },
  };
}
