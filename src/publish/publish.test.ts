/**
 * THE redaction test of issue #8: every publication of the seed case made for the public names neither
 * Aibol Kozhomuratov nor Ruslan Kharizov, in any script, until a name is marked public; an unmasked edition
 * for a named recipient names them and is audited; the lossless export (the backup) keeps everything.
 */
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { updateActor } from '../actors/actor.service.js';
import { assessCase } from '../assessments/assessment.service.js';
import { getCase, updateCase } from '../cases/case.service.js';
import { ensureDemoCase } from '../demo/ensure-demo.js';
import { seedKyrgyzstanCase, type SeededCase } from '../demo/seed-kyrgyzstan.js';
import { readSeedStatement } from '../demo/statement-file.js';
import { mergeIncidents } from '../duplicates/merge.service.js';
import { folderFileStore } from '../files/file-store.js';
import { createIncident, getIncident, updateIncident } from '../incidents/incident.service.js';
import { exportRecord, serialiseExport } from '../transfer/export.js';
import { describeEachDatabase } from '../test/databases.js';
import { PUBLICATION_FORMATS, type Publication } from './publication.model.js';
import { publishCase } from './publish.service.js';

/** Every way the two reporters' names could leak: each part of the name, Latin and Cyrillic. */
const NAME_PARTS = /Kozhomuratov|Кожомуратов|Aibol|Айбол|Kharizov|Харизов|Ruslan|Руслан/i;

