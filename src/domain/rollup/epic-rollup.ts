// Builds each epic's roll-up from the issues under it: its children, and the subtasks of those children.
// Every issue counts once by its status category; story points count on children only, because Jira's own
// estimates sum at that level and a subtask's points would count its story's work twice.
import type { EpicTag } from '../../shared/epic-tag';
import type { EpicRollup } from '../../shared/model/rollup';
import { roundPoints, zeroTotals, type Totals } from './totals';

/** Jira's hierarchy level: 1 epic, 0 story/task/bug, -1 subtask (levels above epics exist and count nowhere). */
export type HierarchyLevel = number;

/** Jira status category keys; anything else ("undefined", no category) counts as to do. */
export type CategoryKey = 'new' | 'indeterminate' | 'done' | string;

export interface RollupIssue {
  id: string;
  parentId?: string;
  level: HierarchyLevel;
  category: CategoryKey;
  storyPoints: number | null;
}

/** What the roll-up says about the epic itself: where it counts, and what a tree shows of it (key, title, status, tag). */
export type EpicFacts = Pick<EpicRollup, 'epicId' | 'projectId' | 'goalId' | 'key' | 'title' | 'status' | 'level' | 'leaderId' | 'managerId'>;

/** The epic as Jira (read as the app) gave it: its own fields where the search returned them, and its tag. */
export interface EpicSeen {
  id: string;
  projectId: string;
  key?: string;
  summary?: string;
  /** Jira's status name and category key; undefined when the search did not return the status name. */
  status?: { name: string; category: CategoryKey } | null;
  tag: EpicTag | null | undefined;
}

const bucketOf = (category: CategoryKey): keyof Totals['counts'] => (category === 'done' ? 'done' : category === 'indeterminate' ? 'inProgress' : 'todo');

const validPoints = (p: number | null): number => (p !== null && Number.isFinite(p) && p > 0 ? p : 0);

/** The tag's part of an epic's facts: its goal, and its level and people (ids only); nothing while untagged. */
export const tagFacts = (tag: EpicTag | null | undefined): Pick<EpicFacts, 'goalId' | 'level' | 'leaderId' | 'managerId'> =>
  tag
    ? {
        goalId: tag.goalId,
        level: tag.level,
        ...(tag.leaderId !== undefined ? { leaderId: tag.leaderId } : {}),
        ...(tag.managerId !== undefined ? { managerId: tag.managerId } : {}),
      }
    : { goalId: null };

/** An epic's facts from what Jira gave; the display facts only where Jira returned them, so none are invented. */
export const epicFacts = (e: EpicSeen): EpicFacts => ({
  epicId: e.id,
  projectId: e.projectId,
  ...tagFacts(e.tag),
  ...(e.key !== undefined ? { key: e.key } : {}),
  ...(e.summary !== undefined ? { title: e.summary } : {}),
  ...(e.status !== undefined ? { status: e.status && { name: e.status.name, category: bucketOf(e.status.category) } } : {}),
});

/** Which epic each issue belongs to, if any: a child of an epic, or a subtask of such a child. */
export const epicMembership = (epicIds: ReadonlySet<string>, issues: readonly RollupIssue[]): Map<string, string> => {
  const out = new Map<string, string>();
  for (const i of issues) {
    if (i.level === 0 && i.parentId !== undefined && epicIds.has(i.parentId)) out.set(i.id, i.parentId);
  }
  for (const i of issues) {
    const epic = i.level === -1 && i.parentId !== undefined ? out.get(i.parentId) : undefined;
    if (epic !== undefined) out.set(i.id, epic);
  }
  return out;
};

export const tally = (issues: Iterable<RollupIssue>): Totals => {
  const t = zeroTotals();
  for (const i of issues) {
    const bucket = bucketOf(i.category);
    t.counts[bucket] += 1;
    if (i.level === 0) t.points[bucket] = roundPoints(t.points[bucket] + validPoints(i.storyPoints));
  }
  return t;
};

/** One roll-up per epic, from the issues given (issues of other epics and unrelated issues are ignored). */
export const buildEpicRollups = (epics: readonly EpicFacts[], issues: readonly RollupIssue[], asOf: string): EpicRollup[] => {
  const membership = epicMembership(new Set(epics.map((e) => e.epicId)), issues);
  const byEpic = new Map<string, RollupIssue[]>();
  for (const i of issues) {
    const epic = membership.get(i.id);
    if (epic === undefined) continue;
    const list = byEpic.get(epic) ?? [];
    list.push(i);
    byEpic.set(epic, list);
  }
  return epics.map((e) => ({ ...e, ...tally(byEpic.get(e.epicId) ?? []), asOf }));
};
