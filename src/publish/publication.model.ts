/**
 * A publication of a case: what every format (CSV, JSON, GeoJSON, ACLED, the HTML report) is rendered from.
 * Built from the record by publication.repository.ts and redacted once, in build-publication.ts.
 */

export const PUBLICATION_FORMATS = ['csv', 'json', 'geojson', 'acled', 'report'] as const;
export type PublicationFormat = (typeof PUBLICATION_FORMATS)[number];

/** The public edition (redacted), or an unmasked one for a named recipient (names and exact places). */
export type Edition = { kind: 'public' } | { kind: 'unmasked'; recipient: string };

export interface PubSource {
  /** The footnote number of the source in this publication (1, 2, …). */
  n: number;
  title: string;
  publisher: string | null;
  /** Reliability of the publisher, A (reliable) to F (cannot be judged). */
  reliability: string | null;
  publishedOn: string | null;
  url: string | null;
}

export interface PubCitation {
  /** The PubSource.n of the document quoted. */
  source: number;
  quote: string;
  page: number | null;
  footnoteNumber: number | null;
  footnoteUrl: string | null;
  /** 1 (confirmed) … 6 (cannot be judged). */
  credibility: number;
}

export interface PubFinding {
  rule: string;
  instrument: string;
  paragraphs: string[];
  finding: string;
  /** True when a reviewer confirmed or overrode the computed finding. */
  reviewed: boolean;
  explanation: string;
}

export interface PubAct {
  actType: string;
  perpetrator: string | null;
  perpetratorKind: string | null;
  victim: string | null;
  victimRole: string | null;
  victimCount: number | null;
  methods: string[];
  killed: number | null;
  injured: number | null;
  findings: PubFinding[];
  citations: PubCitation[];
}

export interface PubPlace {
  id: string;
  name: string;
  country: string | null;
  admin1: string | null;
}

export interface PubIncident {
  id: string;
  title: string;
  description: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string;
  timeOfDay: string | null;
  place: PubPlace | null;
  /** Only in an unmasked edition: a street or building is finer than the city. */
  placeDetail: string | null;
  latitude: number | null;
  longitude: number | null;
  geoPrecision: string;
  eventType: string;
  status: string;
  confidentiality: string;
  killed: number | null;
  injured: number | null;
  updatedAt: string;
  acts: PubAct[];
  citations: PubCitation[];
}

export interface PubFigure {
  what: string;
  measureKey: string | null;
  value: number;
  qualifier: string;
  asOf: string | null;
  place: string | null;
  reportedBy: string | null;
  incidentId: string | null;
  citations: PubCitation[];
}

export interface Publication {
  format: 'dalil-publication';
  version: 1;
  edition: Edition;
  /** What was withheld, in words, for the reader. */
  redaction: string;
  generatedAt: string;
  case: { id: string; slug: string; title: string; description: string };
  incidents: PubIncident[];
  figures: PubFigure[];
  sources: PubSource[];
}
