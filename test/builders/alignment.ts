// Test data mothers for alignment trees and gaps: projects, alignments, roll-ups and a model built from them.
import type { ProjectAlignment, ProjectLevel } from '../../src/shared/model/project-alignment';
import type { EpicRollup, GoalRollup, ProgressRule, StatusCounts } from '../../src/shared/model/rollup';
import type { Goal } from '../../src/shared/model/goal';
import { buildModel, type AlignmentFacts, type AlignmentModel, type ProjectRef } from '../../src/domain/alignment/tree-model';
import { progressOf } from '../../src/domain/alignment/tree-progress';
import { summaryOf } from './goals';

export const aProject = (id: string, key: string, name = `${key} project`): ProjectRef => ({ id, key, name });

export const anAlignment = (projectId: string, goalId: string, level: ProjectLevel = 'project', over: Partial<ProjectAlignment> = {}): ProjectAlignment => ({
  projectId,
  level,
  goalId,
  leaderId: 'acc-pl',
  managerId: 'acc-pm',
  version: 1,
  updatedAt: '2026-01-01T00:00:00.000Z',
  updatedBy: 'acc-admin',
  names: { 'acc-pl': 'Pat Lead', 'acc-pm': 'Max Manager' },
  ...over,
});

export const counts = (todo: number, inProgress: number, done: number): StatusCounts => ({ todo, inProgress, done });

/** A goal's roll-up: per project, [epics, todo, inProgress, done], with points equal to the counts. */
export const aRollup = (goalId: string, byProject: Record<string, [number, number, number, number]>, asOf = '2026-11-28T09:00:00.000Z'): GoalRollup => ({
  goalId,
  asOf,
  byProject: Object.fromEntries(
    Object.entries(byProject).map(([p, [epics, todo, inProgress, done]]) => [
      p,
      { epics, counts: counts(todo, inProgress, done), points: counts(todo, inProgress, done) },
    ]),
  ),
});

export const anEpicRollup = (
  epicId: string,
  projectId: string,
  goalId: string | null,
  c: StatusCounts = counts(1, 1, 2),
  asOf = '2026-11-28T09:00:00.000Z',
): EpicRollup => ({
  epicId,
  projectId,
  goalId,
  counts: c,
  points: { todo: 0, inProgress: 0, done: 0 },
  asOf,
});

export interface ModelInput {
  goals: Goal[];
  projects?: ProjectRef[];
  alignments?: ProjectAlignment[];
  rollups?: GoalRollup[];
  rule?: ProgressRule;
  people?: Record<string, string>;
  today?: string;
}

export const factsOf = (i: ModelInput): AlignmentFacts => ({
  goals: i.goals.map(summaryOf),
  people: i.people ?? { 'acc-leader': 'Lee Leader', 'acc-manager': 'Mo Manager' },
  projects: i.projects ?? [],
  alignments: i.alignments ?? [],
  rollups: new Map((i.rollups ?? []).map((r) => [r.goalId, r])),
  rule: i.rule ?? 'issues-done',
  progress: progressOf,
  today: i.today ?? '2026-11-28',
});

export const aModel = (i: ModelInput): AlignmentModel => buildModel(factsOf(i));
