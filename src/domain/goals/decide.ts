// The goal catalog's decisions: create, edit, archive and restore a goal, each checked against the graph and
// the version the editor saw. Pure: given the catalog and a command, returns the new goal or a coded refusal.
import type { Goal, GoalInput } from '../../shared/model/goal';
import { refuse, success, type Result } from '../result';
import type { GoalGraph } from './graph';
import { checkChildrenFit, checkPlacement } from './placement';

/**
 * What still uses a goal. Projects and epics carry their key and name where the editor may browse them;
 * `hidden` counts the ones the editor may not see, `more` says the lists stop at their cap.
 */
export interface GoalUsage {
  children: { id: string; title: string }[];
  projects: { projectId: string; key?: string; name?: string }[];
  epics: { issueId: string; key?: string; title?: string }[];
  hidden?: { projects: number; epics: number };
  more?: boolean;
}

export const isInUse = (u: GoalUsage): boolean =>
  u.children.length + u.projects.length + u.epics.length + (u.hidden?.projects ?? 0) + (u.hidden?.epics ?? 0) > 0;

export type GoalCommand =
  | { kind: 'create'; id: string; input: GoalInput }
  | { kind: 'update'; expectedVersion: number; input: GoalInput }
  | { kind: 'archive'; expectedVersion: number; usage: GoalUsage }
  | { kind: 'restore'; expectedVersion: number };

export interface Meta {
  at: string;
  by: string;
}

const stale = (current: Goal, expected: number): Result<never> =>
  refuse('CONFLICT', `Someone changed this goal since you opened it (version ${current.version}, you had ${expected})`, { current });

const stamp = (goal: Goal, meta: Meta): Goal => ({ ...goal, version: goal.version + 1, updatedAt: meta.at, updatedBy: meta.by });

export const decideGoal = (graph: GoalGraph, current: Goal | null, cmd: GoalCommand, meta: Meta): Result<Goal> => {
  if (cmd.kind === 'create') {
    if (current) return refuse('CONFLICT', 'A goal with this id already exists');
    const goal: Goal = { id: cmd.id, restricted: false, ...cmd.input, version: 1, createdAt: meta.at, updatedAt: meta.at, updatedBy: meta.by };
    const placed = checkPlacement(graph, goal);
    return placed.ok ? success(goal) : placed;
  }
  if (!current) return refuse('NOT_FOUND', 'This goal does not exist');
  if (current.version !== cmd.expectedVersion) return stale(current, cmd.expectedVersion);

  switch (cmd.kind) {
    case 'update': {
      if (current.status === 'archived') return refuse('VALIDATION', 'Restore this goal before editing it');
      const next: Goal = { ...current, ...cmd.input };
      const placed = checkPlacement(graph, next);
      if (!placed.ok) return placed;
      if (next.level !== current.level) {
        const fit = checkChildrenFit(graph, current.id, next.level);
        if (!fit.ok) return fit;
      }
      return success(stamp(next, meta));
    }
    case 'archive': {
      if (current.status === 'archived') return refuse('VALIDATION', 'This goal is already archived');
      if (isInUse(cmd.usage)) {
        return refuse('GOAL_IN_USE', 'Reassign or archive what still uses this goal first', cmd.usage);
      }
      return success(stamp({ ...current, status: 'archived', archivedFrom: current.status }, meta));
    }
    case 'restore': {
      if (current.status !== 'archived') return refuse('VALIDATION', 'Only an archived goal can be restored');
      // Back to what it was before it was archived (goals archived before this was kept come back active).
      const { archivedFrom, ...rest } = current;
      const next: Goal = { ...rest, status: archivedFrom ?? 'active' };
      const placed = checkPlacement(graph, next);
      return placed.ok ? success(stamp(next, meta)) : placed;
    }
    default: {
      const never: never = cmd;
      return never;
    }
  }
};
