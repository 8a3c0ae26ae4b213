/**
 * Typed calls to the Dalil JSON API on the same origin. Every request goes to this server; nothing else is
 * fetched. Errors carry the server's stable code so pages can say what went wrong.
 */

export interface Place {
  id: string;
  name: string;
  country: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface Case {
  id: string;
  slug: string;
  title: string;
  description: string;
}

export interface Incident {
  id: string;
  caseId: string;
  title: string;
  description: string;
  dateStart: string | null;
  dateEnd: string | null;
  datePrecision: string;
  timeOfDay: string | null;
  place: Place | null;
  placeDetail: string | null;
  geoPrecision: string;
  latitude: number | null;
  longitude: number | null;
  eventType: string;
  status: string;
  killed: number | null;
  injured: number | null;
  version: number;
}

export interface Act {
  id: string;
  perpetratorId: string | null;
  perpetratorLabel: string | null;
  victimId: string | null;
  victimLabel: string | null;
  victimRole: string | null;
  victimCount: number | null;
  actType: string;
  methods: string[];
  facts: Record<string, unknown>;
  killed: number | null;
  injured: number | null;
  severity: string | null;
}

export interface Citation {
  id: string;
  documentId: string;
  incidentId: string | null;
  actId: string | null;
  figureId: string | null;
  quote: string;
  page: number | null;
  footnoteNumber: number | null;
  footnoteUrl: string | null;
  credibility: number | null;
}

export interface IncidentDetail extends Incident {
  acts: Act[];
  citations: Citation[];
}

export interface Actor {
  id: string;
  kind: string;
  name: string;
  names: { value: string; script?: string }[];
  aliases: string[];
  professionalRole: string | null;
  affiliationId: string | null;
  description: string;
}

export interface Source {
  id: string;
  name: string;
  kind: string;
  reliability: string | null;
  url: string | null;
}

export interface Figure {
  id: string;
  caseId: string;
  incidentId: string | null;
  what: string;
  measureKey: string | null;
  value: number;
  qualifier: string;
  asOf: string | null;
  reportedBy: string | null;
}

export interface AuditEntry {
  seq: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  hash: string;
}

export type AuditVerdict =
  | { ok: true; entries: number; lastHash: string }
  | { ok: false; entries: number; firstBadSeq: number; problem: string; message: string };

/** A case's dashboard numbers (GET /api/cases/:id/stats), typed by the server's own definition. */
export type { CaseStats, KeyFigure } from '../../../src/case-stats/case-stats.service.js';

/** The list's facets, as the server names them (GET /api/incidents/facets). */
export type FacetKey =
  'type' | 'status' | 'perpetratorKind' | 'victimRole' | 'method' | 'sources' | 'finding';
export type FacetCounts = Record<FacetKey, { value: string; count: number }[]>;

export interface Page<T> {
  items: T[];
  total: number;
}

/** An API failure with the server's error code (or `network` when the server could not be reached). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    /** The input field the server names as the problem, when it names one. */
    readonly field?: string,
  ) {
    super(message);
  }
}

let csrfToken: string | null = null;
const unauthenticatedListeners = new Set<() => void>();

/** The session's CSRF token (from sign-in or GET /api/auth/session), sent with every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Calls `listener` whenever the server answers 401 (the session ended or there is none); returns the unsubscribe. */
export function onUnauthenticated(listener: () => void): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

/**
 * Every request to the API goes through here: writes carry the session's CSRF token, and an answer of 401
 * (other than to a sign-in attempt) tells the app to show the sign-in page.
 */
export async function apiFetch(path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  const method = (init.method ?? 'GET').toUpperCase();
  if (csrfToken && method !== 'GET' && method !== 'HEAD') headers.set('x-csrf-token', csrfToken);
  const response = await fetch(path, { ...init, headers });
  if (response.status === 401 && !path.startsWith('/api/auth/'))
    for (const listener of unauthenticatedListeners) listener();
  return response;
}

/** Turns a refusal's JSON body into an ApiError carrying the server's code, message and field. */
async function refusal(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string; field?: string };
  } | null;
  return new ApiError(
    response.status,
    body?.error?.code ?? 'http_error',
    body?.error?.message ?? response.statusText,
    body?.error?.field,
  );
}

/** GETs a JSON resource from the Dalil API; throws ApiError on failure. */
export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await apiFetch(path, { headers: { accept: 'application/json' }, signal });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new ApiError(0, 'network', String(error));
  }
  if (!response.ok) throw await refusal(response);
  return (await response.json()) as T;
}

