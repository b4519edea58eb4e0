// Coverage per level, as ONE viewer may see it: at each level, the active goals they may see, how many of them have
// work they may browse (on the goal or below it) and how many have KPIs. Built from the viewer's model, so a goal
// out of their sight and work in projects they cannot browse count nowhere. Pure.
import type { LevelCoverage } from '../../shared/api/alignment';
import { LEVELS } from '../../shared/levels';
import { hasVisibleWork, type AlignmentModel } from './tree-model';

/** KPIs are counted from the goal health board (model.kpiCounts); a goal absent from it has none known. */
export const coverageByLevel = (m: AlignmentModel): LevelCoverage[] => {
  const kpis = m.kpiCounts ?? {};
  const active = [...m.graph.byId.values()].filter((g) => g.status === 'active');
  return LEVELS.map((level) => {
    const here = active.filter((g) => g.level === level);
    return {
      level,
      goals: here.length,
      withWork: here.filter((g) => hasVisibleWork(m, g.id)).length,
      withKpis: here.filter((g) => (kpis[g.id]?.kpis ?? 0) > 0).length,
    };
  });
};
