import { franc } from 'franc';
import type { Language } from './types.js';

const FRANC_TO_LANGUAGE: Record<string, Language> = { eng: 'en', rus: 'ru' };

/** Shorter samples make franc guess; below this we answer 'und'. */
const MIN_LETTERS = 20;
/** How much text franc looks at: enough to be sure, bounded so long documents stay cheap. */
const SAMPLE_CHARS = 20_000;

/** The document's main language among those we support first (English, Russian), or 'und'. */
export function detectLanguage(text: string): Language {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return 'und';
  // Restricted to two languages franc always picks one; text mostly in another script (Arabic,
  // Georgian...) must stay 'und' rather than be called English.
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (cyrillic + latin < letters * 0.5) return 'und';
  const guess = franc(sample, { only: ['eng', 'rus'], minLength: MIN_LETTERS });
  return FRANC_TO_LANGUAGE[guess] ?? 'und';
}
