// What an import may not bring into app storage, found before anything is written: text that is not well-formed
// UTF-16 (a lone surrogate, in a string or a key: every write of user text refuses it, so a file must not be a way
// around that), a value nested deeper than storage keeps (32 levels) or larger than it keeps (240 KiB), and fields
// the store's schema does not know (the apply writes the file's values as they are, so an unknown field would reach
// storage, or Jira's issue properties, unchecked). Walked with a stack of its own, not recursion: a file may nest a
// value thousands of levels deep.
import { isWellFormed } from '../../shared/model/common';
import { utf8Bytes } from '../../shared/utf8';

/** Containers app storage keeps nested in one value: `{a:{b:1}}` is 2; 31 containers and the leaf are its 32 levels. */
export const STORABLE_DEPTH = 31;
/** Bytes of one stored value, as JSON in UTF-8. */
export const STORABLE_BYTES = 240 * 1024;

export interface Issue {
  path: string;
  message: string;
}

export const CANNOT_STORE_DEPTH = `nested deeper than app storage keeps (${STORABLE_DEPTH + 1} levels)`;
export const CANNOT_STORE_SIZE = `larger than app storage keeps (${STORABLE_BYTES / 1024} KiB)`;

/** A parsed JSON value's problems for storage, by dotted path under `at`; at most `max`. */
export const unstorableIssues = (value: unknown, at: string, max = 20, cannotEncode = 'contains characters that cannot be encoded'): Issue[] => {
  const found: Issue[] = [];
  const stack: Array<{ v: unknown; path: string; depth: number }> = [{ v: value, path: at, depth: 0 }];
  let tooDeep = false;
  while (stack.length > 0 && found.length < max) {
    const { v, path, depth } = stack.pop()!;
    if (typeof v === 'string') {
      if (!isWellFormed(v)) found.push({ path, message: cannotEncode });
      continue;
    }
    if (v === null || typeof v !== 'object') continue;
    if (depth + 1 > STORABLE_DEPTH) {
      if (!tooDeep) found.push({ path, message: CANNOT_STORE_DEPTH });
      tooDeep = true;
      continue;
    }
    // Pushed in reverse, so the walk reports in the value's order.
    const entries: Array<[string, unknown]> = Array.isArray(v) ? v.map((x, i) => [String(i), x]) : Object.entries(v);
    for (let i = entries.length - 1; i >= 0; i--) {
      const [key, child] = entries[i]!;
      if (!Array.isArray(v) && !isWellFormed(key)) found.push({ path, message: cannotEncode });
      stack.push({ v: child, path: `${path}.${key}`, depth: depth + 1 });
    }
  }
  if (found.length < max && !tooDeep && utf8Bytes(JSON.stringify(value) ?? '') > STORABLE_BYTES) found.push({ path: at, message: CANNOT_STORE_SIZE });
  return found.slice(0, max);
};

/**
 * The fields of `input` that its schema's output left out (an object schema drops keys it does not know), by dotted
 * path under `at`; at most `max`. Walks both with a stack of its own, only as deep as the output goes.
 */
export const unknownFieldPaths = (input: unknown, output: unknown, at: string, max = 3): string[] => {
  const found: string[] = [];
  const stack: Array<{ a: unknown; b: unknown; path: string }> = [{ a: input, b: output, path: at }];
  while (stack.length > 0 && found.length < max) {
    const { a, b, path } = stack.pop()!;
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') continue;
    if (Array.isArray(a) !== Array.isArray(b)) continue;
    for (const key of Object.keys(a)) {
      if (!Object.prototype.hasOwnProperty.call(b, key)) found.push(`${path}.${key}`);
      else stack.push({ a: (a as Record<string, unknown>)[key], b: (b as Record<string, unknown>)[key], path: `${path}.${key}` });
    }
  }
  return found.slice(0, max);
};
