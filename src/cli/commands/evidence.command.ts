import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { getCase } from '../../cases/case.service.js';
import {
  getEvidence,
  listEvidence,
  recordCustody,
  registerEvidence,
  verifyEvidence,
} from '../../evidence/evidence.service.js';
import { AppError } from '../../shared/errors.js';
import { withContext } from '../app-context.js';
import { printJson, printRecord, printTable } from '../output.js';

type Opts = Record<string, string | undefined>;

export function registerEvidenceCommands(program: Command): void {
  const evidence = program.command('evidence').description('evidence files and their chain of custody');
  evidence
    .command('add <file>')
    .description('register an evidence file; the original is kept untouched under its SHA-256')
    .requiredOption('--case <case>', 'case slug or id')
    .requiredOption('--collector <name>', 'who collected it')
    .option('--source-url <url>', 'where it was found')
    .option('--incident <id>', 'the incident it documents')
    .action(async (file: string, o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const bytes = await readFile(file).catch(() => {
          throw new AppError('not_found', `${file}: cannot read this file`, 'file');
        });
        const created = await registerEvidence(ctx, bytes, {
          caseId: (await getCase(ctx, o.case!)).id,
          fileName: path.basename(file),
          collector: o.collector,
          ...(o.sourceUrl && { sourceUrl: o.sourceUrl }),
          ...(o.incident && { incidentId: o.incident }),
        });
        if (g.json) printJson(created);
        else printRecord({ id: created.id, sha256: created.sha256, fileName: created.fileName });
      }),
    );
  evidence
    .command('list')
    .requiredOption('--case <case>', 'case slug or id')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const list = await listEvidence(ctx, (await getCase(ctx, o.case!)).id);
        if (g.json) printJson(list);
        else
          printTable(list as unknown as Record<string, unknown>[], [
            'fileName',
            'collectedAt',
            'collector',
            'sha256',
            'id',
          ]);
      }),
    );
  evidence
    .command('show <id>')
    .description('an evidence file with its custody log')
    .action(async (id: string, _o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const item = await getEvidence(ctx, id);
        if (g.json) return printJson(item);
        printRecord({ ...item, custody: undefined });
        printTable(item.custody as unknown as Record<string, unknown>[], [
          'at',
          'actor',
          'action',
          'purpose',
          'hashAfter',
        ]);
      }),
    );
  evidence
    .command('custody <id>')
    .description('append to the custody log')
    .requiredOption('--action <action>', 'accessed | copied | transferred | analysed | exported | note')
    .requiredOption('--purpose <text>', 'why')
    .action(async (id: string, o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const entry = await recordCustody(ctx, id, { action: o.action, purpose: o.purpose });
        if (g.json) printJson(entry);
        else printRecord(entry as unknown as Record<string, unknown>);
      }),
    );
  evidence
    .command('verify <id>')
    .description('re-hash the original and log the result')
    .action(async (id: string, _o: Opts, cmd: Command) => {
      const result = await withContext(cmd, async (ctx, g) => {
        const outcome = await verifyEvidence(ctx, id);
        if (g.json) printJson(outcome);
        else
          process.stdout.write(
            outcome.intact
              ? `intact: ${outcome.sha256}\n`
              : `CHANGED: expected ${outcome.sha256}, found ${outcome.found ?? 'no file'}\n`,
          );
        return outcome;
      });
      if (!result.intact) process.exitCode = 1;
    });
}
