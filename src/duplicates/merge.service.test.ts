import { expect, it } from 'vitest';
import { verifyAuditLog } from '../audit/audit-log.js';
import type { Db } from '../db/connect.js';
import { createIncident, getIncident, listIncidents } from '../incidents/incident.service.js';
import { describeEachDatabase } from '../test/databases.js';
import { exportRecord, serialiseExport } from '../transfer/export.js';
import { importRecord } from '../transfer/import.js';
import { createTestDatabase } from '../test/databases.js';
import { getMerge, listMergesFor, mergeIncidents, unmergeIncident } from './merge.service.js';
import { seedTestAccounts, type TestAccounts } from './test-accounts.js';

/** Everything a refused merge or undo must leave untouched. */
async function state(db: Db) {
  const count = async (table: 'merges' | 'audit_log' | 'acts' | 'citations') =>
    Number(
      (
        await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
  const incidents = await db
    .selectFrom('incidents')
    .select(['id', 'version', 'merged_into_id'])
    .orderBy('id')
    .execute();
  const links = await db.selectFrom('acts').select(['id', 'incident_id']).orderBy('id').execute();
  return {
    merges: await count('merges'),
    audit: await count('audit_log'),
    acts: await count('acts'),
    citations: await count('citations'),
    incidents,
    links,
  };
}

const content = ({ version: _v, updatedAt: _u, ...rest }: Awaited<ReturnType<typeof getIncident>>) => rest;

describeEachDatabase('merging and unmerging incidents', (use) => {
  let ids: TestAccounts;
  const ctx = () => ({ db: use().db, actor: 'tester' });
  let ruMergeId = '';
  let mirrorMergeId = '';
  let before: { en: unknown; ru: unknown };

  it('merges the Russian account into the English one: acts and citations move, the source is hidden', async () => {
    ids = await seedTestAccounts(ctx());
    before = {
      en: content(await getIncident(ctx(), ids.shotEn)),
      ru: content(await getIncident(ctx(), ids.shotRu)),
    };
    const { merge, target } = await mergeIncidents(ctx(), ids.shotEn, ids.shotRu);
    ruMergeId = merge.id;
    expect(merge).toMatchObject({ targetId: ids.shotEn, sourceId: ids.shotRu, undoneAt: null });
    expect(target.version).toBe(2);
    const ru = await getIncident(ctx(), ids.shotRu);
    expect(ru.mergedIntoId).toBe(ids.shotEn);
    const acts = await use().db.selectFrom('acts').select('incident_id').execute();
    expect(acts.filter((a) => a.incident_id === ids.shotEn)).toHaveLength(2);
    expect(acts.filter((a) => a.incident_id === ids.shotRu)).toHaveLength(0);
    const listed = await listIncidents(ctx(), { caseId: ids.caseId });
    expect(listed.items.map((i) => i.id)).not.toContain(ids.shotRu);
    // The victim named in Latin and in Cyrillic is one person; the titles differ and are both kept.
    const victims = merge.fields.find((f) => f.field === 'victims')!;
    expect(victims.values.every((v) => v.incidentIds.includes(ids.shotEn))).toBe(true);
    expect(victims.values.some((v) => v.incidentIds.includes(ids.shotRu))).toBe(true);
    const title = merge.alternatives.find((f) => f.field === 'title')!;
    expect(title.values.map((v) => v.value)).toEqual([
      'Photographer Nurlan Asanov shot with rubber bullets on Ala-Too Square',
      'Фотографа Нурлана Асанова ранили резиновой пулей',
    ]);
    expect(title.values[1]!.citationIds).toContain(ids.citations.shotRu);
    expect(await verifyAuditLog(use().db)).toMatchObject({ ok: true });
  });

  it('keeps a conflicting injury count side by side with its citations', async () => {
    const { merge, target } = await mergeIncidents(ctx(), ids.beatingEn, ids.beatingRu);
    expect(target.injured).toBe(3);
    const injured = merge.alternatives.find((f) => f.field === 'injured')!;
    expect(injured.values.map((v) => v.value)).toEqual([3, 5]);
    expect(injured.values[1]!.incidentIds).toEqual([ids.beatingRu]);
    expect(injured.values[1]!.citationIds.length).toBeGreaterThan(0);
    expect((await getMerge(ctx(), merge.id)).alternatives).toEqual(merge.alternatives);
  });

  it('refuses bad merges clearly and changes nothing', async () => {
    const { db } = use();
    const { shotMirror } = ids;
    await mergeIncidents(ctx(), ids.shotEn, shotMirror).then((r) => (mirrorMergeId = r.merge.id));
    const start = await state(db);
    const refusals: [string, string, RegExp][] = [
      [ids.shotEn, ids.shotEn, /cannot be merged with itself/],
      [ids.shotEn, ids.otherCase, /different cases/],
      [ids.otherCase, ids.phone, /different cases/],
      [ids.phone, ids.shotRu, /already merged into/],
      [ids.shotRu, ids.phone, /already merged into/],
    ];
    for (const [target, source, message] of refusals) {
      const refused = mergeIncidents(ctx(), target, source);
      await expect(refused).rejects.toMatchObject({ code: 'conflict' });
      await expect(refused).rejects.toThrow(message);
    }
    await expect(
      mergeIncidents(ctx(), ids.shotEn, '00000000-0000-4000-8000-000000000000'),
    ).rejects.toMatchObject({ code: 'not_found', field: 'sourceId' });
    await expect(mergeIncidents(ctx(), 'not-an-id', ids.phone)).rejects.toMatchObject({
      code: 'validation_failed',
      field: 'targetId',
    });
    expect(await state(db)).toEqual(start);
  });

  it('refuses to undo an earlier merge while a later one changed the target', async () => {
    const start = await state(use().db);
    await expect(unmergeIncident(ctx(), ruMergeId)).rejects.toThrow(/changed since merge/);
    expect(await state(use().db)).toEqual(start);
  });

  it('a merge survives export → import → export unchanged', async () => {
    const first = serialiseExport(await exportRecord(use().db));
    const parsed = JSON.parse(first) as { tables: { merges: unknown[] } };
    expect(parsed.tables.merges).toHaveLength(3);
    const empty = await createTestDatabase(use().kind);
    try {
      await importRecord({ db: empty.db, actor: 'tester' }, parsed);
      expect(serialiseExport(await exportRecord(empty.db))).toBe(first);
    } finally {
      await empty.dispose();
    }
  });

  it('undoes the merges latest first, restoring both incidents exactly; a second undo is refused', async () => {
    const { db } = use();
    await unmergeIncident(ctx(), mirrorMergeId);
    const { target, source, merge } = await unmergeIncident(ctx(), ruMergeId);
    expect(merge.undoneBy).toBe('tester');
    expect(content(target)).toEqual(before.en);
    expect(content(source)).toEqual(before.ru);
    expect(source.mergedIntoId).toBeNull();
    const acts = await db.selectFrom('acts').select('incident_id').execute();
    expect(acts.filter((a) => a.incident_id === ids.shotRu)).toHaveLength(1);
    expect(acts.filter((a) => a.incident_id === ids.shotEn)).toHaveLength(1);
    const citations = await db
      .selectFrom('citations')
      .select('id')
      .where('incident_id', '=', ids.shotRu)
      .execute();
    expect(citations.map((c) => c.id)).toEqual([ids.citations.shotRu]);
    const listed = await listIncidents(ctx(), { caseId: ids.caseId });
    expect(listed.items.map((i) => i.id)).toEqual(expect.arrayContaining([ids.shotRu, ids.shotMirror]));

    const start = await state(db);
    const again = unmergeIncident(ctx(), ruMergeId);
    await expect(again).rejects.toMatchObject({ code: 'conflict' });
    await expect(again).rejects.toThrow(/already undone/);
    await expect(unmergeIncident(ctx(), '00000000-0000-4000-8000-000000000000')).rejects.toMatchObject({
      code: 'not_found',
    });
    expect(await state(db)).toEqual(start);
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
    const actions = await db
      .selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'incident.%merge')
      .execute();
    expect(actions.map((a) => a.action).sort()).toEqual([
      'incident.merge',
      'incident.merge',
      'incident.merge',
      'incident.unmerge',
      'incident.unmerge',
    ]);
  });

  it('merges again after an undo, and lists the merges of an incident and of a case', async () => {
    const { merge } = await mergeIncidents(ctx(), ids.shotEn, ids.shotRu);
    expect(merge.id).not.toBe(ruMergeId);
    expect((await getIncident(ctx(), ids.shotRu)).mergedIntoId).toBe(ids.shotEn);
    const ofRu = await listMergesFor(ctx(), { incidentId: ids.shotRu });
    expect(ofRu.map((m) => m.id).sort()).toEqual([merge.id, ruMergeId].sort());
    expect(ofRu.find((m) => m.id === ruMergeId)?.undoneAt).not.toBeNull();
    expect(await listMergesFor(ctx(), { caseId: 'accounts-test' })).toHaveLength(4);
    expect(await listMergesFor(ctx(), { caseId: 'accounts-test-other' })).toEqual([]);
  });

  it('two merges of one pair in opposite directions at once: one wins, the other is refused', async () => {
    const make = (title: string) =>
      createIncident(ctx(), { caseId: ids.caseId, title, eventType: 'arrests', dateStart: '2020-10-07' });
    const [x, y] = [await make('Student detained (first account)'), await make('Student detained (second)')];
    const results = await Promise.allSettled([
      mergeIncidents(ctx(), x.id, y.id),
      mergeIncidents(ctx(), y.id, x.id),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected');
    expect(refused?.reason).toMatchObject({ code: 'conflict' });
  });

  it("fills the target's empty fields from the source, and an undo empties them again", async () => {
    const { db } = use();
    const bare = await createIncident(ctx(), {
      caseId: ids.caseId,
      title: 'Observer harassed (no details yet)',
      eventType: 'obstruction_of_journalist',
    });
    const { target, merge } = await mergeIncidents(ctx(), bare.id, ids.phone);
    expect(target).toMatchObject({ dateStart: '2020-10-04', place: { name: 'Osh' } });
    expect(target.description).toMatch(/polling station/);
    expect(merge.fields.find((f) => f.field === 'date')?.status).toBe('filled');
    const undone = await unmergeIncident(ctx(), merge.id);
    expect(undone.target).toMatchObject({ dateStart: null, place: null, description: '' });
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true });
  });
});
