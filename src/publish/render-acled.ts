/**
 * The incidents of a publication in ACLED's column layout, so they load next to ACLED data. The mapping,
 * honestly: ACLED codes its own events with its own actor dictionary and sourcing; ours are what our sources
 * say, in our vocabulary, put into ACLED's columns as follows.
 *
 * - event_id_cnty: the country's ISO alpha-3 code (or XXX) and the first 8 characters of our incident id.
 * - event_date, year: the first day of the incident (YYYY-MM-DD).
 * - time_precision: 1 for a day or a night, 2 for an approximate date within a week, 3 otherwise.
 * - disorder_type, event_type, sub_event_type: from our event type (src/vocabulary ACLED_EVENT_TYPE); ours
 *   without an ACLED twin (attack on journalist, obstruction, attack on medical services…) go to the nearest
 *   ACLED type, and our own type is kept in `tags` (`dalil_event_type=…`).
 * - actor1 / assoc_actor_1 / inter1: the perpetrators as we name them (not ACLED's actor names); inter1 from
 *   the actor kind ("State forces", "Protesters", "Rioters", "Civilians", "Identity militia" is never
 *   guessed: unknown kinds are left blank). For a protest with no perpetrator, actor1 is "Protesters
 *   (Country)".
 * - actor2 / assoc_actor_2 / inter2: the victims as groups, never as named people (ACLED does not name
 *   individual victims either): "Civilians (Country)" with "Journalists (Country)" and so on as associated
 *   actors, or "Protesters (Country)" when force was used against protesters.
 * - interaction: "inter1-inter2" in words; civilian_targeting: "Civilian targeting" for violence against
 *   civilians.
 * - iso (numeric), region: from a small table of the countries we cover; blank elsewhere.
 * - admin1: the gazetteer gives a code, not a name, so it is blank; admin2, admin3: blank.
 * - location, latitude, longitude: the place and the coordinates the edition allows (the city when public).
 * - geo_precision: 1 for a town (city precision or finer), 2 for rounded coordinates, 3 for a region,
 *   country or unknown.
 * - source: the publishers of the documents cited; source_scale: blank (we do not record it).
 * - notes: our description (redacted like every text); fatalities: killed, 0 when none reported.
 * - tags: our event type, methods and injured count; timestamp: the incident's last change, Unix seconds.
 */
import {
  ACLED_EVENT_TYPE,
  EVENT_TYPES,
  STATE_ACTOR_KINDS,
  type EventType,
} from '../vocabulary/vocabulary.js';
import { toCsv } from './csv.js';
import type { PubIncident, Publication } from './publication.model.js';
import { incidentCitations } from './render-csv.js';

export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const;

/** ISO alpha-2 → [alpha-3, numeric, ACLED region] for the countries Dalil's gazetteer aliases cover. */
const COUNTRIES: Record<string, [string, number, string]> = {
  KG: ['KGZ', 417, 'Caucasus and Central Asia'],
  KZ: ['KAZ', 398, 'Caucasus and Central Asia'],
  UZ: ['UZB', 860, 'Caucasus and Central Asia'],
  TJ: ['TJK', 762, 'Caucasus and Central Asia'],
  TM: ['TKM', 795, 'Caucasus and Central Asia'],
  GE: ['GEO', 268, 'Caucasus and Central Asia'],
  AM: ['ARM', 51, 'Caucasus and Central Asia'],
  AZ: ['AZE', 31, 'Caucasus and Central Asia'],
  BY: ['BLR', 112, 'Europe'],
  RU: ['RUS', 643, 'Europe'],
  UA: ['UKR', 804, 'Europe'],
  US: ['USA', 840, 'North America'],
};

const DISORDER: Record<string, string> = {
  Protests: 'Demonstrations',
  Riots: 'Demonstrations',
  'Violence against civilians': 'Political violence',
  'Strategic developments': 'Strategic developments',
};

const PROTESTER_KINDS = new Set(['protesters', 'protest_group']);
const GROUP_WORD: Record<string, string> = {
  journalist: 'Journalists',
  medic: 'Health Workers',
  medical: 'Health Workers',
  protester: 'Protesters',
  monitor: 'Human Rights Defenders',
};

