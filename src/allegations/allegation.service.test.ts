import { expect, it } from 'vitest';
import { verifyAuditLog } from '../audit/audit-log.js';
import { readSeedStatement } from '../demo/statement-file.js';
import { seedKyrgyzstanCase, type SeededCase } from '../demo/seed-kyrgyzstan.js';
import { createTestDatabase, describeEachDatabase } from '../test/databases.js';
import { exportRecord, serialiseExport } from '../transfer/export.js';
import { importRecord } from '../transfer/import.js';
import { allegationLetter } from './allegation-letter.js';
import { getPolicy, setPolicy } from './allegation-policy.js';
import { todayOf } from './allegation.load.js';
import { addStep } from './allegation-steps.service.js';
import { createAllegation, proposeForCase, updateAllegation } from './allegation.service.js';
import {
  getAllegation,
  listAllegations,
  overdue,
  setChecklist,
  stats,
} from './allegation-tracking.service.js';
import type { AllegationSummary } from './allegation.schema.js';

const PROPOSED_ON = '2020-10-10';

describeEachDatabase('allegations on the seed case', (use) => {
  let seed: SeededCase;
  let created: AllegationSummary[] = [];
  const ctx = () => ({ db: use().db, actor: 'tester' });
  const about = (incidentKey: string) => {
    const found = created.find((a) => a.incidentIds.includes(seed.incidents[incidentKey] ?? '-'));
    if (!found) throw new Error(`no allegation about ${incidentKey}`);
    return found;
  };

  it('proposes one allegation per act to answer for, and none for the protest or the seized buildings', async () => {
    seed = await seedKyrgyzstanCase(ctx(), readSeedStatement());
    const result = await proposeForCase(ctx(), 'kyrgyzstan-2020-10', { today: PROPOSED_ON });
    created = result.created;
    const incidents = created.flatMap((a) => a.incidentIds).sort();
    expect(incidents).toEqual(
      [
        'dispersal-bishkek',
        'kozhomuratov-rubber-bullet',
        'kharizov-phone',
        'kloop-crew-osh',
        'ambulances-seized',
      ]
        .map((k) => seed.incidents[k])
        .sort(),
    );
    for (const a of created) {
      expect(a.stage).toBe('documented');
      expect(a.documentedOn).toBe(PROPOSED_ON);
      expect(a.actIds).toHaveLength(1);
    }
  });

  it('keeps the death with the dispersal it happened in: the one act carries both, so it is urgent and for a prosecutor', () => {
    const dispersal = about('dispersal-bishkek');
    const triggers = (dispersal.grounds as { trigger: string }[]).map((g) => g.trigger);
    expect(triggers).toContain('death');
    expect(dispersal.priority).toBe('urgent');
    expect(dispersal.authority.kind).toBe('prosecutor');
    expect(dispersal.title).toBe('Death of demonstrators by police officers, 2020-10-05');
  });

  it('names the journalists and the medical services, with the authority each calls for', () => {
    expect(about('kozhomuratov-rubber-bullet')).toMatchObject({
      title: 'Attack on Aibol Kozhomuratov by police special forces, 2020-10-05',
      victims: [{ label: 'Aibol Kozhomuratov', role: 'journalist', actorId: seed.actors.kozhomuratov }],
      authority: { kind: 'prosecutor' },
      priority: 'high',
    });
    expect(about('kharizov-phone')).toMatchObject({
      title: 'Obstruction of Ruslan Kharizov by a law enforcement officer, 2020-10-06',
      authority: { kind: 'internal_affairs' },
    });
    expect(about('kloop-crew-osh').title).toBe(
      'Attack on film crew of Kloop by two unidentified men, 2020-10-04',
    );
    expect(about('kloop-crew-osh').authority.kind).toBe('police');
    const ambulances = about('ambulances-seized');
    expect((ambulances.grounds as { trigger: string }[]).map((g) => g.trigger)).toContain('medical');
    expect(ambulances.victims[0]?.role).toBe('medical');
  });

  it('grounds the rubber bullet on the standards engine: a finding with its rule, not only the victim role', () => {
    const grounds = about('kozhomuratov-rubber-bullet').grounds as { trigger: string; rule: string | null }[];
    const fromFindings = grounds.filter((g) => g.rule !== null);
    expect(fromFindings.length).toBeGreaterThan(0);
    expect(fromFindings.every((g) => ['violation', 'possible_violation'].includes(g.trigger))).toBe(true);
  });

  it('proposes nothing the second time: no act is proposed twice', async () => {
    const again = await proposeForCase(ctx(), seed.caseId, { today: '2020-10-11' });
    expect(again.proposals).toEqual([]);
    expect(again.created).toEqual([]);
    expect(await listAllegations(ctx(), seed.caseId, { today: '2020-10-11' })).toHaveLength(5);
  });

  it('refuses a hand-made allegation over an act already alleged', async () => {
    const actId = about('kharizov-phone').actIds[0] ?? '';
    await expect(
      createAllegation(
        ctx(),
        { caseId: seed.caseId, title: 'Again', actIds: [actId] },
        { today: PROPOSED_ON },
      ),
    ).rejects.toMatchObject({ code: 'conflict', field: 'actIds' });
  });

  it('moves the rubber-bullet allegation through its steps; stage, overdue list and statistics follow', async () => {
    const id = about('kozhomuratov-rubber-bullet').id;
    const flagsOf = async (today: string) =>
      (await overdue(ctx(), seed.caseId, { today })).items
        .filter((f) => f.allegationId === id)
        .map((f) => f.ruleId);

    // Not submitted 30 days after documenting: policy asks for a submission.
    expect(await flagsOf('2020-11-20')).toEqual(['submit-after-documenting']);
    let shown = await addStep(
      ctx(),
      id,
      { kind: 'submitted', date: '2020-11-02', note: 'Letter to the Prosecutor General' },
      { today: '2020-11-20' },
    );
    expect(shown.stage).toBe('submitted');
    expect(await flagsOf('2020-11-20')).toEqual(['response-after-submission']);

    // A month and more without an investigation: overdue.
    const late = await overdue(ctx(), seed.caseId, { today: '2020-12-10' });
    expect(late.policy).toMatch(/^Policy: /);
    expect(
      late.items
        .filter((f) => f.allegationId === id)
        .map((f) => f.ruleId)
        .sort(),
    ).toEqual(['investigation-after-submission', 'response-after-submission']);
    let figures = await stats(ctx(), seed.caseId, { today: '2020-12-10' });
    expect(figures.overall.byStage.submitted).toBe(1);
    expect(figures.overall.byStage.documented).toBe(4);
    expect(figures.overall.medianDaysWaitingForInvestigation).toBe(38);
    expect(figures.overall.shareInvestigated).toBe(0);

    shown = await addStep(ctx(), id, { kind: 'acknowledged', date: '2020-11-09' }, { today: '2020-12-10' });
    shown = await addStep(
      ctx(),
      id,
      { kind: 'investigation_opened', date: '2020-12-01' },
      { today: '2020-12-10' },
    );
    expect(shown.stage).toBe('investigation_opened');
    expect(shown.stageSince).toBe('2020-12-01');
    expect(await flagsOf('2020-12-10')).toEqual([]);
    figures = await stats(ctx(), seed.caseId, { today: '2020-12-10' });
    expect(figures.overall.shareInvestigated).toBe(1);
    expect(figures.overall.medianDays.submittedToInvestigation).toBe(29);
    expect(figures.overall.medianDays.submittedToAcknowledged).toBe(7);

    // A year on, still no charges.
    expect(await flagsOf('2021-12-15')).toContain('result-after-investigation');
    const detail = await getAllegation(ctx(), id, { today: '2021-12-15' });
    expect(detail.timeline.map((t) => t.step.kind)).toEqual([
      'documented',
      'submitted',
      'acknowledged',
      'investigation_opened',
    ]);
    expect(detail.flags.every((f) => f.label.startsWith('Policy:'))).toBe(true);
  });

  it('corrects a step without erasing it: the old date stays in the timeline, superseded', async () => {
    const id = about('kozhomuratov-rubber-bullet').id;
    const before = await getAllegation(ctx(), id, { today: '2020-12-10' });
    const submitted = before.timeline.find((t) => t.step.kind === 'submitted')?.step.id ?? '';
    const after = await addStep(
      ctx(),
      id,
      {
        kind: 'submitted',
        date: '2020-11-03',
        correctsStepId: submitted,
        note: 'Registry stamp says 3 November',
      },
      { today: '2020-12-10' },
    );
    const submittedEntries = after.timeline.filter((t) => t.step.kind === 'submitted');
    expect(submittedEntries).toHaveLength(2);
    expect(submittedEntries.find((t) => t.step.id === submitted)).toMatchObject({ effective: false });
    expect(submittedEntries.find((t) => t.step.id !== submitted)).toMatchObject({
      effective: true,
      step: { date: '2020-11-03' },
    });
  });

  it('keeps steps append-only in the database itself', async () => {
    const id = about('kozhomuratov-rubber-bullet').id;
    const step = () => use().db.selectFrom('allegation_steps').select('id').where('allegation_id', '=', id);
    const before = await step().execute();
    await expect(
      use().db.deleteFrom('allegation_steps').where('allegation_id', '=', id).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      use()
        .db.updateTable('allegation_steps')
        .set({ date: '2020-10-06' })
        .where('allegation_id', '=', id)
        .execute(),
    ).rejects.toThrow(/append-only/);
    expect(await step().execute()).toHaveLength(before.length);
  });

  it('refuses a step out of order without a reason, and accepts it with one', async () => {
    const id = about('kharizov-phone').id;
    await expect(
      addStep(ctx(), id, { kind: 'charged', date: '2020-12-01' }, { today: '2020-12-10' }),
    ).rejects.toMatchObject({
      code: 'invalid_transition',
    });
    expect((await getAllegation(ctx(), id, { today: '2020-12-10' })).stage).toBe('documented');
    const accepted = await addStep(
      ctx(),
      id,
      {
        kind: 'investigation_opened',
        date: '2020-12-01',
        outOfOrderReason:
          'The prosecutor opened a case on his own after the broadcast; nothing was submitted',
      },
      { today: '2020-12-10' },
    );
    expect(accepted.stage).toBe('investigation_opened');
    expect(accepted.timeline.at(-1)?.step.outOfOrderReason).toMatch(/on his own/);
  });

  it('refuses to move the clock into the future to get a future step accepted', async () => {
    const id = about('kloop-crew-osh').id;
    await expect(
      addStep(ctx(), id, { kind: 'submitted', date: '2099-01-02' }, { today: '2099-01-02' }),
    ).rejects.toMatchObject({ code: 'validation_failed', field: 'today' });
    expect(todayOf({ today: '2026-11-29' }, new Date('2026-11-28T23:00:00Z'))).toBe('2026-11-29');
    expect(() => todayOf({ today: '2026-11-30' }, new Date('2026-11-28T23:00:00Z'))).toThrow(/in the future/);
  });

  it('refuses a date in the future, a date before the incident and a date that is not one', async () => {
    const id = about('kloop-crew-osh').id;
    const step = (date: string) => addStep(ctx(), id, { kind: 'submitted', date }, { today: '2020-12-10' });
    await expect(step('2020-12-11')).rejects.toMatchObject({ code: 'validation_failed', field: 'date' });
    await expect(step('2020-10-03')).rejects.toMatchObject({ code: 'validation_failed', field: 'date' });
    await expect(step('2020-02-30')).rejects.toMatchObject({ code: 'validation_failed', field: 'date' });
    expect((await getAllegation(ctx(), id, { today: '2020-12-10' })).timeline).toHaveLength(1);
  });

  it('scores the investigation checklist and keeps the answers versioned', async () => {
    const id = about('kozhomuratov-rubber-bullet').id;
    const { version } = await getAllegation(ctx(), id, { today: '2020-12-10' });
    const scored = await setChecklist(
      ctx(),
      id,
      {
        version,
        answers: [
          { itemId: 'prompt', status: 'not_met', source: 'opened a month after our letter' },
          { itemId: 'independent', status: 'met', source: 'investigators from another region' },
        ],
      },
      { today: '2020-12-10' },
    );
    expect(scored.checklist.score).toMatchObject({
      verdict: 'falls_short',
      notMet: ['prompt'],
      coverage: 0.25,
    });
    await expect(setChecklist(ctx(), id, { version, answers: [] })).rejects.toMatchObject({
      code: 'version_conflict',
    });
  });

  it('writes a submission letter with the facts, the sources and the standards, redacted for an uncleared recipient', async () => {
    const id = about('kozhomuratov-rubber-bullet').id;
    const letter = await allegationLetter(ctx(), id, { format: 'markdown' }, { today: '2020-11-02' });
    expect(letter.recipient).toEqual({ name: 'The Prosecutor', kind: 'prosecutor', cleared: false });
    const text = letter.text;
    // The facts: when, where, by whom, what.
    expect(text).toContain('On 2020-10-05, in Bishkek. By whom: police special forces.');
    expect(text).toContain('fired a rubber bullet directly at him');
    // The sources: the statement, and the footnote it gives for this fact, as a link.
    expect(text).toContain(
      'Amnesty International urges respect for human rights in Kyrgyzstan, Amnesty International',
    );
    expect(text).toContain('note 2, cpj.org');
    expect(text).toContain(
      '<https://cpj.org/2020/10/journalists-attacked-obstructed-during-and-after-parliamentary-elections-in-kyrgyzstan/>',
    );
    // The standards the engine found, cited, in the words RULES.md allows.
    expect(text).toMatch(/- LLW 7\.5 \(UN Human Rights Guidance on Less-Lethal Weapons/);
    expect(text).toContain('the facts are inconsistent with this standard');
    expect(text).not.toMatch(/illegal/i);
    // The reporter has not agreed to be named: a pseudonym everywhere, in both scripts.
    expect(text).not.toMatch(/Kozhomuratov|Кожомуратов|Aibol/);
    expect(text).toContain('# Submission: Attack on Journalist A by police special forces, 2020-10-05');
    expect(text).toContain('Affected: Journalist A.');
    expect(text).toContain('## Confidentiality');
  });

  it('names the reporter to a cleared recipient, and escapes the HTML letter', async () => {
    const id = about('kozhomuratov-rubber-bullet').id;
    const cleared = await allegationLetter(
      ctx(),
      id,
      {
        format: 'html',
        recipient: { name: 'Prosecutor General <Bishkek>', kind: 'prosecutor', cleared: true },
      },
      { today: '2020-11-02' },
    );
    expect(cleared.text).toContain('Aibol Kozhomuratov (journalist, Current Time)');
    expect(cleared.text).toContain('To: Prosecutor General &lt;Bishkek&gt; (Prosecutor)');
    expect(cleared.text).not.toContain('<Bishkek>');
    expect(cleared.text).not.toContain('Confidentiality');
    const disclosed = await ctx()
      .db.selectFrom('audit_log')
      .select(['action', 'after'])
      .where('entity_id', '=', id)
      .where('action', '=', 'allegation.letter_unmasked')
      .execute();
    expect(disclosed).toHaveLength(1);
    expect(JSON.stringify(disclosed[0]!.after)).toContain('Prosecutor General <Bishkek>');
  });

  it('sets the responsible authority, which then receives the letter', async () => {
    const { id, version } = about('ambulances-seized');
    const updated = await updateAllegation(ctx(), id, {
      version,
      authority: { name: 'Bishkek city police department', kind: 'police' },
    });
    expect(updated.authority).toMatchObject({ name: 'Bishkek city police department', kind: 'police' });
    const letter = await allegationLetter(ctx(), id, {}, { today: '2020-10-20' });
    expect(letter.recipient.name).toBe('Bishkek city police department');
    expect(letter.text).toContain('To: Bishkek city police department (Police)');
    await expect(updateAllegation(ctx(), id, { version, title: 'Stale' })).rejects.toMatchObject({
      code: 'version_conflict',
    });
  });

  it('uses the default policy until the case sets its own, always labelled as policy', async () => {
    const before = await getPolicy(ctx(), seed.caseId);
    expect(before).toMatchObject({ isDefault: true, version: null });
    expect([before.label, ...before.rules].every((l) => l.startsWith('Policy:'))).toBe(true);
    const ambulances = about('ambulances-seized').id;
    const lateOn = async (today: string) =>
      (await overdue(ctx(), seed.caseId, { today })).items.filter((f) => f.allegationId === ambulances);
    expect(await lateOn('2020-10-20')).toEqual([]); // 10 days after documenting: within the default 30

    const strict = {
      rules: [
        {
          id: 'submit-within-a-week',
          afterStage: 'documented',
          waitDays: 7,
          expect: 'submitted',
          action: 'overdue',
          label: 'submit within a week of documenting',
        },
      ],
    };
    const after = await setPolicy(ctx(), seed.caseId, strict);
    expect(after).toMatchObject({ isDefault: false, version: 1 });
    expect(after.rules).toEqual(['Policy: submit within a week of documenting']);
    expect(await lateOn('2020-10-20')).toEqual([
      expect.objectContaining({ ruleId: 'submit-within-a-week', dueDate: '2020-10-17', daysLate: 3 }),
    ]);
    await expect(setPolicy(ctx(), seed.caseId, strict)).rejects.toMatchObject({ code: 'version_conflict' });
    await expect(
      setPolicy(ctx(), seed.caseId, {
        version: 1,
        rules: [{ ...strict.rules[0], afterStage: undefined, afterStep: 'no_such_step' }],
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
  });

  it('carries allegations, steps, corrections and checklists and the case policy through export and import unchanged', async () => {
    const first = serialiseExport(await exportRecord(use().db));
    const parsed = JSON.parse(first) as { tables: Record<string, unknown[]> };
    expect(parsed.tables.allegations).toHaveLength(5);
    expect(parsed.tables.allegation_policies).toHaveLength(1);
    expect(parsed.tables.allegation_steps?.length).toBe(10);
    const empty = await createTestDatabase(use().kind);
    try {
      await importRecord({ db: empty.db, actor: 'tester' }, parsed);
      expect(serialiseExport(await exportRecord(empty.db))).toBe(first);
    } finally {
      await empty.dispose();
    }
  });

  it('records every write in the audit log, and the chain still verifies', async () => {
    const entries = await use()
      .db.selectFrom('audit_log')
      .select('action')
      .where('action', 'like', 'allegation.%')
      .execute();
    const actions = entries.map((e) => e.action);
    expect(actions.filter((a) => a === 'allegation.create')).toHaveLength(5);
    expect(actions.filter((a) => a === 'allegation.step')).toHaveLength(5);
    expect(await verifyAuditLog(use().db)).toMatchObject({ ok: true });
  });
});
