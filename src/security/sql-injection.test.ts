/**
 * SQL-injection attack tests: hostile strings in every text field of every create and update route, and in
 * every filter parameter. Each is stored exactly as sent or refused with a validation error naming the
 * field; never an internal error; afterwards every table is still there with no row lost.
 */
import { readFileSync } from 'node:fs';
import { afterAll, expect, it } from 'vitest';
import { createAct } from '../acts/act.service.js';
import { seedKyrgyzstanCase } from '../demo/seed-kyrgyzstan.js';
import { seedStatementPath } from '../demo/statement-file.js';
import type { DalilServer } from '../http/server.js';
import { describeEachDatabase } from '../test/databases.js';
import {
  attackServer,
  type ErrorJson,
  expectStoredOrRefused,
  octets,
  SQL_PAYLOADS,
  tableCounts,
} from './attack-kit.js';

type Json = Record<string, unknown>;
type Method = 'POST' | 'PATCH' | 'PUT';

/** One text field of one write route: how to send a value in it, and where the answer shows it. */
interface TextField {
  label: string;
  field: string;
  send: (value: string) => Promise<Awaited<ReturnType<DalilServer['inject']>>>;
  stored: (body: unknown) => unknown;
}

const at =
  (...path: (string | number)[]) =>
  (body: unknown): unknown =>
    path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], body);

