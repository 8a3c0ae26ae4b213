/** The allegation services through their two doors: the `dalil allegation` CLI and the HTTP API. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveTarget } from '../app/database-target.js';
import { createAct } from '../acts/act.service.js';
import { runCli } from '../cli/run-cli.js';
import { openDatabase } from '../db/connect.js';
import { migrateToLatest } from '../db/migrate.js';
import { seedKyrgyzstanCase } from '../demo/seed-kyrgyzstan.js';
import { buildServer } from '../http/server.js';
import { createTestDatabase, databaseKinds, describeEachDatabase } from '../test/databases.js';

interface Listed {
  id: string;
  title: string;
  stage: string;
  flags: number;
}

for (const kind of databaseKinds) {
  describe(`dalil allegation [${kind}]`, () => {
    let folder = '';
    let env: Record<string, string | undefined> = {};
    let dispose = async () => {};
    let handAct = '';
    const dalil = (...args: string[]) => runCli(kind === 'pglite' ? ['--data', folder, ...args] : args, env);

    beforeAll(async () => {
      folder = mkdtempSync(path.join(os.tmpdir(), 'dalil-allegations-'));
      // Where the CLI itself will look for the data folder's database.
      let url = resolveTarget({ data: folder }, {}).url;
      if (kind === 'postgres') {
        const database = await createTestDatabase('postgres');
        env = { DATABASE_URL: database.url };
        url = database.url;
        await database.db.destroy();
        dispose = database.dispose;
      } else env = { DATABASE_URL: undefined };
      const { db, close } = await openDatabase({ url });
      await migrateToLatest(db);
      const seeded = await seedKyrgyzstanCase({ db, actor: 'tester' }, null);
      // An act the rules would not propose, to be alleged by hand.
      handAct = (
        await createAct(
          { db, actor: 'tester' },
          {
            incidentId: seeded.incidents['buildings-seized'],
            actType: 'threat',
            perpetratorLabel: 'a group of protesters',
            victimLabel: 'staff of the television station',
            victimRole: 'bystander',
            methods: ['threat'],
          },
        )
      ).id;
      await close();
    });
    afterAll(async () => {
      rmSync(folder, { recursive: true, force: true });
      await dispose();
    });

    it('proposes, steps an allegation out of order only with a reason, and lists what is overdue', async () => {
      const added = await dalil(
        'allegation',
        'add',
        '--case',
        'kyrgyzstan-2020-10',
        '--title',
        'Threats against television staff',
        '--act',
        handAct,
        '--authority',
        'Bishkek city prosecutor',
        '--authority-kind',
        'prosecutor',
        '--today',
        '2020-10-09',
        '--json',
      );
      expect(added.stderr).toBe('');
      expect(JSON.parse(added.stdout)).toMatchObject({
        stage: 'documented',
        documentedOn: '2020-10-09',
        authority: { name: 'Bishkek city prosecutor', kind: 'prosecutor' },
        victims: [{ label: 'staff of the television station', role: 'bystander' }],
      });

      const proposed = await dalil(
        'allegation',
        'propose',
        '--case',
        'kyrgyzstan-2020-10',
        '--today',
        '2020-10-10',
      );
      expect(proposed.stderr).toBe('');
      expect(proposed.stdout).toContain('5 recorded');
      expect(proposed.stdout).toContain('Death of demonstrators by police officers');

      const listed = JSON.parse(
        (await dalil('allegation', 'list', '--case', 'kyrgyzstan-2020-10', '--today', '2020-10-20', '--json'))
          .stdout,
      ) as Listed[];
      expect(listed).toHaveLength(6);
      expect(listed[0]?.title).toMatch(/^Death of/); // urgent first
      const phone = listed.find((a) => a.title.startsWith('Obstruction of Ruslan Kharizov'));
      if (!phone) throw new Error('no allegation for the confiscated phone');

      const skipped = await dalil('allegation', 'step', phone.id, '--kind', 'tried', '--date', '2020-11-02');
      expect(skipped.code).toBe(1);
      expect(skipped.stderr).toMatch(/invalid_transition.*cannot be recorded before.*give --reason/);

      const submitted = await dalil(
        'allegation',
        'step',
        phone.id,
        '--kind',
        'submitted',
        '--date',
        '2020-11-02',
        '--note',
        'Complaint to the internal affairs service',
        '--today',
        '2020-11-05',
      );
      expect(submitted.stderr).toBe('');
      expect(submitted.stdout).toMatch(/stage\s+submitted/);

      const kloop = listed.find((a) => a.title.includes('Kloop'));
      if (!kloop) throw new Error('no allegation for the Kloop crew');
      const opened = await dalil(
        'allegation',
        'step',
        kloop.id,
        '--kind',
        'investigation_opened',
        '--date',
        '2020-10-15',
        '--reason',
        'The Osh police opened a case on their own after the video spread; nothing was submitted',
        '--today',
        '2020-10-20',
        '--json',
      );
      expect(opened.stderr).toBe('');
      expect(JSON.parse(opened.stdout)).toMatchObject({
        stage: 'investigation_opened',
        stageSince: '2020-10-15',
      });

      const late = await dalil(
        'allegation',
        'overdue',
        '--case',
        'kyrgyzstan-2020-10',
        '--today',
        '2020-12-20',
      );
      expect(late.stdout.split('\n')[0]).toMatch(/^Policy: /);
      expect(late.stdout).toContain('Policy: investigation not opened 30 days after submission');

      const shown = await dalil('allegation', 'show', phone.id, '--today', '2020-12-20');
      expect(shown.stdout).toMatch(/2020-11-02\s+submitted — Complaint to the internal affairs service/);

      const policyFile = path.join(folder, 'policy.json');
      writeFileSync(
        policyFile,
        JSON.stringify({
          rules: [
            {
              id: 'investigation-within-a-fortnight',
              afterStage: 'submitted',
              waitDays: 14,
              expect: 'investigation_opened',
              action: 'overdue',
              label: 'investigation not opened two weeks after submission',
            },
          ],
        }),
      );
      const set = await dalil('allegation', 'policy', '--case', 'kyrgyzstan-2020-10', '--set', policyFile);
      expect(set.stderr).toBe('');
      expect(set.stdout).toContain('Policy: investigation not opened two weeks after submission');
      const stricter = await dalil(
        'allegation',
        'overdue',
        '--case',
        'kyrgyzstan-2020-10',
        '--today',
        '2020-11-20',
        '--json',
      );
      const strict = JSON.parse(stricter.stdout) as { policy: string; items: unknown[] };
      expect(strict.policy).toMatch(/^Policy: this case's own/);
      expect(strict.items).toEqual([
        expect.objectContaining({
          ruleId: 'investigation-within-a-fortnight',
          dueDate: '2020-11-16',
          daysLate: 4,
        }),
      ]);

      const figures = JSON.parse(
        (
          await dalil(
            'allegation',
            'stats',
            '--case',
            'kyrgyzstan-2020-10',
            '--today',
            '2020-12-20',
            '--json',
          )
        ).stdout,
      ) as {
        overall: { submitted: number; investigated: number; medianDaysWaitingForInvestigation: number };
      };
      // The investigation opened without a submission counts as submitted and investigated.
      expect(figures.overall).toMatchObject({
        submitted: 2,
        investigated: 1,
        medianDaysWaitingForInvestigation: 48,
      });

      const letter = await dalil('allegation', 'letter', phone.id, '--today', '2020-11-01');
      // Pseudonyms are the case's: Kozhomuratov (5 October) is Journalist A, Kharizov (6 October) B.
      expect(letter.stdout).toContain(
        '# Submission: Obstruction of Journalist B by a law enforcement officer',
      );
      expect(letter.stdout).not.toContain('Kharizov');
    });
  });
}

describeEachDatabase('allegations over HTTP', (use) => {
  it('proposes, records a step, refuses bad input by field, and writes a letter', async () => {
    const seeded = await seedKyrgyzstanCase({ db: use().db, actor: 'tester' }, null);
    const app = await buildServer({ db: use().db, allowLocal: true });
    try {
      const proposed = await app.inject({
        method: 'POST',
        url: `/api/cases/${seeded.caseId}/allegations/propose`,
        payload: {},
      });
      expect(proposed.statusCode).toBe(201);
      const created = proposed.json<{ created: { id: string; title: string }[] }>().created;
      expect(created).toHaveLength(5);
      const kloop = created.find((a) => a.title.includes('Kloop'));
      if (!kloop) throw new Error('no allegation for the Kloop crew');

      const step = (payload: Record<string, string>) =>
        app.inject({ method: 'POST', url: `/api/allegations/${kloop.id}/steps`, payload });
      const early = await step({ kind: 'submitted', date: '2020-10-01' });
      expect(early.statusCode).toBe(400);
      expect(early.json()).toMatchObject({ error: { code: 'validation_failed', field: 'date' } });
      const unknownKind = await step({ kind: 'lost_in_the_post', date: '2020-10-20' });
      expect(unknownKind.statusCode).toBe(400);
      const ok = await step({ kind: 'submitted', date: '2020-10-20', note: 'Complaint to the Osh police' });
      expect(ok.statusCode).toBe(201);
      expect(ok.json()).toMatchObject({ stage: 'submitted', stageSince: '2020-10-20' });

      const late = await app.inject({
        method: 'GET',
        url: `/api/cases/kyrgyzstan-2020-10/allegations/overdue?asOf=2020-12-01&kind=overdue`,
      });
      const items = late.json<{ items: { allegationId: string; ruleId: string }[] }>().items;
      expect(items).toContainEqual(
        expect.objectContaining({ allegationId: kloop.id, ruleId: 'investigation-after-submission' }),
      );

      const letter = await app.inject({
        method: 'POST',
        url: `/api/allegations/${kloop.id}/letter`,
        payload: { format: 'html', recipient: { name: 'Osh city police', kind: 'police' } },
      });
      expect(letter.statusCode).toBe(200);
      const text = letter.json<{ text: string }>().text;
      expect(text).toContain(
        '<h1>Submission: Attack on film crew of Kloop by two unidentified men, 2020-10-04</h1>',
      );
      expect(text).toContain('abuse by non-state actors');
      const docs = await app.inject({ method: 'GET', url: '/api/docs/json' });
      expect(docs.body).toContain('/api/allegations/{id}/steps');
    } finally {
      await app.close();
    }
  });
});
