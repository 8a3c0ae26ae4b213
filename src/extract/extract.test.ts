import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extract } from './extract.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const seedPath = path.resolve(repoRoot, '../shared/corpus/amnesty-kyrgyzstan-2020-10.txt');
const fold = (s: string) => s.replace(/\s+/gu, ' ').trim();

// Acceptance test on the seed statement (read from the shared corpus beside the repository).
describe('extract: seed statement', () => {
  const text = readFileSync(seedPath, 'utf8');
  const e = extract(text);
  const find = (start: string) => e.incidents.find((i) => fold(i.quote).startsWith(start));

  it('finds the year from the footnote URLs, the title, the country and the footnotes', () => {
    expect(e.document).toMatchObject({
      language: 'en',
      reference_year: 2020,
      reference_year_source: 'footnote_url',
      country: 'KG',
    });
    expect(e.document.title).toMatch(/^Amnesty International urges respect/u);
    expect(e.footnotes.map((f) => f.n)).toEqual([1, 2, 3]);
  });

  it('keeps every quote exactly at its span', () => {
    for (const i of e.incidents) expect(text.slice(i.span[0], i.span[1])).toBe(i.quote);
    for (const f of e.figures) expect(text.slice(f.span[0], f.span[1])).toBe(f.quote);
  });

  it('reads the eight incidents', () => {
    expect(find('On 4 October, two unidentified men attacked')).toMatchObject({
      date_start: '2020-10-04',
      city: 'Osh',
      event_type: 'attack_on_journalist',
      perpetrator: { kind: 'unidentified' },
      methods: ['physical_assault', 'attempted_seizure_of_equipment'],
    });
    expect(find('On 4 October')?.victims[0]).toMatchObject({ role: 'journalist', affiliation: 'Kloop' });
    const dispersal = find('The demonstrations were largely peaceful');
    expect(dispersal).toMatchObject({
      date_start: '2020-10-05',
      event_type: 'excessive_force_against_protesters',
      perpetrator: { kind: 'police' },
      methods: ['water_cannon', 'kinetic_impact_projectile', 'tear_gas', 'stun_grenade'],
      killed: 1,
      injured: 686,
    });
    expect(dispersal?.facts.purpose?.value).toBe('dispersal');
    expect(dispersal?.facts.reported_character?.value).toBe('mostly_peaceful');
    expect(find('On 5 October, following parliamentary elections')).toMatchObject({
      event_type: 'peaceful_protest',
      city: 'Bishkek',
      perpetrator: null,
    });
    const kozhomuratov = find('On 5 October, Aibol');
    expect(kozhomuratov).toMatchObject({
      date_start: '2020-10-05',
      event_type: 'attack_on_journalist',
      perpetrator: { label: 'police special forces', kind: 'police' },
      methods: ['kinetic_impact_projectile'],
    });
    expect(kozhomuratov?.victims).toEqual([
      {
        name: 'Aibol Kozhomuratov',
        label: 'a reporter for Current Time',
        role: 'journalist',
        affiliation: 'Current Time',
      },
    ]);
    expect(kozhomuratov?.facts.fire_mode?.value).toBe('direct');
    // The statement says nothing of what he was doing when he was shot: his conduct stays unknown.
    expect(kozhomuratov?.facts.target_conduct).toBeUndefined();
    const kharizov = find('On 6 October, a law enforcement officer');
    expect(kharizov).toMatchObject({
      date_start: '2020-10-06',
      city: 'Bishkek',
      event_type: 'obstruction_of_journalist',
      perpetrator: { kind: 'police' },
      methods: ['confiscation_of_equipment'],
    });
    expect(kharizov?.victims[0]).toMatchObject({
      name: 'Ruslan Kharizov',
      role: 'journalist',
      affiliation: '24.kg',
    });
    expect(kharizov?.facts.prevented_from_recording?.value).toBe(true);
    expect(kharizov?.facts.equipment_seized_or_damaged?.value).toBe(true);
    expect(kharizov?.facts.target_conduct?.value).toBe('peaceful');
    expect(fold(kharizov?.facts.target_conduct?.quote ?? '')).toBe(
      'while he was conducting a live broadcast',
    );
    expect(kharizov?.citations).toEqual([
      { footnote: 2, url: expect.stringContaining('cpj.org/2020/10/') as unknown },
    ]);
    expect(find('On 8 October, the Minister of Health')).toMatchObject({
      event_type: 'attack_on_medical_services',
      perpetrator: { kind: 'protesters' },
      methods: ['seizure_of_vehicle'],
    });
    expect(find('During the night of 5 – 6 October')).toMatchObject({
      date_start: '2020-10-05',
      date_end: '2020-10-06',
      date_precision: 'night',
      time_of_day: 'night',
      city: 'Bishkek',
      event_type: 'seizure_of_building',
      perpetrator: { kind: 'protesters' },
    });
    expect(find('The results of the 4 October election')).toMatchObject({
      date_start: '2020-10-06',
      event_type: 'political_development',
    });
  });

  it('makes no incident of norms, counts or background', () => {
    expect(e.incidents.some((i) => /must|should/u.test(i.quote))).toBe(false);
    expect(find('By 6 October')).toBeUndefined();
    expect(find('Several journalists')).toBeUndefined();
  });

  it('reports the figures with dates and footnote URLs', () => {
    const fig = (v: number) => e.figures.find((f) => f.value === v);
    expect(fig(686)).toMatchObject({
      date: '2020-10-05',
      reported_by: 'Ministry of Health',
      footnote: 1,
      measure: 'injured',
    });
    expect(fig(6)).toMatchObject({ date: '2020-10-06', reported_by: 'Committee to Protect Journalists' });
    // The statement says the protester died in its own voice; the ministry is named for the 686 only.
    expect(fig(1)).toMatchObject({ measure: 'killed', reported_by: null });
    expect(fig(245)).toMatchObject({ date: '2020-10-08', footnote: 3 });
    expect(fig(53)).toMatchObject({
      date: '2020-09-13',
      footnote: 3,
      url: 'https://kaktus.media/?lable=38735&page=1',
    });
  });
});

