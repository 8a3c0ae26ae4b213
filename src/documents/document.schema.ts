import { z } from 'zod';
import { documentKindSchema } from '../vocabulary/record-enums.js';
import { httpUrl, isoDate, nonEmptyText, uuid } from '../shared/schemas.js';

export const documentInput = z.strictObject({
  caseId: uuid.nullish(),
  sourceId: uuid.nullish(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hex')
    .nullish(),
  kind: documentKindSchema.optional(),
  title: nonEmptyText(1000),
  url: httpUrl(4000).nullish(),
  language: z.string().max(8).nullish(),
  publishedOn: isoDate.nullish(),
  fileName: z.string().max(500).nullish(),
  mediaType: z.string().max(200).nullish(),
  byteLength: z.number().int().min(0).nullish(),
  text: z.string().max(50_000_000).optional(),
  pages: z
    .array(
      z.strictObject({
        n: z.number().int().min(1),
        start: z.number().int().min(0),
        end: z.number().int().min(0),
      }),
    )
    .optional(),
});
export type DocumentInput = z.infer<typeof documentInput>;

export interface DocumentSummary {
  id: string;
  caseId: string | null;
  sourceId: string | null;
  sha256: string | null;
  kind: string;
  title: string;
  url: string | null;
  language: string | null;
  publishedOn: string | null;
  fileName: string | null;
  mediaType: string | null;
  byteLength: number | null;
  version: number;
  createdAt: string;
}

export interface DocumentWithText extends DocumentSummary {
  text: string;
  pages: { n: number; start: number; end: number }[];
}
