import { describe, expect, it } from 'vitest';
import {
  AMBIGUOUS_NAME,
  WITHHELD_ADDRESS,
  assignPseudonyms,
  createRedactor,
  letters,
  unmaskedRedactor,
  type Person,
} from './index.js';

const aibol: Person = {
  id: 'p-aibol',
  name: 'Aibol Kozhomuratov',
  otherNames: ['Айбол Кожомуратов'],
  role: 'journalist',
  relations: ['victim'],
  namePublic: false,
};
const ruslan: Person = {
  id: 'p-ruslan',
  name: 'Ruslan Kharizov',
  otherNames: ['Руслан Харизов'],
  role: 'journalist',
  relations: ['victim'],
  namePublic: false,
};
const medic: Person = { id: 'p-medic', name: 'Ainura Bekova', role: 'medic', namePublic: false };
const witness: Person = { id: 'p-w', name: 'Temir Sadykov', relations: ['witness'], namePublic: false };
const other: Person = { id: 'p-o', name: 'Kanat Osmonov', relations: ['perpetrator'], namePublic: false };
const publicPerson: Person = {
  id: 'p-pub',
  name: 'Ruslan Ivanov',
  role: 'official',
  namePublic: true,
};

const redactor = createRedactor({ people: [aibol, ruslan, medic, witness, other, publicPerson] });

