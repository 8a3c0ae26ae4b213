import type { Command } from 'commander';
import { listActs } from '../../acts/act.service.js';
import { getCase } from '../../cases/case.service.js';
import { listCitationsForIncident } from '../../citations/citation.service.js';
import {
  createIncident,
  deleteIncident,
  getIncident,
  listIncidents,
  updateIncident,
} from '../../incidents/incident.service.js';
import type { ServiceContext } from '../../shared/context.js';
import { given, intOption, numberOption, withContext } from '../app-context.js';
import { printJson, printRecord, printTable } from '../output.js';

type Opts = Record<string, string | undefined>;

function addFieldOptions(command: Command): Command {
  return command
    .option('--title <title>', 'short title')
    .option('--description <text>', 'what happened')
    .option('--date <YYYY-MM-DD>', 'the day (sets start and end)')
    .option('--from <YYYY-MM-DD>', 'first day of a range')
    .option('--to <YYYY-MM-DD>', 'last day of a range')
    .option('--precision <p>', 'day | night | approximate | month | year | unknown')
    .option('--time-of-day <t>', 'morning | afternoon | evening | night')
    .option('--place <name>', 'place name in any script (Bishkek, Бишкек)')
    .option('--place-detail <text>', 'e.g. "polling station"')
    .option('--lat <n>', 'latitude')
    .option('--lon <n>', 'longitude')
    .option('--type <eventType>', 'event type, e.g. attack_on_journalist')
    .option('--status <status>', 'draft | reviewed | verified | disputed | retracted')
    .option('--confidentiality <level>', 'public | restricted | confidential')
    .option('--killed <n>', 'people killed')
    .option('--injured <n>', 'people injured');
}

function fieldsFrom(o: Opts) {
  return given({
    title: o.title,
    description: o.description,
    dateStart: o.date ?? o.from,
    dateEnd: o.date ?? o.to,
    datePrecision: o.precision,
    timeOfDay: o.timeOfDay,
    place: o.place,
    placeDetail: o.placeDetail,
    latitude: numberOption(o.lat, '--lat'),
    longitude: numberOption(o.lon, '--lon'),
    eventType: o.type,
    status: o.status,
    confidentiality: o.confidentiality,
    killed: intOption(o.killed, '--killed'),
    injured: intOption(o.injured, '--injured'),
  });
}

const caseId = async (ctx: ServiceContext, idOrSlug: string | undefined) =>
  idOrSlug ? (await getCase(ctx, idOrSlug)).id : undefined;

export function registerIncidentCommands(program: Command): void {
  const incidents = program.command('incident').description('incidents: what happened, where and when');
  addFieldOptions(
    incidents
      .command('add')
      .description('record an incident')
      .requiredOption('--case <case>', 'case slug or id'),
  ).action(async (o: Opts, cmd: Command) =>
    withContext(cmd, async (ctx, g) => {
      const created = await createIncident(ctx, { caseId: await caseId(ctx, o.case), ...fieldsFrom(o) });
      if (g.json) printJson(created);
      else
        printRecord({
          id: created.id,
          title: created.title,
          date: created.dateStart,
          place: created.place?.name ?? '',
        });
    }),
  );
  incidents
    .command('list')
    .description('list incidents (newest first)')
    .option('--case <case>', 'case slug or id')
    .option('--from <YYYY-MM-DD>', 'incidents on or after this day')
    .option('--to <YYYY-MM-DD>', 'incidents on or before this day')
    .option('--place <name>', 'place name in any script')
    .option('--type <eventType>', 'event type')
    .option('--status <status>', 'status')
    .option('--text <text>', 'words in the title or description')
    .option('--limit <n>', 'how many', '100')
    .option('--offset <n>', 'skip this many', '0')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const page = await listIncidents(ctx, {
          ...given({
            caseId: await caseId(ctx, o.case),
            from: o.from,
            to: o.to,
            place: o.place,
            type: o.type,
            status: o.status,
            text: o.text,
          }),
          limit: intOption(o.limit, '--limit'),
          offset: intOption(o.offset, '--offset'),
        });
        if (g.json) return printJson(page);
        printTable(
          page.items.map((i) => ({
            ...i,
            date: i.dateStart === i.dateEnd ? i.dateStart : `${i.dateStart ?? '?'}..${i.dateEnd ?? '?'}`,
            place: i.place?.name,
          })),
          ['date', 'place', 'eventType', 'title', 'id'],
        );
        process.stdout.write(`${page.items.length} of ${page.total}\n`);
      }),
    );
  incidents
    .command('show <id>')
    .description('one incident with its acts and citations')
    .action(async (id: string, _o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const incident = await getIncident(ctx, id);
        const acts = await listActs(ctx, id);
        const citations = await listCitationsForIncident(ctx, id);
        if (g.json) return printJson({ ...incident, acts, citations });
        printRecord({ ...incident, place: incident.place?.name ?? null });
        process.stdout.write(`\nacts (${acts.length}):\n`);
        for (const act of acts)
          process.stdout.write(
            `  ${act.perpetratorLabel ?? '?'} → ${act.victimLabel ?? '?'}: ${act.actType} [${act.methods.join(', ')}]\n`,
          );
        process.stdout.write(`\ncitations (${citations.length}):\n`);
        for (const c of citations)
          process.stdout.write(`  "${c.quote}"${c.footnoteUrl ? ` — ${c.footnoteUrl}` : ''}\n`);
      }),
    );
  addFieldOptions(
    incidents
      .command('edit <id>')
      .description('change an incident')
      .requiredOption('--version <n>', 'the version you are editing'),
  ).action(async (id: string, o: Opts, cmd: Command) =>
    withContext(cmd, async (ctx, g) => {
      const updated = await updateIncident(ctx, id, {
        version: intOption(o.version, '--version'),
        ...fieldsFrom(o),
      });
      if (g.json) printJson(updated);
      else printRecord({ id: updated.id, version: updated.version, title: updated.title });
    }),
  );
  incidents
    .command('delete <id>')
    .description('delete an incident (kept in the audit log)')
    .requiredOption('--version <n>', 'the version you are deleting')
    .action(async (id: string, o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        await deleteIncident(ctx, id, intOption(o.version, '--version') ?? 0);
        if (g.json) printJson({ deleted: id });
        else process.stdout.write(`deleted ${id}\n`);
      }),
    );
}
