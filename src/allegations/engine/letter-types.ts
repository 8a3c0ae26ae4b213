/** What a submission letter is built from; the service layer gathers it from the record. */
import type { Redactor } from '../../redaction/index.js';
import type { VictimRole } from '../../vocabulary/vocabulary.js';
import type { AuthorityKind, Finding } from './types.js';

export interface LetterPerson {
  id: string;
  name: string;
  /** Other spellings to redact too (another script, a nickname). */
  aliases?: string[];
  relation: 'victim' | 'witness';
  role: VictimRole;
  affiliation?: string;
  /** False: the person has not agreed to be named to this recipient unless it is cleared. */
  public: boolean;
}

export interface LetterFact {
  date: string;
  dateEnd?: string;
  place: { name: string; detail?: string; lat?: number; lon?: number };
  /** Who did it, as we describe them (e.g. "police special forces"). */
  perpetrator: string;
  /** What happened, in our words; may name people, who are redacted here too. */
  whatHappened: string;
  victimIds: string[];
}

export interface LetterSource {
  title: string;
  publisher: string;
  date: string | null;
  url: string | null;
}

export interface LetterFinding {
  rule: string;
  /** Short key, e.g. LLW, GC37. */
  instrument: string;
  instrumentTitle?: string;
  /** As cited, e.g. ['¶87'] or ['7.5']. */
  paragraphs: string[];
  finding: Finding;
  explanation: string;
}

export interface LetterInput {
  reference: string;
  letterDate: string;
  organisation: { name: string; contact?: string };
  allegationTitle: string;
  facts: LetterFact[];
  people: LetterPerson[];
  sources: LetterSource[];
  findings: LetterFinding[];
  /** Replaces the default requests when given. */
  requests?: string[];
}

export interface LetterRecipient {
  name: string;
  kind: AuthorityKind;
  /** Cleared recipients see real names and exact coordinates. */
  cleared: boolean;
}

export interface LetterOptions {
  format: 'markdown' | 'html';
  recipient: LetterRecipient;
  /** The case's redactor (src/redaction), so people keep the pseudonyms they have in every view of the case. */
  redactor?: Redactor;
}
