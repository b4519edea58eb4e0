// Today against a closed period: per goal its status, progress and diagnosis then and now, and per KPI its value
// and status then and now. A goal or KPI on one side only has null on the other. Pure.
import type { GoalChange, GoalSide, KpiChange, KpiSide } from '../../shared/api/periods';
import type { GoalScorecard, KpiCard } from '../../shared/api/scorecards';

export interface Side {
  card: GoalScorecard;
  progress: number | null;
}

const goalSide = (s: Side | undefined): GoalSide | null =>
  s ? { status: s.card.goal.status, progress: s.progress, diagnosis: s.card.diagnosis.kind, headline: s.card.diagnosis.headline } : null;

const kpiSide = (c: KpiCard | undefined): KpiSide | null =>
  c
    ? {
        value: c.evaluation.current?.value ?? null,
        date: c.evaluation.current?.date ?? null,
        status: c.evaluation.status,
        stale: c.evaluation.stale !== null,
      }
    : null;

const kpiChanges = (then: readonly KpiCard[], now: readonly KpiCard[]): KpiChange[] => {
  const before = new Map(then.map((c) => [c.kpi.id, c]));
  const ids = [...now.map((c) => c.kpi.id), ...then.map((c) => c.kpi.id).filter((id) => !now.some((c) => c.kpi.id === id))];
  const after = new Map(now.map((c) => [c.kpi.id, c]));
  return ids.map((id) => {
    const c = (after.get(id) ?? before.get(id))!;
    return { kpiId: id, name: c.kpi.name, unit: c.kpi.unit, then: kpiSide(before.get(id)), now: kpiSide(after.get(id)) };
  });
};

/** Every goal of either side, in today's order, then those only the period had. */
export const compareGoals = (then: ReadonlyMap<string, Side>, now: ReadonlyMap<string, Side>): GoalChange[] => {
  const ids = [...now.keys(), ...[...then.keys()].filter((id) => !now.has(id))];
  return ids.map((id) => {
    const a = then.get(id);
    const b = now.get(id);
    const goal = (b ?? a)!.card.goal;
    return { goalId: id, title: goal.title, level: goal.level, then: goalSide(a), now: goalSide(b), kpis: kpiChanges(a?.card.kpis ?? [], b?.card.kpis ?? []) };
  });
};