// A Russian statement of our own, end to end.
describe('extract: Russian text', () => {
  const text = `Заявление правозащитного центра

12 августа 2021 года в Гродно сотрудники ОМОН разогнали акцию протеста, применив слезоточивый газ и резиновые пули. Пострадали не менее двадцати человек.

В ночь с 13 на 14 августа неизвестные напали на Алексея Смирнова, корреспондента издания «Вечерний город», в Гомеле и отобрали у него камеру.

15 августа шестеро журналистов были задержаны у здания суда.
`;
  const e = extract(text);

  it('reads language, year, title and country', () => {
    expect(e.document).toMatchObject({
      language: 'ru',
      reference_year: 2021,
      title: 'Заявление правозащитного центра',
      country: 'BY',
    });
  });

  it('reads dates, places, methods, numbers in words and victims', () => {
    expect(e.incidents[0]).toMatchObject({
      date_start: '2021-08-12',
      city: 'Hrodna',
      event_type: 'excessive_force_against_protesters',
      perpetrator: { kind: 'police' },
      methods: ['tear_gas', 'kinetic_impact_projectile'],
      injured: 20,
    });
    expect(e.incidents[1]).toMatchObject({
      date_start: '2021-08-13',
      date_end: '2021-08-14',
      date_precision: 'night',
      city: "Homyel'",
      event_type: 'attack_on_journalist',
      perpetrator: { kind: 'unidentified' },
    });
    expect(e.incidents[1]?.victims[0]).toMatchObject({
      name: 'Алексея Смирнова',
      role: 'journalist',
      affiliation: 'Вечерний город',
    });
    expect(e.incidents[2]).toMatchObject({
      date_start: '2021-08-15',
      event_type: 'obstruction_of_journalist',
      methods: ['detention'],
    });
    expect(e.figures.find((f) => f.value === 6)).toMatchObject({ measure: 'detained', date: '2021-08-15' });
  });
});

describe('extract: dates without a year', () => {
  it('flags relative dates it cannot resolve, and resolves them with a publication date', () => {
    const text = 'Police beat two students on Sunday near the university in Tbilisi.';
    const bare = extract(text);
    expect(bare.warnings.map((w) => w.code)).toContain('relative_date_unresolved');
    const dated = extract(text, { publishedAt: '2023-05-10' });
    expect(dated.incidents[0]).toMatchObject({
      date_start: '2023-05-07',
      event_type: 'attack',
      perpetrator: { kind: 'police' },
    });
  });
});

describe('extract: a statement of our own', () => {
  const text = `Authorities must investigate violence against reporters

On 5 July, a mob of masked counter-demonstrators attacked dozens of journalists in central Tbilisi, injuring at least 53 of them. Nika Beridze, a camera operator for TV Mtsvane, was beaten and later died.

On 6 July, riot police used pepper spray against protesters outside parliament. More than 20 people were detained, according to the Interior Ministry.

On 12 July, several hundred people marched peacefully in Batumi.
`;
  const e = extract(text, { publishedAt: '2021-07-20' });

  it('reads actors of collectives, casualties in the event sentence and a continued story', () => {
    expect(e.document).toMatchObject({
      reference_year: 2021,
      reference_year_source: 'published',
      country: 'GE',
    });
    expect(e.incidents).toHaveLength(3);
    expect(e.incidents[0]).toMatchObject({
      event_type: 'attack_on_journalist',
      city: 'Tbilisi',
      injured: 53,
      perpetrator: { kind: 'counter_demonstrators' },
    });
    expect(e.incidents[0]?.victims.map((v) => v.name)).toContain('Nika Beridze');
    expect(e.incidents[0]?.victims.find((v) => v.name)?.affiliation).toBe('TV Mtsvane');
    expect(e.incidents[1]).toMatchObject({
      event_type: 'excessive_force_against_protesters',
      methods: ['pepper_spray', 'detention'],
    });
    expect(e.incidents[2]).toMatchObject({
      event_type: 'peaceful_protest',
      city: 'Batumi',
      date_start: '2021-07-12',
    });
    expect(e.figures.find((f) => f.value === 20)).toMatchObject({
      qualifier: 'more_than',
      measure: 'detained',
      reported_by: 'Interior Ministry',
    });
  });
});