describe('pseudonyms', () => {
  it('label by role, one letter per person across the case, in the order given', () => {
    const names = assignPseudonyms([aibol, ruslan, medic, witness, other, publicPerson]);
    expect([...names.values()]).toEqual(['Journalist A', 'Journalist B', 'Medic C', 'Witness D', 'Person E']);
    expect(names.has('p-pub')).toBe(false);
    expect(redactor.pseudonymOf('p-ruslan')).toBe('Journalist B');
    expect(redactor.pseudonymOf('p-pub')).toBeNull();
    expect(redactor.pseudonymOf('nobody')).toBeNull();
  });

  it('are stable: the same input always gives the same labels', () => {
    const again = createRedactor({ people: [aibol, ruslan, medic, witness, other, publicPerson] });
    expect([...again.pseudonyms]).toEqual([...redactor.pseudonyms]);
  });

  it('go on past Z', () => {
    expect([0, 25, 26, 27, 701, 702].map(letters)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });

  it('a person who is a witness and a victim is labelled by role, not as a witness', () => {
    const both = assignPseudonyms([{ ...witness, relations: ['witness', 'victim'] }]);
    expect(both.get('p-w')).toBe('Person A');
  });
});

describe('text scrubbing', () => {
  const t = (s: string) => redactor.text(s);

  it('replaces the full name in Latin and Cyrillic with one pseudonym', () => {
    expect(t('On 5 October, Aibol Kozhomuratov, a reporter for Current Time, was shot.')).toBe(
      'On 5 October, Journalist A, a reporter for Current Time, was shot.',
    );
    expect(t('5 октября в Айбола Кожомуратова стреляли.')).toBe('5 октября в Journalist A стреляли.');
    expect(t('Руслан Харизов вёл прямой эфир')).toBe('Journalist B вёл прямой эфир');
  });

  it('replaces the surname alone, in any case, and its Russian case endings', () => {
    expect(t('KOZHOMURATOV was hit; kozhomuratov said so.')).toBe(
      'Journalist A was hit; Journalist A said so.',
    );
    for (const form of ['Кожомуратова', 'Кожомуратову', 'Кожомуратовым', 'Кожомуратове', 'Кожомуратовой'])
      expect(t(`журналист ${form} ранен`), form).toBe('журналист Journalist A ранен');
    expect(t('телефон Харизова изъяли')).toBe('телефон Journalist B изъяли');
    expect(t('the medic Bekova and Бековой')).toBe('the medic Medic C and Medic C');
    expect(t('Айнуре помогли')).toBe('Medic C помогли');
  });

  it('replaces transliteration variants and the Cyrillic spelling of a Latin name', () => {
    expect(t('Kojomuratov and Kozhomuratow')).toBe('Journalist A and Journalist A');
    expect(t('Темир Садыков видел это')).toBe('Witness D видел это');
    expect(t("Kozhomuratov's camera")).toBe("Journalist A's camera");
    expect(t('A. Kozhomuratov filmed')).toBe('Journalist A filmed');
    expect(t('Айбол Асанович Кожомуратов')).toBe('Journalist A');
  });

  it('never replaces a name inside another word', () => {
    const untouched = [
      'Doctor Aibolit treats animals',
      'the Kozhomuratovskiy district',
      'Ruslanbek arrived',
      'Kharizovka village',
      'Темирлан пришёл',
    ];
    for (const s of untouched) expect(t(s), s).toBe(s);
  });

  it('keeps a public name whole, and withholds a given name that could be either person', () => {
    expect(t('Ruslan Ivanov, the mayor, spoke')).toBe('Ruslan Ivanov, the mayor, spoke');
    expect(t('Ruslan Kharizov spoke')).toBe('Journalist B spoke');
    expect(t('then Ruslan left')).toBe(`then ${AMBIGUOUS_NAME} left`);
  });

  it('withholds a URL whose slug names a protected person, and keeps other URLs whole', () => {
    expect(t('see https://news.example/temir-sadykov-shot and https://cpj.org/2020/10/x/')).toBe(
      `see ${WITHHELD_ADDRESS} and https://cpj.org/2020/10/x/`,
    );
    expect(t('https://news.example/kozhomuratovaibol')).toBe(WITHHELD_ADDRESS);
    expect(redactor.urlIsSafe('https://cpj.org/2020/10/journalists-attacked/')).toBe(true);
  });

  it('changes nothing when nobody is protected, or when unmasked', () => {
    const none = createRedactor({ people: [publicPerson] });
    expect(none.text('Ruslan Ivanov and Aibol Kozhomuratov')).toBe('Ruslan Ivanov and Aibol Kozhomuratov');
    expect(unmaskedRedactor.text('Aibol Kozhomuratov')).toBe('Aibol Kozhomuratov');
  });
});

describe('redactValue', () => {
  const places = [['place-bishkek', { latitude: 42.87, longitude: 74.59 }]] as const;
  const r = createRedactor({ people: [aibol, ruslan], places });

  it('scrubs every string, names actors by pseudonym and coarsens coordinates to the city', () => {
    const incident = {
      id: 'i-1',
      title: 'Kozhomuratov shot',
      latitude: 42.876543,
      longitude: 74.603456,
      geoPrecision: 'exact',
      placeDetail: 'outside the flat of Aibol Kozhomuratov, Chui 45',
      place: { id: 'place-bishkek', name: 'Bishkek', latitude: 42.87, longitude: 74.59 },
      acts: [
        {
          victim: {
            id: 'p-aibol',
            kind: 'person',
            name: 'Aibol Kozhomuratov',
            names: [{ value: 'Айбол Кожомуратов' }],
            aliases: ['Aibol'],
            namePublic: false,
          },
        },
      ],
      citations: [{ quote: 'the phone of Ruslan Kharizov', footnote_url: 'https://cpj.org/x' }],
    };
    const out = r.value(incident);
    expect(out).toEqual({
      id: 'i-1',
      title: 'Journalist A shot',
      latitude: 42.87,
      longitude: 74.59,
      geoPrecision: 'city',
      place: { id: 'place-bishkek', name: 'Bishkek', latitude: 42.87, longitude: 74.59 },
      acts: [
        {
          victim: {
            id: 'p-aibol',
            kind: 'person',
            name: 'Journalist A',
            names: [],
            aliases: [],
            namePublic: false,
          },
        },
      ],
      citations: [{ quote: 'the phone of Journalist B', footnote_url: 'https://cpj.org/x' }],
    });
    expect(incident.title).toBe('Kozhomuratov shot');
  });

  it('rounds coordinates without a place, and finds the place of a raw row by place_id', () => {
    expect(r.value({ latitude: 42.876543, longitude: 74.603456, geo_precision: 'exact' })).toEqual({
      latitude: 42.88,
      longitude: 74.6,
      geo_precision: 'neighbourhood',
    });
    expect(r.value({ place_id: 'place-bishkek', latitude: 42.9, longitude: 74.7 })).toMatchObject({
      latitude: 42.87,
      longitude: 74.59,
    });
  });

  it('drops contacts, evidence metadata, collectors, evidence file names and hashes', () => {
    const evidence = {
      id: 'e-1',
      fileName: 'kozhomuratov-wound.jpg',
      sha256: 'ab'.repeat(32),
      collector: 'Field worker Nurlan',
      collectedAt: '2020-10-05T10:00:00Z',
      sourceUrl: 'https://t.me/someone',
      metadata: { gps: [42.8765, 74.6034] },
      description: 'Photo of Aibol Kozhomuratov',
      custody: [{ at: '2020-10-05', actor: 'Nurlan', action: 'collected', hash_after: 'ab' }],
    };
    expect(r.value(evidence)).toEqual({
      id: 'e-1',
      collectedAt: '2020-10-05T10:00:00Z',
      description: 'Photo of Journalist A',
      custody: [{ at: '2020-10-05', action: 'collected' }],
    });
    expect(r.value({ name: 'NGO', contact: '+996 555', email: 'a@b.kg' })).toEqual({ name: 'NGO' });
  });

  it('withholds a person whose name is not public even when outside the scope', () => {
    expect(r.value({ id: 'p-x', kind: 'person', name: 'Unknown Person', namePublic: false })).toEqual({
      id: 'p-x',
      kind: 'person',
      name: AMBIGUOUS_NAME,
      namePublic: false,
    });
  });

  it('keeps a document as a document: public documents keep their hash and file name', () => {
    const doc = { id: 'd', title: 'Statement', sha256: 'cd'.repeat(32), file_name: 'statement.txt' };
    expect(r.value(doc)).toEqual(doc);
  });
});
