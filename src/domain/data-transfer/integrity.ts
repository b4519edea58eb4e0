// Referential integrity of an import file, checked whole before anything is written: every record sits under the key
// its value says, appears once, and everything it names (a goal, a KPI, a period) is in the file too.
import type { ValidationIssue } from '../../shared/errors';

export interface StoreRef {
  store: string;
  key: string;
}

/** One record as the rule sees it: where it is in the file and what the store's registry says of its value. */
export interface RecordFacts {
  index: number;
  store: string;
  key: string;
  /** The key the value says it belongs under; undefined when the store does not say. */
  expectedKey?: string;
  refs: readonly StoreRef[];
  provides: readonly StoreRef[];
}

const MAX_ISSUES = 20;
const id = (r: StoreRef): string => `${r.store}\u0000${r.key}`;

export const integrityIssues = (records: readonly RecordFacts[]): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const offered = new Set<string>();
  for (const r of records) {
    offered.add(id(r));
    for (const p of r.provides) offered.add(id(p));
  }
  const seen = new Set<string>();
  for (const r of records) {
    if (issues.length >= MAX_ISSUES) break;
    const at = `records.${r.index}`;
    if (seen.has(id(r))) issues.push({ path: `${at}.key`, message: `${r.store} “${r.key}” appears twice` });
    seen.add(id(r));
    if (r.expectedKey !== undefined && r.expectedKey !== r.key) {
      issues.push({ path: `${at}.key`, message: `${r.store} “${r.key}” holds the value of “${r.expectedKey}”` });
    }
    const missing = r.refs.find((ref) => !offered.has(id(ref)));
    if (missing) issues.push({ path: `${at}.value`, message: `${r.store} “${r.key}” names ${missing.store} “${missing.key}”, which is not in the file` });
  }
  return issues.slice(0, MAX_ISSUES);
};
