/** Likely duplicate incidents of a case, found by the corroboration engine, each with its reasons in words. */
import { z } from 'zod';
import { getCase } from '../cases/case.service.js';
import { findDuplicates, type Reason } from '../corroborate/index.js';
import type { ServiceContext } from '../shared/context.js';
import { parseInput } from '../shared/validate.js';
import { loadIncidentLikes } from './incident-like.repository.js';

export const duplicateQuery = z.strictObject({
  /** Keep pairs scoring at least this; 0.5 by default. */
  threshold: z.coerce.number().min(0).max(1).default(0.5),
});
export type DuplicateQuery = z.input<typeof duplicateQuery>;

export interface IncidentBrief {
  id: string;
  title: string;
  dateStart: string | null;
  place: string | null;
}

export interface DuplicateCandidate {
  score: number;
  reasons: Reason[];
  a: IncidentBrief;
  b: IncidentBrief;
}

/** Pairs of the case's (unmerged) incidents that likely describe one incident, best first. */
export async function findDuplicateCandidates(
  ctx: ServiceContext,
  caseIdOrSlug: string,
  raw: DuplicateQuery = {},
): Promise<DuplicateCandidate[]> {
  const { threshold } = parseInput(duplicateQuery, raw);
  const kase = await getCase(ctx, caseIdOrSlug);
  const likes = await loadIncidentLikes(ctx.db, { caseId: kase.id });
  const brief = (id: string): IncidentBrief => {
    const like = likes.get(id)!;
    return {
      id,
      title: like.title ?? '',
      dateStart: like.date?.start ?? null,
      place: like.place?.name ?? null,
    };
  };
  return findDuplicates([...likes.values()], { threshold }).map((c) => ({
    score: Math.round(c.score * 1000) / 1000,
    reasons: c.reasons,
    a: brief(c.aId),
    b: brief(c.bId),
  }));
}
