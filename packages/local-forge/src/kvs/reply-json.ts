// The JSON text of a storage reply. Most of it is stored values, and a stored value never changes once stored (a
// write stores a new value): its text is made once and kept beside it, so a value read a thousand times is
// serialised once. The envelope around it (keys, cursors, metadata) is serialised as JSON.stringify would.

const texts = new WeakMap<object, string>();

/** The JSON text of a stored value, made once per value. */
export const valueText = (v: unknown): string => {
  if (typeof v !== 'object' || v === null) return JSON.stringify(v);
  let text = texts.get(v);
  if (text === undefined) {
    text = JSON.stringify(v);
    texts.set(v, text);
  }
  return text;
};

/** The envelope's own levels: an item list sits two deep (`{ data: [ { key, value } ] }`). */
const ENVELOPE_DEPTH = 3;

const serialise = (v: unknown, depth: number): string | undefined => {
  if (typeof v !== 'object' || v === null || depth > ENVELOPE_DEPTH) return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map((x) => serialise(x, depth + 1) ?? 'null').join(',')}]`;
  const parts: string[] = [];
  for (const [k, x] of Object.entries(v)) {
    const text = k === 'value' ? (x === undefined ? undefined : valueText(x)) : serialise(x, depth + 1);
    if (text !== undefined) parts.push(`${JSON.stringify(k)}:${text}`);
  }
  return `{${parts.join(',')}}`;
};

/** `JSON.stringify(body)`, with every `value` field's text made once per stored value. */
export const replyJson = (body: unknown): string => serialise(body, 0) ?? 'null';
