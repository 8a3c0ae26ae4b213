/**
 * A user marks a citation as derived from another (an article repeating an NGO statement): the two then count
 * as one origin. Refuses a citation derived from itself or a loop of derivations.
 */
import { z } from 'zod';
import { appendAudit } from '../audit/audit-log.js';
import type { Citation } from '../citations/citation.schema.js';
import { toCitation } from '../citations/citation.service.js';
import { inTransaction } from '../db/transaction.js';
import type { ServiceContext } from '../shared/context.js';
import { AppError, notFound } from '../shared/errors.js';
import { expectedVersion, uuid } from '../shared/schemas.js';
import { parseInput } from '../shared/validate.js';
import { updateVersioned } from '../shared/versioned-update.js';

export const derivationInput = z.strictObject({
  /** The citation this one repeats; null clears the mark. */
  derivedFromId: uuid.nullable(),
  version: expectedVersion,
});
export type DerivationInput = z.infer<typeof derivationInput>;

/** Sets (or clears) which citation `citationId` repeats; versioned and audited. */
export async function setCitationDerivedFrom(
  ctx: ServiceContext,
  citationId: string,
  raw: unknown,
): Promise<Citation> {
  const id = parseInput(uuid, citationId, 'citationId');
  const input = parseInput(derivationInput, raw);
  return inTransaction(ctx.db, async (trx) => {
    const row = await trx.selectFrom('citations').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('citation', id);
    if (input.derivedFromId !== null) {
      if (input.derivedFromId === id) {
        throw new AppError('conflict', `citation ${id} cannot be derived from itself`, 'derivedFromId');
      }
      // Walk the chain from the new origin; meeting this citation again would make a loop.
      let cursor: string | null = input.derivedFromId;
      const seen = new Set<string>();
      while (cursor !== null && !seen.has(cursor)) {
        seen.add(cursor);
        const next: { derived_from_id: string | null } | undefined = await trx
          .selectFrom('citations')
          .select('derived_from_id')
          .where('id', '=', cursor)
          .executeTakeFirst();
        if (!next) {
          throw new AppError(
            'not_found',
            `derivedFromId: citation ${input.derivedFromId} was not found`,
            'derivedFromId',
          );
        }
        if (next.derived_from_id === id) {
          throw new AppError(
            'conflict',
            `citation ${input.derivedFromId} is itself derived from ${id}; a derivation cannot loop`,
            'derivedFromId',
          );
        }
        cursor = next.derived_from_id;
      }
    }
    const before = toCitation(row);
    const after = toCitation(
      await updateVersioned(
        trx,
        'citations',
        id,
        input.version,
        { derived_from_id: input.derivedFromId },
        'citation',
      ),
    );
    await appendAudit(trx, {
      actor: ctx.actor,
      action: 'citation.derive',
      entity: 'citation',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
