import { expect, it } from 'vitest';
import { verifyAuditLog } from '../audit/audit-log.js';
import { readSeedStatement } from '../demo/statement-file.js';
import { seedKyrgyzstanCase } from '../demo/seed-kyrgyzstan.js';
import { createTestDatabase, describeEachDatabase } from '../test/databases.js';
import { exportRecord, serialiseExport } from './export.js';
import { importRecord } from './import.js';

describeEachDatabase('lossless JSON export and import', (use) => {
  it('export → import into an empty database → export gives identical output', async () => {
    const { db, kind } = use();
    const ctx = { db, actor: 'tester' };
    await seedKyrgyzstanCase(ctx, readSeedStatement());
    const first = serialiseExport(await exportRecord(db));
    const parsed = JSON.parse(first) as { tables: Record<string, unknown[]> };
    // The seed case holds every kind of record the statement gives.
    for (const table of [
      'cases',
      'sources',
      'documents',
      'actors',
      'places',
      'incidents',
      'acts',
      'figures',
      'citations',
    ]) {
      expect(parsed.tables[table]?.length, table).toBeGreaterThan(0);
    }
    expect(parsed.tables.incidents).toHaveLength(8);
    expect(parsed.tables.figures?.map((f) => (f as { value: number }).value).sort((a, b) => a - b)).toEqual([
      1, 6, 53, 245, 686,
    ]);

    const empty = await createTestDatabase(kind);
    try {
      await importRecord({ db: empty.db, actor: 'tester' }, parsed);
      const second = serialiseExport(await exportRecord(empty.db));
      expect(second).toBe(first);
      expect(await verifyAuditLog(empty.db)).toMatchObject({ ok: true, entries: 1 });
    } finally {
      await empty.dispose();
    }
  });

  it('refuses an import with one bad record among good ones, names it, and writes nothing', async () => {
    const { db, kind } = use();
    const doc = JSON.parse(serialiseExport(await exportRecord(db))) as {
      tables: { incidents: Record<string, unknown>[] };
    };
    doc.tables.incidents[3]!.event_type = 'riot_of_colours';
    const empty = await createTestDatabase(kind);
    try {
      await expect(importRecord({ db: empty.db, actor: 'tester' }, doc)).rejects.toMatchObject({
        code: 'validation_failed',
        field: 'incidents[3].event_type',
      });
      const counts = await empty.db
        .selectFrom('incidents')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(counts.n)).toBe(0);
      expect((await empty.db.selectFrom('cases').selectAll().execute()).length).toBe(0);
    } finally {
      await empty.dispose();
    }
  });

  it('names the record when the database refuses it (a reference to nothing), and writes nothing', async () => {
    const { db, kind } = use();
    const doc = JSON.parse(serialiseExport(await exportRecord(db))) as {
      tables: { acts: Record<string, unknown>[] };
    };
    doc.tables.acts[1]!.incident_id = '00000000-0000-4000-8000-000000000000';
    const empty = await createTestDatabase(kind);
    try {
      await expect(importRecord({ db: empty.db, actor: 'tester' }, doc)).rejects.toMatchObject({
        code: 'import_failed',
        field: 'acts[1].incident_id',
      });
      expect((await empty.db.selectFrom('cases').selectAll().execute()).length).toBe(0);
      expect((await empty.db.selectFrom('audit_log').selectAll().execute()).length).toBe(0);
    } finally {
      await empty.dispose();
    }
  });
});
