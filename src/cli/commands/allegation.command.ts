/**
 * `dalil allegation …`: propose allegations from a case's acts, record their steps, list what is overdue by
 * the case's policy, statistics, and submission letters. Calls the same services as the HTTP API.
 */
import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { getPolicy, setPolicy } from '../../allegations/allegation-policy.js';
import { allegationLetter } from '../../allegations/allegation-letter.js';
import { addStep } from '../../allegations/allegation-steps.service.js';
import { createAllegation, proposeForCase } from '../../allegations/allegation.service.js';
import { getCase } from '../../cases/case.service.js';
import { AppError, isAppError } from '../../shared/errors.js';
import {
  getAllegation,
  listAllegations,
  overdue,
  stats,
} from '../../allegations/allegation-tracking.service.js';
import { given, withContext } from '../app-context.js';
import { printJson, printRecord, printTable } from '../output.js';

type Opts = Record<string, string | boolean | undefined>;
const str = (v: string | boolean | undefined): string | undefined => (typeof v === 'string' ? v : undefined);
/** The engine names the field (outOfOrderReason); on the command line it is --reason. */
function onCommandLine(error: unknown): never {
  if (isAppError(error) && error.message.includes('outOfOrderReason'))
    throw new AppError(error.code, error.message.replaceAll('an outOfOrderReason', '--reason'), error.field);
  throw error;
}
/** `--today` exists for back-filling and tests; by default the clock's day is used. */
const clockOf = (o: Opts) => given({ today: str(o.today) });

