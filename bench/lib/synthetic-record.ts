/**
 * A synthetic record in the lossless export format: one case, places, and N incidents each with one act and
 * one citation, plus one figure per ten incidents. Deterministic for a given N, so runs compare.
 */
import { randomUUID } from 'node:crypto';
import { EXPORT_FORMAT, EXPORT_VERSION } from '../../src/transfer/records.js';

const METHODS = [
  'tear_gas',
  'kinetic_impact_projectile',
  'water_cannon',
  'baton',
  'stun_grenade',
  'pepper_spray',
];
const TYPES = [
  'excessive_force_against_protesters',
  'attack_on_journalist',
  'arrests',
  'peaceful_protest',
  'obstruction_of_journalist',
];

export function syntheticRecord(incidents: number) {
  const now = '2026-11-28T12:00:00.000Z';
  const editable = { version: 1, created_at: now, updated_at: now };
  const caseId = randomUUID();
  const documentId = randomUUID();
  const places = Array.from({ length: 50 }, (_, i) => ({
    id: randomUUID(),
    gazetteer_id: `bench:${i}`,
    name: `Town ${i}`,
    country: 'KG',
    admin1: null,
    latitude: 40 + i / 10,
    longitude: 72 + i / 10,
    alternate_names: [],
    ...editable,
  }));
  const tables = {
    cases: [
      {
        id: caseId,
        slug: 'bench',
        title: 'Benchmark case',
        description: '',
        confidentiality: 'restricted',
        ...editable,
      },
    ],
    places,
    sources: [
      { id: randomUUID(), name: 'Bench source', kind: 'ngo', reliability: 'B', url: null, ...editable },
    ],
    actors: [] as unknown[],
    documents: [
      {
        id: documentId,
        case_id: caseId,
        source_id: null,
        sha256: null,
        kind: 'report',
        title: 'Benchmark report',
        url: null,
        language: 'en',
        published_on: '2020-10-09',
        file_name: null,
        media_type: null,
        byte_length: null,
        text: '',
        pages: [],
        ...editable,
      },
    ],
    incidents: [] as unknown[],
    acts: [] as unknown[],
    figures: [] as unknown[],
    citations: [] as unknown[],
  };
  for (let i = 0; i < incidents; i++) {
    const id = randomUUID();
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, '0');
    const date = `2020-${month}-${day}`;
    tables.incidents.push({
      id,
      case_id: caseId,
      title: `Incident ${i}: police used ${METHODS[i % METHODS.length]} on a crowd`,
      description: `Synthetic description number ${i}, long enough to look like a real summary of what happened at the scene.`,
      date_start: date,
      date_end: date,
      date_precision: 'day',
      time_of_day: null,
      place_id: places[i % places.length]!.id,
      place_detail: null,
      geo_precision: 'city',
      latitude: null,
      longitude: null,
      event_type: TYPES[i % TYPES.length],
      status: 'draft',
      confidentiality: 'restricted',
      killed: i % 97 === 0 ? 1 : null,
      injured: i % 5,
      merged_into_id: null,
      facts: {},
      ...editable,
    });
    const actId = randomUUID();
    tables.acts.push({
      id: actId,
      incident_id: id,
      perpetrator_id: null,
      perpetrator_label: 'police officers',
      victim_id: null,
      victim_label: 'protesters',
      victim_role: 'protester',
      victim_count: null,
      act_type: 'use_of_force',
      methods: [METHODS[i % METHODS.length]],
      facts: { purpose: 'dispersal', target: 'crowd' },
      killed: null,
      injured: i % 5,
      severity: null,
      ...editable,
    });
    tables.citations.push({
      id: randomUUID(),
      document_id: documentId,
      incident_id: null,
      act_id: actId,
      figure_id: null,
      quote: `Police used force on the crowd, according to witness statement ${i}.`,
      start_offset: null,
      end_offset: null,
      page: 1 + (i % 40),
      footnote_number: null,
      footnote_url: null,
      credibility: 3,
      derived_from_id: null,
      ...editable,
    });
    if (i % 10 === 0) {
      tables.figures.push({
        id: randomUUID(),
        case_id: caseId,
        incident_id: id,
        what: 'people injured',
        measure_key: 'injured',
        value: i % 50,
        qualifier: 'at_least',
        as_of: date,
        place_id: null,
        reported_by_id: null,
        reported_by: 'Bench source',
        ...editable,
      });
    }
  }
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, tables };
}

export function rowCount(record: ReturnType<typeof syntheticRecord>): number {
  return Object.values(record.tables).reduce((n, rows) => n + rows.length, 0);
}
