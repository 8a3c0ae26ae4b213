/**
 * The international standards the engine cites, as data. Weight says how binding each text is, so a
 * reader can tell authoritative treaty interpretation from guidance.
 */
export const INSTRUMENT_KEYS = ['BPUFF', 'CCLEO', 'LLW', 'GC37', 'GC36', 'GC34', 'MP', 'BP'] as const;
export type InstrumentKey = (typeof INSTRUMENT_KEYS)[number];

export interface Instrument {
  key: InstrumentKey;
  title: string;
  weight: string;
  url: string;
  /** What a single numbered part of this text is called, for explanations ("principle 4", "section 7.5"). */
  unit: { one: string; many: string };
  /** Prefix used in compact citations: "GC37 ¶78" but "BPUFF 4". */
  citePrefix: string;
}

export const INSTRUMENTS: Readonly<Record<InstrumentKey, Instrument>> = {
  BPUFF: {
    key: 'BPUFF',
    title: 'UN Basic Principles on the Use of Force and Firearms by Law Enforcement Officials (1990)',
    weight: 'widely accepted soft law',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/basic-principles-use-force-and-firearms-law-enforcement',
    unit: { one: 'principle', many: 'principles' },
    citePrefix: 'BPUFF ',
  },
  CCLEO: {
    key: 'CCLEO',
    title: 'UN Code of Conduct for Law Enforcement Officials (1979)',
    weight: 'widely accepted soft law',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/code-conduct-law-enforcement-officials',
    unit: { one: 'article', many: 'articles' },
    citePrefix: 'CCLEO ',
  },
  LLW: {
    key: 'LLW',
    title: 'UN Human Rights Guidance on Less-Lethal Weapons in Law Enforcement, HR/PUB/20/1 (2020)',
    weight: 'OHCHR guidance',
    url: 'https://www.ohchr.org/sites/default/files/Documents/HRBodies/CCPR/LLW_Guidance.pdf',
    unit: { one: 'section', many: 'sections' },
    citePrefix: 'LLW ',
  },
  GC37: {
    key: 'GC37',
    title: 'Human Rights Committee General Comment 37 on peaceful assembly (2020)',
    weight: 'authoritative interpretation of the ICCPR',
    url: 'https://undocs.org/CCPR/C/GC/37',
    unit: { one: 'paragraph', many: 'paragraphs' },
    citePrefix: 'GC37 ¶',
  },
  GC36: {
    key: 'GC36',
    title: 'Human Rights Committee General Comment 36 on the right to life (2018)',
    weight: 'authoritative interpretation of the ICCPR',
    url: 'https://undocs.org/CCPR/C/GC/36',
    unit: { one: 'paragraph', many: 'paragraphs' },
    citePrefix: 'GC36 ¶',
  },
  GC34: {
    key: 'GC34',
    title: 'Human Rights Committee General Comment 34 on freedom of expression (2011)',
    weight: 'authoritative interpretation of the ICCPR',
    url: 'https://undocs.org/CCPR/C/GC/34',
    unit: { one: 'paragraph', many: 'paragraphs' },
    citePrefix: 'GC34 ¶',
  },
  MP: {
    key: 'MP',
    title: 'Minnesota Protocol on the Investigation of Potentially Unlawful Death (2016)',
    weight: 'OHCHR guidance',
    url: 'https://www.ohchr.org/sites/default/files/Documents/Publications/MinnesotaProtocol.pdf',
    unit: { one: 'paragraph', many: 'paragraphs' },
    citePrefix: 'MP ',
  },
  BP: {
    key: 'BP',
    title: 'Berkeley Protocol on Digital Open Source Investigations (2020)',
    weight: 'OHCHR guidance',
    url: 'https://www.ohchr.org/sites/default/files/2022-04/OHCHR_BerkeleyProtocol.pdf',
    unit: { one: 'paragraph', many: 'paragraphs' },
    citePrefix: 'BP ',
  },
};

/** A reference to numbered parts of one instrument; an empty list cites the instrument as a whole. */
export interface Citation {
  instrument: InstrumentKey;
  paragraphs: readonly string[];
}

/** Compact citation as shown in findings: "GC37 ¶89, 92", "LLW 7.5", "MP". */
export function formatCitation(c: Citation): string {
  if (c.paragraphs.length === 0) return c.instrument;
  return `${INSTRUMENTS[c.instrument].citePrefix}${c.paragraphs.join(', ')}`;
}
