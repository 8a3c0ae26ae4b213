/** Loading allegations with their acts for the engines, and the clock every date-dependent call takes. */
import type { Executor } from '../db/transaction.js';
import { invalid } from '../shared/errors.js';
import { isoDate } from '../shared/schemas.js';
import { parseInput } from '../shared/validate.js';
import type { StoredAct } from './act-assessment.js';
import { loadAllegations, loadStoredActs, type AllegationRecord } from './allegation.repository.js';

export interface Clock {
  /** 'YYYY-MM-DD'; defaults to today in UTC. */
  today?: string;
}

/**
 * Today in UTC, or the day given, for back-filling and tests. A given day may not be later than tomorrow
 * (UTC), the most a local calendar can be ahead, so that no one records a future step by moving the clock.
 */
export function todayOf(clock: Clock = {}, now: Date = new Date()): string {
  const utcToday = now.toISOString().slice(0, 10);
  if (clock.today === undefined) return utcToday;
  const today = parseInput(isoDate, clock.today, 'today');
  const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
  if (today > tomorrow) throw invalid('today', `${today} is in the future (today is ${utcToday})`);
  return today;
}

export interface LoadedAllegation {
  record: AllegationRecord;
  acts: StoredAct[];
}

/** Records with the acts they name, loaded for the engines (one query for all the acts). */
export async function withActs(db: Executor, records: AllegationRecord[]): Promise<LoadedAllegation[]> {
  const acts = await loadStoredActs(db, { actIds: records.flatMap((r) => r.actIds) });
  const byId = new Map<string, StoredAct>(acts.map((a) => [a.id, a]));
  return records.map((record) => ({
    record,
    acts: record.actIds.map((id) => byId.get(id)).filter((a): a is StoredAct => a !== undefined),
  }));
}

/** Every allegation of a case, with its acts. */
export async function loadCaseAllegations(db: Executor, caseId: string): Promise<LoadedAllegation[]> {
  return withActs(db, await loadAllegations(db, { caseId }));
}

/** One allegation with its acts, or undefined. */
export async function loadOneAllegation(db: Executor, id: string): Promise<LoadedAllegation | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const [loaded] = await withActs(db, await loadAllegations(db, { ids: [id] }));
  return loaded;
}
