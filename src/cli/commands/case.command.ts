import type { Command } from 'commander';
import { createCase, listCases } from '../../cases/case.service.js';
import { given, withContext } from '../app-context.js';
import { printJson, printRecord, printTable } from '../output.js';

export function registerCaseCommands(program: Command): void {
  const cases = program.command('case').description('cases: the workspaces that group a record');
  cases
    .command('add')
    .description('create a case')
    .requiredOption('--slug <slug>', 'short name, e.g. kyrgyzstan-2020-10')
    .requiredOption('--title <title>', 'title')
    .option('--description <text>', 'description')
    .option('--confidentiality <level>', 'public | restricted | confidential')
    .action(async (o: Record<string, string | undefined>, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const created = await createCase(
          ctx,
          given({
            slug: o.slug,
            title: o.title,
            description: o.description,
            confidentiality: o.confidentiality,
          }),
        );
        if (g.json) printJson(created);
        else printRecord({ id: created.id, slug: created.slug, title: created.title });
      }),
    );
  cases
    .command('list')
    .description('list cases')
    .action(async (_o: unknown, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const list = await listCases(ctx);
        if (g.json) printJson(list);
        else
          printTable(list as unknown as Record<string, unknown>[], [
            'slug',
            'title',
            'confidentiality',
            'id',
          ]);
      }),
    );
}
