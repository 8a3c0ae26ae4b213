/** Redacts an API answer for a reader not cleared for it, with the redactor of the case it is about. */
import type { Db } from '../db/connect.js';
import { loadRedactor } from '../redaction/index.js';
import type { RedactAnswer } from './access.plugin.js';

export const redactAnswer: RedactAnswer = async (db: Db, access, payload) => {
  // A shared registry (actors, sources) is read across cases: every case's people are protected in it.
  const caseIds = access.caseId
    ? [access.caseId]
    : (await db.selectFrom('cases').select('id').execute()).map((r) => r.id);
  const redactor = await loadRedactor(db, { caseIds }, { revealCaseIds: access.clearedCaseIds ?? [] });
  return redactor.value(payload);
};
