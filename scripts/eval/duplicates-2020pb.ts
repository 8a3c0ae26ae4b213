/**
 * The 2020PB police-violence incidents as `IncidentLike`, and a deterministic "second import" of them: new ids,
 * descriptions reworded, lower-cased and shortened, some fields dropped, some dates a day off.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IncidentLike } from '../../src/corroborate/index.js';
import type { EventType } from '../../src/vocabulary/vocabulary.js';

interface RawIncident {
  id: string;
  name?: string;
  date?: string;
  date_text?: string;
  city?: string;
  state?: string;
  description?: string;
  tags?: string[];
  geolocation?: string;
}

/** Reads `../shared/data/2020pb/all-locations-v2.json` (beside the repository) as incidents. */
export async function load2020pb(repoRoot: string): Promise<IncidentLike[]> {
  const file = path.resolve(repoRoot, '../shared/data/2020pb/all-locations-v2.json');
  const json = JSON.parse(await readFile(file, 'utf8')) as { data: RawIncident[] };
  return json.data.map(toIncident);
}

function toIncident(raw: RawIncident): IncidentLike {
  const [lat, lon] = (raw.geolocation ?? '').split(',').map((x) => Number.parseFloat(x));
  const tags = raw.tags ?? [];
  const eventType: EventType = tags.includes('journalist')
    ? 'attack_on_journalist'
    : tags.includes('arrest')
      ? 'arrests'
      : 'excessive_force_against_protesters';
  return {
    id: raw.id,
    title: raw.name,
    description: raw.description,
    date: raw.date
      ? {
          start: raw.date,
          precision: /believed|approx|around/i.test(raw.date_text ?? '') ? 'approximate' : 'day',
        }
      : undefined,
    place: {
      city: raw.city || undefined,
      region: raw.state,
      country: 'US',
      ...(Number.isFinite(lat) && Number.isFinite(lon) ? { lat, lon } : {}),
    },
    eventType,
  };
}

/** Words another volunteer might have used instead. */
const REWORDINGS: [RegExp, string][] = [
  [/\bpolice officers?\b/g, 'cops'],
  [/\bofficers\b/g, 'police'],
  [/\bprotesters\b/g, 'demonstrators'],
  [/\bprotester\b/g, 'demonstrator'],
  [/\btear gas\b/g, 'teargas'],
  [/\bstruck\b/g, 'hit'],
  [/\barrested\b/g, 'detained'],
  [/\bjournalists?\b/g, 'reporter'],
  [/\bpepper spray(ed)?\b/g, 'pepper-sprayed'],
  [/\bshoots?\b/g, 'fires at'],
  [/\bshot\b/g, 'fired at'],
  [/\bman\b/g, 'person'],
  [/\bwoman\b/g, 'person'],
];

/** A deterministic rewording: lower case, synonyms, first sentence moved last, every 4th word dropped, ≤ 50 words. */
export function reword(text: string): string {
  let t = text.toLowerCase();
  for (const [pattern, replacement] of REWORDINGS) t = t.replace(pattern, replacement);
  const sentences = t.split(/(?<=[.!?])\s+/).filter(Boolean);
  if (sentences.length > 1) sentences.push(sentences.shift()!);
  return sentences
    .join(' ')
    .split(/\s+/)
    .filter((_, i) => i % 4 !== 3)
    .slice(0, 50)
    .join(' ');
}

const nextDay = (date: string): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** The copy of incident `i` as a second import would hold it. */
export function perturbedCopy(incident: IncidentLike, i: number): IncidentLike {
  const copy: IncidentLike = { ...incident, id: `copy-${i}`, place: { ...incident.place } };
  if (incident.description) copy.description = reword(incident.description);
  if (i % 3 === 0) delete copy.title;
  else if (copy.title) copy.title = reword(copy.title);
  if (i % 4 === 1 && copy.place) {
    delete copy.place.lat;
    delete copy.place.lon;
  }
  if (i % 10 === 2 && copy.place?.lat !== undefined) delete copy.place.city;
  if (i % 2 === 1) delete copy.eventType;
  if (i % 10 === 7 && incident.date) copy.date = { ...incident.date, start: nextDay(incident.date.start) };
  return copy;
}
