import { z } from 'zod';
import { actorKindSchema, victimRoleSchema } from '../vocabulary/vocabulary.js';
import { expectedVersion, nonEmptyText, uuid } from '../shared/schemas.js';

export const actorInput = z.strictObject({
  kind: actorKindSchema,
  name: nonEmptyText(300),
  /** The same name in other scripts, e.g. { value: 'Бишкек', script: 'Cyrl' }. */
  names: z
    .array(
      z.strictObject({
        value: nonEmptyText(300),
        script: z.string().max(8).optional(),
        lang: z.string().max(8).optional(),
      }),
    )
    .max(20)
    .optional(),
  aliases: z.array(nonEmptyText(300)).max(50).optional(),
  professionalRole: victimRoleSchema.nullish(),
  affiliationId: uuid.nullish(),
  description: z.string().max(10_000).optional(),
  /** A person's name is confidential until someone marks it public, with the reason. */
  namePublic: z.boolean().optional(),
  namePublicReason: z.string().max(2000).nullish(),
});
export type ActorInput = z.infer<typeof actorInput>;

export const actorUpdate = actorInput.partial().extend({ version: expectedVersion });

export interface Actor {
  id: string;
  kind: string;
  name: string;
  names: { value: string; script?: string; lang?: string }[];
  aliases: string[];
  professionalRole: string | null;
  affiliationId: string | null;
  description: string;
  namePublic: boolean;
  namePublicReason: string | null;
  version: number;
}
