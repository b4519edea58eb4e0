// Decisions on KPIs: create, edit and delete, checked against the goal they sit on and the version the editor
// saw. Pure: field rules are in the shared KpiInput schema; JQL syntax is checked by the caller.
import type { GoalSummary } from '../../shared/model/goal';
import type { Kpi, KpiInput } from '../../shared/model/kpi';
import { refuse, success, type Result } from '../result';

export type KpiCommand =
  { kind: 'create'; id: string; input: KpiInput } | { kind: 'update'; expectedVersion: number; input: KpiInput } | { kind: 'delete'; expectedVersion: number };

const goalProblem = (goal: GoalSummary | undefined): Result<never> | null => {
  if (!goal) return refuse('VALIDATION', 'The goal of this KPI does not exist', [{ path: 'input.goalId', message: 'unknown goal' }]);
  if (goal.status === 'archived')
    return refuse('VALIDATION', 'Restore the goal before changing its KPIs', [{ path: 'input.goalId', message: 'the goal is archived' }]);
  return null;
};

/** The KPI as stored after the command (for a delete: the KPI that goes). */
export const decideKpi = (current: Kpi | undefined, cmd: KpiCommand, goalOf: (id: string) => GoalSummary | undefined): Result<Kpi> => {
  if (cmd.kind === 'create') {
    if (current) return refuse('CONFLICT', 'A KPI with this id already exists');
    return goalProblem(goalOf(cmd.input.goalId)) ?? success({ id: cmd.id, ...cmd.input, version: 1 });
  }
  if (!current) return refuse('NOT_FOUND', 'This KPI does not exist');
  if (current.version !== cmd.expectedVersion) {
    return refuse('CONFLICT', `Someone changed this KPI since you opened it (version ${current.version}, you had ${cmd.expectedVersion})`, { current });
  }
  if (cmd.kind === 'delete') return success(current);
  return goalProblem(goalOf(cmd.input.goalId)) ?? success({ ...current, ...cmd.input, version: current.version + 1 });
};
