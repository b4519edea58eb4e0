// Search indexes over the issues (id, parent, project, issue type → positions in `state.issues`) and the
// candidate lists the query planner draws from them. An index is checked against the live issues before each
// use and rebuilt when it no longer holds, so REST writes, moves, deletes and direct edits of `state` (which
// tests make) can never make a search miss an issue. The check compares a few fields per issue: at 100,000
// issues it costs well under a millisecond, against tens of milliseconds for evaluating JQL on every issue.
import type { JiraIssue, JiraSeed } from '../model';

/** The indexed value of an issue for each index. The JQL fields that use an index read their values from here. */
export const INDEXED = {
  id: (i: JiraIssue): string | undefined => i.id,
  parent: (i: JiraIssue): string | undefined => i.parentId,
  project: (i: JiraIssue): string | undefined => i.projectId,
  issuetype: (i: JiraIssue): string | undefined => i.issueTypeId,
} as const;
export type IndexName = keyof typeof INDEXED;
const NAMES = Object.keys(INDEXED) as IndexName[];

/** An indexed field's tokens, as its JQL field definition reads them. */
export const indexedTokens = (name: IndexName, issue: JiraIssue): string[] => {
  const v = INDEXED[name](issue);
  return v === undefined ? [] : [v];
};

/** Which issues may match: values looked up in one index, or a combination of narrowings. */
export type Narrowing = { index: IndexName; tokens: readonly string[] } | { op: 'and' | 'or'; parts: Narrowing[] };

interface IssueIndex {
  /** The issues the index was built from, position by position, and their indexed values then. */
  refs: JiraIssue[];
  values: Record<IndexName, (string | undefined)[]>;
  buckets: Record<IndexName, Map<string, number[]>>;
}

const build = (issues: JiraIssue[]): IssueIndex => {
  const values = Object.fromEntries(NAMES.map((n) => [n, issues.map(INDEXED[n])])) as IssueIndex['values'];
  const buckets = Object.fromEntries(NAMES.map((n) => [n, new Map<string, number[]>()])) as IssueIndex['buckets'];
  for (const n of NAMES) {
    const map = buckets[n];
    values[n].forEach((v, at) => {
      if (v === undefined) return;
      const bucket = map.get(v);
      if (bucket) bucket.push(at);
      else map.set(v, [at]);
    });
  }
  return { refs: [...issues], values, buckets };
};

const holds = (ix: IssueIndex, issues: JiraIssue[]): boolean => {
  if (issues.length !== ix.refs.length) return false;
  const { id, parent, project, issuetype } = ix.values;
  for (let at = 0; at < issues.length; at++) {
    const i = issues[at]!;
    if (i !== ix.refs[at] || i.id !== id[at] || i.parentId !== parent[at] || i.projectId !== project[at] || i.issueTypeId !== issuetype[at]) return false;
  }
  return true;
};

const cache = new WeakMap<JiraSeed, IssueIndex>();

/**
 * How an index is checked before a search. 'every-search' (the default): against every live issue, so direct edits
 * of `state` are always seen; at a million issues that costs about 100 ms a search. 'after-writes': only after a
 * request that may write (any but GET and the read-only POSTs) or a move, for a caller that edits indexed values
 * (id, parent, project, issue type) of `state` only through the emulator (the bench over a million issues).
 */
export type IndexCheck = 'every-search' | 'after-writes';
const checks = new WeakMap<JiraSeed, { mode: IndexCheck; written: boolean }>();

export const setIndexCheck = (state: JiraSeed, mode: IndexCheck): void => void checks.set(state, { mode, written: true });

/** A request or move that may have changed issues: the next search checks the index in every mode. */
export const markWritten = (state: JiraSeed): void => {
  const check = checks.get(state);
  if (check) check.written = true;
};

/** The seed's index, rebuilt first when any issue was added, removed, reordered or had an indexed value changed. */
export const issueIndex = (state: JiraSeed): IssueIndex => {
  const hit = cache.get(state);
  const check = checks.get(state);
  if (hit && check?.mode === 'after-writes' && !check.written && hit.refs.length === state.issues.length) return hit;
  if (check) check.written = false;
  if (hit && holds(hit, state.issues)) return hit;
  const fresh = build(state.issues);
  cache.set(state, fresh);
  return fresh;
};

/** Ascending positions with duplicates removed. */
const sortedUnique = (xs: number[]): number[] => {
  const sorted = Int32Array.from(xs).sort();
  const out: number[] = [];
  for (const x of sorted) if (out.length === 0 || out[out.length - 1] !== x) out.push(x);
  return out;
};

const positions = (ix: IssueIndex, n: Narrowing): number[] => {
  if ('index' in n) return sortedUnique(n.tokens.flatMap((t) => ix.buckets[n.index].get(t) ?? []));
  const parts = n.parts.map((p) => positions(ix, p));
  // AND: every match is in each part, so the smallest part will do; the full query is evaluated on it anyway.
  if (n.op === 'and') return parts.reduce((a, b) => (b.length < a.length ? b : a));
  return sortedUnique(parts.flat());
};

/**
 * The issues a query narrowed to `n` can match, in the same order as `state.issues`: a subsequence holding
 * every match, so filtering it and sorting (stably) gives exactly what filtering every issue would.
 */
export const candidates = (state: JiraSeed, n: Narrowing): JiraIssue[] => {
  const ix = issueIndex(state);
  return positions(ix, n).map((at) => ix.refs[at]!);
};
