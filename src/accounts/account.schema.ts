/** What comes in and goes out about accounts; never a password hash, TOTP secret or token hash. */
import { z } from 'zod';
import { USER_ROLES, userRoleSchema } from '../vocabulary/record-enums.js';

export { USER_ROLES };
export type UserRole = z.infer<typeof userRoleSchema>;

const email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email({ message: 'is not an e-mail address' }))
  .transform((value) => value.toLowerCase());

export const userInput = z.strictObject({
  email,
  displayName: z.string().trim().min(1).max(200),
  password: z.string().max(1024),
  role: userRoleSchema.default('researcher'),
});

export const userUpdate = z.strictObject({
  displayName: z.string().trim().min(1).max(200).optional(),
  role: userRoleSchema.optional(),
  disabled: z.boolean().optional(),
  unlock: z.literal(true).optional(),
});

export const passwordChange = z.strictObject({
  currentPassword: z.string().max(1024),
  newPassword: z.string().max(1024),
});

export const loginInput = z.strictObject({
  email: z
    .string()
    .trim()
    .max(254)
    .transform((value) => value.toLowerCase()),
  password: z.string().max(1024),
  totp: z.string().trim().max(10).optional(),
});

export const totpCodeInput = z.strictObject({ code: z.string().trim().max(10) });

export const API_TOKEN_SCOPES = ['read', 'write'] as const;
export const apiTokenInput = z.strictObject({
  name: z.string().trim().min(1).max(100),
  scopes: z.array(z.enum(API_TOKEN_SCOPES)).min(1).default(['read']),
  expiresInDays: z.number().int().min(1).max(366).optional(),
});
export type ApiTokenScope = (typeof API_TOKEN_SCOPES)[number];

export const memberInput = z.strictObject({ role: userRoleSchema });

export interface User {
  id: string;
  email: string;
  displayName: string;
  role: UserRole;
  totpEnabled: boolean;
  disabled: boolean;
  lockedUntil: string | null;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface ApiToken {
  id: string;
  name: string;
  scopes: ApiTokenScope[];
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revoked: boolean;
}

export interface CaseMember {
  caseId: string;
  userId: string;
  email: string;
  displayName: string;
  role: UserRole;
}
