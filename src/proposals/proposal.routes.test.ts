import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { seedStatementPath } from '../demo/statement-file.js';
import { buildServer } from '../http/server.js';
import { describeEachDatabase } from '../test/databases.js';

describeEachDatabase('ingest and review over HTTP', (use) => {
  const statement = readFileSync(seedStatementPath());
  const upload = (
    app: Awaited<ReturnType<typeof buildServer>>,
    caseId: string,
    fileName: string,
    bytes: Uint8Array,
  ) =>
    app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/documents?fileName=${encodeURIComponent(fileName)}`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from(bytes),
    });

  it('ingests an upload, lists its proposals, accepts them all', async () => {
    const app = await buildServer({ db: use().db, allowLocal: true });
    const kase = (
      await app.inject({
        method: 'POST',
        url: '/api/cases',
        payload: { slug: 'http-review', title: 'HTTP review' },
      })
    ).json<{ id: string }>();
    const first = await upload(app, kase.id, 'statement.txt', statement);
    expect(first.statusCode).toBe(201);
    const again = await upload(app, kase.id, 'statement.txt', statement);
    expect(again.statusCode).toBe(200);
    expect(again.json<{ duplicate: boolean }>().duplicate).toBe(true);
    const proposals = (
      await app.inject({ method: 'GET', url: `/api/proposals?caseId=${kase.id}&kind=incident` })
    ).json<unknown[]>();
    expect(proposals.length).toBeGreaterThanOrEqual(8);
    const accepted = (
      await app.inject({ method: 'POST', url: `/api/cases/${kase.id}/proposals/accept-all` })
    ).json<{ accepted: number }>();
    expect(accepted.accepted).toBeGreaterThanOrEqual(8);
    const list = (
      await app.inject({ method: 'GET', url: `/api/incidents?caseId=${kase.id}&text=Kharizov` })
    ).json<{ total: number }>();
    expect(list.total).toBe(1);
    await app.close();
  });

  it('refuses bad uploads clearly, keeps only the base name, and writes nothing', async () => {
    const app = await buildServer({ db: use().db, allowLocal: true });
    const kase = (await app.inject({ method: 'GET', url: '/api/cases/http-review' })).json<{ id: string }>();
    const before = (await app.inject({ method: 'GET', url: `/api/documents?caseId=${kase.id}` })).json<
      unknown[]
    >().length;
    const empty = await upload(app, kase.id, 'empty.txt', new Uint8Array());
    expect(empty.json()).toMatchObject({
      error: { code: 'file_empty' },
    });
    const png = await upload(
      app,
      kase.id,
      'photo.png',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    expect(png.statusCode).toBe(415);
    expect(png.json()).toMatchObject({ error: { code: 'unsupported_file_type' } });
    const corrupt = await upload(
      app,
      kase.id,
      'report.pdf',
      new TextEncoder().encode('%PDF-1.7 this is not really a PDF'),
    );
    expect(corrupt.json()).toMatchObject({ error: { code: 'file_corrupt' } });
    const traversal = await upload(
      app,
      kase.id,
      '../../etc/passwd.txt',
      new TextEncoder().encode('On 3 May 2021 police detained two reporters in Almaty.'),
    );
    expect(traversal.statusCode).toBe(201);
    expect(traversal.json<{ document: { fileName: string } }>().document.fileName).toBe('passwd.txt');
    const after = (await app.inject({ method: 'GET', url: `/api/documents?caseId=${kase.id}` })).json<
      unknown[]
    >().length;
    expect(after).toBe(before + 1);
    await app.close();
  });

  it('extracts without storing anything', async () => {
    const app = await buildServer({ db: use().db, allowLocal: true });
    const response = await app.inject({
      method: 'POST',
      url: '/api/extract?fileName=note.txt',
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from('On 12 March 2021, police used tear gas to disperse a peaceful rally in Minsk.'),
    });
    expect(response.statusCode).toBe(200);
    const result = response.json<{ incidents: { methods: string[]; city: string }[] }>();
    expect(result.incidents[0]?.methods).toContain('tear_gas');
    await app.close();
  });
});
