// Referential integrity of an import file, checked whole before anything is written: every record sits under the key
// its value says, appears once, and everything it names (a goal, a KPI, a period) is in the file too. The file is
// read a part at a time, so the rule is kept in a ledger of what the parts so far held: a reference to something not
// seen yet waits for the end of the file.
import type { ValidationIssue } from '../../shared/errors';
import type { GoalFact } from './goal-graph';

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
  /** The goals the value states (a goal record, a catalog shard's entries), for goalGraphIssues at the file's end. */
  goals?: readonly GoalFact[];
}

/** A reference the file had not answered yet where it was made: judged at the file's end. */
export interface PendingRef extends StoreRef {
  index: number;
  from: StoreRef;
}

/** What the file offered so far: its records' own ids, and what they offer besides (a calendar's periods). */
export interface Ledger {
  seen: Set<string>;
  provided: Set<string>;
}

const MAX_ISSUES = 20;
export const refId = (r: StoreRef): string => `${r.store}\u0000${r.key}`;
export const emptyLedger = (): Ledger => ({ seen: new Set(), provided: new Set() });
const offered = (l: Ledger, id: string): boolean => l.seen.has(id) || l.provided.has(id);

/** One record entered in the ledger: what is wrong with it already, and what it names that the file has not offered yet. */
export const enterRecord = (l: Ledger, r: RecordFacts): { issues: ValidationIssue[]; pending: PendingRef[] } => {
  const issues: ValidationIssue[] = [];
  const at = `records.${r.index}`;
  const own = refId(r);
  if (l.seen.has(own)) issues.push({ path: `${at}.key`, message: `${r.store} “${r.key}” appears twice` });
  l.seen.add(own);
  for (const p of r.provides) l.provided.add(refId(p));
  if (r.expectedKey !== undefined && r.expectedKey !== r.key) {
    issues.push({ path: `${at}.key`, message: `${r.store} “${r.key}” holds the value of “${r.expectedKey}”` });
  }
  const pending = r.refs.filter((ref) => !offered(l, refId(ref))).map((ref) => ({ ...ref, index: r.index, from: { store: r.store, key: r.key } }));
  return { issues, pending };
};

/** At the file's end: the references still not offered, one per record, in the file's order. */
export const missingRefIssues = (l: Ledger, pending: readonly PendingRef[]): ValidationIssue[] => {
  const issues: ValidationIssue[] = [];
  const told = new Set<number>();
  for (const p of [...pending].sort((a, b) => a.index - b.index)) {
    if (issues.length >= MAX_ISSUES) break;
    if (told.has(p.index) || offered(l, refId(p))) continue;
    told.add(p.index);
    issues.push({ path: `records.${p.index}.value`, message: `${p.from.store} “${p.from.key}” names ${p.store} “${p.key}”, which is not in the file` });
  }
  return issues;
};

/** The rule over a whole file at once. */
export const integrityIssues = (records: readonly RecordFacts[]): ValidationIssue[] => {
  const ledger = emptyLedger();
  const issues: ValidationIssue[] = [];
  const pending: PendingRef[] = [];
  for (const r of records) {
    const entered = enterRecord(ledger, r);
    issues.push(...entered.issues);
    pending.push(...entered.pending);
  }
  return [...issues, ...missingRefIssues(ledger, pending)].slice(0, MAX_ISSUES);
};
