// Use case of the Confluence scorecard macro set "As of" a closed period: the same view as live, built from the
// period's snapshot as the reader may see it (hidden and missing goals alike NOT_FOUND), labelled with the period.
import { pageOfGoals, type GoalPageCursor } from '../../shared/api/goal-pages';
import { countStatuses } from '../../domain/kpi/scorecard';
import type { ScorecardMacroConfig, ScorecardMacroView, ScorecardOptions } from '../../shared/api/scorecard-macro';
import { AppFailure } from '../../shared/errors';
import { LEVEL_LABEL } from '../../shared/levels';
import { readSnapshot } from './compare';
import type { PeriodDeps } from './period-deps';

type Deps = Pick<PeriodDeps, 'store' | 'catalog' | 'viewer'>;

export const readSnapshotMacro = async (deps: Deps, config: ScorecardMacroConfig & { asOf: string }, cursor?: GoalPageCursor): Promise<ScorecardMacroView> => {
  const { period, snapshots, cards } = await readSnapshot(deps, config.asOf);
  const all = [...cards.values()].map((c) => c.card);
  const goals = config.goalId !== undefined ? all.filter((c) => c.goal.id === config.goalId) : all.filter((c) => c.goal.level === config.level);
  if (config.goalId !== undefined && goals.length === 0) throw new AppFailure('NOT_FOUND', 'The goal this scorecard shows is not in this period’s snapshot');
  const names = Object.assign({}, ...snapshots.map((s) => s.people)) as Record<string, string>;
  // Paged like the live view: the summary counts every goal, the cards come a page at a time.
  const page = pageOfGoals(goals, cursor);
  const people = [...new Set(page.items.flatMap((c) => [c.goal.leaderId, c.goal.managerId]).filter((id): id is string => id !== null))];
  const level = config.level ?? 'strategy';
  return {
    title: config.goalId !== undefined ? goals[0]!.goal.title : `${LEVEL_LABEL[level]} goals`,
    scope: config.goalId !== undefined ? { kind: 'goal', goalId: config.goalId } : { kind: 'level', level },
    goals: page.items,
    cursor: page.cursor,
    totalGoals: goals.length,
    counts: countStatuses(goals.flatMap((c) => c.kpis)),
    people: people.map((accountId) => ({ accountId, displayName: (Object.hasOwn(names, accountId) ? names[accountId] : undefined) ?? 'Unknown user' })),
    today: period.closed.day,
    asOf: period.closed.at,
    rule: snapshots[0]?.rule ?? 'issues-done',
    snapshot: { periodId: period.id, name: period.name, closedAt: period.closed.at, closedDay: period.closed.day },
  };
};

/** The closed periods the config view offers, the latest to end first (as "Compare to" lists them). */
export const closedPeriods = async (deps: Pick<Deps, 'store'>): Promise<NonNullable<ScorecardOptions['periods']>> =>
  (await deps.store.calendar()).periods
    .filter((p) => p.closed)
    .sort((a, b) => b.end.localeCompare(a.end) || b.start.localeCompare(a.start))
    .flatMap((p) => (p.closed ? [{ id: p.id, name: p.name, closedDay: p.closed.day }] : []));
