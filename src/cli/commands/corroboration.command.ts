/**
 * `dalil duplicates | merge | unmerge | corroboration | derive | figures`: find and merge duplicate incidents,
 * see how an incident is corroborated and why, and read reported figures side by side.
 */
import type { Command } from 'commander';
import { corroborationForIncident } from '../../corroboration/corroboration.service.js';
import { setCitationDerivedFrom } from '../../corroboration/derivation.service.js';
import { figureGroups, figureSeries, type FigureValue } from '../../corroboration/figure-groups.service.js';
import { findDuplicateCandidates, type IncidentBrief } from '../../duplicates/duplicate.service.js';
import type { StoredFieldMerge } from '../../duplicates/merge.schema.js';
import { listMergesFor, mergeIncidents, unmergeIncident } from '../../duplicates/merge.service.js';
import { intOption, numberOption, withContext } from '../app-context.js';
import { printJson, printTable } from '../output.js';

type Opts = Record<string, string | undefined>;
const out = (line = ''): void => {
  process.stdout.write(`${line}\n`);
};

const brief = (i: IncidentBrief) => `${i.dateStart ?? '?'}  ${i.place ?? '?'}  ${i.title}  (${i.id})`;

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

function printAlternatives(alternatives: StoredFieldMerge[]): void {
  if (alternatives.length === 0) return out('no conflicting values');
  out('kept side by side:');
  for (const a of alternatives) {
    out(`  ${a.field}:`);
    for (const v of a.values)
      out(`    ${shown(v.value)}  [incident ${v.incidentIds.join(', ')}; citations ${v.citationIds.length}]`);
  }
}

const figureLine = (v: FigureValue) =>
  `${String(v.value).padStart(8)}  ${v.qualifier.padEnd(9)}  as of ${v.asOf ?? '?'}  ${v.reportedBy}${v.place ? `, ${v.place}` : ''}`;

export function registerCorroborationCommands(program: Command): void {
  program
    .command('duplicates')
    .description('likely duplicate incidents of a case, with the reasons')
    .requiredOption('--case <case>', 'case slug or id')
    .option('--threshold <score>', 'keep pairs scoring at least this (0..1)', '0.5')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const found = await findDuplicateCandidates(ctx, o.case!, {
          threshold: numberOption(o.threshold, '--threshold'),
        });
        if (g.json) return printJson(found);
        for (const c of found) {
          out(`${c.score.toFixed(2)}  ${brief(c.a)}`);
          out(`      ${brief(c.b)}`);
          out(`      because: ${c.reasons.map((r) => r.text).join('; ')}`);
        }
        out(`${found.length} likely duplicate pair${found.length === 1 ? '' : 's'}`);
      }),
    );
  program
    .command('merge <target> <source>')
    .description('merge incident SOURCE into TARGET (undo with `dalil unmerge MERGE_ID`)')
    .action(async (target: string, source: string, _o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const result = await mergeIncidents(ctx, target, source);
        if (g.json) return printJson(result);
        out(`merged ${source} into ${target} (merge ${result.merge.id})`);
        printAlternatives(result.merge.alternatives);
        out(`undo with: dalil unmerge ${result.merge.id}`);
      }),
    );
  program
    .command('merges')
    .description('merges of a case or of an incident, newest first')
    .option('--case <case>', 'case slug or id')
    .option('--incident <id>', 'an incident that was merged or merged into')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const merges = await listMergesFor(ctx, { caseId: o.case, incidentId: o.incident });
        if (g.json) return printJson(merges);
        printTable(
          merges.map((m) => ({
            ...m,
            undone: m.undoneAt ?? '',
            conflicts: m.alternatives.map((a) => a.field),
          })),
          ['mergedAt', 'id', 'targetId', 'sourceId', 'conflicts', 'undone'],
        );
      }),
    );
  program
    .command('unmerge <mergeId>')
    .description('undo a merge: both incidents as they were')
    .action(async (mergeId: string, _o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const result = await unmergeIncident(ctx, mergeId);
        if (g.json) return printJson(result);
        out(`undid merge ${mergeId}: ${result.target.id} and ${result.source.id} are separate again`);
      }),
    );
  program
    .command('corroboration <incident>')
    .description('how well an incident is corroborated, and why')
    .action(async (incidentId: string, _o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const report = await corroborationForIncident(ctx, incidentId);
        if (g.json) return printJson(report);
        out(`${report.title}`);
        out(`level: ${report.level} (${report.independentSources} independent)`);
        out(`why: ${report.reasoning}`);
        out('\ncitations:');
        for (const c of report.citations) {
          const source = c.source ? `${c.source.name} (${c.source.reliability})` : c.document.title;
          const where = [c.document.url, c.footnoteUrl].filter(Boolean).join(' ; ');
          out(`  ${source}, credibility ${c.credibility}: "${c.quote}"${where ? ` — ${where}` : ''}`);
        }
        if (report.facts.length) out('\nfacts:');
        for (const f of report.facts) out(`  ${f.level.padEnd(18)} ${f.reasoning}`);
        if (report.alternatives.length) {
          out('');
          printAlternatives(report.alternatives);
        }
      }),
    );
  program
    .command('derive <citation> <fromCitation>')
    .description('mark a citation as repeating another (they count once); "none" clears the mark')
    .requiredOption('--version <n>', 'the version of the citation you are changing')
    .action(async (citationId: string, from: string, o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const updated = await setCitationDerivedFrom(ctx, citationId, {
          derivedFromId: from === 'none' ? null : from,
          version: intOption(o.version, '--version'),
        });
        if (g.json) return printJson(updated);
        out(
          `citation ${updated.id} ${updated.derivedFromId ? `repeats ${updated.derivedFromId}` : 'stands on its own'}`,
        );
      }),
    );
  program
    .command('figures')
    .description('reported figures side by side: ranges by measure, or the series of one measure')
    .requiredOption('--case <case>', 'case slug or id')
    .option('--measure <key>', 'one measure, in date order')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        if (o.measure) {
          const series = await figureSeries(ctx, o.case!, o.measure);
          if (g.json) return printJson(series);
          out(`${series.measureKey}:`);
          for (const v of series.values) out(figureLine(v));
          return;
        }
        const groups = await figureGroups(ctx, o.case!);
        if (g.json) return printJson(groups);
        for (const group of groups) {
          const range = group.min === group.max ? `${group.min}` : `${group.min}–${group.max}`;
          const notes = [group.conflicting && 'reporters disagree', group.series && 'series'].filter(Boolean);
          out(
            `${group.measureKey}: ${group.measure}  ${range}${notes.length ? `  (${notes.join(', ')})` : ''}`,
          );
          for (const v of group.values) out(figureLine(v));
        }
      }),
    );
}
