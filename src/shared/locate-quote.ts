/**
 * Finds where a quote stands in a text when line breaks and spacing differ (PDF text wraps mid-sentence).
 * Returns character offsets into the original text, or null when the words are not there in that order.
 */
export function locateQuote(text: string, quote: string, from = 0): [number, number] | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(escaped.join('\\s+'), 'g');
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? [match.index, match.index + match[0].length] : null;
}
