// Use case: carry an unfinished goal of a closed period forward (strategy editors): a new goal like it, active, with
// the next period's dates, linked both ways in the goals' histories and in the period, in one transaction on the
// catalog's revision and the calendar's version. Carrying a goal twice answers with the goal it already went to.
import { buildGraph } from '../../domain/goals/graph';
import { decideGoal } from '../../domain/goals/decide';
import { dueIn, nextPeriodOf, unfinishedIn } from '../../domain/periods/calendar';
import { beaten, commitOnVersion, committed } from '../../domain/commit-retry';
import type { CarryOptions } from '../../shared/api/periods';
import { AppFailure } from '../../shared/errors';
import type { AuditEvent } from '../../shared/model/audit';
import { carryOptionsOf } from './close-period';
import { closedPeriodOf, requireEditor, type PeriodDeps } from './period-deps';

const GOAL_NOT_FOUND = 'This goal does not exist';

export const carryGoal = async (deps: PeriodDeps, accountId: string, periodId: string, goalId: string): Promise<CarryOptions> => {
  await requireEditor(deps);
  const calendar = await commitOnVersion(
    async () => {
      const calendar = await deps.store.calendar();
      const period = closedPeriodOf(calendar, periodId);
      if (Object.hasOwn(period.carried, goalId)) return committed(calendar);
      const next = nextPeriodOf(calendar.periods, period);
      if (!next) throw new AppFailure('VALIDATION', `No ${period.kind} follows “${period.name}” yet; a Jira admin defines it on the Throughline settings page`);
      const snap = (await deps.store.snapshots(period.id)).find((s) => s.goal.id === goalId);
      const goal = await deps.catalog.readGoal(goalId);
      if (!snap || !goal) throw new AppFailure('NOT_FOUND', GOAL_NOT_FOUND);
      if (unfinishedIn(period, [snap.goal]).length === 0) throw new AppFailure('VALIDATION', `“${goal.title}” was not unfinished in “${period.name}”`);
      // A goal whose timeframe goes on past the period carries on as it is: a copy would only duplicate it.
      if (!dueIn(period, snap.goal))
        throw new AppFailure(
          'VALIDATION',
          `“${goal.title}” goes on past “${period.name}” and carries on as it is; only goals due in a period are carried forward`,
        );
      const catalog = await deps.catalog.read();
      const graph = buildGraph(catalog.goals);
      const at = deps.now().toISOString();
      const id = deps.goalId(goal.title, (taken) => graph.byId.has(taken));
      const input = {
        title: goal.title,
        description: goal.description,
        level: goal.level,
        parentId: goal.parentId,
        leaderId: goal.leaderId,
        managerId: goal.managerId,
        timeframe: { start: next.start, end: next.end },
        stage: goal.stage,
        status: 'active' as const,
        restricted: goal.restricted,
      };
      const decided = decideGoal(graph, null, { kind: 'create', id, input }, { at, by: accountId });
      if (!decided.ok)
        throw new AppFailure(decided.failure.code, `“${goal.title}” cannot be carried forward: ${decided.failure.message}`, decided.failure.details);
      const created: AuditEvent = {
        id: deps.auditId(),
        entity: 'goal',
        entityId: id,
        action: 'create',
        at,
        by: accountId,
        before: null,
        after: decided.value,
        carry: { direction: 'from', goalId: goal.id, title: goal.title, period: period.name },
      };
      const left: AuditEvent = {
        id: deps.auditId(),
        entity: 'goal',
        entityId: goal.id,
        action: 'update',
        at,
        by: accountId,
        before: null,
        after: null,
        carry: { direction: 'to', goalId: id, title: goal.title, period: next.name },
      };
      const nextCalendar = {
        version: calendar.version + 1,
        periods: calendar.periods.map((p) => (p.id === period.id ? { ...p, carried: { ...p.carried, [goalId]: id } } : p)),
      };
      const outcome = await deps.store.carry(catalog, decided.value, [created, left], nextCalendar, calendar.version);
      return outcome === 'committed' ? committed(nextCalendar) : beaten;
    },
    () => new AppFailure('CONFLICT', 'The catalog or the periods are being changed by others right now; try again'),
  );
  return carryOptionsOf(deps, calendar, periodId, true);
};
