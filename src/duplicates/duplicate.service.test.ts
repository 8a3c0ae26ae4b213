import { expect, it } from 'vitest';
import { describeEachDatabase } from '../test/databases.js';
import { findDuplicateCandidates } from './duplicate.service.js';
import { seedTestAccounts, type TestAccounts } from './test-accounts.js';

const pair = (x: string, y: string) => [x, y].sort().join('+');

describeEachDatabase('duplicate candidates', (use) => {
  let ids: TestAccounts;
  const ctx = () => ({ db: use().db, actor: 'tester' });

  it('finds the English, Russian and republished accounts of one shooting, with reasons', async () => {
    ids = await seedTestAccounts(ctx());
    const found = await findDuplicateCandidates(ctx(), ids.caseId);
    const pairs = found.map((c) => pair(c.a.id, c.b.id));
    expect(pairs).toContain(pair(ids.shotEn, ids.shotRu));
    expect(pairs).toContain(pair(ids.shotEn, ids.shotMirror));
    expect(pairs).toContain(pair(ids.shotRu, ids.shotMirror));
    // The observer's phone (another day, another kind of event) pairs with nothing.
    expect(pairs.some((p) => p.includes(ids.phone))).toBe(false);
    // The incident of another case is never compared.
    expect(pairs.some((p) => p.includes(ids.otherCase))).toBe(false);
    const enRu = found.find((c) => pair(c.a.id, c.b.id) === pair(ids.shotEn, ids.shotRu))!;
    expect(enRu.score).toBeGreaterThanOrEqual(0.5);
    const victims = enRu.reasons.find((r) => r.kind === 'victims');
    expect(victims?.text).toMatch(/Asanov/);
    expect(victims?.text).toMatch(/Асанов/);
    expect(enRu.reasons.find((r) => r.kind === 'place')?.text).toMatch(/Bishkek/);
  });

  it('a higher threshold keeps fewer pairs; a threshold outside 0..1 is refused', async () => {
    const all = await findDuplicateCandidates(ctx(), ids.caseId, { threshold: 0 });
    const strict = await findDuplicateCandidates(ctx(), ids.caseId, { threshold: 0.95 });
    expect(strict.length).toBeLessThan(all.length);
    expect(strict.every((c) => c.score >= 0.95)).toBe(true);
    await expect(findDuplicateCandidates(ctx(), ids.caseId, { threshold: 2 })).rejects.toMatchObject({
      code: 'validation_failed',
      field: 'threshold',
    });
  });

  it('accepts the case slug and names an unknown case', async () => {
    expect((await findDuplicateCandidates(ctx(), 'accounts-test')).length).toBeGreaterThan(0);
    await expect(findDuplicateCandidates(ctx(), 'no-such-case')).rejects.toMatchObject({ code: 'not_found' });
  });
});
