/**
 * The record of Amnesty International's October 2020 statement on the post-election protests in Kyrgyzstan,
 * as a reviewer would enter it: facts in our own words, each tied to the sentence of the statement that
 * supports it (the quotes) and to the footnoted source behind it.
 */
export const KYRGYZSTAN_CASE = {
  slug: 'kyrgyzstan-2020-10',
  title: 'Kyrgyzstan, October 2020 parliamentary elections',
  description:
    'Protests after the 4 October 2020 parliamentary elections: dispersal, attacks on journalists and medical services.',
};

export const STATEMENT = {
  title: 'Amnesty International urges respect for human rights in Kyrgyzstan',
  fileName: 'amnesty-kyrgyzstan-2020-10.txt',
  language: 'en',
};

export const FOOTNOTES = {
  1: 'https://24.kg/obschestvo/167895_besporyadki_vbishkeke_vbolnitsyi_obratilos_686_postradavshih/',
  2: 'https://cpj.org/2020/10/journalists-attacked-obstructed-during-and-after-parliamentary-elections-in-kyrgyzstan/',
  3: 'https://kaktus.media/?lable=38735&page=1',
} as const;

export const SOURCES = [
  {
    key: 'amnesty',
    name: 'Amnesty International',
    kind: 'ngo',
    reliability: 'B',
    url: 'https://www.amnesty.org',
  },
  {
    key: 'cpj',
    name: 'Committee to Protect Journalists',
    kind: 'ngo',
    reliability: 'B',
    url: 'https://cpj.org',
  },
  { key: '24kg', name: '24.kg', kind: 'media', reliability: 'C', url: 'https://24.kg' },
  { key: 'kaktus', name: 'Kaktus.media', kind: 'media', reliability: 'C', url: 'https://kaktus.media' },
] as const;

export const ACTORS = [
  { key: 'kloop', kind: 'media_outlet', name: 'Kloop', description: 'Independent news website' },
  {
    key: 'current-time',
    kind: 'media_outlet',
    name: 'Current Time',
    names: [{ value: 'Настоящее время', script: 'Cyrl' }],
  },
  { key: '24kg', kind: 'media_outlet', name: '24.kg' },
  { key: 'special-forces', kind: 'police', name: 'Police special forces' },
  {
    key: 'police',
    kind: 'police',
    name: 'Police (Kyrgyzstan)',
    names: [{ value: 'Милиция', script: 'Cyrl' }],
  },
  { key: 'ministry-of-health', kind: 'government_body', name: 'Ministry of Health of Kyrgyzstan' },
  { key: 'cpj', kind: 'ngo', name: 'Committee to Protect Journalists', aliases: ['CPJ'] },
  {
    key: 'kozhomuratov',
    kind: 'person',
    name: 'Aibol Kozhomuratov',
    names: [{ value: 'Айбол Кожомуратов', script: 'Cyrl' }],
    professionalRole: 'journalist',
    affiliation: 'current-time',
  },
  {
    key: 'kharizov',
    kind: 'person',
    name: 'Ruslan Kharizov',
    names: [{ value: 'Руслан Харизов', script: 'Cyrl' }],
    professionalRole: 'journalist',
    affiliation: '24kg',
  },
] as const;

interface SeedAct {
  actType: string;
  perpetrator?: string;
  perpetratorLabel: string;
  victim?: string;
  victimLabel: string;
  victimRole: string | null;
  methods: string[];
  facts: Record<string, unknown>;
  killed?: number;
  injured?: number;
}

export interface SeedIncident {
  key: string;
  title: string;
  dateStart: string;
  dateEnd: string;
  datePrecision: 'day' | 'night' | 'approximate';
  timeOfDay?: 'night';
  place: string | null;
  placeDetail?: string;
  eventType: string;
  killed?: number;
  injured?: number;
  quote: string;
  footnote?: keyof typeof FOOTNOTES;
  /** Facts about the assembly as a whole, read by the standards (src/standards/facts.ts). */
  facts?: Record<string, unknown>;
  acts: SeedAct[];
}

