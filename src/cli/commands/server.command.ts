import type { Command } from 'commander';
import { openApp } from '../../app/database-target.js';
import { ensureDemoCase } from '../../demo/ensure-demo.js';
import { buildServer } from '../../http/server.js';
import { AppError } from '../../shared/errors.js';
import { globalOptions, intOption, withContext } from '../app-context.js';

type Opts = Record<string, string | boolean | undefined>;

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export function registerServerCommands(program: Command): void {
  program
    .command('init')
    .description('create the data folder and database, and apply the migrations')
    .option('--demo', 'load the demo case (Kyrgyzstan, October 2020)')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx) => {
        if (o.demo) await ensureDemoCase(ctx);
        process.stdout.write('Dalil is ready.\n');
      }),
    );
  program
    .command('migrate')
    .description('apply pending migrations')
    .action(async (_o: Opts, cmd: Command) => {
      const app = await openApp(globalOptions(cmd));
      await app.close();
      process.stdout.write(
        app.applied.length ? `applied: ${app.applied.join(', ')}\n` : 'the database is up to date\n',
      );
    });
  program
    .command('serve')
    .description('serve the web application and the HTTP API')
    .option('--port <n>', 'port (default: PORT or 8080)')
    .option('--host <address>', 'address to listen on (default: 127.0.0.1)')
    .option('--demo', 'load the demo case if it is not there yet')
    .action(async (o: Opts, cmd: Command) => {
      const port = intOption((o.port as string | undefined) ?? process.env.PORT, '--port') ?? 8080;
      const host = (o.host as string | undefined) ?? process.env.HOST ?? '127.0.0.1';
      if (!LOOPBACK.has(host) && !process.env.DALIL_ALLOW_UNAUTHENTICATED) {
        // Accounts are not there yet: an open address would expose the record to anyone who can reach it.
        throw new AppError(
          'forbidden',
          `refusing to listen on ${host} without accounts; Dalil only serves 127.0.0.1 for now`,
          '--host',
        );
      }
      const app = await openApp(globalOptions(cmd));
      if (o.demo) {
        const demo = await ensureDemoCase({ db: app.db, actor: 'system:demo', files: app.files });
        if (demo.created)
          process.stdout.write(
            `Loaded the demo case "${demo.slug}" (${demo.how === 'ingested' ? 'ingested and reviewed from the seed statement' : 'from our record of the seed statement'}).\n`,
          );
      }
      const server = await buildServer({ db: app.db, files: app.files });
      const stop = async () => {
        await server.close();
        await app.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      await server.listen({ port, host });
      process.stdout.write(
        `Dalil is running on ${app.label}\nOpen http://${host.includes(':') ? `[${host}]` : host}:${port}/  (API docs: /api/docs)\n`,
      );
    });
}
