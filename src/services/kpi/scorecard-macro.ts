// Use cases of the Confluence scorecard macro: one goal's scorecard, or the scorecards of every goal of a level,
// read once for all of them (one catalog read, the KPIs of those goals only, one delivery model), and the goal
// picker of its config view. Read-only: nothing here writes, and nobody is offered to record.
import { countStatuses, goalScorecard, organisationRows, scorecardOrder, tallyFrom } from '../../domain/kpi/scorecard';
import { hasVisibleWork, hasWorkAnywhere, latestAsOf, subtreeIds, subtreeTotals } from '../../domain/alignment/tree-model';
import type { ScorecardMacroConfig, ScorecardMacroScope, ScorecardMacroView, ScorecardOptions } from '../../shared/api/scorecard-macro';
import { AppFailure } from '../../shared/errors';
import { LEVEL_LABEL } from '../../shared/levels';
import type { GoalSummary } from '../../shared/model/goal';
import type { ProgressRule } from '../../shared/model/rollup';
import type { RelianceLine } from '../../shared/api/agreements';
import { atRiskOfModel } from './scorecard-delivery';
import { loadModel, type AlignmentReadDeps } from '../alignment/alignment-tree';
import { todayOf, type ScorecardDeps } from './scorecard-deps';
import { kpiData } from './scorecard-read';
import { readVisibleCatalog } from '../goals/goal-visibility';
import { pageOfGoals, type GoalPageCursor } from '../../shared/api/goal-pages';

/** How far each goal's work has come (as the viewer may see it), and how fresh the roll-ups behind it are. */
export interface Delivery {
  progress: ReadonlyMap<string, number>;
  /** Goals that no work the viewer can see serves (nor any goal below them): their diagnosis says so. */
  unseen?: ReadonlySet<string>;
  /** Goals no work at all serves (nor any goal below them), seen or not: their diagnosis says none is aligned yet. */
  unaligned?: ReadonlySet<string>;
  asOf: string | null;
  rule: ProgressRule;
  /** The agreed support each goal relies on that is at risk, as the viewer may read it. */
  atRisk?: ReadonlyMap<string, RelianceLine[]>;
}

export interface ScorecardMacroDeps
  extends Pick<ScorecardDeps, 'catalog' | 'viewer' | 'kpis' | 'measurements' | 'checkIns' | 'defaultBands' | 'now'>, Partial<Pick<ScorecardDeps, 'health'>> {
  delivery(goalIds: readonly string[]): Promise<Delivery>;
}

/** The delivery signal of the scorecards (see scorecard-delivery.ts), with its freshness, from one model. */
export const deliveryOf = async (deps: AlignmentReadDeps, goalIds: readonly string[]): Promise<Delivery> => {
  const model = await loadModel(deps);
  const progress = new Map<string, number>();
  const unseen = new Set<string>();
  const unaligned = new Set<string>();
  for (const id of goalIds) {
    const ratio = model.progress(model.rule, subtreeTotals(model, id));
    if (ratio !== null && Number.isFinite(ratio)) progress.set(id, ratio);
    else if (!hasVisibleWork(model, id)) unseen.add(id);
    if (!hasWorkAnywhere(model, id)) unaligned.add(id);
  }
  return {
    progress,
    unseen,
    unaligned,
    asOf: latestAsOf(
      model,
      goalIds.flatMap((id) => subtreeIds(model, id)),
    ),
    rule: model.rule,
    atRisk: atRiskOfModel(model, goalIds),
  };
};

/** The schema already refuses a config that is not exactly one of the two; this makes the compiler see it. */
const scopeOf = (config: ScorecardMacroConfig): ScorecardMacroScope => {
  if (config.goalId !== undefined) return { kind: 'goal', goalId: config.goalId };
  if (config.level !== undefined) return { kind: 'level', level: config.level };
  throw new AppFailure('VALIDATION', 'Choose either one goal or one level');
};

const goalsOf = (all: readonly GoalSummary[], scope: ScorecardMacroScope): GoalSummary[] => {
  if (scope.kind === 'level') return scorecardOrder(all).filter((g) => g.level === scope.level);
  const goal = all.find((g) => g.id === scope.goalId);
  if (!goal) throw new AppFailure('NOT_FOUND', 'The goal this scorecard shows does not exist any more');
  return [goal];
};

