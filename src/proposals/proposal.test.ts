import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { createCase } from '../cases/case.service.js';
import { seedStatementPath } from '../demo/statement-file.js';
import { extract } from '../extract/index.js';
import { folderFileStore } from '../files/file-store.js';
import { listIncidents } from '../incidents/incident.service.js';
import { describeEachDatabase } from '../test/databases.js';
import { ingestFile, storeProposals } from './ingest.service.js';
import { acceptAllProposals, acceptProposal, listProposals, rejectProposal } from './proposal.service.js';

describeEachDatabase('ingest and review', (use) => {
  const files = folderFileStore(mkdtempSync(path.join(os.tmpdir(), 'dalil-files-')));
  const ctx = () => ({ db: use().db, actor: 'reviewer', files });
  const statement = readFileSync(seedStatementPath());
  let caseId = '';
  let documentId = '';

  it('ingests the statement into proposals tied to their sentences', async () => {
    caseId = (await createCase(ctx(), { slug: 'review', title: 'Review test' })).id;
    const result = await ingestFile(ctx(), { bytes: statement, fileName: 'statement.txt', caseId });
    documentId = result.document.id;
    expect(result.duplicate).toBe(false);
    expect(result.proposals.incidents).toBeGreaterThanOrEqual(8);
    expect(result.proposals.figures).toBeGreaterThanOrEqual(5);
    const { text } = await use()
      .db.selectFrom('documents')
      .select('text')
      .where('id', '=', documentId)
      .executeTakeFirstOrThrow();
    for (const p of await listProposals(ctx(), { documentId, kind: 'incident' })) {
      if (p.payload.kind !== 'incident') continue;
      const [start, end] = p.payload.incident.span;
      expect(text.slice(start, end)).toBe(p.payload.incident.quote);
    }
  });

  it('ingesting the same file again is a no-op that says so', async () => {
    const before = (await listProposals(ctx(), { caseId })).length;
    const again = await ingestFile(ctx(), { bytes: statement, fileName: 'copy-of-statement.txt', caseId });
    expect(again.duplicate).toBe(true);
    expect(again.document.id).toBe(documentId);
    expect(again.warnings[0]).toMatch(/already ingested/);
    expect((await listProposals(ctx(), { caseId })).length).toBe(before);
  });

  it('re-running extraction never duplicates a proposal', async () => {
    const before = (await listProposals(ctx(), { caseId })).length;
    const stored = await use()
      .db.selectFrom('documents')
      .select('text')
      .where('id', '=', documentId)
      .executeTakeFirstOrThrow();
    const counts = await storeProposals(ctx(), documentId, caseId, extract(stored.text));
    expect(counts).toMatchObject({ incidents: 0, figures: 0, actors: 0 });
    expect((await listProposals(ctx(), { caseId })).length).toBe(before);
  });

  it('rejects one, accepts the rest into incidents with acts and citations, and refuses a second accept', async () => {
    const figures = await listProposals(ctx(), { documentId, kind: 'figure' });
    const rejected = await rejectProposal(ctx(), figures.at(-1)!.id, 'not about the protests');
    expect(rejected.status).toBe('rejected');
    const result = await acceptAllProposals(ctx(), caseId);
    expect(result.accepted).toBeGreaterThanOrEqual(8);
    const incidents = (await listIncidents(ctx(), { caseId, limit: 100 })).items;
    expect(incidents.length).toBeGreaterThanOrEqual(8);
    const osh = incidents.find((i) => i.dateStart === '2020-10-04' && i.eventType === 'attack_on_journalist');
    expect(osh?.place?.name).toBe('Osh');
    const citations = await use()
      .db.selectFrom('citations')
      .selectAll()
      .where('document_id', '=', documentId)
      .execute();
    expect(citations.length).toBeGreaterThan(incidents.length);
    const { text } = await use()
      .db.selectFrom('documents')
      .select('text')
      .where('id', '=', documentId)
      .executeTakeFirstOrThrow();
    for (const c of citations) expect(text.slice(c.start_offset!, c.end_offset!)).toBe(c.quote);
    const victim = await use()
      .db.selectFrom('actors')
      .selectAll()
      .where('name', '=', 'Aibol Kozhomuratov')
      .executeTakeFirst();
    expect(victim?.professional_role).toBe('journalist');
    await expect(acceptProposal(ctx(), rejected.id)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('offers a merge when a new document describes an incident already in the record', async () => {
    const report = Buffer.from(
      'Press release, 7 October 2020.\n\nOn 5 October 2020 in Bishkek, police special forces shot Aibol Kozhomuratov, a reporter for Current Time, with a rubber bullet while he was filming the protest.\n',
    );
    const result = await ingestFile(ctx(), { bytes: report, fileName: 'second-source.txt', caseId });
    expect(result.proposals.offeredMerges).toBe(1);
    const [proposal] = await listProposals(ctx(), { documentId: result.document.id, kind: 'incident' });
    expect(proposal?.payload.kind === 'incident' && proposal.payload.match?.reasons.join(' ')).toMatch(
      /Kozhomuratov/,
    );
    const before = (await listIncidents(ctx(), { caseId, limit: 100 })).total;
    const merged = await acceptProposal(ctx(), proposal!.id);
    expect(merged.status).toBe('merged');
    expect((await listIncidents(ctx(), { caseId, limit: 100 })).total).toBe(before);
  });
});
