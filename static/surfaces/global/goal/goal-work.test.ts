import type { EpicNode, Gap, GoalNode, ProjectNode, Totals } from '../../../../src/shared/api/alignment';
import type { SubtreeRow } from '../../../../src/shared/api/macros';
import { gapsOfGoal, goalWork } from './goal-work';

const totals: Totals = { epics: 0, counts: { todo: 0, inProgress: 0, done: 0 }, points: { todo: 0, inProgress: 0, done: 0 } };
const nobody = null;
const goal = (goalId: string): GoalNode => ({
  kind: 'goal',
  goalId,
  title: goalId,
  level: 'strategy',
  status: 'active',
  leader: nobody,
  manager: nobody,
  totals,
  progress: null,
  childGoals: 0,
  projects: 0,
  gaps: [],
});
const project = (projectId: string): ProjectNode => ({
  kind: 'project',
  goalId: 'g',
  projectId,
  key: `P${projectId}`,
  name: projectId,
  level: null,
  leader: nobody,
  manager: nobody,
  alignedHere: true,
  totals,
  progress: null,
  gaps: [],
});
const epic = (issueId: string): EpicNode => ({
  kind: 'epic',
  issueId,
  key: `E-${issueId}`,
  title: issueId,
  status: null,
  level: null,
  leader: nobody,
  manager: nobody,
  totals,
  progress: null,
  gaps: [],
});
const row = (depth: number, node: SubtreeRow['node']): SubtreeRow => ({ depth, node, hiddenChildren: 0 });

describe('the work under a goal', () => {
  const rows = [
    row(0, goal('g')),
    row(1, goal('child')),
    row(2, project('9')),
    row(2, epic('x')),
    row(1, project('1')),
    row(2, epic('11')),
    row(2, epic('12')),
    row(1, project('2')),
  ];
  const work = goalWork(rows);

  it('keeps the goal itself, its sub-goals and its own projects', () => {
    expect(work.self?.goalId).toBe('g');
    expect(work.childGoals.map((g) => g.goalId)).toEqual(['child']);
    expect(work.projects.map((p) => p.project.projectId)).toEqual(['1', '2']);
  });

  it('puts each epic under its project, and leaves out the sub-goals’ work', () => {
    expect(work.projects[0]!.epics.map((e) => e.issueId)).toEqual(['11', '12']);
    expect(work.projects[1]!.epics).toEqual([]);
  });

  it('is empty for an empty read', () => {
    expect(goalWork([])).toEqual({ self: null, childGoals: [], projects: [] });
  });

  it('lists the gaps about the goal and about its own projects and epics, not others', () => {
    const gap = (id: string, subject: Gap['subject']): Gap => ({
      id,
      kind: 'goal-no-work',
      level: null,
      subject,
      why: '',
      who: '',
      fix: '',
      link: { target: 'goal', goalId: 'g' },
    });
    const gaps = [
      gap('a', { kind: 'goal', id: 'g', title: 'g' }),
      gap('b', { kind: 'goal', id: 'other', title: 'o' }),
      gap('c', { kind: 'project', id: '2', key: 'P2', name: '2' }),
      gap('d', { kind: 'epic', id: '12', key: 'E-12', title: '12', projectId: '1', projectKey: 'P1' }),
      gap('e', { kind: 'epic', id: 'x', key: 'E-x', title: 'x', projectId: '9', projectKey: 'P9' }),
    ];
    expect(gapsOfGoal(gaps, 'g', work).map((g) => g.id)).toEqual(['a', 'c', 'd']);
  });
});
