// Coverage per level: goals, goals with work and goals with KPIs, counted only over what the viewer may see.
import { aGoal } from '../../../test/builders/goals';
import { aModel, anAlignment, aProject, aRollup } from '../../../test/builders/alignment';
import { coverageByLevel } from './coverage';

const A = aProject('1', 'AAA', 'Apollo');
const S = aGoal({ id: 'S' });
const F = aGoal({ id: 'F', level: 'functional', parentId: 'S' });
const F2 = aGoal({ id: 'F2', level: 'functional', parentId: 'S' });
const P = aGoal({ id: 'P', level: 'project', parentId: 'F' });
const DRAFT = aGoal({ id: 'D', level: 'project', parentId: 'F', status: 'draft' });
const KPIS = { S: { kpis: 2 }, F2: { kpis: 1 }, P: { kpis: 0 } };

const at = (rows: ReturnType<typeof coverageByLevel>, level: string) => rows.find((r) => r.level === level);

describe('coverage per level', () => {
  it('counts every level from the top, active goals only, with work on them or below them, and with KPIs', () => {
    const m = { ...aModel({ goals: [S, F, F2, P, DRAFT], projects: [A], alignments: [anAlignment('1', 'P')] }), kpiCounts: KPIS };
    expect(coverageByLevel(m)).toEqual([
      { level: 'strategy', goals: 1, withWork: 1, withKpis: 1 },
      { level: 'functional', goals: 2, withWork: 1, withKpis: 1 },
      { level: 'process', goals: 0, withWork: 0, withKpis: 0 },
      { level: 'project', goals: 1, withWork: 1, withKpis: 0 },
      { level: 'self', goals: 0, withWork: 0, withKpis: 0 },
    ]);
  });

  // Work in a project the viewer cannot browse must not be counted: it would say that hidden work exists.
  it('counts only work the viewer may browse', () => {
    const m = aModel({ goals: [S, F, P], projects: [A], alignments: [anAlignment('9', 'P')], rollups: [aRollup('F', { '9': [3, 1, 1, 1] })] });
    expect(coverageByLevel(m).map((r) => r.withWork)).toEqual([0, 0, 0, 0, 0]);
  });

  it('counts only the goals in the viewer’s model, and KPIs only of those', () => {
    const m = { ...aModel({ goals: [S], projects: [A] }), kpiCounts: { ...KPIS, HIDDEN: { kpis: 4 } } };
    expect(at(coverageByLevel(m), 'strategy')).toEqual({ level: 'strategy', goals: 1, withWork: 0, withKpis: 1 });
    expect(coverageByLevel(m).reduce((n, r) => n + r.goals + r.withKpis, 0)).toBe(2);
  });

  it('knows no KPIs when the surface read no health board', () => {
    expect(at(coverageByLevel(aModel({ goals: [S] })), 'strategy')?.withKpis).toBe(0);
  });
});
