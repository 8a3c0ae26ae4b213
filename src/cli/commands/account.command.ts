/**
 * Accounts from the command line: the first admin (`dalil user add --admin`), users, case members and API
 * tokens. The CLI acts as the operator of the database (whoever can open its files holds everything in
 * it), so these commands are how a deployment is set up before anyone signs in. Passwords are never taken
 * as flags (they would stay in the shell history and the process list): from DALIL_PASSWORD, else a hidden
 * prompt, else the first line of standard input.
 */
import type { Command } from 'commander';
import { createInterface } from 'node:readline';
import { createApiToken, listApiTokens, revokeApiToken } from '../../accounts/api-token.service.js';
import { listMembers, removeMember, setMember } from '../../accounts/member.service.js';
import { createUser, getUser, listUsers, resetPassword, updateUser } from '../../accounts/user.service.js';
import { getCase } from '../../cases/case.service.js';
import { AppError } from '../../shared/errors.js';
import { given, intOption, withContext } from '../app-context.js';
import { printJson, printRecord, printTable } from '../output.js';

type Opts = Record<string, string | boolean | undefined>;

async function readPassword(prompt: string): Promise<string> {
  const fromEnv = process.env.DALIL_PASSWORD;
  if (fromEnv) return fromEnv;
  const input = process.stdin;
  if (input.isTTY) {
    process.stderr.write(prompt);
    input.setRawMode(true);
    let typed = '';
    try {
      for await (const chunk of input) {
        for (const char of String(chunk)) {
          if (char === '\r' || char === '\n') return typed;
          if (char === '\u0003') throw new AppError('validation_failed', 'password: cancelled', 'password');
          typed = char === '\u007f' ? typed.slice(0, -1) : typed + char;
        }
      }
    } finally {
      input.setRawMode(false);
      process.stderr.write('\n');
    }
    return typed;
  }
  const lines = createInterface({ input });
  for await (const line of lines) return line;
  throw new AppError(
    'validation_failed',
    'password: give it in DALIL_PASSWORD or on standard input',
    'password',
  );
}

const userColumns = ['email', 'displayName', 'role', 'totpEnabled', 'disabled', 'lockedUntil', 'id'];

export function registerAccountCommands(program: Command): void {
  const user = program.command('user').description('user accounts (sign-in for the web app and the API)');
  user
    .command('add')
    .description('create a user; the password is read from DALIL_PASSWORD, a prompt or standard input')
    .requiredOption('--email <address>', 'e-mail address, used to sign in')
    .option('--name <name>', 'display name (default: the part of the address before @)')
    .option('--role <role>', 'admin | editor | researcher | viewer', 'researcher')
    .option('--admin', 'the same as --role admin')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const email = String(o.email);
        const password = await readPassword(`Password for ${email} (12 characters or more): `);
        const created = await createUser(ctx, {
          email,
          displayName: (o.name as string | undefined) ?? email.split('@')[0],
          password,
          role: o.admin ? 'admin' : o.role,
        });
        if (g.json) printJson(created);
        else printRecord({ id: created.id, email: created.email, role: created.role });
      }),
    );
  user
    .command('list')
    .description('list users')
    .action(async (_o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const users = await listUsers(ctx);
        if (g.json) printJson(users);
        else printTable(users as unknown as Record<string, unknown>[], userColumns);
      }),
    );
  user
    .command('set <user>')
    .description('change a user (by e-mail or id): role, disable/enable, unlock after failed sign-ins')
    .option('--role <role>', 'admin | editor | researcher | viewer')
    .option('--name <name>', 'display name')
    .option('--disable', 'disable the account (its sessions end)')
    .option('--enable', 'enable the account again')
    .option('--unlock', 'lift a lock-out after wrong passwords')
    .action(async (who: string, o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const changed = await updateUser(
          ctx,
          who,
          given({
            role: o.role,
            displayName: o.name,
            disabled: o.disable ? true : o.enable ? false : undefined,
            unlock: o.unlock ? true : undefined,
          }),
        );
        if (g.json) printJson(changed);
        else printRecord({ email: changed.email, role: changed.role, disabled: changed.disabled });
      }),
    );
  user
    .command('password <user>')
    .description("reset a user's password (read like `user add`); their sessions end")
    .action(async (who: string, _o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx) => {
        const target = await getUser(ctx, who);
        await resetPassword(ctx, target.id, await readPassword(`New password for ${target.email}: `));
        process.stdout.write(`The password of ${target.email} was changed.\n`);
      }),
    );

  const member = program.command('member').description('who works on a case, and in which role');
  member
    .command('add')
    .description('add a user to a case, or change their role there')
    .requiredOption('--case <case>', 'case id or slug')
    .requiredOption('--user <user>', 'e-mail or id')
    .requiredOption('--role <role>', 'editor | researcher | viewer | admin')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const kase = await getCase(ctx, String(o.case));
        const added = await setMember(ctx, kase.id, String(o.user), { role: o.role });
        if (g.json) printJson(added);
        else printRecord({ case: kase.slug, user: added.email, role: added.role });
      }),
    );
  member
    .command('list')
    .description('members of a case')
    .requiredOption('--case <case>', 'case id or slug')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const members = await listMembers(ctx, (await getCase(ctx, String(o.case))).id);
        if (g.json) printJson(members);
        else
          printTable(members as unknown as Record<string, unknown>[], [
            'email',
            'displayName',
            'role',
            'userId',
          ]);
      }),
    );
  member
    .command('remove')
    .description('remove a user from a case')
    .requiredOption('--case <case>', 'case id or slug')
    .requiredOption('--user <user>', 'e-mail or id')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx) => {
        const kase = await getCase(ctx, String(o.case));
        const target = await getUser(ctx, String(o.user));
        await removeMember(ctx, kase.id, target.id);
        process.stdout.write(`${target.email} no longer works on ${kase.slug}.\n`);
      }),
    );

  const token = program
    .command('token')
    .description('API tokens for scripts (sent as `Authorization: Bearer …`)');
  token
    .command('create')
    .description('create a token for a user; its secret is printed once')
    .requiredOption('--user <user>', 'e-mail or id')
    .requiredOption('--name <name>', 'what the token is for')
    .option('--scopes <list>', 'read, or read,write', 'read')
    .option('--days <n>', 'expires after this many days')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const target = await getUser(ctx, String(o.user));
        const created = await createApiToken(
          ctx,
          target.id,
          given({
            name: o.name,
            scopes: String(o.scopes)
              .split(',')
              .map((s) => s.trim()),
            expiresInDays: intOption(o.days as string | undefined, '--days'),
          }),
        );
        if (g.json) printJson(created);
        else
          process.stdout.write(
            `${created.token}\nKeep it secret: it is shown only this once (id ${created.id}).\n`,
          );
      }),
    );
  token
    .command('list')
    .description("a user's tokens (never their secrets)")
    .requiredOption('--user <user>', 'e-mail or id')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const tokens = await listApiTokens(ctx, (await getUser(ctx, String(o.user))).id);
        if (g.json) printJson(tokens);
        else
          printTable(tokens as unknown as Record<string, unknown>[], [
            'name',
            'scopes',
            'createdAt',
            'lastUsedAt',
            'expiresAt',
            'revoked',
            'id',
          ]);
      }),
    );
  token
    .command('revoke <id>')
    .description('revoke a token')
    .requiredOption('--user <user>', 'e-mail or id of its owner')
    .action(async (id: string, o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx) => {
        await revokeApiToken(ctx, (await getUser(ctx, String(o.user))).id, id);
        process.stdout.write(`Token ${id} is revoked.\n`);
      }),
    );
}
