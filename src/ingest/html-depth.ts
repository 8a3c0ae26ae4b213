/**
 * How deeply a page's elements nest, counted from its tags without building a tree. A page nested
 * thousands deep is no article: it would only make the DOM parser slow (its cost grows faster than the
 * page) and the text walker overflow its stack, so such pages are refused before parsing.
 */

/** Elements that never have content, and those whose end tag HTML lets authors leave out. */
const NOT_COUNTED = new Set(
  (
    'area base br col embed hr img input link meta param source track wbr ' +
    'p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rtc rp html head body'
  ).split(' '),
);

// `[^<>]*` cannot run past the next tag, so the scan stays linear on any input.
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^<>]*>/g;

/** The deepest nesting of elements in `html`, or a number over `stopAt` as soon as it is passed. */
export function nestingDepth(html: string, stopAt = Infinity): number {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (NOT_COUNTED.has(name)) continue;
    if (match[1]) depth = Math.max(0, depth - 1);
    else if (!match[0].endsWith('/>')) {
      depth++;
      if (depth > deepest) deepest = depth;
      if (deepest > stopAt) return deepest;
    }
  }
  return deepest;
}

/** Deeper than this, a page is refused. Real pages nest a few dozen levels. */
export const MAX_HTML_NESTING = 1000;
