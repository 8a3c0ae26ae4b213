import type { Command } from 'commander';
import { sql } from 'kysely';
import { openApp } from '../../app/database-target.js';
import { ensureDemoCase } from '../../demo/ensure-demo.js';
import { buildServer } from '../../http/server.js';
import { countUsers } from '../../accounts/user.service.js';
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
      const app = await openApp(globalOptions(cmd));
      if (o.demo) {
        const demo = await ensureDemoCase({ db: app.db, actor: 'system:demo', files: app.files });
        if (demo.created)
          process.stdout.write(
            `Loaded the demo case "${demo.slug}" (${demo.how === 'ingested' ? 'ingested and reviewed from the seed statement' : 'from our record of the seed statement'}).\n`,
          );
      }
      // PGlite runs no autovacuum: fresh statistics keep the planner on the indexes as the record grows.
      await sql`ANALYZE`.execute(app.db);
      const loopback = LOOPBACK.has(host);
      if (!loopback && (await countUsers(app.db)) === 0) {
        await app.close();
        // Without an account, an open address would expose the record to anyone who can reach it.
        throw new AppError(
          'forbidden',
          `refusing to listen on ${host} while no account exists: create an admin first (dalil user add --admin --email …), or serve 127.0.0.1`,
          '--host',
        );
      }
      const server = await buildServer({
        db: app.db,
        files: app.files,
        allowLocal: loopback,
        // Behind a TLS proxy (the way to serve Dalil to others): Secure cookies, client addresses from the proxy.
        secureCookies: process.env.DALIL_BEHIND_TLS_PROXY === '1' || process.env.DALIL_SECURE_COOKIES === '1',
        trustProxy: process.env.DALIL_BEHIND_TLS_PROXY === '1',
      });
      const stop = async () => {
        await server.close();
        await app.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
      await server.listen({ port, host });
      if (await server.localMode())
        process.stdout.write(
          'No account exists yet: Dalil runs without sign-in, for this computer only (127.0.0.1).\n' +
            'Create an admin with `dalil user add --admin --email you@example.org` to require sign-in.\n',
        );
      process.stdout.write(
        `Dalil is running on ${app.label}\nOpen http://${host.includes(':') ? `[${host}]` : host}:${port}/  (API docs: /api/docs)\n`,
      );
    });
}
