/** Loads the demo case once: on a fresh database `npm start` shows a real case at once. */
import { KYRGYZSTAN_CASE } from './kyrgyzstan-2020.data.js';
import { seedKyrgyzstanCase } from './seed-kyrgyzstan.js';
import { readSeedStatement } from './statement-file.js';
import type { ServiceContext } from '../shared/context.js';

export async function ensureDemoCase(ctx: ServiceContext): Promise<{ created: boolean; slug: string }> {
  const existing = await ctx.db
    .selectFrom('cases')
    .select('id')
    .where('slug', '=', KYRGYZSTAN_CASE.slug)
    .executeTakeFirst();
  if (existing) return { created: false, slug: KYRGYZSTAN_CASE.slug };
  await seedKyrgyzstanCase(ctx, readSeedStatement());
  return { created: true, slug: KYRGYZSTAN_CASE.slug };
}
