// The goals of an import file, checked as the app keeps them: every goal record has one catalog entry saying the
// same (visibility is decided from the catalog, so a catalog that says a restricted goal is open would show it to
// everyone), and the goals form the graph every save keeps: a strategy goal has no parent, a parent sits at the same
// level as its child or above, and no goal is its own ancestor. The file is read a part at a time, so each side of a
// goal is kept as a small fact (a fingerprint of its summary, its parent and level) until the file's end.
import { isSameOrHigher, LEVEL_LABEL, type Level } from '../../shared/levels';
import type { ValidationIssue } from '../../shared/errors';
import { textHash } from './text-hash';

/** One side of a goal: its record ('r') or its catalog entry ('c'), where it is in the file, and what it says. */
export interface GoalFact {
  side: 'r' | 'c';
  id: string;
  /** The fingerprint of the goal's summary (every field but the description), the same whatever its key order. */
  print: string;
  parentId: string | null;
  level: Level;
  index: number;
}

const MAX_ISSUES = 20;

/** JSON with every object's keys sorted: two values with equal fields give equal text. */
const canonical = (v: unknown): string => {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v !== null && typeof v === 'object') {
    const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([k, x]) => `${JSON.stringify(k)}:${canonical(x)}`)
      .join(',')}}`;
  }
  return JSON.stringify(v);
};

/** A goal's summary fingerprint; the description is left out (the catalog does not hold it). */
export const summaryPrint = (goal: Record<string, unknown>): string => {
  const { description: _description, ...summary } = goal;
  return textHash(canonical(summary)).toString(36);
};

/** At the file's end: what is wrong with its goals, in the file's order. */
export const goalGraphIssues = (facts: readonly GoalFact[]): ValidationIssue[] => {
  const records = new Map<string, GoalFact>();
  const entries = new Map<string, GoalFact>();
  const issues: Array<ValidationIssue & { index: number }> = [];
  const at = (f: GoalFact, message: string) => issues.push({ index: f.index, path: `records.${f.index}.value`, message });
  for (const f of facts) {
    // A goal twice in the catalog (its shards together) would be listed twice, and judged by whichever came last.
    if (f.side === 'c' && entries.has(f.id)) at(f, `goal “${f.id}” is in the catalog twice`);
    (f.side === 'r' ? records : entries).set(f.id, f);
  }
  for (const r of records.values()) {
    const entry = entries.get(r.id);
    if (!entry) at(r, `goal “${r.id}” is not in the catalog`);
    else if (entry.print !== r.print) at(r, `goal “${r.id}” says otherwise than its catalog entry`);
    if (r.level === 'strategy' && r.parentId !== null) at(r, `goal “${r.id}” is a strategy goal with a parent goal`);
    const parent = r.parentId === null ? undefined : records.get(r.parentId);
    if (parent && !isSameOrHigher(parent.level, r.level)) {
      at(r, `goal “${r.id}” (${LEVEL_LABEL[r.level].toLowerCase()}) sits under a ${LEVEL_LABEL[parent.level].toLowerCase()} goal`);
    }
  }
  // A cycle: following parents from a goal comes back to it. Each goal is walked once.
  const state = new Map<string, 'walking' | 'done'>();
  for (const start of records.values()) {
    const path: GoalFact[] = [];
    let g: GoalFact | undefined = start;
    while (g && state.get(g.id) === undefined) {
      state.set(g.id, 'walking');
      path.push(g);
      g = g.parentId === null ? undefined : records.get(g.parentId);
    }
    if (g && state.get(g.id) === 'walking') at(g, `goal “${g.id}” is its own ancestor`);
    for (const p of path) state.set(p.id, 'done');
  }
  return issues
    .sort((a, b) => a.index - b.index)
    .slice(0, MAX_ISSUES)
    .map(({ path, message }) => ({ path, message }));
};
