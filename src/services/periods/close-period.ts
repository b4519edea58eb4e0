// Use cases: close a period (strategy editors) and list what it left unfinished. Closing freezes every goal that is
// not archived as one snapshot item each, written only if absent, and marks the period closed last, in one write on
// the calendar's version: a close cut short is finished by running it again, and no snapshot ever changes.
import { decideClose, dueIn, nextPeriodOf, unfinishedIn } from '../../domain/periods/calendar';
import { kpiCard } from '../../domain/kpi/scorecard';
import { OPEN_SUPPORT_STATES } from '../../shared/model/agreement';
import type { CarryOptions } from '../../shared/api/periods';
import { healthBandsOf } from '../../shared/model/settings';
import { AppFailure } from '../../shared/errors';
import type { GoalSummary } from '../../shared/model/goal';
import type { AgreementCounts, GoalSnapshot, Period, PeriodCalendar } from '../../shared/model/period';
import { kpiData } from '../kpi/scorecard-read';
import { forViewer } from '../goals/goal-visibility';
import { closedPeriodOf, periodOf, requireEditor, todayOf, visibleSnapshotIds, type PeriodDeps } from './period-deps';

/** Snapshots written at once: bounded so storage is never flooded. */
const BATCH = 10;

const agreementCounts = (goalId: string, boards: Awaited<ReturnType<PeriodDeps['facts']['agreements']>>): AgreementCounts => {
  const live = boards.support.agreements;
  return {
    reliesOn: live.filter((a) => a.fromGoalId === goalId && a.state === 'accepted').length,
    supports: live.filter((a) => a.toGoalId === goalId && a.state === 'accepted').length,
    open: live.filter((a) => (a.fromGoalId === goalId || a.toGoalId === goalId) && OPEN_SUPPORT_STATES.includes(a.state)).length,
    commitment: boards.commitments.commitments[goalId]?.state ?? null,
  };
};

/** Every goal's snapshot, from what the app stores (every project's work, every KPI), on the close day. */
const freeze = async (
  deps: PeriodDeps,
  period: Period,
  goals: GoalSummary[],
  people: Record<string, string>,
  at: string,
  day: string,
): Promise<GoalSnapshot[]> => {
  const s = deps.scorecards;
  const ids = goals.map((g) => g.id);
  const [kpis, latest, rollups, alignments, settings, boards] = await Promise.all([
    s.kpis.all(),
    s.checkIns.latest(),
    deps.facts.rollups.goals(ids),
    deps.facts.alignments(),
    deps.facts.settings(),
    deps.facts.agreements(),
  ]);
  const byGoal = await kpiData(s, kpis);
  return goals.map((goal) => ({
    periodId: period.id,
    goal,
    work: rollups.get(goal.id)?.byProject ?? {},
    alignedProjects: alignments.filter((a) => a.goalId === goal.id).map((a) => a.projectId),
    alignments: alignments.filter((a) => a.goalId === goal.id),
    kpis: (byGoal.get(goal.id) ?? [])
      .map((k) => kpiCard(k, day, healthBandsOf(settings.defaultHealthBands)))
      .sort((a, b) => a.kpi.name.localeCompare(b.kpi.name)),
    lastCheckIn: latest.latest[goal.id] ?? null,
    agreements: agreementCounts(goal.id, boards),
    rule: settings.progressRule,
    people: Object.fromEntries([goal.leaderId, goal.managerId].flatMap((id) => (id && Object.hasOwn(people, id) ? [[id, people[id]!]] : []))),
    closedAt: at,
    closedDay: day,
  }));
};

export const closePeriod = async (deps: PeriodDeps, accountId: string, periodId: string): Promise<CarryOptions> => {
  await requireEditor(deps);
  const calendar = await deps.store.calendar();
  const decided = decideClose(periodOf(calendar, periodId), todayOf(deps));
  if (!decided.ok) throw new AppFailure(decided.failure.code, decided.failure.message);
  const period = decided.value;
  const at = deps.now().toISOString();
  const day = todayOf(deps);
  const catalog = await deps.catalog.read();
  const snapshots = await freeze(
    deps,
    period,
    catalog.goals.filter((g) => g.status !== 'archived'),
    catalog.people,
    at,
    day,
  );
  for (let i = 0; i < snapshots.length; i += BATCH) await Promise.all(snapshots.slice(i, i + BATCH).map((s) => deps.store.putSnapshotIfAbsent(s)));
  // Marked closed last: only now is every snapshot there.
  const next: PeriodCalendar = {
    version: calendar.version + 1,
    periods: calendar.periods.map((p) => (p.id === period.id ? { ...p, closed: { at, by: accountId, day } } : p)),
  };
  if ((await deps.store.saveCalendar(next, calendar.version)) === 'conflict') {
    const now = periodOf(await deps.store.calendar(), periodId);
    throw new AppFailure('CONFLICT', now.closed ? `“${now.name}” was closed by someone else just now` : 'The periods changed while closing; close it again');
  }
  return carryOptionsOf(deps, next, periodId, await deps.isEditor());
};

const carryOptionsOf = async (deps: PeriodDeps, calendar: PeriodCalendar, periodId: string, canCarry: boolean): Promise<CarryOptions> => {
  const period = closedPeriodOf(calendar, periodId);
  const snaps = await deps.store.snapshots(period.id);
  const visible = await visibleSnapshotIds(deps, snaps);
  // The goal each became is named only when the reader may see it now (restricted since, or gone: alike).
  const live = await forViewer(deps.viewer, await deps.catalog.read());
  const titleOf = new Map(live.goals.map((g) => [g.id, g.title]));
  const goals = unfinishedIn(
    period,
    snaps.filter((s) => visible.has(s.goal.id)).map((s) => s.goal),
  ).map((g) => {
    const to = period.carried[g.id];
    return {
      goalId: g.id,
      title: g.title,
      level: g.level,
      status: g.status,
      dueInPeriod: dueIn(period, g),
      carriedTo: to === undefined || !visible.has(g.id) || !titleOf.has(to) ? null : { id: to, title: titleOf.get(to)! },
    };
  });
  goals.sort((a, b) => Number(b.dueInPeriod) - Number(a.dueInPeriod));
  const carried = Object.fromEntries(Object.entries(period.carried).filter(([from, to]) => visible.has(from) && titleOf.has(to)));
  return { period: { ...period, carried }, next: nextPeriodOf(calendar.periods, period), goals, canCarry };
};

export const readCarryOptions = async (deps: PeriodDeps, periodId: string): Promise<CarryOptions> =>
  carryOptionsOf(deps, await deps.store.calendar(), periodId, await deps.isEditor());

export { carryOptionsOf };
