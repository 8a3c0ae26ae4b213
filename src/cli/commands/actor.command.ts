import type { Command } from 'commander';
import { createActor, getActor, listActors, updateActor } from '../../actors/actor.service.js';
import { given, intOption, withContext } from '../app-context.js';
import { printJson, printRecord, printTable } from '../output.js';

type Opts = Record<string, string | string[] | boolean | undefined>;
const collect = (value: string, previous: string[] = []) => [...previous, value];

function fields(o: Opts) {
  return given({
    kind: o.kind,
    name: o.name,
    names: (o.otherName as string[] | undefined)?.map((value) => ({ value })),
    aliases: o.alias,
    professionalRole: o.role,
    affiliationId: o.affiliation,
    description: o.description,
    namePublic: o.namePublic === undefined ? undefined : o.namePublic === true,
    namePublicReason: o.namePublicReason,
  });
}

function fieldOptions(command: Command): Command {
  return command
    .option('--kind <kind>', 'person | police | media_outlet | ngo | government_body | unidentified | …')
    .option('--name <name>', 'name')
    .option('--other-name <name>', 'the name in another script (repeatable)', collect)
    .option('--alias <alias>', 'another name (repeatable)', collect)
    .option('--role <role>', 'professional role: journalist | medic | protester | …')
    .option('--affiliation <actorId>', 'the organisation the actor works for')
    .option('--description <text>', 'description')
    .option('--name-public', 'the name may be published')
    .option('--name-public-reason <text>', 'why the name may be published');
}

export function registerActorCommands(program: Command): void {
  const actors = program.command('actor').description('actors: persons, groups and organisations');
  fieldOptions(actors.command('add').description('record an actor')).action(async (o: Opts, cmd: Command) =>
    withContext(cmd, async (ctx, g) => {
      const created = await createActor(ctx, fields(o));
      if (g.json) printJson(created);
      else printRecord({ id: created.id, name: created.name, kind: created.kind });
    }),
  );
  actors
    .command('list')
    .description('list actors')
    .option('--text <text>', 'words in any of the names')
    .option('--kind <kind>', 'kind')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const list = await listActors(
          ctx,
          given({ text: o.text as string | undefined, kind: o.kind as string | undefined }),
        );
        if (g.json) printJson(list);
        else
          printTable(list as unknown as Record<string, unknown>[], [
            'name',
            'kind',
            'professionalRole',
            'id',
          ]);
      }),
    );
  actors
    .command('show <id>')
    .description('one actor')
    .action(async (id: string, _o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const actor = await getActor(ctx, id);
        if (g.json) printJson(actor);
        else printRecord(actor as unknown as Record<string, unknown>);
      }),
    );
  fieldOptions(
    actors
      .command('edit <id>')
      .description('change an actor')
      .requiredOption('--version <n>', 'the version you are editing'),
  ).action(async (id: string, o: Opts, cmd: Command) =>
    withContext(cmd, async (ctx, g) => {
      const updated = await updateActor(ctx, id, {
        version: intOption(o.version as string, '--version'),
        ...fields(o),
      });
      if (g.json) printJson(updated);
      else printRecord({ id: updated.id, version: updated.version, name: updated.name });
    }),
  );
}