/** POSTs JSON to the Dalil API and returns the answer; throws ApiError on failure. */
export function postJson<T>(path: string, body: unknown): Promise<T> {
  return sendJson<T>('POST', path, body);
}

/** Sends a write (POST, PUT, PATCH, DELETE) with an optional JSON body; throws ApiError on failure. */
export async function sendJson<T>(
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
): Promise<T> {
  let response: Response;
  try {
    response = await apiFetch(path, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new ApiError(0, 'network', String(error));
  }
  if (!response.ok) throw await refusal(response);
  return (await response.json().catch(() => null)) as T;
}

/** Builds a query string from defined, non-empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

interface OpenApiParameter {
  name: string;
  in: string;
  schema?: { enum?: string[] };
}
type OpenApiDoc = { paths?: Record<string, Record<string, { parameters?: OpenApiParameter[] }>> };

let docPromise: Promise<OpenApiDoc> | undefined;

/** The server's OpenAPI document, fetched once; an empty one if it cannot be read. */
function openApi(): Promise<OpenApiDoc> {
  docPromise ??= getJson<OpenApiDoc>('/api/docs/json').catch(() => ({}));
  return docPromise;
}

/**
 * The API's routes as "METHOD /path/{param}". Panels for features that other parts of the server may not
 * have yet check here and hide themselves when the route is absent.
 */
export async function apiRoutes(): Promise<Set<string>> {
  const routes = new Set<string>();
  for (const [path, methods] of Object.entries((await openApi()).paths ?? {})) {
    for (const method of Object.keys(methods)) routes.add(`${method.toUpperCase()} ${path}`);
  }
  return routes;
}

/**
 * The query parameters a GET route accepts, with their allowed values when they are an enumeration. The
 * filter lists (event types, statuses) come from here, so they always match the server's vocabulary.
 */
export async function queryParameters(path: string): Promise<Map<string, string[] | null>> {
  const parameters = (await openApi()).paths?.[path]?.get?.parameters ?? [];
  return new Map(parameters.filter((p) => p.in === 'query').map((p) => [p.name, p.schema?.enum ?? null]));
}

/** What the server answers after ingesting a file: the document and how many proposals it made. */
export interface IngestResult {
  document: { id: string; title?: string };
  duplicate: boolean;
  proposals: { incidents: number; figures: number; actors: number; offeredMerges: number };
  warnings: string[];
}

/** How far an upload has gone: bytes sent of the total, then `reading` once the server has them all. */
export type UploadProgress = { phase: 'sending'; sent: number; total: number } | { phase: 'reading' };

/**
 * POSTs a file's bytes, reporting progress (fetch cannot report an upload's progress, so this uses
 * XMLHttpRequest, with the same CSRF header and 401 handling as apiFetch). Throws ApiError on refusal.
 */
export function sendFile<T>(
  path: string,
  file: Blob,
  contentType: string,
  onProgress: (progress: UploadProgress) => void = () => undefined,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', path);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.setRequestHeader('content-type', contentType);
    if (csrfToken) xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.upload.onprogress = (event) =>
      onProgress({
        phase: 'sending',
        sent: event.loaded,
        total: event.lengthComputable ? event.total : file.size,
      });
    xhr.upload.onload = () => onProgress({ phase: 'reading' });
    xhr.onerror = () => reject(new ApiError(0, 'network', 'the upload did not reach the server'));
    xhr.onload = () => {
      type Answer = T & { error?: { code?: string; message?: string; field?: string } };
      const answer = ((): Answer | null => {
        try {
          return JSON.parse(xhr.responseText) as Answer;
        } catch {
          return null;
        }
      })();
      if (xhr.status === 401) for (const listener of unauthenticatedListeners) listener();
      if (xhr.status >= 200 && xhr.status < 300 && answer) resolve(answer);
      else
        reject(
          new ApiError(
            xhr.status,
            answer?.error?.code ?? 'http_error',
            answer?.error?.message ?? xhr.statusText,
            answer?.error?.field,
          ),
        );
    };
    xhr.send(file);
  });
}

/** Sends a file's bytes to be ingested into a case, reporting progress; throws ApiError on refusal. */
export function uploadDocument(
  caseId: string,
  file: Blob,
  fileName: string,
  onProgress?: (progress: UploadProgress) => void,
): Promise<IngestResult> {
  return sendFile<IngestResult>(
    `/api/cases/${caseId}/documents${query({ fileName })}`,
    file,
    'application/octet-stream',
    onProgress,
  );
}

/** What an import answers: rows written per table. */
export interface ImportResult {
  counts: Record<string, number>;
  sha256: string;
}