describeEachDatabase('publications of the seed case', (use) => {
  const ctx = () => ({ db: use().db, actor: 'tester' });
  let seed: SeededCase;
  const publish = (format: string, options: unknown = {}) =>
    publishCase(ctx(), seed.caseId, format, options, new Date('2026-11-28T12:00:00Z'));

  beforeAll(async () => {
    seed = await seedKyrgyzstanCase(ctx(), readSeedStatement());
    const kase = await getCase(ctx(), seed.caseId);
    await updateCase(ctx(), seed.caseId, { version: kase.version, confidentiality: 'public' });
    for (const [key, id] of Object.entries(seed.incidents)) {
      if (key === 'election-annulled') continue; // stays restricted
      const incident = await getIncident(ctx(), id);
      await updateIncident(ctx(), id, {
        version: incident.version,
        confidentiality: 'public',
        // The reporter was shot at a precise spot: the public sees only the city.
        ...(key === 'kozhomuratov-rubber-bullet' && {
          latitude: 42.876543,
          longitude: 74.603456,
          geoPrecision: 'exact',
          placeDetail: 'Ala-Too Square, by the flat of Aibol Kozhomuratov',
        }),
      });
    }
    // A second report of the rubber bullet, merged into the first: merged incidents are not published.
    const duplicate = await createIncident(ctx(), {
      caseId: seed.caseId,
      title: 'Duplicate: Current Time reporter hit by a rubber bullet',
      dateStart: '2020-10-05',
      place: 'Bishkek',
      eventType: 'attack_on_journalist',
      confidentiality: 'public',
    });
    await mergeIncidents(ctx(), seed.incidents['kozhomuratov-rubber-bullet']!, duplicate.id);
    await assessCase(ctx(), seed.caseId);
  });

  it('the public edition of every format names neither reporter, and uses their pseudonyms', async () => {
    for (const format of PUBLICATION_FORMATS) {
      const file = await publish(format);
      expect(file.body, format).not.toMatch(NAME_PARTS);
      expect(file.body, format).not.toContain('Ala-Too');
      expect(file.body, format).not.toContain('42.876543');
      expect(file.body, format).not.toContain('Duplicate:');
      expect(file.body, format).not.toContain('Central Electoral Commission annuls');
      if (format !== 'acled') {
        // ACLED names victims only as groups ("Journalists (Kyrgyzstan)"); its notes carry the pseudonyms.
        expect(file.body, format).toContain('Journalist A');
      }
      expect(file.body, format).toContain('Journalist B');
      expect(file.fileName, format).toMatch(/^kyrgyzstan-2020-10-/);
    }
  });

  it('keeps the facts: dates, places at the city, acts, findings, figures and their sources', async () => {
    const p = JSON.parse((await publish('json')).body) as Publication;
    expect(p.edition).toEqual({ kind: 'public' });
    expect(p.incidents).toHaveLength(7);
    const bullet = p.incidents.find((i) => i.id === seed.incidents['kozhomuratov-rubber-bullet'])!;
    expect(bullet).toMatchObject({
      dateStart: '2020-10-05',
      place: { name: 'Bishkek', country: 'KG' },
      geoPrecision: 'city',
    });
    expect(bullet.placeDetail ?? null).toBeNull();
    expect(bullet.description).toContain('Journalist A, a reporter for Current Time');
    expect(bullet.acts[0]).toMatchObject({ victim: 'Journalist A', perpetrator: 'Police special forces' });
    expect(bullet.acts[0]!.findings.some((f) => f.finding === 'violation')).toBe(true);
    expect(bullet.latitude).not.toBe(42.876543);
    expect(p.figures.map((f) => f.value)).toEqual(expect.arrayContaining([686, 1, 6, 53, 245]));
    const sourceTitles = p.sources.map((s) => s.title);
    expect(sourceTitles).toContain('Amnesty International urges respect for human rights in Kyrgyzstan');

    const geo = JSON.parse((await publish('geojson')).body) as {
      type: string;
      features: { id: string; geometry: { coordinates: number[] } | null }[];
    };
    expect(geo.type).toBe('FeatureCollection');
    expect(geo.features).toHaveLength(7);
    const point = geo.features.find((f) => f.id === bullet.id)!.geometry!.coordinates;
    const city = geo.features.find((f) => f.id === seed.incidents['kharizov-phone'])!.geometry!.coordinates;
    expect(point).toEqual(city); // both at Bishkek's own coordinates

    const acled = (await publish('acled')).body.split('\r\n');
    expect(acled[0]).toMatch(/^event_id_cnty,event_date,year,time_precision,disorder_type,event_type,/);
    const row = acled.find((l) => l.startsWith(`KGZ${bullet.id.slice(0, 8)}`))!;
    expect(row).toContain('2020-10-05,2020,1,Political violence,Violence against civilians,Attack');
    expect(row).toContain('Journalists (Kyrgyzstan)');
    expect(row).toContain('dalil_event_type=attack_on_journalist');

    const report = (await publish('report')).body;
    expect(report).toMatch(/^<!doctype html>/);
    expect(report).toContain('Public edition.');
    expect(report).toContain('<td>686</td>');
    expect(report).not.toMatch(/<script|\ssrc=/i);
  });

  it('refuses a public edition of a restricted case, an unknown format and an unnamed recipient', async () => {
    const kase = await getCase(ctx(), seed.caseId);
    await updateCase(ctx(), seed.caseId, { version: kase.version, confidentiality: 'restricted' });
    await expect(publish('csv')).rejects.toMatchObject({ code: 'conflict' });
    const restricted = await getCase(ctx(), seed.caseId);
    await updateCase(ctx(), seed.caseId, { version: restricted.version, confidentiality: 'public' });
    await expect(publish('pdf')).rejects.toMatchObject({ code: 'validation_failed', field: 'format' });
    await expect(publish('csv', { unmask: { recipient: ' ' } })).rejects.toMatchObject({
      code: 'validation_failed',
      field: 'unmask.recipient',
    });
  });

  it('an unmasked edition for a named recipient names them, holds restricted incidents, and is audited', async () => {
    const file = await publish('report', { unmask: { recipient: 'UN Special Rapporteur' } });
    expect(file.body).toContain('Aibol Kozhomuratov');
    expect(file.body).toContain('Ruslan Kharizov');
    expect(file.body).toContain('Central Electoral Commission annuls');
    expect(file.body).toContain('Ala-Too Square');
    expect(file.body).toContain('42.8765, 74.6035');
    expect(file.body).toContain('Unmasked edition for UN Special Rapporteur');
    expect(file.fileName).toBe('kyrgyzstan-2020-10-unmasked-for-un-special-rapporteur-report.html');
    const entry = await use()
      .db.selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'publication.unmask')
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor: 'tester', entity: 'case', entity_id: seed.caseId });
    expect(entry.after).toMatchObject({ recipient: 'UN Special Rapporteur', format: 'report', incidents: 8 });
  });

  it('the lossless export, the backup, keeps every name', async () => {
    const text = serialiseExport(await exportRecord(use().db));
    for (const name of ['Aibol Kozhomuratov', 'Айбол Кожомуратов', 'Ruslan Kharizov', 'Руслан Харизов'])
      expect(text).toContain(name);
    expect(text).toContain('42.876543');
  });

  it('a name marked public, with its reason, appears; the other stays hidden under the same pseudonym', async () => {
    const id = seed.actors.kharizov!;
    const before = await use()
      .db.selectFrom('actors')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    await updateActor(ctx(), id, {
      version: before.version,
      namePublic: true,
      namePublicReason: 'He described the confiscation himself in a 24.kg interview.',
    });
    for (const format of PUBLICATION_FORMATS) {
      const body = (await publish(format)).body;
      expect(body, format).not.toMatch(/Kozhomuratov|Кожомуратов|Aibol|Айбол/i);
      expect(body, format).not.toContain('Journalist B');
      if (format !== 'acled') expect(body, format).toContain('Journalist A');
    }
    const report = (await publish('report')).body;
    expect(report).toContain('Ruslan Kharizov');
  });
});

describeEachDatabase('publications of the demo case as `npm start` builds it', (use) => {
  it('name neither reporter in any format', async () => {
    const ctx = { db: use().db, actor: 'tester' };
    const files = folderFileStore(mkdtempSync(path.join(os.tmpdir(), 'dalil-publish-')));
    expect(await ensureDemoCase({ ...ctx, files })).toMatchObject({ how: 'ingested' });
    const kase = await getCase(ctx, 'kyrgyzstan-2020-10');
    await updateCase(ctx, kase.id, { version: kase.version, confidentiality: 'public' });
    await use().db.updateTable('incidents').set({ confidentiality: 'public' }).execute();
    for (const format of PUBLICATION_FORMATS) {
      const file = await publishCase(ctx, kase.id, format);
      expect(file.body, format).not.toMatch(NAME_PARTS);
      expect(file.body, format).toContain('Journalist');
    }
    const unmasked = await publishCase(ctx, kase.id, 'csv', { unmask: { recipient: 'Ombudsman' } });
    expect(unmasked.body).toMatch(/Kozhomuratov/);
  });
});
