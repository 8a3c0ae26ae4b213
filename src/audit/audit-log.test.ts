import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';
import { appendAudit, appendAuditBatch, verifyAuditLog } from './audit-log.js';

describeEachDatabase('audit log', (use) => {
  const write = (n: number) =>
    use()
      .db.transaction()
      .execute(async (trx) => {
        for (let i = 0; i < n; i++) {
          await appendAudit(trx, {
            actor: 'tester',
            action: 'note.create',
            entity: 'note',
            entityId: `n${i}`,
            after: { i, text: `note ${i}` },
          });
        }
      });

  it('verifies an intact chain', async () => {
    await write(5);
    const result = await verifyAuditLog(use().db, 2);
    expect(result).toMatchObject({ ok: true, entries: 5 });
  });

  it('refuses updates through the database trigger', async () => {
    await expect(sql`UPDATE audit_log SET actor = 'x' WHERE seq = 1`.execute(use().db)).rejects.toThrow(
      /append-only/,
    );
  });

  it('names the entry whose content was edited directly in the database', async () => {
    const { db } = use();
    // An attacker with database rights can switch the guard off; the chain still betrays the edit.
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(db);
    await sql`UPDATE audit_log SET after = '{"i": 3, "text": "forged"}' WHERE seq = 4`.execute(db);
    const result = await verifyAuditLog(db);
    expect(result).toMatchObject({ ok: false, firstBadSeq: 4, problem: 'altered' });
  });

  it('names the gap when an entry is deleted', async () => {
    const { db } = use();
    await sql`DELETE FROM audit_log WHERE seq >= 3`.execute(db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`.execute(db);
    await write(2);
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`.execute(db);
    await sql`DELETE FROM audit_log WHERE seq = 2`.execute(db);
    const result = await verifyAuditLog(db);
    expect(result).toMatchObject({ ok: false, firstBadSeq: 2, problem: 'missing_or_reordered' });
  });
});

describeEachDatabase('audit log, batch append', (use) => {
  it('chains a batch after single entries exactly as one-by-one appends would', async () => {
    const { db } = use();
    const entry = (i: number) => ({
      actor: 'tester',
      action: 'note.create',
      entity: 'note',
      entityId: `n${i}`,
      after: { i },
    });
    const at = new Date('2026-11-28T16:00:00.000Z');
    await db.transaction().execute((trx) => appendAudit(trx, entry(0), at));
    const batch = await db.transaction().execute((trx) => appendAuditBatch(trx, [1, 2, 3].map(entry), at));
    expect(batch.map((e) => e.seq)).toEqual([2, 3, 4]);
    await db.transaction().execute((trx) => appendAudit(trx, entry(4), at));
    expect(await verifyAuditLog(db)).toMatchObject({ ok: true, entries: 5 });
    expect(await db.transaction().execute((trx) => appendAuditBatch(trx, []))).toEqual([]);
  });
});