describeEachDatabase('attack: SQL injection in every text field', (use) => {
  let app: DalilServer;
  let caseId = '';
  let seeded: Awaited<ReturnType<typeof seedKyrgyzstanCase>>;
  const ids: Record<string, string> = {};

  const call = (method: Method | 'GET', url: string, payload?: Json) =>
    app.inject({ method, url, ...(payload && { payload }) });
  const created = async (url: string, payload: Json) => {
    const response = await call('POST', url, payload);
    expect(response.statusCode, response.body).toBe(201);
    return response.json<{ id: string; version: number }>();
  };
  /** A PATCH/PUT against the record's current version, read just before. */
  const versioned =
    (method: Method, url: string, readUrl: string, body: (value: string) => Json) =>
    async (value: string) => {
      const current = (await call('GET', readUrl)).json<{ version: number }>();
      // A case still on the default allegation policy has no version yet.
      return call(method, url, { ...(current.version && { version: current.version }), ...body(value) });
    };

  it('sets up a seeded case and one record of each kind', async () => {
    seeded = await seedKyrgyzstanCase({ db: use().db, actor: 'tester' }, null);
    caseId = seeded.caseId;
    app = await attackServer(use().db);
    const incident = (
      await call('GET', `/api/incidents/${seeded.incidents['kozhomuratov-rubber-bullet']}`)
    ).json<{ acts: { id: string }[] }>();
    ids.act = incident.acts[0]!.id;
    ids.incident = (await created('/api/incidents', { caseId, title: 'Target', eventType: 'other' })).id;
    ids.actor = (await created('/api/actors', { kind: 'person', name: 'Target person' })).id;
    ids.source = (await created('/api/sources', { name: 'Target source' })).id;
    ids.figure = (await created('/api/figures', { caseId, what: 'people injured', value: 3 })).id;
    ids.allegation = (await created('/api/allegations', { caseId, title: 'Target', actIds: [ids.act] })).id;
    const evidence = await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/evidence?fileName=photo.jpg&collector=tester`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]),
    });
    ids.evidence = evidence.json<{ id: string }>().id;
    // Any seeded act with a stored finding will do for the review's reason.
    for (const id of Object.values(seeded.incidents)) {
      const acts = (await call('GET', `/api/incidents/${id}/assessment`)).json<
        { findings: { id: string }[] }[]
      >();
      const finding = acts.flatMap((a) => a.findings)[0];
      if (finding) {
        ids.finding = finding.id;
        ids.findingIncident = id;
        break;
      }
    }
    const review = await app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/documents?fileName=statement.txt`,
      headers: { 'content-type': 'application/octet-stream' },
      payload: readFileSync(seedStatementPath()),
    });
    expect(review.statusCode, review.body).toBe(201);
    const proposals = (await call('GET', `/api/proposals?caseId=${caseId}&status=pending`)).json<
      { id: string; kind: string }[]
    >();
    ids.proposal = proposals.find((p) => p.kind === 'incident')!.id;
    expect(proposals.length).toBeGreaterThan(12);
    expect(Object.values(ids).every(Boolean)).toBe(true);
    expect(ids.finding).toBeTruthy();
  });

  /** Each allegation needs acts of its own: a new one on the target incident. */
  const freshAct = async () =>
    (await createAct({ db: use().db, actor: 'tester' }, { incidentId: ids.incident, actType: 'beating' })).id;

  const fields = (): TextField[] => {
    let slug = 0;
    const post = (url: string, body: (value: string) => Json) => (value: string) =>
      call('POST', url, body(value));
    const incident = `/api/incidents/${ids.incident}`;
    const actor = `/api/actors/${ids.actor}`;
    const source = `/api/sources/${ids.source}`;
    const figure = `/api/figures/${ids.figure}`;
    const allegation = `/api/allegations/${ids.allegation}`;
    const proposal = `/api/proposals/${ids.proposal}`;
    const kase = `/api/cases/${caseId}`;
    return [
      ...['title', 'description'].flatMap((f): TextField[] => [
        {
          label: 'POST /api/cases',
          field: f,
          send: post('/api/cases', (v) => ({ slug: `attack-${++slug}`, title: 'T', [f]: v })),
          stored: at(f),
        },
        {
          label: 'PATCH /api/cases/:id',
          field: f,
          send: versioned('PATCH', kase, kase, (v) => ({ [f]: v })),
          stored: at(f),
        },
      ]),
      {
        label: 'POST /api/cases',
        field: 'slug',
        send: post('/api/cases', (v) => ({ slug: v, title: 'T' })),
        stored: at('slug'),
      },
      ...['title', 'description', 'placeDetail', 'place'].flatMap((f): TextField[] => [
        {
          label: 'POST /api/incidents',
          field: f,
          send: post('/api/incidents', (v) => ({ caseId, title: 'T', eventType: 'other', [f]: v })),
          stored: f === 'place' ? at('place', 'name') : at(f),
        },
        {
          label: 'PATCH /api/incidents/:id',
          field: f,
          send: versioned('PATCH', incident, incident, (v) => ({ [f]: v })),
          stored: f === 'place' ? at('place', 'name') : at(f),
        },
      ]),
      ...[
        ['name', (v: string) => ({ name: v }), at('name')],
        ['description', (v: string) => ({ description: v }), at('description')],
        [
          'names.0.value',
          (v: string) => ({ names: [{ value: v, script: 'Latn' }] }),
          at('names', 0, 'value'),
        ],
        ['aliases.0', (v: string) => ({ aliases: [v] }), at('aliases', 0)],
        ['namePublicReason', (v: string) => ({ namePublicReason: v }), at('namePublicReason')],
      ].flatMap(([f, body, stored]): TextField[] => {
        const make = body as (v: string) => Json;
        const read = stored as TextField['stored'];
        return [
          {
            label: 'POST /api/actors',
            field: f as string,
            send: post('/api/actors', (v) => ({ kind: 'person', name: 'N', ...make(v) })),
            stored: read,
          },
          {
            label: 'PATCH /api/actors/:id',
            field: f as string,
            send: versioned('PATCH', actor, actor, make),
            stored: read,
          },
        ];
      }),
      {
        // Source names are unique: the rename is undone at once, so the POST below can use the same name.
        label: 'PATCH /api/sources/:id',
        field: 'name',
        send: async (v) => {
          const response = await versioned('PATCH', source, source, (value) => ({ name: value }))(v);
          if (response.statusCode === 200)
            await versioned('PATCH', source, source, () => ({ name: 'Target source' }))('');
          return response;
        },
        stored: at('name'),
      },
      {
        label: 'POST /api/sources',
        field: 'name',
        send: post('/api/sources', (v) => ({ name: v })),
        stored: at('name'),
      },
      ...['what', 'reportedBy', 'place', 'measureKey'].flatMap((f): TextField[] => [
        {
          label: 'POST /api/figures',
          field: f,
          send: post('/api/figures', (v) => ({ caseId, what: 'W', value: 1, [f]: v })),
          stored: at(f),
        },
        {
          label: 'PATCH /api/figures/:id',
          field: f,
          send: versioned('PATCH', figure, figure, (v) => ({ [f]: v })),
          stored: at(f),
        },
      ]),
      ...[
        ['title', (v: string) => ({ title: v }), at('title')],
        ['perpetratorLabel', (v: string) => ({ perpetratorLabel: v }), at('perpetrator', 'label')],
        [
          'authority.name',
          (v: string) => ({ authority: { name: v, kind: 'prosecutor' } }),
          at('authority', 'name'),
        ],
      ].flatMap(([f, body, stored]): TextField[] => {
        const make = body as (v: string) => Json;
        const read = stored as TextField['stored'];
        return [
          {
            label: 'POST /api/allegations',
            field: f as string,
            send: async (v) =>
              call('POST', '/api/allegations', {
                caseId,
                title: 'T',
                actIds: [await freshAct()],
                ...make(v),
              }),
            stored: read,
          },
          {
            label: 'PATCH /api/allegations/:id',
            field: f as string,
            send: versioned('PATCH', allegation, allegation, make),
            stored: read,
          },
        ];
      }),
      {
        label: 'POST /api/allegations/:id/steps',
        field: 'note',
        send: async (v) => {
          const fresh = await created('/api/allegations', { caseId, title: 'T', actIds: [await freshAct()] });
          return call('POST', `/api/allegations/${fresh.id}/steps`, {
            kind: 'submitted',
            date: '2020-11-01',
            note: v,
          });
        },
        stored: at('note'),
      },
      {
        label: 'PUT /api/allegations/:id/checklist',
        field: 'answers.0.note',
        send: versioned('PUT', `${allegation}/checklist`, allegation, (v) => ({
          answers: [{ itemId: 'prompt', status: 'met', source: 'S', note: v }],
        })),
        stored: at('checklist', 'answers', 0, 'note'),
      },
      {
        label: 'PUT /api/cases/:caseId/allegation-policy',
        field: 'rules.0.label',
        send: versioned(
          'PUT',
          `/api/cases/${caseId}/allegation-policy`,
          `/api/cases/${caseId}/allegation-policy`,
          (v) => ({
            rules: [
              {
                id: 'r1',
                afterStage: 'submitted',
                waitDays: 30,
                expect: 'acknowledged',
                action: 'overdue',
                label: v,
              },
            ],
          }),
        ),
        stored: at('rules', 0, 'label'),
      },
      {
        label: 'POST /api/allegations/:id/letter',
        field: 'recipient.name',
        send: post(`${allegation}/letter`, (v) => ({ format: 'html', recipient: { name: v } })),
        stored: () => undefined, // a letter is not stored: only its status matters (checked below)
      },
      {
        label: 'POST /api/assessments/:id/review',
        field: 'reason',
        send: async (v) => {
          const acts = (await call('GET', `/api/incidents/${ids.findingIncident}/assessment`)).json<
            { findings: { id: string; version: number }[] }[]
          >();
          const finding = acts.flatMap((a) => a.findings).find((f) => f.id === ids.finding)!;
          return call('POST', `/api/assessments/${ids.finding}/review`, {
            finding: 'confirmed',
            reason: v,
            version: finding.version,
          });
        },
        stored: at('review_reason'),
      },
      {
        label: 'POST /api/cases/:id/evidence',
        field: 'querystring.collector',
        send: (v) =>
          app.inject({
            method: 'POST',
            url: `/api/cases/${caseId}/evidence?fileName=e.jpg&collector=${encodeURIComponent(v)}`,
            // Distinct bytes each time: evidence is told apart by content.
            ...octets(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from(v.slice(0, 64))])),
          }),
        stored: at('collector'),
      },
      {
        label: 'POST /api/evidence/:id/custody',
        field: 'purpose',
        send: post(`/api/evidence/${ids.evidence}/custody`, (v) => ({ action: 'note', purpose: v })),
        stored: at('purpose'),
      },
      {
        label: 'PATCH /api/proposals/:id',
        field: 'payload.incident.title',
        send: async (v) => {
          const current = (await call('GET', `/api/proposals?caseId=${caseId}`))
            .json<{ id: string; version: number; payload: { incident: Json } & Json }[]>()
            .find((p) => p.id === ids.proposal)!;
          return call('PATCH', proposal, {
            version: current.version,
            payload: { ...current.payload, incident: { ...current.payload.incident, title: v } },
          });
        },
        stored: at('payload', 'incident', 'title'),
      },
      {
        label: 'POST /api/proposals/:id/reject',
        field: 'reason',
        send: async (v) => {
          const pending = (await call('GET', `/api/proposals?caseId=${caseId}&status=pending`))
            .json<{ id: string }[]>()
            .find((p) => p.id !== ids.proposal)!;
          return call('POST', `/api/proposals/${pending.id}/reject`, { reason: v });
        },
        stored: () => undefined,
      },
    ];
  };

  it('treats hostile filter, sort and path values as plain text', async () => {
    const total = (await call('GET', `/api/incidents?caseId=${caseId}`)).json<{ total: number }>().total;
    expect(total).toBeGreaterThan(5);
    const urls = (v: string) => {
      const q = encodeURIComponent(v);
      return [
        `/api/incidents?caseId=${caseId}&text=${q}`,
        `/api/incidents?caseId=${caseId}&place=${q}`,
        `/api/incidents?caseId=${caseId}&sort=${q}&order=${q}`,
        `/api/actors?text=${q}&kind=${q}`,
        `/api/figures?measureKey=${q}`,
        `/api/proposals?caseId=${caseId}&status=${q}`,
        `/api/audit?entity=${q}&entityId=${q}`,
        `/api/merges?caseId=${q}`,
        `/api/cases/${caseId}/figure-series?measure=${q}`,
        `/api/cases/${q}`,
        `/api/sources/${q}`,
        `/api/cases/${q}/allegations`,
      ];
    };
    for (const [name, payload] of Object.entries(SQL_PAYLOADS)) {
      for (const url of urls(payload)) {
        const response = await call('GET', url);
        const where = `${name} ${url.slice(0, 80)}: ${response.body.slice(0, 200)}`;
        expect(response.statusCode, where).toBeLessThan(500);
        expect(response.headers['content-type'], where).toMatch(/^application\/json/);
        if (name === 'nul') expect(response.statusCode, where).toBe(400);
      }
      // A tautology or a LIKE wildcard matches nothing: it is searched for as text, not run.
      for (const param of ['text', 'place']) {
        const response = await call(
          'GET',
          `/api/incidents?caseId=${caseId}&${param}=${encodeURIComponent(payload)}`,
        );
        if (response.statusCode === 200 && name !== 'rtlZeroWidth')
          expect(response.json<{ total: number }>().total, `${param}=${name}`).toBeLessThan(total);
      }
    }
    expect(
      (await call('GET', `/api/incidents?caseId=${caseId}&text=${encodeURIComponent("' OR '1'='1")}`)).json<{
        total: number;
      }>().total,
    ).toBe(0);
    expect(
      (await call('GET', `/api/incidents?caseId=${caseId}&text=%25`)).json<{ total: number }>().total,
    ).toBe(0);
  });

  it('stores each payload verbatim or refuses it naming the field, in every text field', async () => {
    const before = await tableCounts(use().db);
    let stored = 0;
    let refused = 0;
    const outcomes: string[] = [];
    for (const target of fields()) {
      for (const [name, payload] of Object.entries(SQL_PAYLOADS)) {
        const response = await target.send(payload);
        // Letters and rejections store nothing readable back: they must simply not fail inside.
        if (
          target.stored(response.statusCode < 300 ? response.json() : {}) === undefined &&
          response.statusCode < 300
        ) {
          stored++;
          continue;
        }
        const kept = expectStoredOrRefused(response, target.label, target.field, payload, target.stored);
        if (kept) stored++;
        else refused++;
        // U+0000 cannot be stored by PostgreSQL: it must be refused at the edge, naming the field.
        if (name === 'nul') {
          expect(response.statusCode, `${target.label} ${target.field}`).toBe(400);
          expect(response.json<ErrorJson>().error.message).toContain('NUL');
        }
        outcomes.push(`${target.label} ${target.field} ${name} ${kept ? 'stored' : 'refused'}`);
      }
    }
    expect(stored).toBeGreaterThan(100);
    expect(refused).toBeGreaterThan(20);
    const after = await tableCounts(use().db);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    for (const [table, n] of Object.entries(before)) expect(after[table], table).toBeGreaterThanOrEqual(n);
    // The seeded incidents are all still there.
    for (const id of Object.values(seeded.incidents))
      expect((await call('GET', `/api/incidents/${id}`)).statusCode).toBe(200);
  });

  it('answers a reference to a record that does not exist with 404 naming the field, never 500', async () => {
    const ghost = '00000000-0000-4000-8000-000000000000';
    const before = await tableCounts(use().db);
    const attempts: [string, Promise<Awaited<ReturnType<DalilServer['inject']>>>][] = [
      ['incidentId', call('POST', '/api/figures', { caseId, what: 'x', value: 1, incidentId: ghost })],
      ['reportedById', call('POST', '/api/figures', { caseId, what: 'x', value: 1, reportedById: ghost })],
      ['affiliationId', call('POST', '/api/actors', { kind: 'person', name: 'x', affiliationId: ghost })],
      [
        'incidentId',
        app.inject({
          method: 'POST',
          url: `/api/cases/${caseId}/evidence?fileName=a.jpg&collector=me&incidentId=${ghost}`,
          ...octets(Uint8Array.from([0xff, 0xd8, 0xff, 9])),
        }),
      ],
    ];
    for (const [field, attempt] of attempts) {
      const response = await attempt;
      expect(response.statusCode, response.body).toBe(404);
      expect(response.json<ErrorJson>().error).toMatchObject({ code: 'not_found', field });
    }
    expect(await tableCounts(use().db)).toEqual(before);
  });

  afterAll(async () => {
    await app.close();
  });
});
