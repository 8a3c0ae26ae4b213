/**
 * Loads the demo case once, so that on a fresh database `npm start` shows a real case at once: the seed
 * statement is ingested and its proposals reviewed (accepted) exactly as a researcher would do it. Where the
 * statement's text is not at hand, the hand-entered record of it is loaded instead.
 */
import { readFileSync } from 'node:fs';
import { createCase } from '../cases/case.service.js';
import type { FileStore } from '../files/file-store.js';
import { ingestFile } from '../proposals/ingest.service.js';
import { acceptAllProposals } from '../proposals/proposal.service.js';
import type { ServiceContext } from '../shared/context.js';
import { KYRGYZSTAN_CASE } from './kyrgyzstan-2020.data.js';
import { seedKyrgyzstanCase } from './seed-kyrgyzstan.js';
import { readSeedStatement, seedStatementPath } from './statement-file.js';

export async function ensureDemoCase(
  ctx: ServiceContext & { files: FileStore },
): Promise<{ created: boolean; slug: string; how: 'ingested' | 'seeded' | 'existing' }> {
  const existing = await ctx.db
    .selectFrom('cases')
    .select('id')
    .where('slug', '=', KYRGYZSTAN_CASE.slug)
    .executeTakeFirst();
  if (existing) return { created: false, slug: KYRGYZSTAN_CASE.slug, how: 'existing' };
  if (readSeedStatement() === null) {
    await seedKyrgyzstanCase(ctx, null);
    return { created: true, slug: KYRGYZSTAN_CASE.slug, how: 'seeded' };
  }
  const kase = await createCase(ctx, KYRGYZSTAN_CASE);
  await ingestFile(ctx, {
    bytes: readFileSync(seedStatementPath()),
    fileName: 'amnesty-kyrgyzstan-2020-10.txt',
    caseId: kase.id,
  });
  await acceptAllProposals(ctx, kase.id);
  return { created: true, slug: KYRGYZSTAN_CASE.slug, how: 'ingested' };
}
