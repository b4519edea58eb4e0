// Text an import may not bring in: a string, or a record's key, that is not well-formed UTF-16 (a lone surrogate).
// Every write of user text refuses it (WellFormedText), so a file must not be a way around that: storage and Jira
// cannot carry it, and the app's pages, CSV files and mails would show it.
import { isWellFormed } from '../../shared/model/common';

/** The paths (dotted, under `at`) of the text in a parsed JSON value that is not well-formed; at most `max` of them. */
export const malformedTextPaths = (value: unknown, at: string, max = 20): string[] => {
  const found: string[] = [];
  const walk = (v: unknown, path: string): void => {
    if (found.length >= max) return;
    if (typeof v === 'string') {
      if (!isWellFormed(v)) found.push(path);
      return;
    }
    if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, `${path}.${i}`));
      return;
    }
    if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        if (!isWellFormed(key)) found.push(path);
        walk(item, `${path}.${key}`);
      }
    }
  };
  walk(value, at);
  return found.slice(0, max);
};
