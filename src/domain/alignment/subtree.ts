// A subtree in one read: every node below its roots in display order (pre-order), each with its depth, down to a
// depth limit, with the number of children the limit left out. Goals and projects come from the viewer's model;
// a project's epics are not in it, so the walk leaves a slot where they go, filled once Jira has said which of
// them the viewer may see. Built from the same node functions as the level-by-level tree, so both agree. A large
// subtree is answered in pages: each starts at a position of the walk and ends at a row or byte budget. Pure.
import type { EpicNode, GapKind, TreeNode } from '../../shared/api/alignment';
import type { GapTally, SubtreeRow } from '../../shared/api/macros';
import type { GoalSummary } from '../../shared/model/goal';
import type { EpicRollup } from '../../shared/model/rollup';
import { utf8Bytes } from '../../shared/utf8';
import { childGoalsOf, goalNode, projectNode, type EpicInfo } from './tree';
import { latestAsOf, projectsUnder, subtreeIds, type AlignmentModel, type ProjectRef } from './tree-model';

/** Where a subtree read starts; the root itself is its first row, at depth 0. */
export type SubtreeRoot = { kind: 'goal'; goalId: string } | { kind: 'project'; goalId: string; projectId: string };

/** The epics of one project under one goal, shown at `depth` once read. */
export interface EpicSlot {
  key: string;
  goalId: string;
  projectId: string;
  depth: number;
  /** The most it can show: the goal's roll-up counts that many epics in the project. */
  epics: number;
}

export type PlanItem = { kind: 'row'; row: SubtreeRow } | { kind: 'epics'; slot: EpicSlot };

export interface SubtreePlan {
  items: PlanItem[];
  slots: EpicSlot[];
  /** Goals whose epics some slot shows: their epic roll-ups are read once per goal, whatever the projects. */
  goalIds: string[];
  /** The oldest roll-up behind the goal and project rows (the epics add their own). */
  asOf: string | null;
}

export const slotKey = (goalId: string, projectId: string): string => `${goalId}/${projectId}`;

const row = (depth: number, node: TreeNode, hiddenChildren: number): PlanItem => ({ kind: 'row', row: { depth, node, hiddenChildren } });

/**
 * Plans the rows below the roots, down to `maxDepth` levels below each root (Infinity: all the way down).
 * Undefined when a root does not exist or the viewer may not browse it: callers answer as for a missing node.
 */
export const planSubtree = (m: AlignmentModel, roots: readonly SubtreeRoot[], maxDepth: number): SubtreePlan | undefined => {
  const items: PlanItem[] = [];
  const slots: EpicSlot[] = [];
  const asOfGoals = new Set<string>();
  // A goal shows once per read even on looping data; a project shows under every goal it serves.
  const seen = new Set<string>();

  const project = (goalId: string, p: ProjectRef, depth: number): void => {
    const node = projectNode(m, goalId, p);
    const epics = node.totals.epics;
    const open = depth < maxDepth;
    items.push(row(depth, node, open ? 0 : epics));
    asOfGoals.add(goalId);
    if (!open || epics === 0) return;
    const slot = { key: slotKey(goalId, p.id), goalId, projectId: p.id, depth: depth + 1, epics };
    slots.push(slot);
    items.push({ kind: 'epics', slot });
  };

  const goal = (g: GoalSummary, depth: number): void => {
    if (seen.has(g.id)) return;
    seen.add(g.id);
    const node = goalNode(m, g);
    const open = depth < maxDepth;
    items.push(row(depth, node, open ? 0 : node.childGoals + node.projects));
    if (!open) return;
    for (const child of childGoalsOf(m, g.id)) goal(child, depth + 1);
    for (const p of projectsUnder(m, g.id)) project(g.id, p, depth + 1);
  };

  for (const r of roots) {
    const g = m.graph.byId.get(r.goalId);
    if (!g) return undefined;
    if (r.kind === 'goal') {
      // The root's totals, like those of every goal row below it, cover all of its subtree.
      for (const id of subtreeIds(m, g.id)) asOfGoals.add(id);
      goal(g, 0);
      continue;
    }
    const p = m.projects.get(r.projectId);
    if (!p) return undefined;
    project(g.id, p, 0);
  }
  return { items, slots, goalIds: [...new Set(slots.map((s) => s.goalId))], asOf: latestAsOf(m, asOfGoals) };
};

/** The live strategy goals, in the order of the tree's first screen: the roots of a read over all of strategy. */
export const strategyRoots = (m: AlignmentModel): SubtreeRoot[] =>
  [...m.graph.byId.values()]
    .filter((g) => g.level === 'strategy' && g.status !== 'archived')
    .sort((a, b) => a.title.localeCompare(b.title))
    .map((g) => ({ kind: 'goal', goalId: g.id }));

/** Where a page starts: an item of the plan, and how many of its rows (a slot's epics) earlier pages showed. */
export interface PagePosition {
  item: number;
  skip: number;
}
export const FIRST_PAGE: PagePosition = { item: 0, skip: 0 };

/** A position as the cursor a page answers with, and back; undefined for anything that is not one. */
export const encodePosition = (p: PagePosition): string => `${p.item}.${p.skip}`;
export const decodePosition = (cursor: string | undefined): PagePosition | undefined => {
  const m = cursor === undefined ? null : /^(\d{1,7})\.(\d{1,7})$/.exec(cursor);
  return m ? { item: Number(m[1]), skip: Number(m[2]) } : undefined;
};

/**
 * The slots whose epics must be read next, for a page from `from`, given what is known: `shown` (epics the viewer
 * sees, for slots read) and `bound` (the most a slot can show). A slot is needed when it certainly starts before the
 * row cap; reading the needed ones and asking again ends with every slot the cap reaches read, and no other.
 */