export function registerAllegationCommands(program: Command): void {
  const allegations = program
    .command('allegation')
    .description('allegations: track every allegation to an investigation and an outcome');

  allegations
    .command('list')
    .description("a case's allegations, urgent first, with their stage and late policy flags")
    .requiredOption('--case <case>', 'case slug or id')
    .option('--today <YYYY-MM-DD>', 'as of this day')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const items = await listAllegations(ctx, str(o.case) ?? '', clockOf(o));
        if (g.json) return printJson(items);
        printTable(
          items.map((a) => ({ ...a, authority: a.authority.name ?? a.authority.kind ?? '' })),
          ['priority', 'stage', 'flags', 'authority', 'title', 'id'],
        );
      }),
    );

  allegations
    .command('add')
    .description('record an allegation by hand from acts (victims come from the acts)')
    .requiredOption('--case <case>', 'case slug or id')
    .requiredOption('--title <title>', 'what is alleged, against whom')
    .requiredOption('--act <actIds...>', 'the acts it groups')
    .option('--perpetrator <label>', 'the alleged perpetrator as the sources name them')
    .option('--authority <name>', 'the responsible authority')
    .option('--authority-kind <kind>', 'prosecutor | internal_affairs | ombudsman | police | court | other')
    .option('--today <YYYY-MM-DD>', 'the documented date (default: today)')
    .action(async (o: Record<string, string | string[] | undefined>, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const authority = typeof o.authority === 'string' ? o.authority : undefined;
        const created = await createAllegation(
          ctx,
          {
            caseId: (await getCase(ctx, String(o.case))).id,
            title: o.title,
            actIds: o.act,
            ...given({ perpetratorLabel: o.perpetrator }),
            ...(authority && { authority: { name: authority, kind: o.authorityKind ?? 'other' } }),
          },
          given({ today: typeof o.today === 'string' ? o.today : undefined }),
        );
        if (g.json) return printJson(created);
        printRecord({ id: created.id, title: created.title, stage: created.stage });
      }),
    );

  allegations
    .command('propose')
    .description("propose allegations from a case's acts (standards findings, deaths, journalists, medics)")
    .requiredOption('--case <case>', 'case slug or id')
    .option('--dry-run', 'only show what would be proposed')
    .option('--today <YYYY-MM-DD>', 'the documented date (default: today)')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const result = await proposeForCase(ctx, str(o.case) ?? '', {
          ...clockOf(o),
          dryRun: o.dryRun === true,
        });
        if (g.json) return printJson(result);
        printTable(
          result.proposals.map((p) => ({
            ...p,
            authority: p.authorityKind,
            grounds: [...new Set(p.grounds.map((x) => x.trigger))],
          })),
          ['priority', 'authority', 'grounds', 'title'],
        );
        process.stdout.write(
          o.dryRun
            ? `${result.proposals.length} proposed (dry run)\n`
            : `${result.created.length} recorded\n`,
        );
      }),
    );

  allegations
    .command('show <id>')
    .description('one allegation: stage, timeline, policy flags, investigation checklist')
    .option('--today <YYYY-MM-DD>', 'as of this day')
    .action(async (id: string, o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const a = await getAllegation(ctx, id, clockOf(o));
        if (g.json) return printJson(a);
        printRecord({
          id: a.id,
          title: a.title,
          stage: a.outcome ? `${a.stage} (${a.outcome})` : a.stage,
          since: a.stageSince ?? a.documentedOn,
          authority: [a.authority.name, a.authority.kind].filter(Boolean).join(', '),
          priority: a.priority,
          victims: a.victims.map((v) => v.label).join('; '),
          investigation: `${a.checklist.score.verdict} (coverage ${Math.round(a.checklist.score.coverage * 100)}%)`,
        });
        process.stdout.write('\ntimeline:\n');
        for (const t of a.timeline)
          process.stdout.write(
            `  ${t.step.date}  ${t.step.kind}${t.effective ? '' : ` (superseded by ${t.supersededBy ?? '?'})`}${t.step.note ? ` — ${t.step.note}` : ''}${t.step.outOfOrderReason ? ` [out of order: ${t.step.outOfOrderReason}]` : ''}  ${t.step.id}\n`,
          );
        process.stdout.write(`\n${a.policy.label}\n`);
        for (const f of a.flags)
          process.stdout.write(`  ${f.kind}: ${f.label} (due ${f.dueDate}, ${f.daysLate} days late)\n`);
      }),
    );

  allegations
    .command('step <id>')
    .description('record a dated step: submitted, acknowledged, investigation_opened, charged, conviction, …')
    .requiredOption('--kind <kind>', 'step kind')
    .requiredOption('--date <YYYY-MM-DD>', 'when it happened')
    .option('--note <text>', 'what it was, where it is recorded')
    .option('--reason <text>', 'why this step is recorded out of the usual order')
    .option('--corrects <stepId>', 'the step this one corrects (the old one is kept, superseded)')
    .option('--response <r>', 'for official_response: denial | acknowledgement | acceptance')
    .option('--follow-up <f>', 'for follow_up: letter_sent | reminder')
    .option('--remedy <r>', 'for remedy: reparation | apology | rehabilitation | compensation')
    .option('--today <YYYY-MM-DD>', 'the day it is recorded (default: today)')
    .action(async (id: string, o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const a = await addStep(
          ctx,
          id,
          given({
            kind: str(o.kind),
            date: str(o.date),
            note: str(o.note),
            outOfOrderReason: str(o.reason),
            correctsStepId: str(o.corrects),
            response: str(o.response),
            followUp: str(o.followUp),
            remedy: str(o.remedy),
          }),
          clockOf(o),
        ).catch(onCommandLine);
        if (g.json) return printJson(a);
        printRecord({ id: a.id, stage: a.stage, since: a.stageSince, flags: a.flags.length });
      }),
    );

  allegations
    .command('overdue')
    .description("late follow-ups and overdue answers by the case's policy (policy, not law)")
    .requiredOption('--case <case>', 'case slug or id')
    .option('--today <YYYY-MM-DD>', 'as of this day')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const result = await overdue(ctx, str(o.case) ?? '', clockOf(o));
        if (g.json) return printJson(result);
        process.stdout.write(`${result.policy}\n`);
        printTable(
          result.items.map((i) => ({ ...i })),
          ['daysLate', 'kind', 'dueDate', 'title', 'label'],
        );
      }),
    );

  allegations
    .command('policy')
    .description("a case's follow-up deadlines (the organisation's policy, not law); --set replaces them")
    .requiredOption('--case <case>', 'case slug or id')
    .option('--set <file.json>', 'a JSON file {"version"?: n, "rules": [...]} to store as the case policy')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const file = str(o.set);
        const policy = file
          ? await setPolicy(ctx, str(o.case) ?? '', JSON.parse(await readFile(file, 'utf8')) as unknown)
          : await getPolicy(ctx, str(o.case) ?? '');
        if (g.json) return printJson(policy);
        process.stdout.write(`${policy.label}\n${policy.rules.map((r) => `  ${r}\n`).join('')}`);
      }),
    );

  allegations
    .command('stats')
    .description('how far allegations got, how long authorities took, and impunity')
    .requiredOption('--case <case>', 'case slug or id')
    .option('--today <YYYY-MM-DD>', 'as of this day')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const result = await stats(ctx, str(o.case) ?? '', clockOf(o));
        if (g.json) return printJson(result);
        const s = result.overall;
        printRecord({
          allegations: s.total,
          ...Object.fromEntries(Object.entries(s.byStage).map(([k, v]) => [`at ${k}`, v])),
          submitted: s.submitted,
          investigated: s.investigated,
          'share investigated':
            s.shareInvestigated === null ? '-' : `${Math.round(s.shareInvestigated * 100)}%`,
          'median days to investigation': s.medianDays.submittedToInvestigation ?? '-',
          'median days waiting': s.medianDaysWaitingForInvestigation ?? '-',
          impunity: `${s.impunity.no_progress} no progress, ${s.impunity.partial_justice} partial, ${s.impunity.full_justice} full justice`,
        });
      }),
    );

  allegations
    .command('letter <id>')
    .description('a submission letter; names are pseudonymised unless the recipient is --cleared')
    .option('--format <f>', 'markdown | html', 'markdown')
    .option('--recipient <name>', 'who it is addressed to (default: the allegation authority)')
    .option('--recipient-kind <kind>', 'prosecutor | internal_affairs | ombudsman | police | court | other')
    .option('--cleared', 'the recipient may see names and exact places')
    .option('--from <name>', 'the organisation sending it')
    .option('--today <YYYY-MM-DD>', 'the letter date')
    .action(async (id: string, o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const letter = await allegationLetter(
          ctx,
          id,
          {
            format: str(o.format),
            recipient: given({
              name: str(o.recipient),
              kind: str(o.recipientKind),
              cleared: o.cleared === true,
            }),
            ...(str(o.from) && { organisation: { name: str(o.from) } }),
          },
          clockOf(o),
        );
        if (g.json) return printJson(letter);
        process.stdout.write(letter.text.endsWith('\n') ? letter.text : `${letter.text}\n`);
      }),
    );
}
