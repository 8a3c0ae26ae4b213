/**
 * Oversized and malformed uploads: bodies over a route's limit, files whose name lies about their content,
 * damaged and hostile documents, empty bodies. Each gets a stable error code; none crashes or stalls the
 * server, which answers the next request as usual.
 */
import { deflateRawSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DalilServer } from '../http/server.js';
import { makeDocx, makePdf } from '../ingest/test-documents.js';
import { BODY_LIMITS } from '../shared/limits.js';
import { describeEachDatabase } from '../test/databases.js';
import { attackServer, type ErrorJson, octets } from './attack-kit.js';

const MB = 1024 * 1024;
const REPORT = 'On 5 October 2020 police officers beat the journalist Aibek Tashiev in Bishkek.';

/** A ZIP holding one stored file, with the sizes its central directory declares. */
function zipWith(name: string, data: Uint8Array, declared = data.byteLength, method = 0): Uint8Array {
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(method, 8);
  local.writeUInt32LE(data.byteLength, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(method, 10);
  central.writeUInt32LE(data.byteLength, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const centralStart = local.length + nameBytes.length + data.byteLength;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBytes.length, 12);
  end.writeUInt32LE(centralStart, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

describeEachDatabase('attack: oversized and malformed uploads', (use) => {
  let app: DalilServer;
  let caseId = '';
  const upload = (fileName: string, bytes: Uint8Array | string) =>
    app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/documents?fileName=${encodeURIComponent(fileName)}`,
      ...octets(bytes),
    });
  const expectError = (
    response: Awaited<ReturnType<DalilServer['inject']>>,
    status: number,
    code: string,
    where: string,
  ) => {
    expect(response.statusCode, `${where}: ${response.body.slice(0, 300)}`).toBe(status);
    expect(response.json<ErrorJson>().error.code, where).toBe(code);
  };
  const expectHealthy = async () => {
    const health = await app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(200);
  };

  beforeAll(async () => {
    app = await attackServer(use().db);
    caseId = (
      await app.inject({ method: 'POST', url: '/api/cases', payload: { slug: 'uploads', title: 'Uploads' } })
    ).json<{ id: string }>().id;
  });
  afterAll(async () => {
    await app.close();
  });

  it('refuses a body over its route limit with 413 payload_too_large, naming the limit', async () => {
    const json = await app.inject({
      method: 'POST',
      url: '/api/cases',
      payload: { slug: 'big', title: 'Big', description: 'x'.repeat(BODY_LIMITS.json + 1) },
    });
    expectError(json, 413, 'payload_too_large', 'JSON body');
    expect(json.json<ErrorJson>().error.message).toContain('10 MB');
    const document = await upload('big.txt', Buffer.alloc(BODY_LIMITS.document + 1, 0x61));
    expectError(document, 413, 'payload_too_large', 'document');
    expect(document.json<ErrorJson>().error.message).toContain('50 MB');
    const evidence = await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/evidence?fileName=video.mp4&collector=me`,
      ...octets(Buffer.alloc(BODY_LIMITS.evidence + 1)),
    });
    expectError(evidence, 413, 'payload_too_large', 'evidence');
    // Each route has its own limit: an evidence file over the document limit is still taken.
    const largeEvidence = await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/evidence?fileName=video.mp4&collector=me`,
      ...octets(Buffer.alloc(BODY_LIMITS.document + MB, 7)),
    });
    expect(largeEvidence.statusCode, largeEvidence.body).toBe(201);
    // An import may be far larger than a JSON form: 12 MB is read and judged on its content, not its size.
    const bigImport = await app.inject({
      method: 'POST',
      url: '/api/import',
      payload: { format: 'dalil-export', padding: 'x'.repeat(12 * MB) },
    });
    expect(bigImport.statusCode).toBe(400);
    expect(bigImport.json<ErrorJson>().error.code).not.toBe('payload_too_large');
    await expectHealthy();
  });

  it('refuses a file whose name lies about its content, by sniffing the content', async () => {
    const pdf = await makePdf({ pages: [[REPORT]] });
    const docx = await makeDocx({ paragraphs: [REPORT] });
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00'), Buffer.alloc(2000, 0x41)]);
    const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(2000, 1)]);
    const plainZip = zipWith('payload.exe', exe);
    const cases: [string, Uint8Array][] = [
      ['report.pdf', exe],
      ['report.pdf', elf],
      ['report.pdf', plainZip],
      ['report.pdf', docx],
      ['report.docx', pdf],
      ['report.docx', plainZip],
      ['report.html', pdf],
      ['report.txt', exe],
      ['photo.jpg', exe],
      ['invoice.exe', Buffer.from(REPORT)],
      ['script.js', Buffer.from(`alert(1) // ${REPORT}`)],
    ];
    for (const [name, bytes] of cases) {
      const response = await upload(name, bytes);
      expectError(response, 415, 'unsupported_file_type', name);
      expect(response.json<ErrorJson>().error.field).toBe('file');
    }
    // The same bytes under an honest (or neutral) name are taken.
    expect((await upload('report.pdf', pdf)).statusCode).toBe(201);
    expect((await upload('report.bin', docx)).statusCode).toBe(201);
  });

  it('refuses damaged and hostile documents with a stable code, within bounds', async () => {
    const pdf = await makePdf({ pages: [[REPORT, 'Two cameras were taken.']] });
    expectError(
      await upload('truncated.pdf', pdf.subarray(0, pdf.byteLength / 2)),
      422,
      'file_corrupt',
      'truncated PDF',
    );
    expectError(
      await upload('header-only.pdf', Buffer.from('%PDF-1.7\n')),
      422,
      'file_corrupt',
      'header-only PDF',
    );
    const docx = await makeDocx({ paragraphs: [REPORT] });
    expectError(
      await upload('truncated.docx', docx.subarray(0, docx.byteLength - 200)),
      422,
      'file_corrupt',
      'truncated DOCX',
    );

    // A DOCX whose document part says it inflates to 4 GB: refused on its declaration, before any inflating.
    const bomb = zipWith('word/document.xml', deflateRawSync(Buffer.alloc(4 * MB, 0x20)), 0xfffffff0, 8);
    const refused = await upload('bomb.docx', bomb);
    expectError(refused, 413, 'file_too_large', 'declared zip bomb');
    expect(refused.json<ErrorJson>().error.message).toMatch(/expand/);

    // Markup nested 100 000 deep: refused for its depth rather than parsed for a long time.
    const depth = 100_000;
    const deep = `<!doctype html><html><body>${'<div>'.repeat(depth)}${REPORT}${'</div>'.repeat(depth)}</body></html>`;
    const nested = await upload('deep.html', deep);
    expectError(nested, 422, 'file_corrupt', 'deeply nested HTML');
    expect(nested.json<ErrorJson>().error.message).toMatch(/nested/);
    // Ordinary nesting is fine.
    const normal = `<!doctype html><html><body>${'<div><section>'.repeat(40)}<p>${REPORT}</p>${'</section></div>'.repeat(40)}</body></html>`;
    expect((await upload('normal.html', normal)).statusCode).toBe(201);

    // A NUL past the part of a text file that is sniffed is dropped from the text, never a database error.
    const late = `${REPORT}\n${'Filler line of the report.\n'.repeat(400)}\u0000${REPORT.replace('5 October', '6 October')}`;
    const withNul = await upload('late-nul.txt', late);
    expect(withNul.statusCode, withNul.body).toBe(201);
    const text = (
      await app.inject({
        method: 'GET',
        url: `/api/documents/${withNul.json<{ document: { id: string } }>().document.id}`,
      })
    ).json<{ text: string }>().text;
    expect(text).not.toContain('\u0000');
    expect(text).toContain('6 October 2020');
    await expectHealthy();
  });

  it('answers an empty or mistyped body with a clear error', async () => {
    expectError(await upload('empty.txt', ''), 400, 'file_empty', 'empty document');
    const emptyEvidence = await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/evidence?fileName=e.jpg&collector=me`,
      ...octets(''),
    });
    expect(emptyEvidence.statusCode).toBe(400);
    expect(['file_empty', 'validation_failed']).toContain(emptyEvidence.json<ErrorJson>().error.code);
    const asJson = await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/documents?fileName=a.txt`,
      payload: { text: REPORT },
    });
    expectError(asJson, 400, 'validation_failed', 'JSON sent as a document');
    expect(asJson.json<ErrorJson>().error.field).toBe('body');
    const emptyJson = await app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { 'content-type': 'application/json' },
      payload: '',
    });
    expectError(emptyJson, 400, 'validation_failed', 'empty JSON');
    const unknownType = await app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'slug=x&title=y',
    });
    expectError(unknownType, 415, 'unsupported_file_type', 'form body');
    const deepJson = await app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: { 'content-type': 'application/json' },
      payload: `${'['.repeat(200_000)}${']'.repeat(200_000)}`,
    });
    expect(deepJson.statusCode, deepJson.body).toBe(400);
    // Nesting inside a free-form field (facts are stored as jsonb) is refused at the edge, naming the field.
    const deepFacts = await app.inject({
      method: 'POST',
      url: '/api/incidents',
      headers: { 'content-type': 'application/json' },
      payload: `{"caseId":"${caseId}","title":"Deep","eventType":"other","facts":${'{"a":'.repeat(5000)}"bottom"${'}'.repeat(5000)}}`,
    });
    expectError(deepFacts, 400, 'validation_failed', 'deep facts');
    expect(deepFacts.json<ErrorJson>().error.field).toMatch(/^facts(\.a)+$/);
    await expectHealthy();
  });
});
