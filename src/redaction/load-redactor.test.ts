import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createActor } from '../actors/actor.service.js';
import { createAct } from '../acts/act.service.js';
import { createCase } from '../cases/case.service.js';
import { ensureDemoCase } from '../demo/ensure-demo.js';
import { seedKyrgyzstanCase } from '../demo/seed-kyrgyzstan.js';
import { folderFileStore } from '../files/file-store.js';
import { createIncident } from '../incidents/incident.service.js';
import { describeEachDatabase } from '../test/databases.js';
import { loadRedactor } from './index.js';

describeEachDatabase('loadRedactor', (use) => {
  const ctx = () => ({ db: use().db, actor: 'tester' });

  it('letters the people of a case by first appearance and knows the places of its incidents', async () => {
    const seed = await seedKyrgyzstanCase(ctx(), null);
    const redactor = await loadRedactor(use().db, { caseId: seed.caseId });
    expect(redactor.pseudonymOf(seed.actors.kozhomuratov!)).toBe('Journalist A');
    expect(redactor.pseudonymOf(seed.actors.kharizov!)).toBe('Journalist B');
    expect(redactor.pseudonymOf(seed.actors.police!)).toBeNull(); // not a person
    expect(redactor.text('Кожомуратову и Харизову')).toBe('Journalist A и Journalist B');
    expect(redactor.places.size).toBe(2); // Bishkek and Osh
    const [bishkek] = await use()
      .db.selectFrom('places')
      .select(['id', 'latitude', 'longitude'])
      .where('name', '=', 'Bishkek')
      .execute();
    expect(redactor.places.get(bishkek!.id)).toEqual({
      latitude: bishkek!.latitude,
      longitude: bishkek!.longitude,
    });

    // A witness in another case, seen earlier: one lettering across both cases, by first appearance.
    const other = await createCase(ctx(), { slug: 'other-case', title: 'Other' });
    const incident = await createIncident(ctx(), {
      caseId: other.id,
      title: 'Earlier beating',
      dateStart: '2020-10-01',
      eventType: 'attack',
    });
    const medic = await createActor(ctx(), {
      kind: 'person',
      name: 'Ainura Bekova',
      names: [{ value: 'Айнура Бекова', script: 'Cyrl' }],
      professionalRole: 'medic',
    });
    await createAct(ctx(), { incidentId: incident.id, actType: 'assault', victimId: medic.id });
    const both = await loadRedactor(use().db, { caseIds: [seed.caseId, other.id] });
    expect([...both.pseudonyms.values()]).toEqual(['Medic A', 'Journalist B', 'Journalist C']);
    // The case alone keeps its own letters.
    const alone = await loadRedactor(use().db, { caseIds: [seed.caseId] });
    expect(alone.pseudonymOf(seed.actors.kozhomuratov!)).toBe('Journalist A');
    expect((await loadRedactor(use().db, { caseIds: [] })).pseudonyms.size).toBe(0);
  });
});

// Its own database: the demo is built only where the seed case is not loaded yet.
describeEachDatabase('loadRedactor on the demo case', (use) => {
  const ctx = () => ({ db: use().db, actor: 'tester' });

  it('protects the reporters of the demo case as `npm start` builds it (ingested and reviewed)', async () => {
    const files = folderFileStore(mkdtempSync(path.join(os.tmpdir(), 'dalil-redact-')));
    expect(await ensureDemoCase({ ...ctx(), files })).toMatchObject({ how: 'ingested' });
    const kase = await use()
      .db.selectFrom('cases')
      .select('id')
      .where('slug', '=', 'kyrgyzstan-2020-10')
      .executeTakeFirstOrThrow();
    const redactor = await loadRedactor(use().db, { caseId: kase.id });
    const names = [...redactor.pseudonyms.values()];
    expect(names).toEqual(expect.arrayContaining(['Journalist A', 'Journalist B']));
    const incidents = await use()
      .db.selectFrom('incidents')
      .select(['title', 'description'])
      .where('case_id', '=', kase.id)
      .execute();
    const text = redactor.value(incidents);
    expect(JSON.stringify(incidents)).toMatch(/Kozhomuratov/);
    expect(JSON.stringify(text)).not.toMatch(/Kozhomuratov|Kharizov|Aibol|Ruslan/);
  });
});
