/**
 * The principal and case access of the request being served, reachable from the service context factory
 * without threading the request through every route (the pattern of @fastify/request-context).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Confidentiality } from '../vocabulary/record-enums.js';
import { ANONYMOUS, type Principal } from './principal.js';

export interface CaseAccess {
  /** The case the request is about; null when the rule reads across cases (admin) or a shared registry. */
  caseId: string | null;
  /** May see what is confidential: real names, evidence, exact places. */
  cleared: boolean;
  member: boolean;
  /** The incident confidentiality levels this reader may see. */
  levels: Confidentiality[];
  /** For a shared registry: the cases on which the reader is cleared (their people keep their names). */
  clearedCaseIds?: string[];
}

export interface RequestScope {
  principal: Principal;
  access?: CaseAccess;
}

const storage = new AsyncLocalStorage<RequestScope>();

export const runInScope = (scope: RequestScope, next: () => void): void => storage.run(scope, next);

export const currentScope = (): RequestScope => storage.getStore() ?? { principal: ANONYMOUS };
