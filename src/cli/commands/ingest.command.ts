import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { getCase } from '../../cases/case.service.js';
import { extract } from '../../extract/index.js';
import { parseDocument } from '../../ingest/parse-document.js';
import { ingestFile } from '../../proposals/ingest.service.js';
import {
  acceptAllProposals,
  acceptProposal,
  listProposals,
  rejectProposal,
} from '../../proposals/proposal.service.js';
import type { Proposal } from '../../proposals/proposal.types.js';
import { AppError, isAppError } from '../../shared/errors.js';
import { given, withContext } from '../app-context.js';
import { printJson, printTable } from '../output.js';

type Opts = Record<string, string | boolean | undefined>;

/** Every file under the given paths (folders are walked; hidden files are skipped). */
async function filesUnder(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => {
      throw new AppError('not_found', `${p}: no such file or folder`, 'path');
    });
    if (info.isDirectory()) {
      const entries = (await readdir(p)).filter((e) => !e.startsWith('.')).sort();
      out.push(...(await filesUnder(entries.map((e) => path.join(p, e)))));
    } else out.push(p);
  }
  return out;
}

function summary(p: Proposal): Record<string, unknown> {
  const payload = p.payload;
  if (payload.kind === 'incident') {
    const i = payload.incident;
    return {
      id: p.id,
      kind: p.kind,
      status: p.status,
      date: i.date_start,
      what: `${i.event_type}: ${i.quote}`,
      merge: payload.match ? `→ ${payload.match.title}` : '',
    };
  }
  if (payload.kind === 'figure')
    return {
      id: p.id,
      kind: p.kind,
      status: p.status,
      date: payload.figure.date,
      what: `${payload.figure.value} ${payload.figure.what}`,
      merge: '',
    };
  return {
    id: p.id,
    kind: p.kind,
    status: p.status,
    date: '',
    what: `${payload.actor.name} (${payload.actor.kind})`,
    merge: '',
  };
}

export function registerIngestCommands(program: Command): void {
  program
    .command('extract <file>')
    .description('print what extraction finds in a file (no database needed)')
    .action(async (file: string, _o: Opts, cmd: Command) => {
      const bytes = await readFile(file).catch(() => {
        throw new AppError('not_found', `${file}: cannot read this file`, 'file');
      });
      const parsed = await parseDocument(bytes, path.basename(file));
      const result = extract(parsed.text, {
        fileName: path.basename(file),
        publishedAt: parsed.publishedAt,
        language: parsed.language,
      });
      if (cmd.optsWithGlobals<{ json?: boolean }>().json) return printJson(result);
      process.stdout.write(
        `${result.document.title ?? path.basename(file)} (${result.document.language}, year ${result.document.reference_year ?? '?'})\n`,
      );
      for (const i of result.incidents)
        process.stdout.write(
          `- ${i.date_start ?? '?'} ${i.city ?? ''} ${i.event_type}: ${i.quote.slice(0, 100)}\n`,
        );
      for (const f of result.figures)
        process.stdout.write(`# ${f.value} ${f.what}${f.reported_by ? ` (${f.reported_by})` : ''}\n`);
    });

  program
    .command('ingest <paths...>')
    .description('ingest files or folders (PDF, DOCX, HTML, text) into a case and propose what they describe')
    .requiredOption('--case <case>', 'case slug or id')
    .option('--url <url>', 'where the document was published')
    .action(async (paths: string[], o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const caseId = (await getCase(ctx, o.case as string)).id;
        const results = [];
        const failed: string[] = [];
        for (const file of await filesUnder(paths)) {
          // One bad file does not stop a folder: it is reported, nothing of it is written, the rest go on.
          try {
            const bytes = await readFile(file);
            const result = await ingestFile(ctx, {
              bytes,
              fileName: path.basename(file),
              caseId,
              url: (o.url as string | undefined) ?? null,
            });
            results.push({ file, ...result });
            if (!g.json) {
              const p = result.proposals;
              process.stdout.write(
                result.duplicate
                  ? `${file}: ${result.warnings[0]}\n`
                  : `${file}: document ${result.document.id}; proposed ${p.incidents} incidents (${p.offeredMerges} as merges), ${p.figures} figures, ${p.actors} actors\n`,
              );
            }
          } catch (error) {
            if (!isAppError(error)) throw error;
            failed.push(file);
            results.push({ file, error: { code: error.code, message: error.message } });
            process.stderr.write(`${file}: error [${error.code}]: ${error.message}\n`);
          }
        }
        if (g.json) printJson(results);
        if (failed.length > 0) {
          throw new AppError(
            'import_failed',
            `${failed.length} of ${results.length} files were not ingested: ${failed.join(', ')}`,
            'path',
          );
        }
      }),
    );

  const proposals = program.command('proposals').description('review what extraction proposed');
  proposals
    .command('list')
    .description('list proposals')
    .option('--case <case>', 'case slug or id')
    .option('--document <id>', 'document id')
    .option('--status <status>', 'pending | accepted | rejected | merged')
    .option('--kind <kind>', 'incident | figure | actor')
    .action(async (o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const list = await listProposals(
          ctx,
          given({
            caseId: o.case ? (await getCase(ctx, o.case as string)).id : undefined,
            documentId: o.document,
            status: o.status,
            kind: o.kind,
          }),
        );
        if (g.json) printJson(list);
        else printTable(list.map(summary), ['kind', 'status', 'date', 'what', 'merge', 'id']);
      }),
    );
  proposals
    .command('accept [id]')
    .description('accept a proposal (or --all --case C); a match is merged unless --as-new')
    .option('--all', 'accept every pending proposal of the case')
    .option('--case <case>', 'case slug or id (with --all)')
    .option('--as-new', 'create a new incident even if it matches an existing one')
    .option('--merge-into <incidentId>', 'merge into this incident')
    .action(async (id: string | undefined, o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        if (o.all) {
          if (!o.case)
            throw new AppError(
              'validation_failed',
              '--case: say which case to accept all proposals of',
              '--case',
            );
          const result = await acceptAllProposals(ctx, (await getCase(ctx, o.case as string)).id);
          if (g.json) printJson(result);
          else process.stdout.write(`accepted ${result.accepted}, merged ${result.merged}\n`);
          return;
        }
        if (!id)
          throw new AppError(
            'validation_failed',
            'id: name the proposal to accept, or use --all --case C',
            'id',
          );
        const done = await acceptProposal(
          ctx,
          id,
          given({ asNew: o.asNew ? true : undefined, mergeInto: o.mergeInto }),
        );
        if (g.json) printJson(done);
        else process.stdout.write(`${done.status} → ${done.recordId}\n`);
      }),
    );
  proposals
    .command('reject <id>')
    .description('reject a proposal')
    .option('--reason <text>', 'why')
    .action(async (id: string, o: Opts, cmd: Command) =>
      withContext(cmd, async (ctx, g) => {
        const done = await rejectProposal(ctx, id, o.reason as string | undefined);
        if (g.json) printJson(done);
        else process.stdout.write(`rejected ${done.id}\n`);
      }),
    );
}
