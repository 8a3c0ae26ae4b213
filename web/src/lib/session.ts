/**
 * Who is signed in, as the server says (GET /api/auth/session), shared by the whole app. The CSRF token
 * that comes with the session is handed to the API wrapper; any 401 from the API turns the sign-in page on
 * (the address stays, so the reader comes back to it after signing in).
 */
import { useSyncExternalStore } from 'react';
import { ApiError, getJson, onUnauthenticated, postJson, setCsrfToken } from './api.js';

export type Role = 'admin' | 'editor' | 'researcher' | 'viewer';
export const ROLES: readonly Role[] = ['viewer', 'researcher', 'editor', 'admin'];

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  totpEnabled: boolean;
  disabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface SessionInfo {
  /** `local`: no account exists yet, and the server answers on this computer only, without sign-in. */
  mode: 'local' | 'accounts';
  user: User | null;
  csrfToken: string | null;
  notice: string | null;
}

export type SessionState =
  | { state: 'loading' }
  | { state: 'error'; error: unknown }
  | {
      state: 'ready';
      session: SessionInfo;
      /** The sign-in page is shown instead of the page asked for. */
      signInRequired: boolean;
    };

let current: SessionState = { state: 'loading' };
const listeners = new Set<() => void>();

function set(next: SessionState): void {
  current = next;
  if (next.state === 'ready') setCsrfToken(next.session.csrfToken);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

onUnauthenticated(() => {
  const session: SessionInfo =
    current.state === 'ready'
      ? { ...current.session, mode: 'accounts', user: null, csrfToken: null }
      : { mode: 'accounts', user: null, csrfToken: null, notice: null };
  set({ state: 'ready', session, signInRequired: true });
});

/** Asks the server who is signed in. */
export async function loadSession(): Promise<void> {
  try {
    const session = await getJson<SessionInfo>('/api/auth/session');
    set({ state: 'ready', session, signInRequired: session.mode === 'accounts' && session.user === null });
  } catch (error) {
    set({ state: 'error', error });
  }
}

export interface SignInInput {
  email: string;
  password: string;
  totp?: string;
}

/** Signs in; throws ApiError (field `totp` when a second-factor code is needed or wrong). */
export async function signIn(input: SignInInput): Promise<void> {
  const answer = await postJson<{ user: User; csrfToken: string }>('/api/auth/login', input);
  set({
    state: 'ready',
    session: { mode: 'accounts', user: answer.user, csrfToken: answer.csrfToken, notice: null },
    signInRequired: false,
  });
}

/** Ends this session on the server and shows the sign-in page. */
export async function signOut(): Promise<void> {
  try {
    await postJson('/api/auth/logout', {});
  } catch (error) {
    // A session that already ended needs no ending.
    if (!(error instanceof ApiError && error.status === 401)) throw error;
  }
  set({
    state: 'ready',
    session: { mode: 'accounts', user: null, csrfToken: null, notice: null },
    signInRequired: true,
  });
}

/** Without an account, read what is published (the server redacts it); a refusal brings the sign-in back. */
export function readPublished(): void {
  if (current.state === 'ready') set({ ...current, signInRequired: false });
}

/** Changes to the signed-in user (a new display name, the second factor turned on or off). */
export function updateUser(user: User): void {
  if (current.state === 'ready') set({ ...current, session: { ...current.session, user } });
}

/** The session, re-rendering when it changes. */
export function useSession(): SessionState {
  return useSyncExternalStore(subscribe, () => current);
}
