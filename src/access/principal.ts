/** Who is making a request: nobody signed in, the person at this computer (local mode), or a user. */
import type { ApiTokenScope, User } from '../accounts/account.schema.js';

export type Principal =
  | { kind: 'anonymous' }
  /** The embedded demo on 127.0.0.1 before any account exists: whoever can reach the loopback address. */
  | { kind: 'local' }
  | { kind: 'user'; user: User; via: 'session'; sessionId: string; csrfToken: string }
  | { kind: 'user'; user: User; via: 'token'; tokenId: string; tokenName: string; scopes: ApiTokenScope[] };

export const ANONYMOUS: Principal = { kind: 'anonymous' };

/** The name written in the audit log for what this principal does. */
export function actorLabel(principal: Principal): string {
  switch (principal.kind) {
    case 'anonymous':
      return 'anonymous';
    case 'local':
      return 'http:local';
    case 'user':
      return principal.via === 'token'
        ? `user:${principal.user.email} (token ${principal.tokenName})`
        : `user:${principal.user.email}`;
  }
}
