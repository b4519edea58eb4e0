// The `~` (CONTAINS) operator, approximated: case-insensitive words with light English stemming, `*`/`?`
// wildcards and "quoted phrases". Jira's full-text engine does more (fuzzy matching, stop words), never less.
import { badRequest } from '../http';

const WORD = /[\p{L}\p{N}]+/gu;

const stem = (w: string): string => {
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (w.length - suffix.length >= 3 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
};

const words = (text: string): string[] => (text.toLowerCase().match(WORD) ?? []).map(stem);

type Term = (word: string) => boolean;

const termMatcher = (raw: string): Term => {
  if (/[*?]/.test(raw)) {
    if (/^[*?]/.test(raw)) badRequest(`The text query '${raw}' is not valid: a wildcard cannot start a term.`);
    const pattern = raw
      .toLowerCase()
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*/g, '.*')
      .replace(/\?/g, '.');
    const re = new RegExp(`^${pattern}$`, 'u');
    return (w) => re.test(w);
  }
  const s = stem(raw.toLowerCase());
  return (w) => w === s;
};

/** A predicate over field texts for one `~` operand. */
export const textMatcher = (query: string, field: string): ((texts: string[]) => boolean) => {
  const trimmed = query.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    const phrase = words(trimmed.slice(1, -1));
    if (phrase.length === 0) return badRequest(`The text query '${query}' for field '${field}' has no words to search for.`);
    return (texts) =>
      texts.some((t) => {
        const ws = words(t);
        return ws.some((_, i) => phrase.every((p, j) => ws[i + j] === p));
      });
  }
  const rawTerms = trimmed.split(/[^\p{L}\p{N}*?]+/u).filter((t) => t !== '');
  if (rawTerms.length === 0) return badRequest(`The text query '${query}' for field '${field}' has no words to search for.`);
  const terms = rawTerms.map(termMatcher);
  return (texts) => {
    const ws = texts.flatMap((t) => (t.toLowerCase().match(WORD) ?? []).flatMap((w) => [w, stem(w)]));
    return terms.every((term) => ws.some(term));
  };
};
