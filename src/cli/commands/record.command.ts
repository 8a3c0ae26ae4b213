import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { verifyAuditLog } from '../../audit/audit-log.js';
import { AppError } from '../../shared/errors.js';
import { exportRecord, serialiseExport } from '../../transfer/export.js';
import { importRecord, parseExportText } from '../../transfer/import.js';
import { withContext } from '../app-context.js';
import { printJson } from '../output.js';

type Opts = Record<string, string | undefined>;

function checkFormat(format: string | undefined) {
  if (format !== 'json')
    throw new AppError(
      'validation_failed',
      `--format: "${format}" is not supported here; use json`,
      '--format',
    );
}

export function registerRecordCommands(program: Command): void {
  program
    .command('export')
    .description('write the whole record as lossless JSON (to stdout, or --out FILE)')
    .option('--format <format>', 'json', 'json')
    .option('--out <file>', 'write to this file')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx) => {
        checkFormat(o.format);
        const text = serialiseExport(await exportRecord(ctx.db));
        if (o.out) await writeFile(o.out, text, { mode: 0o600 });
        else process.stdout.write(text);
      }),
    );
  program
    .command('import <file>')
    .description('read a lossless JSON export; all or nothing')
    .option('--format <format>', 'json', 'json')
    .action(async (file: string, o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        checkFormat(o.format);
        const text = await readFile(file, 'utf8').catch(() => {
          throw new AppError('not_found', `cannot read ${file}`, 'file');
        });
        const summary = await importRecord(ctx, parseExportText(text, file));
        if (g.json) printJson(summary);
        else
          for (const [table, n] of Object.entries(summary.counts)) process.stdout.write(`${table}: ${n}\n`);
      }),
    );
  const audit = program.command('audit').description('the tamper-evident audit log');
  audit
    .command('verify')
    .description('recompute the hash chain; name the first entry altered, deleted or reordered')
    .action(async (_o: Opts, cmd: Command) => {
      const intact = await withContext(cmd, async (ctx, g) => {
        const result = await verifyAuditLog(ctx.db);
        if (g.json) printJson(result);
        else if (result.ok)
          process.stdout.write(`audit log intact: ${result.entries} entries, last hash ${result.lastHash}\n`);
        else process.stdout.write(`AUDIT LOG BROKEN at entry ${result.firstBadSeq}: ${result.message}\n`);
        return result.ok;
      });
      // Set after the database is closed: PGlite's WebAssembly runtime resets the exit code when it shuts down.
      if (!intact) process.exitCode = 1;
    });
}