const countryName = (code: string | null | undefined): string => {
  if (!code) return '';
  try {
    return new Intl.DisplayNames(['en'], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
};

function interOf(kind: string | null, acledType: string): string {
  if (kind === null) return '';
  if (STATE_ACTOR_KINDS.has(kind as never)) return 'State forces';
  if (PROTESTER_KINDS.has(kind)) return acledType === 'Riots' ? 'Rioters' : 'Protesters';
  if (['person', 'media_outlet', 'ngo'].includes(kind)) return 'Civilians';
  return '';
}

function timePrecision(i: PubIncident): number {
  if (i.datePrecision === 'day' || i.datePrecision === 'night') return 1;
  if (i.datePrecision === 'approximate' && i.dateStart && i.dateEnd) {
    const days = (Date.parse(i.dateEnd) - Date.parse(i.dateStart)) / 86_400_000;
    if (days <= 7) return 2;
  }
  return 3;
}

function geoPrecision(i: PubIncident): number | null {
  if (i.latitude === null) return null;
  if (['exact', 'city'].includes(i.geoPrecision)) return 1;
  if (i.geoPrecision === 'neighbourhood') return 2;
  return 3;
}

export function acledRow(i: PubIncident, p: Publication): (string | number | null)[] {
  const type = (EVENT_TYPES as readonly string[]).includes(i.eventType)
    ? (i.eventType as EventType)
    : 'other';
  const acled = ACLED_EVENT_TYPE[type];
  const code = i.place?.country ?? null;
  const country = code ? COUNTRIES[code] : undefined;
  const inCountry = (what: string) => (code ? `${what} (${countryName(code)})` : what);
  const perpetrators = [...new Set(i.acts.map((a) => a.perpetrator).filter((x) => x !== null))];
  const perpetratorKind = i.acts.find((a) => a.perpetrator !== null)?.perpetratorKind ?? null;
  const againstProtesters = acled.eventType === 'Protests';
  const actor1 = perpetrators[0] ?? (againstProtesters ? inCountry('Protesters') : '');
  const inter1 =
    perpetrators.length > 0 ? interOf(perpetratorKind, acled.eventType) : actor1 ? 'Protesters' : '';
  const groups = [
    ...new Set(i.acts.map((a) => (a.victimRole ? GROUP_WORD[a.victimRole] : undefined)).filter(Boolean)),
  ] as string[];
  const hasVictims = i.acts.some((a) => a.victim !== null);
  const actor2 =
    perpetrators.length === 0
      ? ''
      : againstProtesters
        ? inCountry('Protesters')
        : hasVictims
          ? inCountry('Civilians')
          : '';
  const inter2 = actor2 === '' ? '' : againstProtesters ? 'Protesters' : 'Civilians';
  const sources = new Map(p.sources.map((s) => [s.n, s]));
  const publishers = [
    ...new Set(
      incidentCitations(i).map((c) => sources.get(c.source)?.publisher ?? sources.get(c.source)?.title),
    ),
  ].filter((x): x is string => typeof x === 'string');
  const methods = [...new Set(i.acts.flatMap((a) => a.methods))];
  const tags = [
    `dalil_event_type=${i.eventType}`,
    ...(methods.length > 0 ? [`methods=${methods.join(' ')}`] : []),
    ...(i.injured !== null ? [`injured=${i.injured}`] : []),
  ];
  return [
    `${country?.[0] ?? 'XXX'}${i.id.slice(0, 8)}`,
    i.dateStart,
    i.dateStart ? Number(i.dateStart.slice(0, 4)) : null,
    timePrecision(i),
    DISORDER[acled.eventType] ?? '',
    acled.eventType,
    acled.subEventType,
    actor1,
    perpetrators.slice(1).join('; '),
    inter1,
    actor2,
    actor2 === ''
      ? ''
      : groups
          .filter((g) => g !== 'Protesters')
          .map(inCountry)
          .join('; '),
    inter2,
    inter1 && inter2 ? `${inter1}-${inter2}` : inter1,
    acled.eventType === 'Violence against civilians' ? 'Civilian targeting' : '',
    country?.[1] ?? null,
    country?.[2] ?? '',
    countryName(code),
    '',
    '',
    '',
    i.place?.name ?? '',
    i.latitude,
    i.longitude,
    geoPrecision(i),
    publishers.join('; '),
    '',
    [i.title, i.description].filter((t) => t.trim() !== '').join(': '),
    i.killed ?? 0,
    tags.join('; '),
    Math.floor(Date.parse(i.updatedAt) / 1000),
  ];
}

export function renderAcledCsv(p: Publication): string {
  return toCsv(
    ACLED_COLUMNS,
    p.incidents.map((i) => acledRow(i, p)),
  );
}
