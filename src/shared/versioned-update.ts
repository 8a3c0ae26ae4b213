/**
 * Optimistic concurrency: an update names the version it was based on; if someone else changed the record
 * since, the update is refused with `version_conflict` instead of silently overwriting their work.
 */
import { type Kysely, type Selectable, sql, type Transaction, type Updateable } from 'kysely';
import type { Database } from '../db/schema.js';
import { AppError, notFound } from './errors.js';

type EditableTable = {
  [K in keyof Database]: Database[K] extends { version: unknown; id: string } ? K : never;
}[keyof Database];

export async function updateVersioned<T extends EditableTable>(
  trx: Transaction<Database>,
  table: T,
  id: string,
  expected: number,
  values: Updateable<Database[T]>,
  label: string,
): Promise<Selectable<Database[T]>> {
  // Kysely cannot type a table chosen at run time; the table and column names are ours, never user input.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const untyped = trx as unknown as Kysely<any>;
  const name: string = table;
  const updated: unknown = await untyped
    .updateTable(name)

    .set({ ...(values as Record<string, unknown>), version: sql`version + 1`, updated_at: sql`now()` })
    .where('id', '=', id)
    .where('version', '=', expected)
    .returningAll()
    .executeTakeFirst();
  if (updated) return updated as Selectable<Database[T]>;
  const current = await untyped.selectFrom(name).select('version').where('id', '=', id).executeTakeFirst();
  if (!current) throw notFound(label, id);
  throw new AppError(
    'version_conflict',
    `${label} ${id} was changed by someone else (now at version ${current.version}, your edit was based on version ${expected}); reload it and apply your change again`,
    'version',
  );
}
