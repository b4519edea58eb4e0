// Use case: create, edit, archive or restore a goal. Decides with the domain against the catalog as read, and
// commits atomically; when another editor committed in between, reads again and re-decides (bounded), so two
// editors never overwrite each other and a stale version still comes back as CONFLICT.
import { decideGoal, type GoalCommand, type GoalUsage } from '../../domain/goals/decide';
import { buildGraph, type GoalGraph } from '../../domain/goals/graph';
import type { AuditEvent } from '../../shared/model/audit';
import type { Goal, GoalInput } from '../../shared/model/goal';
import { requireKnownPeople } from '../people/known-people';
import { AppFailure } from '../../shared/errors';
import type { CatalogStore } from '../ports/catalog';
import { beaten, commitOnVersion, committed } from '../../domain/commit-retry';

export type SaveGoalRequest =
  | { kind: 'create'; input: GoalInput }
  | { kind: 'update'; id: string; expectedVersion: number; input: GoalInput }
  | { kind: 'archive'; id: string; expectedVersion: number }
  | { kind: 'restore'; id: string; expectedVersion: number };

export interface SaveGoalDeps {
  /** Whether the caller is a strategy editor (a Jira admin or in a configured group), asked of Jira as them. */
  isEditor(): Promise<boolean>;
  catalog: CatalogStore;
  /** What still uses a goal outside the catalog: tagged projects and epics (see goal-usage.ts). */
  externalUsage(goalId: string): Promise<Pick<GoalUsage, 'projects' | 'epics' | 'hidden' | 'more'>>;
  now(): Date;
  /** Display names of these people, read as the editor; unknown ids are left out. */
  namesOf(accountIds: string[]): Promise<Record<string, string>>;
  newId(title: string, taken: (id: string) => boolean): string;
  auditId(): string;
}

const usageInCatalog = (graph: GoalGraph, id: string) =>
  (graph.children.get(id) ?? []).filter((c) => c.status !== 'archived').map((c) => ({ id: c.id, title: c.title }));

const busyCatalog = () => new AppFailure('CONFLICT', 'The catalog is being changed by others right now; try again');

const ACTION = { create: 'create', update: 'update', archive: 'archive', restore: 'restore' } as const;

/** Only strategy editors change goals; the use case checks it before it reads anything. */
export const saveGoal = async (deps: SaveGoalDeps, accountId: string, req: SaveGoalRequest): Promise<Goal> => {
  if (!(await deps.isEditor())) throw new AppFailure('FORBIDDEN', 'Only strategy editors may change goals');
  return commitOnVersion(async () => {
    const snapshot = await deps.catalog.read();
    const graph = buildGraph(snapshot.goals);
    const at = deps.now().toISOString();
    let command: GoalCommand;
    let current: Goal | null = null;
    if (req.kind === 'create') {
      command = { kind: 'create', id: deps.newId(req.input.title, (id) => graph.byId.has(id)), input: req.input };
    } else {
      current = (await deps.catalog.readGoal(req.id)) ?? null;
      if (req.kind === 'archive') {
        const external = await deps.externalUsage(req.id);
        command = { kind: 'archive', expectedVersion: req.expectedVersion, usage: { children: usageInCatalog(graph, req.id), ...external } };
      } else if (req.kind === 'update') {
        command = { kind: 'update', expectedVersion: req.expectedVersion, input: req.input };
      } else {
        command = { kind: 'restore', expectedVersion: req.expectedVersion };
      }
    }
    const decision = decideGoal(graph, current, command, { at, by: accountId });
    if (!decision.ok) throw new AppFailure(decision.failure.code, decision.failure.message, decision.failure.details);
    const goal = decision.value;
    const audit: AuditEvent = {
      id: deps.auditId(),
      entity: 'goal',
      entityId: goal.id,
      action: ACTION[req.kind],
      at,
      by: accountId,
      before: current,
      after: goal,
    };
    const people = [goal.leaderId, goal.managerId].filter((id): id is string => id !== null);
    const names = people.length > 0 ? await deps.namesOf(people) : {};
    requireKnownPeople(names, [
      { field: 'input.leaderId', accountId: goal.leaderId, before: current?.leaderId },
      { field: 'input.managerId', accountId: goal.managerId, before: current?.managerId },
    ]);
    return (await deps.catalog.commit(snapshot, goal, audit, names)) === 'committed' ? committed(goal) : beaten;
  }, busyCatalog);
};