export const INCIDENTS: SeedIncident[] = [
  {
    key: 'kloop-crew-osh',
    title: 'Two unidentified men attack a Kloop film crew at a polling station in Osh',
    dateStart: '2020-10-04',
    dateEnd: '2020-10-04',
    datePrecision: 'day',
    place: 'Osh',
    placeDetail: 'polling station',
    eventType: 'attack_on_journalist',
    quote:
      'On 4 October, two unidentified men attacked a film crew of the independent news website Kloop in the southern city of Osh.',
    acts: [
      {
        actType: 'assault',
        perpetratorLabel: 'two unidentified men',
        victimLabel: 'film crew of Kloop',
        victimRole: 'journalist',
        methods: ['physical_assault', 'attempted_seizure_of_equipment'],
        facts: { actor_type: 'unidentified', victim_roles: ['journalist'], prevented_from_recording: true },
      },
    ],
  },
  {
    key: 'protests-2020-10-05',
    title: 'Mostly peaceful protests against the election results in Bishkek, Talas, Naryn and Osh',
    dateStart: '2020-10-05',
    dateEnd: '2020-10-05',
    datePrecision: 'day',
    place: 'Bishkek',
    eventType: 'peaceful_protest',
    facts: { assembly: true, reported_character: 'mostly_peaceful' },
    quote:
      'On 5 October, following parliamentary elections on 4 October, large numbers of mostly peaceful demonstrators took to the streets in Bishkek and later Talas, Naryn and Osh to protest against what they viewed as rigged elections.',
    acts: [],
  },
  {
    key: 'dispersal-bishkek',
    title:
      'Police disperse mostly peaceful crowds with water cannon, rubber bullets, tear gas and stun grenades',
    dateStart: '2020-10-05',
    dateEnd: '2020-10-05',
    datePrecision: 'day',
    place: 'Bishkek',
    eventType: 'excessive_force_against_protesters',
    killed: 1,
    injured: 686,
    footnote: 1,
    // "Largely peaceful, but clashes broke out": how widespread the violence was is not established.
    facts: { assembly: true, reported_character: 'mostly_peaceful' },
    quote:
      'The demonstrations were largely peaceful, but clashes broke out when police officers attempted to disperse the crowds using water cannons, rubber bullets, tear gas and stun grenades.',
    acts: [
      {
        actType: 'dispersal',
        perpetrator: 'police',
        perpetratorLabel: 'police officers',
        victimLabel: 'demonstrators',
        victimRole: 'protester',
        methods: ['water_cannon', 'kinetic_impact_projectile', 'tear_gas', 'stun_grenade'],
        facts: {
          actor_type: 'police',
          purpose: 'dispersal',
          target: 'crowd',
          harm: 'death',
        },
        killed: 1,
        injured: 686,
      },
    ],
  },
  {
    key: 'kozhomuratov-rubber-bullet',
    title: 'Police special forces fire a rubber bullet directly at a Current Time reporter',
    dateStart: '2020-10-05',
    dateEnd: '2020-10-05',
    datePrecision: 'day',
    place: 'Bishkek',
    eventType: 'attack_on_journalist',
    footnote: 2,
    facts: { assembly: true, reported_character: 'mostly_peaceful' },
    quote:
      'On 5 October, Aibol Kozhomuratov, a reporter for Current Time, appeared to be deliberately targeted by police special forces who fired a rubber bullet directly at him.',
    acts: [
      {
        actType: 'shooting',
        perpetrator: 'special-forces',
        perpetratorLabel: 'police special forces',
        victim: 'kozhomuratov',
        victimLabel: 'a reporter for Current Time',
        victimRole: 'journalist',
        methods: ['kinetic_impact_projectile'],
        facts: {
          actor_type: 'police',
          fire_mode: 'direct',
          target: 'individual',
          target_conduct: 'peaceful',
          victim_roles: ['journalist'],
        },
      },
    ],
  },
  {
    key: 'kharizov-phone',
    title: 'A law enforcement officer confiscates the phone of a 24.kg correspondent during a live broadcast',
    dateStart: '2020-10-06',
    dateEnd: '2020-10-06',
    datePrecision: 'day',
    place: 'Bishkek',
    placeDetail: 'downtown',
    eventType: 'obstruction_of_journalist',
    footnote: 2,
    quote:
      'On 6 October, a law enforcement officer confiscated the phone of Ruslan Kharizov, a correspondent from independent news website 24.kg, while he was conducting a live broadcast in downtown Bishkek.',
    acts: [
      {
        actType: 'confiscation',
        perpetrator: 'police',
        perpetratorLabel: 'a law enforcement officer',
        victim: 'kharizov',
        victimLabel: 'a correspondent from independent news website 24.kg',
        victimRole: 'journalist',
        methods: ['confiscation_of_equipment'],
        facts: {
          actor_type: 'police',
          equipment_seized_or_damaged: true,
          prevented_from_recording: true,
          victim_roles: ['journalist'],
        },
      },
    ],
  },
  {
    key: 'ambulances-seized',
    title: 'Ambulances seized by demonstrators; attacks on emergency health services',
    dateStart: '2020-10-05',
    dateEnd: '2020-10-08',
    datePrecision: 'approximate',
    place: null,
    eventType: 'attack_on_medical_services',
    facts: { assembly: true },
    quote:
      'On 8 October, the Minister of Health expressed concern that there had been a number of attacks on emergency health services during the demonstration, and that ambulances had been seized by demonstrators.',
    acts: [
      {
        actType: 'seizure_of_vehicle',
        perpetratorLabel: 'demonstrators',
        victimLabel: 'emergency health services',
        victimRole: 'medical',
        methods: ['seizure_of_vehicle'],
        facts: {
          actor_type: 'assembly_participant',
          ambulance_obstructed: true,
          victim_roles: ['ambulance_crew'],
        },
      },
    ],
  },
  {
    key: 'buildings-seized',
    title: 'Protesters seize the parliament building and the main television station',
    dateStart: '2020-10-05',
    dateEnd: '2020-10-06',
    datePrecision: 'night',
    timeOfDay: 'night',
    place: 'Bishkek',
    eventType: 'seizure_of_building',
    quote:
      'During the night of 5 – 6 October, groups of protesters seized the parliament building and the main television station and it appears that shortly after that the police withdrew from the streets in the city.',
    acts: [],
  },
  {
    key: 'election-annulled',
    title: 'The Central Electoral Commission annuls the election results',
    dateStart: '2020-10-06',
    dateEnd: '2020-10-06',
    datePrecision: 'day',
    place: null,
    eventType: 'political_development',
    quote:
      'The results of the 4 October election in Kyrgyzstan were contested by many within the country resulting in widespread protest, and on 6 October the head of the Central Electoral Commission announced that she had annulled the results.',
    acts: [],
  },
];

