/**
 * The submission letter as structured, already-redacted content. Rendering (Markdown or HTML) is separate,
 * so redaction happens once and escaping happens once, each in one place.
 */
import type { Finding } from './types.js';
import type { LetterFact, LetterInput, LetterPerson, LetterRecipient } from './letter-types.js';
import { createRedactor, unmaskedRedactor, type Redactor } from '../../redaction/index.js';

/** Plain text, or a link whose address is checked by the renderer. */
export type Segment = string | { text: string; href: string };
export interface LetterBlock {
  heading: string;
  paragraphs: Segment[][];
  list?: { ordered: boolean; items: Segment[][] };
}
export interface LetterDoc {
  title: string;
  meta: string[];
  blocks: LetterBlock[];
}

const AUTHORITY_LABEL: Record<LetterRecipient['kind'], string> = {
  prosecutor: 'Prosecutor',
  internal_affairs: 'Internal affairs',
  ombudsman: 'Ombudsman',
  police: 'Police',
  court: 'Court',
  other: 'Authority',
};

/** Words for a finding; RULES.md: never "illegal", always "inconsistent with" a standard. */
const FINDING_WORDS: Record<Finding, string> = {
  violation: 'the facts are inconsistent with this standard.',
  possible_violation: 'the facts may be inconsistent with this standard.',
  consistent: 'the facts are consistent with this standard.',
  insufficient_facts: 'facts needed to assess this are still unknown.',
  abuse_by_non_state_actor:
    "abuse by non-state actors: the State's duty to protect and to investigate applies.",
  death_requires_investigation: 'a death that must be investigated.',
};
/** Findings worth putting before an authority. */
const CITED: ReadonlySet<Finding> = new Set([
  'violation',
  'possible_violation',
  'abuse_by_non_state_actor',
  'death_requires_investigation',
]);

/** The requests made of every authority unless the caller gives its own. */
export function defaultRequests(reference: string, recipient: LetterRecipient): string[] {
  const requests = [
    'Open without delay, and on your own initiative, an investigation that is prompt, thorough and effective, independent, impartial and transparent, meeting the criteria of the Minnesota Protocol on the Investigation of Potentially Unlawful Death (2016) and of Human Rights Committee General Comment 36, paragraphs 27 to 28.',
    'Preserve all evidence and identify everyone involved, including superiors who knew or ought to have known.',
    'Protect the victims, the witnesses and their families from threats and reprisals.',
    'Involve the victims or their families and keep them informed at every stage.',
    `Inform us, quoting our reference ${reference}, of the opening of the investigation, the body conducting it, and its outcome.`,
  ];
  if (recipient.kind === 'ombudsman')
    requests.splice(
      1,
      0,
      'Where you cannot investigate yourself, refer the matter to the competent prosecutor.',
    );
  return requests;
}

/** The letter's own people, when the caller gives no redactor of the case: lettered in the order listed. */
function lettersRedactor(people: readonly LetterPerson[]): Redactor {
  return createRedactor({
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      otherNames: p.aliases ?? [],
      role: p.role,
      relations: [p.relation],
      namePublic: p.public,
    })),
  });
}

function personText(person: LetterPerson, redactor: Redactor): string {
  const pseudonym = redactor.pseudonymOf(person.id);
  if (pseudonym !== null) return pseudonym;
  const affiliation = person.affiliation ? `, ${person.affiliation}` : '';
  return `${person.name} (${person.role}${affiliation})`;
}

/** Ends a sentence with a full stop unless it already ends with punctuation. */
const sentence = (text: string): string => (/[.!?…]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);

function factParagraph(
  fact: LetterFact,
  people: readonly LetterPerson[],
  redactor: Redactor,
  cleared: boolean,
) {
  const when =
    fact.dateEnd && fact.dateEnd !== fact.date
      ? `Between ${fact.date} and ${fact.dateEnd}`
      : `On ${fact.date}`;
  const detail = fact.place.detail ? ` (${fact.place.detail})` : '';
  const coords =
    cleared && fact.place.lat !== undefined && fact.place.lon !== undefined
      ? `, at coordinates ${fact.place.lat.toFixed(5)}, ${fact.place.lon.toFixed(5)}`
      : '';
  const victims = fact.victimIds
    .map((id) => people.find((p) => p.id === id))
    .filter((p): p is LetterPerson => p !== undefined)
    .map((p) => personText(p, redactor));
  const affected = victims.length > 0 ? ` Affected: ${victims.join('; ')}.` : '';
  const text = `${when}, in ${fact.place.name}${detail}${coords}. By whom: ${fact.perpetrator}. What happened: ${sentence(fact.whatHappened)}${affected}`;
  return [redactor.text(text)];
}

/**
 * Builds the letter's content for `recipient`, redacted unless the recipient is cleared: with the case's
 * redactor when given (so people keep the pseudonyms they have in every view of the case), else with one
 * made from the letter's own people.
 */
export function buildLetter(
  input: LetterInput,
  recipient: LetterRecipient,
  caseRedactor?: Redactor,
): LetterDoc {
  const redactor = recipient.cleared ? unmaskedRedactor : (caseRedactor ?? lettersRedactor(input.people));
  const r = (text: string) => redactor.text(text);
  const sources: Segment[][] = input.sources.map((s) => {
    const head = `${r(s.title)}, ${r(s.publisher)}, ${s.date ?? 'undated'}`;
    if (s.url === null) return [head];
    if (!redactor.urlIsSafe(s.url)) return [`${head}. Address withheld: it names a protected person.`];
    return [`${head}. `, { text: s.url, href: s.url }];
  });
  const findings: Segment[][] = input.findings
    .filter((f) => CITED.has(f.finding))
    .map((f) => {
      const cite = `${f.instrument} ${f.paragraphs.join(', ')}`.trim();
      const title = f.instrumentTitle ? ` (${f.instrumentTitle})` : '';
      return [`${cite}${title}: ${FINDING_WORDS[f.finding]} ${r(f.explanation)}`];
    });
  const requests = (input.requests ?? defaultRequests(input.reference, recipient)).map((q) => [r(q)]);
  const blocks: LetterBlock[] = [
    {
      heading: 'The facts',
      paragraphs: input.facts.map((f) => factParagraph(f, input.people, redactor, recipient.cleared)),
    },
    { heading: 'Sources', paragraphs: [], list: { ordered: true, items: sources } },
    { heading: 'Standards', paragraphs: [], list: { ordered: false, items: findings } },
    { heading: 'What we ask', paragraphs: [], list: { ordered: true, items: requests } },
  ];
  if (!recipient.cleared)
    blocks.push({
      heading: 'Confidentiality',
      paragraphs: [
        [
          'People who have not agreed to be named are given pseudonyms, and exact locations are withheld. We can share them with a body that guarantees their protection.',
        ],
      ],
    });
  return {
    title: `Submission: ${r(input.allegationTitle)}`,
    meta: [
      `Our reference: ${input.reference}`,
      `Date: ${input.letterDate}`,
      `To: ${recipient.name} (${AUTHORITY_LABEL[recipient.kind]})`,
      `From: ${input.organisation.name}${input.organisation.contact ? `, ${input.organisation.contact}` : ''}`,
    ],
    blocks,
  };
}