export const readScorecardMacro = async (deps: ScorecardMacroDeps, config: ScorecardMacroConfig, cursor?: GoalPageCursor): Promise<ScorecardMacroView> => {
  const scope = scopeOf(config);
  const snapshot = await readVisibleCatalog(deps);
  const all = goalsOf(snapshot.goals, scope);
  // A level's cards come a page at a time, each page reading its own goals' KPIs only; the summary line counts every
  // goal of the level, from the goal health board (the same counts) for the goals of other pages.
  const page = pageOfGoals(all, cursor);
  const goals = page.items;
  const ids = new Set(goals.map((g) => g.id));
  // One goal: its own KPIs. A level: one bounded paged read of the KPIs, kept for the page's goals only.
  const kpis = scope.kind === 'goal' ? await deps.kpis.ofGoal(scope.goalId) : (await deps.kpis.all()).filter((k) => ids.has(k.goalId));
  // The admin's default bands, as in the strategy workspace: both always agree on a KPI's status.
  const others = all.length > goals.length;
  // The strategy goals' scorecards open with the organisation's: each strategy goal over its whole branch, as the
  // Scorecards tab in Jira shows it (on the first page; the branches' tallies come from the goal health board).
  const organisation = scope.kind === 'level' && scope.level === 'strategy' && cursor === undefined;
  const [byGoal, delivery, latest, defaultBands, board] = await Promise.all([
    kpiData(deps, kpis),
    deps.delivery([...ids]),
    deps.checkIns.latest(),
    deps.defaultBands(),
    (others || organisation) && deps.health ? deps.health.read() : undefined,
  ]);
  const today = todayOf(deps.now());
  const cards = goals.map((goal) => ({
    ...goalScorecard(
      {
        goal,
        kpis: byGoal.get(goal.id) ?? [],
        deliveryProgress: delivery.progress.get(goal.id) ?? null,
        noVisibleWork: delivery.unseen?.has(goal.id) ?? false,
        noWorkAligned: delivery.unaligned?.has(goal.id) ?? false,
        lastCheckIn: latest.latest[goal.id] ?? null,
        canRecord: false,
        defaultBands,
      },
      today,
    ),
    agreementsAtRisk: delivery.atRisk?.get(goal.id) ?? [],
  }));
  const counts = countStatuses(cards.flatMap((c) => c.kpis));
  for (const g of all) {
    const h = ids.has(g.id) ? undefined : board?.goals[g.id];
    if (!h) continue;
    counts.onTrack += h.onTrack;
    counts.atRisk += h.atRisk;
    counts.offTrack += h.offTrack;
    counts.noData += h.noData;
    counts.stale += h.stale;
  }
  const byCard = new Map(cards.map((c) => [c.goal.id, c]));
  const rows = organisation
    ? organisationRows(
        snapshot.goals,
        (id) => tallyFrom(byCard.get(id), board?.goals[id]),
        (id) => delivery.progress.get(id) ?? null,
        today,
        (id) => delivery.unseen?.has(id) ?? false,
        (id) => delivery.unaligned?.has(id) ?? false,
      ).filter((r) => ids.has(r.goalId))
    : undefined;
  const shown = goals;
  const people = [...new Set(shown.flatMap((g) => [g.leaderId, g.managerId]).filter((id): id is string => id !== null))];
  return {
    title: scope.kind === 'level' ? `${LEVEL_LABEL[scope.level]} goals` : all[0]!.title,
    scope,
    goals: cards,
    ...(rows ? { organisation: rows } : {}),
    cursor: page.cursor,
    totalGoals: all.length,
    counts,
    people: people.map((accountId) => ({
      accountId,
      displayName: (Object.hasOwn(snapshot.people, accountId) ? snapshot.people[accountId] : undefined) ?? 'Unknown user',
    })),
    today,
    asOf: delivery.asOf,
    rule: delivery.rule,
  };
};

/** Every goal that is not archived, in the workspace's order, with how many KPIs it has. */
export const readScorecardOptions = async (deps: Pick<ScorecardMacroDeps, 'catalog' | 'viewer' | 'kpis'>): Promise<ScorecardOptions> => {
  const [snapshot, kpis] = await Promise.all([readVisibleCatalog(deps), deps.kpis.all()]);
  const count = new Map<string, number>();
  for (const k of kpis) count.set(k.goalId, (count.get(k.goalId) ?? 0) + 1);
  return { goals: scorecardOrder(snapshot.goals).map((g) => ({ id: g.id, title: g.title, level: g.level, status: g.status, kpis: count.get(g.id) ?? 0 })) };
};
