// The catalog as a tree: goals under their parents, siblings by level then title, filtered so that every match
// keeps its ancestors on screen (shown as context). Pure, so the page and the tests agree on what is visible.
import type { GoalHealth } from '../../../src/shared/model/goal-health';
import { LEVELS, type Level } from '../../../src/shared/levels';
import type { GoalStatus, GoalSummary } from '../../../src/shared/model/goal';
import { levelRank } from './format';

export interface CatalogFilter {
  level: Level | 'all';
  status: GoalStatus | 'all';
  showArchived: boolean;
  query: string;
  /** Only goals whose KPIs need attention (off track, at risk or stale), with their ancestors as context. */
  attention?: boolean;
}

export const NO_FILTER: CatalogFilter = { level: 'all', status: 'all', showArchived: false, query: '', attention: false };

/** KPI health states that need someone to look: a KPI off track, at risk, or not measured when it should have been. */
const ATTENTION: ReadonlySet<GoalHealth['state']> = new Set(['off-track', 'at-risk', 'stale']);
/** Whether a goal's row needs attention: the health its row shows says so. */
export const needsAttention = (goal: Pick<GoalSummary, 'id' | 'status'>, health: Readonly<Record<string, GoalHealth>>): boolean => {
  const h = catalogHealth(goal, health);
  return h !== undefined && ATTENTION.has(h.state);
};

export interface TreeNode {
  goal: GoalSummary;
  /** Shown only because a goal below it matches the filter. */
  context: boolean;
  children: TreeNode[];
}

export const isNarrowed = (f: CatalogFilter): boolean => f.level !== 'all' || f.status !== 'all' || f.query.trim() !== '' || f.attention === true;

export const matchesFilter = (g: GoalSummary, f: CatalogFilter, health: Readonly<Record<string, GoalHealth>> = {}): boolean => {
  if (g.status === 'archived' && !f.showArchived && f.status !== 'archived') return false;
  if (f.attention && !needsAttention(g, health)) return false;
  if (f.level !== 'all' && g.level !== f.level) return false;
  if (f.status !== 'all' && g.status !== f.status) return false;
  const q = f.query.trim().toLocaleLowerCase();
  return q === '' || g.title.toLocaleLowerCase().includes(q);
};

export const byLevelThenTitle = (a: GoalSummary, b: GoalSummary): number =>
  levelRank(a.level) - levelRank(b.level) || a.title.localeCompare(b.title, undefined, { sensitivity: 'base' });

export interface Tree {
  roots: TreeNode[];
  /** Goals that match the filter (context rows not counted). */
  matched: number;
}

export const buildTree = (goals: readonly GoalSummary[], f: CatalogFilter, health: Readonly<Record<string, GoalHealth>> = {}): Tree => {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const shown = new Map<string, boolean>(); // id → matches (false: context only)
  for (const g of goals) {
    if (!matchesFilter(g, f, health)) continue;
    shown.set(g.id, true);
    // Walk up, bounded by the catalog's size so bad data with a loop still ends.
    let up = g.parentId ? byId.get(g.parentId) : undefined;
    for (let hops = 0; up && hops < goals.length && !shown.has(up.id); hops++) {
      shown.set(up.id, false);
      up = up.parentId ? byId.get(up.parentId) : undefined;
    }
  }
  const children = new Map<string, GoalSummary[]>();
  const rootGoals: GoalSummary[] = [];
  for (const g of goals) {
    if (!shown.has(g.id)) continue;
    if (g.parentId && shown.has(g.parentId)) children.set(g.parentId, [...(children.get(g.parentId) ?? []), g]);
    else rootGoals.push(g);
  }
  const placed = new Set<string>();
  const grow = (g: GoalSummary): TreeNode => {
    placed.add(g.id);
    const kids = (children.get(g.id) ?? []).filter((c) => !placed.has(c.id)).sort(byLevelThenTitle);
    return { goal: g, context: shown.get(g.id) === false, children: kids.map(grow) };
  };
  const roots = rootGoals.sort(byLevelThenTitle).map(grow);
  // Goals caught in a parent loop are never reached from a root: show them at the top rather than lose them.
  const stray = goals.filter((g) => shown.has(g.id) && !placed.has(g.id)).sort(byLevelThenTitle);
  for (const g of stray) if (!placed.has(g.id)) roots.push(grow(g));
  return { roots, matched: [...shown.values()].filter(Boolean).length };
};

export interface CatalogCounts {
  byLevel: Record<Level, number>;
  archived: number;
  withoutLeader: number;
  withoutManager: number;
}

/** What the summary bar tells: live goals per level, archived ones, and roles nobody holds. */
export const countCatalog = (goals: readonly GoalSummary[]): CatalogCounts => {
  const byLevel = Object.fromEntries(LEVELS.map((l) => [l, 0])) as Record<Level, number>;
  const counts: CatalogCounts = { byLevel, archived: 0, withoutLeader: 0, withoutManager: 0 };
  for (const g of goals) {
    if (g.status === 'archived') {
      counts.archived++;
      continue;
    }
    byLevel[g.level]++;
    if (!g.leaderId) counts.withoutLeader++;
    if (!g.managerId) counts.withoutManager++;
  }
  return counts;
};

/** The ids of a goal and everything below it, so a goal is never offered as its own ancestor. */
export const selfAndBelow = (goals: readonly GoalSummary[], id: string): Set<string> => {
  const out = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const g of goals) {
      if (g.parentId && out.has(g.parentId) && !out.has(g.id)) {
        out.add(g.id);
        grew = true;
      }
    }
  }
  return out;
};

/** A goal's ancestors, nearest first, bounded against loops. */
export const ancestorIds = (goals: readonly GoalSummary[], id: string): string[] => {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const out: string[] = [];
  let up = byId.get(id)?.parentId;
  while (up && !out.includes(up) && out.length < goals.length) {
    out.push(up);
    up = byId.get(up)?.parentId;
  }
  return out;
};

/** The health a catalog row shows: an active goal's, unless it has no KPIs of its own (the scorecards judge those by
 *  their branch, and a row of "No own KPIs" would say nothing about trouble). */
export const catalogHealth = (goal: Pick<GoalSummary, 'id' | 'status'>, health: Readonly<Record<string, GoalHealth>>): GoalHealth | undefined => {
  const h = goal.status === 'active' && Object.hasOwn(health, goal.id) ? health[goal.id] : undefined;
  return h && h.state !== 'no-kpis' ? h : undefined;
};
