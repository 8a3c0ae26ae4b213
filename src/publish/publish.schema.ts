import { z } from 'zod';
import { nonEmptyText } from '../shared/schemas.js';
import { PUBLICATION_FORMATS } from './publication.model.js';

export const publicationFormatSchema = z.enum(PUBLICATION_FORMATS);

export const publishOptions = z.strictObject({
  /** An unmasked edition (names, exact places, restricted incidents) for this named recipient. */
  unmask: z.strictObject({ recipient: nonEmptyText(200) }).optional(),
});
export type PublishOptions = z.input<typeof publishOptions>;

export interface PublishedFile {
  fileName: string;
  mediaType: string;
  body: string;
}
