/**
 * PostgreSQL cannot store U+0000 in text or jsonb: such input would fail deep in the database as an internal
 * error. It is found here, at the edge, so it is refused with a message naming the field instead.
 */
/** The path of the first string or object key in `value` holding a NUL character, or null when there is none. */
export function findNulCharacter(value: unknown): (string | number)[] | null {
  // Iterative: a deeply nested body must not overflow the stack here.
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (pending.length > 0) {
    const { value: current, path } = pending.pop()!;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return path;
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--) pending.push({ value: current[i], path: [...path, i] });
    } else if (current !== null && typeof current === 'object' && !ArrayBuffer.isView(current)) {
      for (const [key, inner] of Object.entries(current)) {
        if (key.includes('\u0000')) return [...path, key];
        pending.push({ value: inner, path: [...path, key] });
      }
    }
  }
  return null;
}

/** A key or value shown in a field path, with its NUL made visible. */
export const showNul = (part: string | number) =>
  typeof part === 'string' ? part.replaceAll('\u0000', '\\0') : part;
