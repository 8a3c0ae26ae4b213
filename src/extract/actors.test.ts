import { describe, expect, it } from 'vitest';
import { findActorPhrases } from './actor-lexicon.js';
import { findOrganisations, findOutlets, findPersons } from './actors.js';

describe('actor phrases', () => {
  it('gives generic actors their kind', () => {
    const s = 'Three masked men and riot police officers chased a group of students, while soldiers watched.';
    expect(findActorPhrases(s).map((a) => [a.label, a.kind])).toEqual([
      ['Three masked men', 'unidentified'],
      ['riot police officers', 'police'],
      ['soldiers', 'military'],
    ]);
    expect(findActorPhrases('Сотрудники милиции и неизвестные в масках').map((a) => a.kind)).toEqual([
      'police',
      'unidentified',
    ]);
  });
});

describe('named actors', () => {
  it('finds outlets from the words around them', () => {
    const s =
      'Mara Quill, a photographer for Daily Lantern, and a crew of the online news portal North.tv were there, as was a reporter from the Harbour Post newspaper.';
    expect(findOutlets(s).map((o) => o.name)).toEqual(['North.tv', 'Daily Lantern', 'Harbour Post']);
  });

  it('finds organisations, bodies and officials', () => {
    const s =
      'The Ministry of Interior and the Union of Free Voices spoke, and the Deputy Prime Minister resigned.';
    expect(findOrganisations(s).map((o) => [o.name, o.kind])).toEqual([
      ['Ministry of Interior', 'government_body'],
      ['Union of Free Voices', 'ngo'],
      ['Deputy Prime Minister', 'official'],
    ]);
  });

  it('finds persons with role and affiliation from an apposition', () => {
    const s = 'On 3 May, guards pushed Tomas Verlaine, a correspondent for Radio Meridian, to the ground.';
    const masks = findOutlets(s);
    const [p] = findPersons(s, 'en', masks);
    expect(p).toMatchObject({ name: 'Tomas Verlaine', role: 'journalist', affiliation: 'Radio Meridian' });
  });

  it('finds Russian names by surname form, with an apposition', () => {
    const s = 'Полиция задержала Марину Соколову, фотографа издания «Утренний вестник», у здания суда.';
    const [p] = findPersons(s, 'ru', findOutlets(s));
    expect(p).toMatchObject({ name: 'Марину Соколову', role: 'journalist', affiliation: 'Утренний вестник' });
  });
});
