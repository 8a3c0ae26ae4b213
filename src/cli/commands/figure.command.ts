import type { Command } from 'commander';
import { getCase } from '../../cases/case.service.js';
import { createFigure, getFigure, listFigures, updateFigure } from '../../figures/figure.service.js';
import { given, intOption, numberOption, withContext } from '../app-context.js';
import { printJson, printRecord, printTable } from '../output.js';

type Opts = Record<string, string | undefined>;

function fieldOptions(command: Command): Command {
  return command
    .option('--what <text>', 'what is counted, e.g. "people treated in hospitals for injuries"')
    .option('--measure <key>', 'a key grouping the same measure, e.g. injured_treated')
    .option('--value <n>', 'the number')
    .option('--qualifier <q>', 'exact | at_least | at_most | about | more_than | less_than | almost')
    .option('--as-of <YYYY-MM-DD>', 'the date the number is for')
    .option('--place <name>', 'place name')
    .option('--incident <id>', 'the incident it belongs to')
    .option('--reported-by <name>', 'who reported it');
}
const fields = (o: Opts) =>
  given({
    what: o.what,
    measureKey: o.measure,
    value: numberOption(o.value, '--value'),
    qualifier: o.qualifier,
    asOf: o.asOf,
    place: o.place,
    incidentId: o.incident,
    reportedBy: o.reportedBy,
  });

export function registerFigureCommands(program: Command): void {
  const figures = program.command('figure').description('figures: reported numbers, kept side by side');
  fieldOptions(
    figures.command('add').description('record a figure').requiredOption('--case <case>', 'case slug or id'),
  ).action(async (o: Opts, cmd: Command) =>
    withContext(cmd, async (ctx, g) => {
      const created = await createFigure(ctx, { caseId: (await getCase(ctx, o.case!)).id, ...fields(o) });
      if (g.json) printJson(created);
      else printRecord({ id: created.id, what: created.what, value: created.value });
    }),
  );
  figures
    .command('list')
    .description('list figures')
    .option('--case <case>', 'case slug or id')
    .option('--measure <key>', 'only this measure')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const list = await listFigures(
          ctx,
          given({ caseId: o.case ? (await getCase(ctx, o.case)).id : undefined, measureKey: o.measure }),
        );
        if (g.json) printJson(list);
        else
          printTable(list as unknown as Record<string, unknown>[], [
            'asOf',
            'value',
            'qualifier',
            'what',
            'reportedBy',
            'id',
          ]);
      }),
    );
  figures
    .command('show <id>')
    .description('one figure')
    .action(async (id: string, _o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const figure = await getFigure(ctx, id);
        if (g.json) printJson(figure);
        else printRecord(figure as unknown as Record<string, unknown>);
      }),
    );
  fieldOptions(
    figures
      .command('edit <id>')
      .description('change a figure')
      .requiredOption('--version <n>', 'the version you are editing'),
  ).action(async (id: string, o: Opts, cmd: Command) =>
    withContext(cmd, async (ctx, g) => {
      const updated = await updateFigure(ctx, id, {
        version: intOption(o.version, '--version'),
        ...fields(o),
      });
      if (g.json) printJson(updated);
      else printRecord({ id: updated.id, version: updated.version, value: updated.value });
    }),
  );
}