describe('extract: Russian text without a year', () => {
  const text = `Правозащитники требуют расследования

5 октября в Бишкеке сотрудники милиции применили водомёты и светошумовые гранаты против участников митинга. По данным Минздрава, за медицинской помощью обратились 590 человек, один человек погиб.

6 октября полицейские разбили камеру оператора телеканала «Апрель» Азамата Исаева в Оше. Около пятисот человек собрались у здания парламента.
`;

  it('leaves day-month dates unresolved and warns', () => {
    const e = extract(text);
    expect(e.warnings.map((w) => w.code)).toContain('no_reference_year');
    expect(e.incidents[0]).toMatchObject({ date_start: null, date_precision: 'unknown', city: 'Bishkek' });
  });

  it('reads casualties, sources, a named victim with a role before the name, and counts in words', () => {
    const e = extract(text, { publishedAt: '2020-10-09' });
    expect(e.incidents[0]).toMatchObject({
      date_start: '2020-10-05',
      killed: 1,
      injured: 590,
      methods: ['water_cannon', 'stun_grenade'],
    });
    expect(e.incidents[1]).toMatchObject({
      date_start: '2020-10-06',
      city: 'Osh',
      event_type: 'obstruction_of_journalist',
      methods: ['damage_to_equipment'],
    });
    expect(e.incidents[1]?.victims).toEqual([
      {
        name: 'Азамата Исаева',
        label: 'оператора телеканала «Апрель»',
        role: 'journalist',
        affiliation: 'Апрель',
      },
    ]);
    expect(e.figures.find((f) => f.value === 590)).toMatchObject({
      measure: 'injured',
      reported_by: 'Минздрава',
    });
    expect(e.figures.find((f) => f.value === 500)).toMatchObject({ qualifier: 'about' });
  });
});

describe('extract: sources are not victims', () => {
  const text = `Crackdown after the vote

On the evening of 9 August 2020, riot police used stun grenades and rubber bullets against peaceful protesters in Minsk. According to the Interior Ministry, around 3,000 people were detained on 9 August alone. Pavel Orlik, a journalist working for Nasha Volna, was beaten by police officers and hospitalised.

On 10 August, a protester died in Minsk. Doctors at the hospital said that dozens of people had gunshot wounds.
`;
  const e = extract(text);

  it('reads time of day, named sources, affiliations and one death', () => {
    expect(e.incidents[0]).toMatchObject({
      time_of_day: 'evening',
      event_type: 'excessive_force_against_protesters',
      city: 'Minsk',
    });
    expect(e.incidents[1]?.victims[0]).toMatchObject({ name: 'Pavel Orlik', affiliation: 'Nasha Volna' });
    expect(e.incidents[2]).toMatchObject({ event_type: 'death_in_unclear_circumstances', killed: 1 });
    expect(e.incidents.some((i) => i.event_type === 'attack_on_medical_services')).toBe(false);
    expect(e.figures.find((f) => f.value === 3000)).toMatchObject({
      qualifier: 'about',
      measure: 'detained',
      reported_by: 'Interior Ministry',
    });
  });
});

describe('extract: years in the sentence, casualties in -ing clauses', () => {
  const text = `Ten years on

On 16 December 2011, security forces opened fire on striking oil workers in Zhanaozen, killing at least 14 people and wounding more than 100.

In January 2022, thousands of people took to the streets; on 5 January protesters stormed the city administration building in Almaty.
`;
  const e = extract(text);

  it('uses the year written in the sentence and reads casualties', () => {
    expect(e.incidents[0]).toMatchObject({
      event_type: 'excessive_force_against_protesters',
      methods: ['firearm'],
      killed: 14,
      injured: 100,
      city: 'Zhanaozen',
    });
    expect(e.incidents[1]).toMatchObject({
      event_type: 'seizure_of_building',
      date_start: '2022-01-05',
      city: 'Almaty',
    });
  });
});

describe('extract: undated reports', () => {
  it('proposes a clear event without a date, flagged, but not a habit', () => {
    const clear = extract('Riot police beat protesters with batons in Minsk.');
    expect(clear.incidents[0]).toMatchObject({
      date_start: null,
      date_precision: 'unknown',
      event_type: 'excessive_force_against_protesters',
      city: 'Minsk',
    });
    expect(clear.warnings.map((w) => w.code)).toContain('incident_without_date');
    expect(extract('Over the years, police have often used tear gas against protesters.').incidents).toEqual(
      [],
    );
  });
});
