/**
 * The access policy, as data and one pure decision. A role grants actions within a case; an admin of the
 * deployment (and the local mode) holds every action in every case; a read-only API token keeps only the
 * reading actions of its user. Anonymous readers, and signed-in people who are not members, may read a
 * case only where a rule says it is public and the case is published — and never unredacted.
 */
import type { ApiTokenScope, UserRole } from '../accounts/account.schema.js';
import type { Confidentiality } from '../vocabulary/record-enums.js';
import type { Principal } from './principal.js';

export const CASE_ACTIONS = ['read', 'read_confidential', 'write', 'review', 'unmask', 'manage'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const ROLE_GRANTS: Record<UserRole, readonly CaseAction[]> = {
  viewer: ['read'],
  researcher: ['read', 'read_confidential', 'write'],
  editor: ['read', 'read_confidential', 'write', 'review', 'unmask'],
  admin: CASE_ACTIONS,
};

const READING: ReadonlySet<CaseAction> = new Set(['read', 'read_confidential']);

/** The confidentiality levels a reader may see: cleared roles see all, members see restricted, the public sees public. */
export function visibleLevels(cleared: boolean, member: boolean): Confidentiality[] {
  if (cleared) return ['public', 'restricted', 'confidential'];
  return member ? ['public', 'restricted'] : ['public'];
}

/** How a route finds the case a request is about. */
export type CaseRef =
  | { from: 'param'; name: string; entity: CaseEntity }
  | { from: 'query'; name: string; entity: CaseEntity }
  | { from: 'body'; name: string; entity: CaseEntity };

export type CaseEntity =
  | 'case'
  | 'incident'
  | 'allegation'
  | 'assessment'
  | 'evidence'
  | 'document'
  | 'proposal'
  | 'figure'
  | 'merge'
  | 'citation';

export type RouteRule =
  /** Anyone, signed in or not (sign-in itself, health, the web app's shell, the API reference). */
  | { kind: 'open' }
  /** Anyone signed in, about their own account. */
  | { kind: 'signed_in'; write?: boolean }
  /** Admins of the deployment only: users, the whole-database backup and restore, the audit log. */
  | { kind: 'admin' }
  /** An action within the case the request is about. `public` lets anyone read a published case. */
  | { kind: 'case'; action: CaseAction; ref: CaseRef; public?: boolean }
  /** A registry shared by all cases (actors, sources): the action in at least one case. */
  | { kind: 'any_case'; action: CaseAction };

/** What the principal holds in the case, as far as the policy is concerned. */
export interface Standing {
  caseConfidentiality: Confidentiality;
  memberRole: UserRole | null;
}

export type Decision =
  | { allowed: true; cleared: boolean; member: boolean; role: UserRole | null }
  | { allowed: false; code: 'unauthenticated' | 'forbidden'; message: string };

export function roleIn(principal: Principal, memberRole: UserRole | null): UserRole | null {
  if (principal.kind === 'local') return 'admin';
  if (principal.kind !== 'user') return null;
  return principal.user.role === 'admin' ? 'admin' : memberRole;
}

export function grants(
  role: UserRole | null,
  action: CaseAction,
  scopes?: readonly ApiTokenScope[],
): boolean {
  if (!role || !ROLE_GRANTS[role].includes(action)) return false;
  return !scopes || scopes.includes('write') || READING.has(action);
}

const scopesOf = (principal: Principal) =>
  principal.kind === 'user' && principal.via === 'token' ? principal.scopes : undefined;

const refuse = (principal: Principal, message: string): Decision =>
  principal.kind === 'anonymous'
    ? { allowed: false, code: 'unauthenticated', message: 'sign in first' }
    : { allowed: false, code: 'forbidden', message };

/** Decides a rule that is not about one case. */
export function decideGlobal(
  principal: Principal,
  rule: Exclude<RouteRule, { kind: 'case' | 'any_case' }>,
): Decision {
  const role = roleIn(principal, null);
  switch (rule.kind) {
    case 'open':
      return { allowed: true, cleared: false, member: false, role };
    case 'signed_in':
      if (principal.kind === 'anonymous') return refuse(principal, '');
      if (rule.write && scopesOf(principal) && !scopesOf(principal)!.includes('write'))
        return refuse(principal, 'this API token may only read');
      return { allowed: true, cleared: false, member: false, role };
    case 'admin':
      if (role !== 'admin') return refuse(principal, 'only an admin may do this');
      if (scopesOf(principal) && !scopesOf(principal)!.includes('write'))
        return refuse(principal, 'this API token may only read');
      return { allowed: true, cleared: true, member: true, role };
  }
}

/** Decides a rule about one case, given what the principal holds there. */
export function decideCase(
  principal: Principal,
  rule: Extract<RouteRule, { kind: 'case' }>,
  standing: Standing,
): Decision {
  const role = roleIn(principal, standing.memberRole);
  const scopes = scopesOf(principal);
  if (grants(role, rule.action, scopes))
    return { allowed: true, cleared: grants(role, 'read_confidential', scopes), member: true, role };
  if (rule.public && rule.action === 'read' && standing.caseConfidentiality === 'public')
    return { allowed: true, cleared: false, member: false, role: null };
  if (role) return refuse(principal, `your role in this case (${role}) does not allow this (${rule.action})`);
  return refuse(principal, 'you are not a member of this case');
}

/** Decides a rule about a shared registry, given the principal's roles across cases. */
export function decideAnyCase(
  principal: Principal,
  rule: Extract<RouteRule, { kind: 'any_case' }>,
  memberRoles: readonly UserRole[],
): Decision {
  const scopes = scopesOf(principal);
  const roles =
    principal.kind === 'user' && principal.user.role !== 'admin' ? memberRoles : [roleIn(principal, null)];
  if (!roles.some((role) => grants(role, rule.action, scopes)))
    return refuse(principal, `you need a role allowing ${rule.action} in at least one case`);
  const cleared = roles.some((role) => grants(role, 'read_confidential', scopes));
  return { allowed: true, cleared, member: true, role: null };
}
