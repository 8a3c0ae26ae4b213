import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { publishCase } from '../../publish/publish.service.js';
import { AppError } from '../../shared/errors.js';
import { withContext } from '../app-context.js';
import { printJson } from '../output.js';

type Opts = Record<string, string | boolean | undefined>;
const str = (v: string | boolean | undefined) => (typeof v === 'string' ? v : undefined);

export function registerPublishCommands(program: Command): void {
  program
    .command('publish')
    .description(
      'a publication of a case, redacted (public incidents, pseudonyms, places to the city) unless --unmask',
    )
    .requiredOption('--case <case>', 'case slug or id')
    .requiredOption('--format <format>', 'csv | json | geojson | acled | report')
    .option('--out <file>', 'write to this file (default: stdout)')
    .option('--unmask', 'names and exact places, restricted incidents too; recorded in the audit log')
    .option('--recipient <name>', 'who receives the unmasked edition (required with --unmask)')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const recipient = str(o.recipient);
        if (o.unmask === true && recipient === undefined)
          throw new AppError(
            'validation_failed',
            '--recipient: name who receives the unmasked edition',
            '--recipient',
          );
        const file = await publishCase(
          ctx,
          str(o.case) ?? '',
          str(o.format) ?? '',
          o.unmask === true && recipient !== undefined ? { unmask: { recipient } } : {},
        );
        const out = str(o.out);
        if (out) {
          // An unmasked edition names people: readable by its owner only.
          await writeFile(out, file.body, { mode: o.unmask === true ? 0o600 : 0o644 });
          if (g.json) printJson({ fileName: file.fileName, mediaType: file.mediaType, out });
          else process.stdout.write(`wrote ${out} (${file.fileName}, ${file.mediaType})\n`);
        } else process.stdout.write(file.body);
      }),
    );
}
