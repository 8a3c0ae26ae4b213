/**
 * Test factory: one shooting of a photographer told three times — in English, in Russian (his name in
 * Cyrillic), and as a word-for-word republication of the English article — plus a beating reported with two
 * different injury counts, an unrelated incident, and an incident in another case. The sentences and names
 * are invented for these tests.
 */
import { createAct } from '../acts/act.service.js';
import { createActor } from '../actors/actor.service.js';
import { createCase } from '../cases/case.service.js';
import { createCitation } from '../citations/citation.service.js';
import { createDocument } from '../documents/document.service.js';
import { createIncident } from '../incidents/incident.service.js';
import type { ServiceContext } from '../shared/context.js';
import { createSource } from '../sources/source.service.js';

export const ACCOUNT_TEXTS = {
  shotEn:
    'On the evening of 5 October, police officers on Ala-Too Square in Bishkek fired rubber bullets at Nurlan Asanov, a photographer working for a local news site, while he was photographing the dispersal of the rally. Asanov was hit in the leg and taken to hospital.',
  shotRu:
    'Вечером 5 октября на площади Ала-Тоо в Бишкеке сотрудники милиции открыли огонь резиновыми пулями по фотографу Нурлану Асанову, который снимал разгон митинга. Асанов получил ранение ноги и был доставлен в больницу.',
  beatingEn:
    'On 6 October police officers beat protesters with batons outside the regional administration building in Osh; three people were injured.',
  beatingRu:
    '6 октября у здания областной администрации в Оше милиционеры избили протестующих дубинками, пострадали пять человек.',
  phone:
    'On 4 October an election observer in Osh said a man in plain clothes took her phone at a polling station.',
} as const;

export interface TestAccounts {
  caseId: string;
  otherCaseId: string;
  /** Incidents: the shooting in English, Russian and republished; the beating in English and Russian; others. */
  shotEn: string;
  shotRu: string;
  shotMirror: string;
  beatingEn: string;
  beatingRu: string;
  phone: string;
  otherCase: string;
  /** Incident-level citations of the shooting, by account. */
  citations: { shotEn: string; shotRu: string; shotMirror: string };
}

type Ctx = ServiceContext;

async function documentOf(ctx: Ctx, caseId: string, sourceId: string, text: string, extra: object) {
  return createDocument(ctx, { caseId, sourceId, kind: 'article', text, ...extra });
}

async function account(
  ctx: Ctx,
  caseId: string,
  documentId: string,
  fields: Record<string, unknown>,
  act?: Record<string, unknown>,
): Promise<{ incidentId: string; citationId: string }> {
  const incident = await createIncident(ctx, { caseId, status: 'draft', ...fields });
  const quote = String(fields.description);
  const citation = await createCitation(ctx, { documentId, incidentId: incident.id, quote, credibility: 2 });
  if (act) {
    const created = await createAct(ctx, { incidentId: incident.id, ...act });
    await createCitation(ctx, { documentId, actId: created.id, quote, credibility: 2 });
  }
  return { incidentId: incident.id, citationId: citation.id };
}