export const slotsToRead = (
  plan: SubtreePlan,
  shown: ReadonlyMap<string, number>,
  bound: ReadonlyMap<string, number>,
  maxRows: number,
  from: PagePosition = FIRST_PAGE,
): EpicSlot[] => {
  const out: EpicSlot[] = [];
  let position = 0;
  for (let at = from.item; at < plan.items.length; at++) {
    const item = plan.items[at]!;
    if (position >= maxRows) break;
    const skip = at === from.item ? from.skip : 0;
    if (item.kind === 'row') {
      position += skip > 0 ? 0 : 1;
      continue;
    }
    const known = shown.get(item.slot.key);
    if (known !== undefined) {
      position += Math.max(0, known - skip);
      continue;
    }
    const most = Math.max(0, (bound.get(item.slot.key) ?? 0) - skip);
    if (most > 0) out.push(item.slot);
    position += most;
  }
  return out;
};

/**
 * What an epic's roll-up stored of it, shaped as Jira's answer about it, to show once Jira has said the viewer may
 * see the epic. The tag is the one the roll-up counts under. Undefined for a record written before the app kept
 * these facts: its epic is asked of Jira.
 */
export const storedEpicInfo = (e: EpicRollup): EpicInfo | undefined => {
  if (e.key === undefined || e.title === undefined || e.status === undefined) return undefined;
  const tag =
    e.goalId !== null && e.level !== undefined
      ? {
          goalId: e.goalId,
          level: e.level,
          ...(e.leaderId !== undefined ? { leaderId: e.leaderId } : {}),
          ...(e.managerId !== undefined ? { managerId: e.managerId } : {}),
        }
      : null;
  return { id: e.epicId, key: e.key, projectId: e.projectId, title: e.title, status: e.status, tag };
};

/** What one row adds to an answer: its JSON and the comma after it. */
export const rowBytes = (row: SubtreeRow): number => utf8Bytes(JSON.stringify(row)) + 1;

export interface PageBudget {
  maxRows: number;
  /** Bytes of rows (as JSON) one page may carry. */
  maxBytes: number;
}

/**
 * One page of rows in display order from `from`, with each slot's epics in place, ending before the row that would
 * pass either budget (a page holds at least one row); `next` is where the next page starts, null after the last.
 * A slot not read shows nothing.
 */
export const assemblePage = (
  plan: SubtreePlan,
  epics: ReadonlyMap<string, readonly EpicNode[]>,
  budget: PageBudget,
  from: PagePosition = FIRST_PAGE,
): { rows: SubtreeRow[]; next: PagePosition | null } => {
  const rows: SubtreeRow[] = [];
  let bytes = 0;
  for (let at = from.item; at < plan.items.length; at++) {
    const item = plan.items[at]!;
    const first = at === from.item ? from.skip : 0;
    const read = item.kind === 'row' ? undefined : epics.get(item.slot.key);
    // A full page stops before anything more to show, or a slot it did not need to read (it would look empty).
    if (rows.length >= budget.maxRows && (item.kind === 'row' || read === undefined || read.length > first)) return { rows, next: { item: at, skip: first } };
    const add = item.kind === 'row' ? [item.row] : (read ?? []).map((node) => ({ depth: item.slot.depth, node, hiddenChildren: 0 }));
    for (let i = first; i < add.length; i++) {
      const r = add[i]!;
      const size = rowBytes(r);
      if (rows.length > 0 && (rows.length >= budget.maxRows || bytes + size > budget.maxBytes)) return { rows, next: { item: at, skip: i } };
      rows.push(r);
      bytes += size;
    }
  }
  return { rows, next: null };
};

/** The first `maxRows` rows in display order, and whether there were more. */
export const assembleRows = (
  plan: SubtreePlan,
  epics: ReadonlyMap<string, readonly EpicNode[]>,
  maxRows: number,
): { rows: SubtreeRow[]; truncated: boolean } => {
  const page = assemblePage(plan, epics, { maxRows, maxBytes: Infinity });
  return { rows: page.rows, truncated: page.next !== null };
};

/** The rows with every node's gaps left out (a macro with gaps off): nothing on the page hints at them. */
export const withoutGaps = (rows: readonly SubtreeRow[]): SubtreeRow[] => rows.map((r) => ({ ...r, node: { ...r.node, gaps: [] } }));

/** The gap kinds that agreements open, left out with the badges when a macro shows no agreements. */
export const AGREEMENT_GAP_KINDS: readonly GapKind[] = ['agreement-unanswered', 'agreement-at-risk', 'goal-not-committed'];

/** The rows with every agreement badge and agreement gap left out (a macro with agreements off). */
export const withoutAgreements = (rows: readonly SubtreeRow[]): SubtreeRow[] =>
  rows.map((r) => {
    const gaps = r.node.gaps.filter((k) => !AGREEMENT_GAP_KINDS.includes(k));
    if (r.node.kind !== 'goal') return { ...r, node: { ...r.node, gaps } };
    const { agreements: _omit, ...node } = r.node;
    return { ...r, node: { ...node, gaps } };
  });

/** Gaps on the rows shown, by kind. */
export const tallyGaps = (rows: readonly SubtreeRow[]): GapTally => {
  const byKind: Partial<Record<GapKind, number>> = {};
  let total = 0;
  for (const r of rows) {
    for (const kind of r.node.gaps) {
      byKind[kind] = (byKind[kind] ?? 0) + 1;
      total++;
    }
  }
  return { total, byKind };
};
