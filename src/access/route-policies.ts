/**
 * Every HTTP route and who may call it, in one table. A route missing here is refused for everyone but
 * fails the authorisation test first (access.matrix.test.ts enumerates the server's routes).
 */
import type { CaseAction, CaseEntity, CaseRef, RouteRule } from './policy.js';

interface RequestParts {
  params: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

export type RoutePolicy = RouteRule | ((request: RequestParts) => RouteRule);

const param = (name: string, entity: CaseEntity): CaseRef => ({ from: 'param', name, entity });
const query = (name: string, entity: CaseEntity = 'case'): CaseRef => ({ from: 'query', name, entity });
const body = (name: string, entity: CaseEntity = 'case'): CaseRef => ({ from: 'body', name, entity });

const open: RouteRule = { kind: 'open' };
const admin: RouteRule = { kind: 'admin' };
const signedIn: RouteRule = { kind: 'signed_in' };
const signedInWrite: RouteRule = { kind: 'signed_in', write: true };
const inCase = (action: CaseAction, ref: CaseRef): RouteRule => ({ kind: 'case', action, ref });
/** Readable by anyone when the case is published (always redacted for them). */
const publicRead = (ref: CaseRef): RouteRule => ({ kind: 'case', action: 'read', ref, public: true });
const registry = (action: CaseAction): RouteRule => ({ kind: 'any_case', action });

const caseId = param('id', 'case');
const caseIdAlt = param('caseId', 'case');
const incident = param('id', 'incident');

export const ROUTE_POLICIES: Record<string, RoutePolicy> = {
  // Open: signing in, the shell of the web app, the API reference, health.
  'GET /api/health': open,
  'GET /api/auth/session': open,
  'POST /api/auth/login': open,
  'GET /': open,
  'GET /*': open,
  'GET /api/docs': open,
  'GET /api/docs/static/index.html': open,
  'GET /api/docs/static/swagger-initializer.js': open,
  'GET /api/docs/json': open,
  'GET /api/docs/yaml': open,
  'GET /api/docs/static/*': open,

  // One's own account.
  'POST /api/auth/logout': signedIn,
  'GET /api/account': signedIn,
  'POST /api/account/password': signedInWrite,
  'GET /api/account/tokens': signedIn,
  'POST /api/account/tokens': signedInWrite,
  'DELETE /api/account/tokens/:id': signedInWrite,
  'POST /api/account/totp/setup': signedInWrite,
  'POST /api/account/totp/confirm': signedInWrite,
  'POST /api/account/totp/disable': signedInWrite,
  // Extraction without storing anything: any signed-in user.
  'POST /api/extract': signedInWrite,

  // The deployment: users, backup and restore, the audit log, new cases.
  'GET /api/users': admin,
  'POST /api/users': admin,
  'PATCH /api/users/:id': admin,
  'POST /api/users/:id/password': admin,
  'GET /api/audit': admin,
  'GET /api/audit/verify': admin,
  'GET /api/export': admin,
  'POST /api/import': admin,
  'POST /api/cases': admin,

  // Cases. The list is filtered to what the reader may see (access.plugin.ts).
  'GET /api/cases': open,
  'GET /api/cases/:id': publicRead(caseId),
  'PATCH /api/cases/:id': inCase('review', caseId),
  'GET /api/cases/:id/members': inCase('read', caseId),
  'PUT /api/cases/:id/members/:userId': inCase('manage', caseId),
  'DELETE /api/cases/:id/members/:userId': inCase('manage', caseId),
  'GET /api/cases/:id/stats': publicRead(caseId),
  'GET /api/cases/:id/publications/:format': (r) =>
    r.query['unmask'] === true || r.query['unmask'] === 'true'
      ? inCase('unmask', caseId)
      : publicRead(caseId),

  // Incidents.
  'GET /api/incidents': publicRead(query('caseId')),
  'GET /api/incidents/facets': publicRead(query('caseId')),
  'POST /api/incidents': inCase('write', body('caseId')),
  'GET /api/incidents/:id': publicRead(incident),
  'PATCH /api/incidents/:id': inCase('write', incident),
  'DELETE /api/incidents/:id': inCase('review', incident),
  'GET /api/incidents/:id/assessment': publicRead(incident),
  'GET /api/incidents/:id/corroboration': publicRead(incident),

  // Standards.
  'POST /api/cases/:id/assess': inCase('write', caseId),
  'GET /api/cases/:id/assessment-summary': publicRead(caseId),
  'POST /api/assessments/:id/review': inCase('review', param('id', 'assessment')),

  // Allegations and accountability.
  // The list names incidents of every level: members only. Its counts by stage are public.
  'GET /api/cases/:caseId/allegations': inCase('read', caseIdAlt),
  'GET /api/cases/:caseId/allegations/overdue': inCase('read', caseIdAlt),
  'GET /api/cases/:caseId/allegations/stats': publicRead(caseIdAlt),
  'POST /api/cases/:caseId/allegations/propose': inCase('write', caseIdAlt),
  'GET /api/cases/:caseId/allegation-policy': inCase('read', caseIdAlt),
  'PUT /api/cases/:caseId/allegation-policy': inCase('review', caseIdAlt),
  'POST /api/allegations': inCase('write', body('caseId')),
  'GET /api/allegations/:id': inCase('read', param('id', 'allegation')),
  'PATCH /api/allegations/:id': inCase('write', param('id', 'allegation')),
  'PUT /api/allegations/:id/checklist': inCase('write', param('id', 'allegation')),
  'POST /api/allegations/:id/steps': inCase('write', param('id', 'allegation')),
  'POST /api/allegations/:id/letter': (r) =>
    isObject(r.body) && isObject(r.body['recipient']) && r.body['recipient']['cleared'] === true
      ? inCase('unmask', param('id', 'allegation'))
      : inCase('write', param('id', 'allegation')),

  // Shared registries. Making a person's name public is an editor's decision.
  'GET /api/actors': registry('read'),
  'GET /api/actors/:id': registry('read'),
  'POST /api/actors': (r) => registry(isObject(r.body) && r.body['namePublic'] === true ? 'unmask' : 'write'),
  'PATCH /api/actors/:id': (r) => registry(isObject(r.body) && 'namePublic' in r.body ? 'unmask' : 'write'),
  'GET /api/sources': registry('read'),
  'GET /api/sources/:id': registry('read'),
  'POST /api/sources': registry('write'),
  'PATCH /api/sources/:id': registry('write'),

  // Figures.
  'GET /api/figures': publicRead(query('caseId')),
  'POST /api/figures': inCase('write', body('caseId')),
  'GET /api/figures/:id': publicRead(param('id', 'figure')),
  'PATCH /api/figures/:id': inCase('write', param('id', 'figure')),

  // Duplicates, merges, corroboration.
  'GET /api/cases/:id/duplicates': inCase('read', caseId),
  'POST /api/merges': inCase('review', body('targetId', 'incident')),
  'GET /api/merges': inCase('read', query('caseId')),
  'GET /api/merges/:id': inCase('read', param('id', 'merge')),
  'POST /api/merges/:id/undo': inCase('review', param('id', 'merge')),
  'POST /api/citations/:id/derived-from': inCase('write', param('id', 'citation')),
  'GET /api/cases/:id/figure-groups': publicRead(caseId),
  'GET /api/cases/:id/figure-series': publicRead(caseId),

  // Evidence files are confidential: cleared roles only.
  'POST /api/cases/:id/evidence': inCase('write', caseId),
  'GET /api/cases/:id/evidence': inCase('read_confidential', caseId),
  'GET /api/evidence/:id': inCase('read_confidential', param('id', 'evidence')),
  'POST /api/evidence/:id/custody': inCase('write', param('id', 'evidence')),
  'POST /api/evidence/:id/verify': inCase('write', param('id', 'evidence')),

  // Ingestion and review. Documents hold the unredacted text of reports: members only.
  'POST /api/cases/:id/documents': inCase('write', caseId),
  'GET /api/documents': inCase('read', query('caseId')),
  'GET /api/documents/:id': inCase('read', param('id', 'document')),
  'GET /api/proposals': (r) =>
    r.query['documentId'] && !r.query['caseId']
      ? inCase('read', query('documentId', 'document'))
      : inCase('read', query('caseId')),
  'POST /api/proposals/:id/accept': inCase('write', param('id', 'proposal')),
  'POST /api/proposals/:id/reject': inCase('write', param('id', 'proposal')),
  'PATCH /api/proposals/:id': inCase('write', param('id', 'proposal')),
  'POST /api/cases/:id/proposals/accept-all': inCase('write', caseId),
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function policyFor(method: string, url: string): RoutePolicy | undefined {
  const key = `${method === 'HEAD' ? 'GET' : method} ${url}`;
  // The built web app's files (one route each, named by their content hash) hold no data: all data is /api/.
  if (!(key in ROUTE_POLICIES) && method === 'GET' && !url.startsWith('/api/')) return open;
  return ROUTE_POLICIES[key];
}