/** Writes the accounts through the services (audited like any user's entry) and returns their ids. */
export async function seedTestAccounts(ctx: Ctx, slug = 'accounts-test'): Promise<TestAccounts> {
  const kase = await createCase(ctx, { slug, title: 'Duplicate accounts (test)' });
  const other = await createCase(ctx, { slug: `${slug}-other`, title: 'Another case (test)' });
  const source = async (name: string, reliability: string, kind: string) =>
    (await createSource(ctx, { name: `${name} ${slug}`, reliability, kind })).id;
  const monitor = await source('Ala-Too Monitor', 'B', 'ngo');
  const review = await source('Кыргыз Пресс Обзор', 'C', 'media');
  const mirror = await source('News Mirror', 'D', 'media');
  const T = ACCOUNT_TEXTS;
  const docEn = await documentOf(ctx, kase.id, monitor, T.shotEn, {
    title: 'Photographer shot on Ala-Too Square',
    url: 'https://monitor.example.org/2020/10/asanov',
    language: 'en',
    publishedOn: '2020-10-06',
  });
  const docRu = await documentOf(ctx, kase.id, review, T.shotRu, {
    title: 'Фотограф ранен на площади Ала-Тоо',
    url: 'https://review.example.kg/ru/news/asanov',
    language: 'ru',
    publishedOn: '2020-10-06',
  });
  const docMirror = await documentOf(ctx, kase.id, mirror, T.shotEn, {
    title: 'Police shoot photographer in Bishkek',
    url: 'https://mirror.example.net/world/asia/asanov-photographer',
    language: 'en',
    publishedOn: '2020-10-07',
  });
  const docBeatEn = await documentOf(ctx, kase.id, monitor, T.beatingEn, {
    title: 'Beatings in Osh',
    language: 'en',
  });
  const docBeatRu = await documentOf(ctx, kase.id, review, T.beatingRu, {
    title: 'Избиение в Оше',
    language: 'ru',
  });
  const docPhone = await documentOf(ctx, kase.id, monitor, T.phone, {
    title: 'Observer report',
    language: 'en',
  });
  const asanov = await createActor(ctx, {
    kind: 'person',
    name: 'Nurlan Asanov',
    names: [{ value: 'Нурлан Асанов', script: 'Cyrl', lang: 'ru' }],
    professionalRole: 'journalist',
  });
  const shooting = { eventType: 'attack_on_journalist', dateStart: '2020-10-05', timeOfDay: 'evening' };
  const shotEn = await account(
    ctx,
    kase.id,
    docEn.id,
    {
      ...shooting,
      title: 'Photographer Nurlan Asanov shot with rubber bullets on Ala-Too Square',
      description: T.shotEn,
      place: 'Bishkek',
      injured: 1,
    },
    {
      actType: 'shooting',
      victimId: asanov.id,
      victimRole: 'journalist',
      perpetratorLabel: 'police officers',
      methods: ['kinetic_impact_projectile'],
      injured: 1,
    },
  );
  const shotRu = await account(
    ctx,
    kase.id,
    docRu.id,
    {
      ...shooting,
      title: 'Фотографа Нурлана Асанова ранили резиновой пулей',
      description: T.shotRu,
      place: 'Бишкек',
      injured: 1,
    },
    {
      actType: 'shooting',
      victimLabel: 'Нурлан Асанов',
      victimRole: 'journalist',
      perpetratorLabel: 'сотрудники милиции',
      methods: ['kinetic_impact_projectile'],
    },
  );
  const shotMirror = await account(ctx, kase.id, docMirror.id, {
    ...shooting,
    title: 'Police shoot photographer Asanov with rubber bullets in Bishkek',
    description: T.shotEn,
    place: 'Bishkek',
  });
  const beating = { eventType: 'excessive_force_against_protesters', dateStart: '2020-10-06' };
  const beatAct = (label: string, perpetrator: string) => ({
    actType: 'beating',
    victimLabel: label,
    victimRole: 'protester',
    perpetratorLabel: perpetrator,
    methods: ['baton'],
  });
  const beatingEn = await account(
    ctx,
    kase.id,
    docBeatEn.id,
    { ...beating, title: 'Protesters beaten in Osh', description: T.beatingEn, place: 'Osh', injured: 3 },
    beatAct('protesters', 'police officers'),
  );
  const beatingRu = await account(
    ctx,
    kase.id,
    docBeatRu.id,
    { ...beating, title: 'Избиение протестующих в Оше', description: T.beatingRu, place: 'Ош', injured: 5 },
    beatAct('протестующие', 'милиционеры'),
  );
  const phone = await account(ctx, kase.id, docPhone.id, {
    eventType: 'obstruction_of_journalist',
    dateStart: '2020-10-04',
    title: 'Observer’s phone taken at a polling station',
    description: T.phone,
    place: 'Osh',
  });
  const otherCase = await createIncident(ctx, {
    caseId: other.id,
    title: 'Photographer Nurlan Asanov shot with rubber bullets on Ala-Too Square',
    dateStart: '2020-10-05',
    place: 'Bishkek',
    eventType: 'attack_on_journalist',
  });
  return {
    caseId: kase.id,
    otherCaseId: other.id,
    shotEn: shotEn.incidentId,
    shotRu: shotRu.incidentId,
    shotMirror: shotMirror.incidentId,
    beatingEn: beatingEn.incidentId,
    beatingRu: beatingRu.incidentId,
    phone: phone.incidentId,
    otherCase: otherCase.id,
    citations: { shotEn: shotEn.citationId, shotRu: shotRu.citationId, shotMirror: shotMirror.citationId },
  };
}
