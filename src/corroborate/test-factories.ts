/**
 * Small builders of incidents and citations for the engine's tests. The sentences are written for these tests
 * (English and Russian accounts of the same events in different words), not copied from any source.
 */
import type { Citation, IncidentLike } from './types.js';

const BISHKEK = { city: 'Bishkek', country: 'KG', lat: 42.8746, lon: 74.5698 };
const BISHKEK_RU = { city: 'Бишкек', country: 'KG' };
const OSH = { city: 'Osh', country: 'KG', lat: 40.5283, lon: 72.7985 };

/** An incident with defaults, overridden by `fields`. */
export const incident = (id: string, fields: Partial<IncidentLike> = {}): IncidentLike => ({
  id,
  caseId: 'kg-2020',
  ...fields,
});

/** Three accounts of one shooting, one of a phone seizure, and unrelated events of the same days and city. */
export const kyrgyzIncidents = (): IncidentLike[] => [
  incident('shot-en', {
    title: 'Current Time reporter hit by rubber bullet',
    description:
      'On 5 October special police units in Bishkek fired a rubber bullet directly at Aibol Kozhomuratov, a reporter for Current Time, who was filming the crowd. A Kloop journalist caught it on video.',
    date: { start: '2020-10-05', precision: 'day' },
    place: BISHKEK,
    eventType: 'attack_on_journalist',
    methods: ['kinetic_impact_projectile'],
    victims: ['Aibol Kozhomuratov'],
    perpetrators: ['special forces'],
    citationIds: ['c-amnesty'],
  }),
  incident('shot-ru', {
    title: 'В корреспондента «Настоящего времени» выстрелили резиновой пулей',
    description:
      'Вечером 5 октября в Бишкеке бойцы спецназа выстрелили резиновой пулей в журналиста Айбола Кожомуратова, который снимал митинг. Момент выстрела попал на видео.',
    date: { start: '2020-10-05', precision: 'day' },
    place: BISHKEK_RU,
    eventType: 'attack_on_journalist',
    victims: ['Айбол Кожомуратов'],
    perpetrators: ['спецназ'],
    citationIds: ['c-ru-news'],
  }),
  incident('shot-cpj', {
    title: 'Journalist Kojomuratov targeted during Bishkek unrest',
    description:
      'Riot police aimed at and shot Kojomuratov, a correspondent with Current Time, while he was covering demonstrations in the capital overnight.',
    date: { start: '2020-10-05', precision: 'night' },
    place: { ...BISHKEK, lat: 42.876, lon: 74.604 },
    eventType: 'attack_on_journalist',
    victims: ['A. Kojomuratov'],
    citationIds: ['c-cpj'],
  }),
  incident('phone-en', {
    title: 'Police officer takes 24.kg correspondent’s phone during live broadcast',
    description:
      'A law enforcement officer confiscated the phone of Ruslan Kharizov of 24.kg while he was streaming live from the centre of Bishkek.',
    date: { start: '2020-10-06', precision: 'day' },
    place: BISHKEK,
    eventType: 'obstruction_of_journalist',
    victims: ['Ruslan Kharizov'],
    citationIds: ['c-cpj-2'],
  }),
  incident('phone-ru', {
    title: 'У корреспондента 24.kg отобрали телефон',
    description:
      'Сотрудник милиции отобрал телефон у корреспондента 24.kg Руслана Харизова во время прямого эфира в центре Бишкека.',
    date: { start: '2020-10-06', precision: 'day' },
    place: BISHKEK_RU,
    eventType: 'obstruction_of_journalist',
    victims: ['Руслан Харизов'],
    citationIds: ['c-ru-24'],
  }),
  incident('square-water', {
    title: 'Water cannon used on crowd at Ala-Too square',
    description:
      'Late on 5 October police turned water cannon and stun grenades on thousands of demonstrators on Ala-Too square after stones were thrown.',
    date: { start: '2020-10-05', precision: 'day' },
    place: BISHKEK,
    eventType: 'excessive_force_against_protesters',
    citationIds: ['c-amnesty'],
  }),
  incident('medic-attack', {
    title: 'Ambulance seized by demonstrators',
    description:
      'A group of demonstrators stopped an ambulance crew near the Ministry of Health and drove the vehicle away.',
    date: { start: '2020-10-05', precision: 'day' },
    place: BISHKEK,
    eventType: 'attack_on_medical_services',
    citationIds: ['c-moh'],
  }),
  incident('osh-crew', {
    title: 'Kloop film crew attacked at polling station in Osh',
    description:
      'Two men attacked a Kloop crew filming at a polling station in Osh and one tried to grab their phone.',
    date: { start: '2020-10-04', precision: 'day' },
    place: OSH,
    eventType: 'attack_on_journalist',
    citationIds: ['c-cpj-3'],
  }),
];

/** A citation with defaults, overridden by `fields`. */
export const citation = (id: string, fields: Partial<Citation> = {}): Citation => ({
  id,
  documentId: `doc-${id}`,
  sourceId: `src-${id}`,
  sourceName: `Source ${id}`,
  reliability: 'C',
  credibility: 3,
  ...fields,
});
