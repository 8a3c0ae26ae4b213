import type { Command } from 'commander';
import { createSource, getSource, listSources, updateSource } from '../../sources/source.service.js';
import { given, intOption, withContext } from '../app-context.js';
import { printJson, printRecord, printTable } from '../output.js';

type Opts = Record<string, string | undefined>;

function fieldOptions(command: Command): Command {
  return command
    .option('--name <name>', 'who says it')
    .option('--kind <kind>', 'ngo | media | government | international | individual | dataset | other')
    .option('--reliability <grade>', 'A (completely reliable) … F (cannot be judged)')
    .option('--url <url>', 'home page');
}
const fields = (o: Opts) => given({ name: o.name, kind: o.kind, reliability: o.reliability, url: o.url });

export function registerSourceCommands(program: Command): void {
  const sources = program.command('source').description('sources: who says it, with a reliability grade');
  fieldOptions(sources.command('add').description('record a source')).action(async (o: Opts, cmd: Command) =>
    withContext(cmd, async (ctx, g) => {
      const created = await createSource(ctx, fields(o));
      if (g.json) printJson(created);
      else printRecord({ id: created.id, name: created.name, reliability: created.reliability });
    }),
  );
  sources
    .command('list')
    .description('list sources')
    .action(async (_o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const list = await listSources(ctx);
        if (g.json) printJson(list);
        else printTable(list as unknown as Record<string, unknown>[], ['name', 'kind', 'reliability', 'id']);
      }),
    );
  sources
    .command('show <idOrName>')
    .description('one source')
    .action(async (id: string, _o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const source = await getSource(ctx, id);
        if (g.json) printJson(source);
        else printRecord(source as unknown as Record<string, unknown>);
      }),
    );
  fieldOptions(
    sources
      .command('edit <id>')
      .description('change a source')
      .requiredOption('--version <n>', 'the version you are editing'),
  ).action(async (id: string, o: Opts, cmd: Command) =>
    withContext(cmd, async (ctx, g) => {
      const updated = await updateSource(ctx, id, {
        version: intOption(o.version, '--version'),
        ...fields(o),
      });
      if (g.json) printJson(updated);
      else printRecord({ id: updated.id, version: updated.version, name: updated.name });
    }),
  );
}
