import { z } from 'zod';
import { httpUrl, uuid } from '../shared/schemas.js';

export const citationInput = z
  .strictObject({
    documentId: uuid,
    incidentId: uuid.nullish(),
    actId: uuid.nullish(),
    figureId: uuid.nullish(),
    /** The exact words of the document that support the fact. */
    quote: z.string().trim().min(1, 'must not be empty').max(20_000),
    startOffset: z.number().int().min(0).nullish(),
    endOffset: z.number().int().min(0).nullish(),
    page: z.number().int().min(1).nullish(),
    footnoteNumber: z.number().int().min(0).nullish(),
    footnoteUrl: httpUrl(4000).nullish(),
    /** Credibility of this item of information: 1 (confirmed) … 6 (cannot be judged). */
    credibility: z.number().int().min(1).max(6).optional(),
    derivedFromId: uuid.nullish(),
  })
  .superRefine((value, ctx) => {
    const targets = [value.incidentId, value.actId, value.figureId].filter(Boolean).length;
    if (targets !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['incidentId'],
        message: 'a citation supports exactly one of incidentId, actId, figureId',
      });
    }
    if (value.startOffset != null && value.endOffset != null && value.endOffset < value.startOffset) {
      ctx.addIssue({ code: 'custom', path: ['endOffset'], message: 'must not be before startOffset' });
    }
  });

export interface Citation {
  id: string;
  documentId: string;
  incidentId: string | null;
  actId: string | null;
  figureId: string | null;
  quote: string;
  startOffset: number | null;
  endOffset: number | null;
  page: number | null;
  footnoteNumber: number | null;
  footnoteUrl: string | null;
  credibility: number;
  derivedFromId: string | null;
  version: number;
}
