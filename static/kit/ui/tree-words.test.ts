// Words of alignment tree rows: what kind of node, who leads and manages it, what is under it.
import type { EpicNode, GoalNode, ProjectNode } from '../../../src/shared/api/alignment';
import { belowWords, kindLabel, peopleWords, titleOf } from './tree-words';

const totals = { epics: 0, counts: { todo: 0, inProgress: 0, done: 0 }, points: { todo: 0, inProgress: 0, done: 0 } };
const goalNode = (over: Partial<GoalNode> = {}): GoalNode => ({
  kind: 'goal',
  goalId: 'g-1',
  title: 'Grow revenue',
  level: 'strategy',
  status: 'active',
  leader: null,
  manager: null,
  totals,
  progress: null,
  childGoals: 0,
  projects: 0,
  gaps: [],
  ...over,
});
const projectNode: ProjectNode = {
  kind: 'project',
  goalId: 'g-1',
  projectId: '10000',
  key: 'CRM',
  name: 'CRM rollout',
  level: 'project',
  leader: null,
  manager: null,
  alignedHere: true,
  totals,
  progress: null,
  gaps: [],
};
const epicNode: EpicNode = {
  kind: 'epic',
  issueId: '10001',
  key: 'CRM-12',
  title: 'Migrate contacts',
  status: null,
  level: null,
  leader: null,
  manager: null,
  totals,
  progress: null,
  gaps: [],
};
const lee = { accountId: 'acc-leader', displayName: 'Lee Leader' };
const mo = { accountId: 'acc-manager', displayName: 'Mo Manager' };

describe('what kind of node a row is', () => {
  it.each([
    [goalNode(), 'Strategy goal', 'Grow revenue'],
    [goalNode({ level: 'functional', title: 'Win Europe' }), 'Functional team goal', 'Win Europe'],
    [projectNode, 'Jira project CRM', 'CRM rollout'],
    [epicNode, 'Epic CRM-12', 'Migrate contacts'],
  ])('labels %#: %p titled %p', (node, kind, title) => {
    expect(kindLabel(node)).toBe(kind);
    expect(titleOf(node)).toBe(title);
  });
});

describe('who leads and manages a node', () => {
  it.each([
    [lee, mo, 'Leader: Lee Leader · Manager: Mo Manager'],
    [lee, null, 'Leader: Lee Leader · Manager: none'],
    [null, mo, 'Leader: none · Manager: Mo Manager'],
    [null, null, null],
  ])('%p and %p read %p', (leader, manager, words) => {
    expect(peopleWords(leader, manager)).toBe(words);
  });
});

describe('what is under a node', () => {
  it.each([
    [0, 0, null],
    [1, 0, '1 sub-goal'],
    [3, 0, '3 sub-goals'],
    [0, 1, '1 project'],
    [2, 5, '2 sub-goals · 5 projects'],
  ])('a goal with %p sub-goals and %p projects reads %p', (childGoals, projects, words) => {
    expect(belowWords(goalNode({ childGoals, projects }))).toBe(words);
  });

  it('says nothing under a project or an epic', () => {
    expect(belowWords(projectNode)).toBeNull();
    expect(belowWords(epicNode)).toBeNull();
  });
});
