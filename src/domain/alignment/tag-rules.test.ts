// Tagging work with a goal, as a table.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import type { Level } from '../../shared/levels';
import type { GoalStatus } from '../../shared/model/goal';
import { checkTagTarget, workLevelFor } from './tag-rules';

describe('tagging work with a goal', () => {
  it.each<[string, Level | null, GoalStatus, Level, string]>([
    ['project work under a strategy goal', 'strategy', 'active', 'project', 'ok'],
    ['project work under a project goal', 'project', 'active', 'project', 'ok'],
    ['process work under a draft process goal', 'process', 'draft', 'process', 'ok'],
    ['functional work under a project goal', 'project', 'active', 'functional', 'VALIDATION'],
    ['work under an archived goal', 'strategy', 'archived', 'project', 'VALIDATION'],
    ['work under a goal that does not exist', null, 'active', 'project', 'VALIDATION'],
  ])('%s → %s', (_name, goalLevel, status, level, expected) => {
    const goal = goalLevel ? summaryOf(aGoal({ level: goalLevel, status })) : undefined;
    const out = checkTagTarget(goal, level);
    expect(out.ok ? 'ok' : out.failure.code).toBe(expected);
  });
});

describe('the level of an epic tagged from its project’s page', () => {
  it.each([
    ['functional', 'strategy', 'functional'],
    ['functional', 'functional', 'functional'],
    ['functional', 'project', 'project'],
    ['functional', 'self', 'self'],
    ['project', 'process', 'project'],
  ] as const)('is %s-project work for a %s goal: %s', (project, goal, level) => {
    expect(workLevelFor(project, goal)).toBe(level);
  });
});
