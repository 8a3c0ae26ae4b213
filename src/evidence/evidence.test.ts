import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createCase } from '../cases/case.service.js';
import { folderFileStore } from '../files/file-store.js';
import { describeEachDatabase } from '../test/databases.js';
import { getEvidence, recordCustody, registerEvidence, verifyEvidence } from './evidence.service.js';

describeEachDatabase('evidence and chain of custody', (use) => {
  const root = mkdtempSync(path.join(os.tmpdir(), 'dalil-evidence-'));
  const ctx = () => ({ db: use().db, actor: 'analyst', files: folderFileStore(root) });
  const video = new TextEncoder().encode('pretend these are the bytes of a video of the dispersal');

  it('keeps the original by hash, logs custody, and detects a changed original', async () => {
    const kase = await createCase(ctx(), { slug: 'evidence', title: 'Evidence' });
    const evidence = await registerEvidence(
      ctx(),
      video,
      {
        caseId: kase.id,
        fileName: 'dispersal.mp4',
        mediaType: 'video/mp4',
        collector: 'analyst',
        sourceUrl: 'https://example.org/video',
      },
      new Date('2020-10-06T10:00:00Z'),
    );
    expect(evidence.sha256).toMatch(/^[0-9a-f]{64}$/);
    await recordCustody(
      ctx(),
      evidence.id,
      { action: 'copied', purpose: 'working copy for geolocation' },
      new Date('2020-10-06T11:00:00Z'),
    );
    expect(await verifyEvidence(ctx(), evidence.id)).toMatchObject({ intact: true });

    const stored = path.join(root, evidence.sha256.slice(0, 2), evidence.sha256);
    chmodSync(stored, 0o600);
    writeFileSync(stored, 'tampered');
    expect(await verifyEvidence(ctx(), evidence.id)).toMatchObject({ intact: false });
    const { custody } = await getEvidence(ctx(), evidence.id);
    expect(custody.map((c) => c.action)).toEqual(['collected', 'copied', 'rehashed', 'integrity_failure']);
  });

  it('refuses to change or delete a custody entry', async () => {
    await expect(sql`UPDATE custody_events SET actor = 'someone else'`.execute(use().db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`DELETE FROM custody_events`.execute(use().db)).rejects.toThrow(/append-only/);
  });

  it('refuses an empty file and a bad custody action, writing nothing', async () => {
    const kase = await createCase(ctx(), { slug: 'evidence-2', title: 'Evidence 2' });
    await expect(
      registerEvidence(ctx(), new Uint8Array(), { caseId: kase.id, fileName: 'empty.jpg', collector: 'a' }),
    ).rejects.toMatchObject({ code: 'file_empty' });
    const evidence = await registerEvidence(ctx(), video, {
      caseId: kase.id,
      fileName: 'again.mp4',
      collector: 'a',
    });
    await expect(recordCustody(ctx(), evidence.id, { action: 'erased', purpose: 'x' })).rejects.toMatchObject(
      { code: 'validation_failed', field: 'action' },
    );
    expect((await getEvidence(ctx(), evidence.id)).custody).toHaveLength(1);
  });
});
