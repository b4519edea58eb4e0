// Test data mothers for goals: a valid goal by default, changed only where a test cares.
import type { Goal, GoalInput, GoalSummary } from '../../src/shared/model/goal';

export const aGoal = (over: Partial<Goal> = {}): Goal => ({
  id: 'g-1',
  title: 'Grow revenue',
  description: '',
  level: 'strategy',
  parentId: null,
  leaderId: 'acc-leader',
  managerId: 'acc-manager',
  timeframe: { start: '2026-01-01', end: '2026-12-31' },
  stage: 'execute',
  status: 'active',
  restricted: false,
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'acc-exec',
  ...over,
});

export const summaryOf = (g: Goal): GoalSummary => {
  const { description: _d, ...rest } = g;
  return rest;
};

export const inputOf = (g: Goal, over: Partial<GoalInput> = {}): GoalInput => ({
  title: g.title,
  description: g.description,
  level: g.level,
  parentId: g.parentId,
  leaderId: g.leaderId,
  managerId: g.managerId,
  timeframe: g.timeframe,
  stage: g.stage,
  status: g.status === 'archived' ? 'active' : g.status,
  restricted: g.restricted,
  ...over,
});

/** A small catalog: S (strategy) → F (functional) → P (process) → J (project); X archived functional. */
export const smallCatalog = (): Goal[] => [
  aGoal({ id: 'S', title: 'Strategy', level: 'strategy' }),
  aGoal({ id: 'S2', title: 'Other strategy', level: 'strategy' }),
  aGoal({ id: 'F', title: 'Functional', level: 'functional', parentId: 'S' }),
  aGoal({ id: 'P', title: 'Process', level: 'process', parentId: 'F' }),
  aGoal({ id: 'J', title: 'Project', level: 'project', parentId: 'P' }),
  aGoal({ id: 'X', title: 'Archived', level: 'functional', parentId: 'S', status: 'archived' }),
];
