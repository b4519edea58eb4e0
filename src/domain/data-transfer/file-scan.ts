// Reads an export file's JSON a piece at a time, so an import never holds the whole file: the file's object member
// by member, and each element of its `records` one at a time as text. It stops only between two tokens of those two
// levels (a place it can resume from with the mode it returns), when the text runs out or a budget is met.

/** What the reader expects at a place: the file's object, a member, the next member, a record, the next record, or nothing. */
export type ScanMode = 'start' | 'key-first' | 'key' | 'next' | 'item-first' | 'item' | 'item-next' | 'end';
export const SCAN_MODES: readonly ScanMode[] = ['start', 'key-first', 'key', 'next', 'item-first', 'item', 'item-next', 'end'];

export type ScanEvent =
  /** A member of the file's object other than the records (its value parsed), or the records' list opening. */
  | { kind: 'member'; name: string; value: unknown }
  | { kind: 'records' }
  /** One element of `records`, as the file writes it (not parsed yet). */
  | { kind: 'record'; text: string };

export type ScanOutcome =
  /** Stopped at `pos` in `mode`: the text ran out (`more`), the record budget was met, or the file is read (`end`). */
  | { ok: true; pos: number; mode: ScanMode; events: ScanEvent[]; reason: 'more' | 'budget' | 'end' }
  /** `syntax`: not JSON. `shape`: JSON, but not a Throughline export's object. `long`: a record too long to be one. */
  | { ok: false; kind: 'syntax' | 'shape' | 'long'; pos: number };

/** A member besides the records is a short scalar (format, version); a record holds at most one stored value (240 KiB). */
export const MAX_MEMBER_CHARS = 10_000;
export const MAX_RECORD_CHARS = 1_000_000;

const QUOTE = 34;
const BACKSLASH = 92;
const STRUCTURE = /[{}[\]"]/g;
const isSpace = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;
/** Characters of a number, true, false or null. */
const isLiteral = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 43 || c === 45 || c === 46;

const skipSpace = (s: string, at: number): number => {
  let i = at;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i;
};

/** The index after the string opening at `at`, or -1 when the text ends inside it. */
const stringEnd = (s: string, at: number): number => {
  for (let from = at + 1; ;) {
    const q = s.indexOf('"', from);
    if (q < 0) return -1;
    let slashes = 0;
    while (s.charCodeAt(q - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q + 1;
    from = q + 1;
  }
};

/** The index after the JSON value starting at `at` (its brackets counted, its strings skipped), or -1 when the text ends first. */
const valueEnd = (s: string, at: number, final: boolean): number => {
  const c = s.charCodeAt(at);
  if (c === QUOTE) return stringEnd(s, at);
  if (c === 123 || c === 91) {
    let depth = 0;
    STRUCTURE.lastIndex = at;
    for (;;) {
      const m = STRUCTURE.exec(s);
      if (!m) return -1;
      const ch = m[0];
      if (ch === '"') {
        const end = stringEnd(s, m.index);
        if (end < 0) return -1;
        STRUCTURE.lastIndex = end;
      } else if (ch === '{' || ch === '[') depth++;
      else if (--depth === 0) return m.index + 1;
    }
  }
  let i = at;
  while (i < s.length && isLiteral(s.charCodeAt(i))) i++;
  if (i === at) return at + 1; // not a value: JSON.parse says so
  return i === s.length && !final ? -1 : i;
};

const parse = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/**
 * Reads `s` from `pos` in `mode`. `final`: no text follows `s` (the file's last part is in it). `maxRecords`: stop
 * after this many records. A token cut by the end of `s` is left for the next call, which starts where this stopped.
 */
export const scanFile = (s: string, start: number, startMode: ScanMode, o: { final: boolean; maxRecords: number }): ScanOutcome => {
  let pos = start;
  let mode = startMode;
  let records = 0;
  const events: ScanEvent[] = [];
  const stop = (reason: 'more' | 'budget' | 'end'): ScanOutcome => ({ ok: true, pos, mode, events, reason });
  const fail = (kind: 'syntax' | 'shape' | 'long', at: number): ScanOutcome => ({ ok: false, kind, pos: at });
  /** The text ran out inside a token: wait for more, unless there is none or the token is already too long. */
  const cut = (at: number, limit: number): ScanOutcome =>
    o.final ? fail('syntax', at) : s.length - at > limit ? fail(limit === MAX_RECORD_CHARS ? 'long' : 'shape', at) : stop('more');

  for (;;) {
    if (records >= o.maxRecords && mode !== 'end') return stop('budget');
    const at = skipSpace(s, pos);
    if (at >= s.length) {
      pos = at;
      if (mode === 'end' && o.final) return stop('end');
      return o.final ? fail('syntax', at) : stop('more');
    }
    const c = s[at]!;
    switch (mode) {
      case 'start':
        if (c !== '{') return fail(c === '[' || c === '"' || isLiteral(c.charCodeAt(0)) ? 'shape' : 'syntax', at);
        pos = at + 1;
        mode = 'key-first';
        break;
      case 'key-first':
      case 'key': {
        if (c === '}' && mode === 'key-first') {
          pos = at + 1;
          mode = 'end';
          break;
        }
        if (c !== '"') return fail('syntax', at);
        const nameEnd = stringEnd(s, at);
        if (nameEnd < 0) return cut(at, MAX_MEMBER_CHARS);
        const name = parse(s.slice(at, nameEnd));
        if (!name.ok) return fail('syntax', at);
        const colon = skipSpace(s, nameEnd);
        if (colon >= s.length) return cut(at, MAX_MEMBER_CHARS);
        if (s[colon] !== ':') return fail('syntax', colon);
        const v = skipSpace(s, colon + 1);
        if (v >= s.length) return cut(at, MAX_MEMBER_CHARS);
        if (name.value === 'records' && s[v] === '[') {
          events.push({ kind: 'records' });
          pos = v + 1;
          mode = 'item-first';
          break;
        }
        const end = valueEnd(s, v, o.final);
        if (end < 0) return cut(at, MAX_MEMBER_CHARS);
        if (end - v > MAX_MEMBER_CHARS) return fail('shape', v);
        const value = parse(s.slice(v, end));
        if (!value.ok) return fail('syntax', v);
        events.push({ kind: 'member', name: String(name.value), value: value.value });
        pos = end;
        mode = 'next';
        break;
      }
      case 'item-first':
      case 'item': {
        if (c === ']' && mode === 'item-first') {
          pos = at + 1;
          mode = 'next';
          break;
        }
        const end = valueEnd(s, at, o.final);
        if (end < 0) return cut(at, MAX_RECORD_CHARS);
        if (end - at > MAX_RECORD_CHARS) return fail('long', at);
        events.push({ kind: 'record', text: s.slice(at, end) });
        records++;
        pos = end;
        mode = 'item-next';
        break;
      }
      case 'next':
      case 'item-next': {
        const close = mode === 'next' ? '}' : ']';
        if (c === ',') mode = mode === 'next' ? 'key' : 'item';
        else if (c === close) mode = mode === 'next' ? 'end' : 'next';
        else return fail('syntax', at);
        pos = at + 1;
        break;
      }
      case 'end':
        return fail('syntax', at);
      default: {
        const never: never = mode;
        return never;
      }
    }
  }
};