export const FIGURES = [
  {
    what: 'people treated in hospitals for injuries',
    measureKey: 'injured_treated',
    value: 686,
    asOf: '2020-10-05',
    reportedBy: 'Ministry of Health',
    reporter: 'ministry-of-health',
    footnote: 1,
    incident: 'dispersal-bishkek',
    quote:
      'the Ministry of Health reported in a press release that hospitals had treated 686 people for their injuries.',
  },
  {
    what: 'protesters killed',
    measureKey: 'protesters_killed',
    value: 1,
    asOf: '2020-10-05',
    reportedBy: 'Amnesty International',
    incident: 'dispersal-bishkek',
    quote: 'One protester died (the exact cause of death is not clear)',
  },
  {
    what: 'incidents of attacks and interference with journalists',
    measureKey: 'journalist_incidents',
    value: 6,
    asOf: '2020-10-06',
    reportedBy: 'Committee to Protect Journalists',
    reporter: 'cpj',
    footnote: 2,
    quote:
      'By 6 October, the Committee to Protect Journalists had recorded six incidents of attacks and inference in the work of journalists.',
  },
  {
    what: 'COVID-19 cases diagnosed per day',
    measureKey: 'covid19_cases_per_day',
    value: 53,
    asOf: '2020-09-13',
    reportedBy: null,
    footnote: 3,
    quote: 'reached 245 on 8 October up from 53 cases on 13 September.',
  },
  {
    what: 'COVID-19 cases diagnosed per day',
    measureKey: 'covid19_cases_per_day',
    value: 245,
    asOf: '2020-10-08',
    reportedBy: null,
    footnote: 3,
    quote: 'reached 245 on 8 October up from 53 cases on 13 September.',
  },
] as const;
