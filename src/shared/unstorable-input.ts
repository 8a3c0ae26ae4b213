/**
 * Input the database cannot store, found at the edge so it is refused with a message naming the field
 * rather than failing deep inside as an internal error: U+0000 (PostgreSQL refuses it in text and jsonb), and
 * values nested so deep that serialising them for a jsonb column would overflow the stack.
 */

/** No record nests anywhere near this deep; a body that does is an attack or a bug. */
export const MAX_INPUT_DEPTH = 64;

interface Visit {
  value: unknown;
  key: string | number | null;
  parent: Visit | null;
  depth: number;
}

export interface Unstorable {
  path: (string | number)[];
  reason: 'nul' | 'depth';
}

const pathOf = (visit: Visit): (string | number)[] => {
  const path: (string | number)[] = [];
  for (let v: Visit | null = visit; v && v.key !== null; v = v.parent) path.push(v.key);
  return path.reverse();
};

/** The first string or object key holding a NUL, or the first value nested too deep; null when all is well. */
export function findUnstorable(value: unknown, maxDepth = MAX_INPUT_DEPTH): Unstorable | null {
  // Iterative, each visit pointing at its parent: a body nested thousands deep costs linear time, no stack.
  const pending: Visit[] = [{ value, key: null, parent: null, depth: 0 }];
  while (pending.length > 0) {
    const visit = pending.pop()!;
    const current = visit.value;
    if (typeof current === 'string') {
      if (current.includes('\u0000')) return { path: pathOf(visit), reason: 'nul' };
      continue;
    }
    if (current === null || typeof current !== 'object' || ArrayBuffer.isView(current)) continue;
    if (visit.depth >= maxDepth) return { path: pathOf(visit), reason: 'depth' };
    const depth = visit.depth + 1;
    if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i--)
        pending.push({ value: current[i], key: i, parent: visit, depth });
    } else {
      for (const [key, inner] of Object.entries(current)) {
        if (key.includes('\u0000')) return { path: [...pathOf(visit), key], reason: 'nul' };
        pending.push({ value: inner, key, parent: visit, depth });
      }
    }
  }
  return null;
}

/** A key or value shown in a field path, with its NUL made visible. */
export const showNul = (part: string | number) =>
  typeof part === 'string' ? part.replaceAll('\u0000', '\\0') : part;
