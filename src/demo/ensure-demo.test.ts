import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { folderFileStore } from '../files/file-store.js';
import { listIncidents } from '../incidents/incident.service.js';
import { describeEachDatabase } from '../test/databases.js';
import { ensureDemoCase } from './ensure-demo.js';

describeEachDatabase('demo case', (use) => {
  it('is built once by ingesting and reviewing the seed statement', async () => {
    const ctx = {
      db: use().db,
      actor: 'system:demo',
      files: folderFileStore(mkdtempSync(path.join(os.tmpdir(), 'dalil-demo-'))),
    };
    expect(await ensureDemoCase(ctx)).toMatchObject({ created: true, how: 'ingested' });
    expect(await ensureDemoCase(ctx)).toMatchObject({ created: false, how: 'existing' });
    const { items } = await listIncidents(ctx, { limit: 100 });
    expect(items.length).toBeGreaterThanOrEqual(8);
    expect(items.some((i) => i.eventType === 'attack_on_journalist' && i.place?.name === 'Osh')).toBe(true);
    const pending = await use()
      .db.selectFrom('proposals')
      .select('id')
      .where('status', '=', 'pending')
      .where('kind', '!=', 'actor')
      .execute();
    expect(pending).toHaveLength(0);
  });
});
