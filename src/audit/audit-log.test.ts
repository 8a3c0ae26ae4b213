import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';
import { appendAudit, verifyAuditLog } from './audit-log.js';

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
