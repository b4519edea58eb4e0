// Building epic roll-ups from issues: children and their subtasks count, by status category; points on children.
import { buildEpicRollups, epicFacts, epicMembership, type RollupIssue } from './epic-rollup';
import { addTotals, subtractTotals, sumTotals, zeroTotals } from './totals';

const issue = (id: string, parentId: string | undefined, level: -1 | 0 | 1, category: string, storyPoints: number | null = null): RollupIssue => ({
  id,
  ...(parentId ? { parentId } : {}),
  level,
  category,
  storyPoints,
});

const EPICS = [
  { epicId: 'E1', projectId: 'P1', goalId: 'g-a' },
  { epicId: 'E2', projectId: 'P2', goalId: null },
];

describe('building an epic roll-up', () => {
  const issues = [
    issue('E1', undefined, 1, 'indeterminate'),
    issue('s1', 'E1', 0, 'new', 3),
    issue('s2', 'E1', 0, 'indeterminate', 5),
    issue('s3', 'E1', 0, 'done', 2),
    issue('t1', 's1', -1, 'done', 8), // a subtask: counted, its points are not
    issue('t2', 's2', -1, 'new'),
    issue('s4', 'E2', 0, 'done', 1),
    issue('loose', undefined, 0, 'done', 13), // no epic: counted nowhere
    issue('x1', 'OTHER', 0, 'done', 1), // child of an epic not being built
    issue('x2', 'x1', -1, 'done'),
    issue('weird', 'E1', 0, 'undefined'), // a status without a category counts as to do
  ];
  const [e1, e2] = buildEpicRollups(EPICS, issues, '2026-11-28T10:00:00.000Z');

  it('counts children and their subtasks by status category', () => {
    expect(e1!.counts).toEqual({ todo: 3, inProgress: 1, done: 2 });
    expect(e2!.counts).toEqual({ todo: 0, inProgress: 0, done: 1 });
  });

  it('sums story points of children only', () => {
    expect(e1!.points).toEqual({ todo: 3, inProgress: 5, done: 2 });
  });

  it('keeps the epic’s own facts and the time it was counted', () => {
    expect(e1).toMatchObject({ epicId: 'E1', projectId: 'P1', goalId: 'g-a', asOf: '2026-11-28T10:00:00.000Z' });
    expect(e2!.goalId).toBeNull();
  });

  it('gives an epic without issues zero counts, not no roll-up', () => {
    const [empty] = buildEpicRollups([{ epicId: 'E9', projectId: 'P1', goalId: null }], issues, 't');
    expect(empty).toMatchObject({ epicId: 'E9', counts: { todo: 0, inProgress: 0, done: 0 }, points: { todo: 0, inProgress: 0, done: 0 } });
  });

  it('places a subtask under its story’s epic, whatever order the issues come in', () => {
    const m = epicMembership(new Set(['E1']), [issue('t', 's', -1, 'new'), issue('s', 'E1', 0, 'new')]);
    expect(m.get('t')).toBe('E1');
  });

  it('ignores negative, missing and non-finite points', () => {
    const [e] = buildEpicRollups([EPICS[0]!], [issue('a', 'E1', 0, 'done', -3), issue('b', 'E1', 0, 'done', Number.NaN), issue('c', 'E1', 0, 'done', 2)], 't');
    expect(e!.points.done).toBe(2);
  });
});

describe('summing totals', () => {
  const t = (todo: number, inProgress: number, done: number, p = 0.1) => ({ counts: { todo, inProgress, done }, points: { todo: p, inProgress: p, done: p } });

  it('adds and subtracts back to exactly where it started', () => {
    const start = t(1, 2, 3, 0.2);
    expect(subtractTotals(addTotals(start, t(4, 5, 6, 0.1)), t(4, 5, 6, 0.1))).toEqual(start);
  });

  it('sums a list, and an empty list is zero', () => {
    expect(sumTotals([t(1, 0, 0), t(0, 1, 0), t(0, 0, 1)])).toEqual({
      counts: { todo: 1, inProgress: 1, done: 1 },
      points: { todo: 0.3, inProgress: 0.3, done: 0.3 },
    });
    expect(sumTotals([])).toEqual(zeroTotals());
  });

  it('never goes below zero when subtracting more than is there', () => {
    expect(subtractTotals(t(1, 1, 1), t(2, 0, 0)).counts).toEqual({ todo: 0, inProgress: 1, done: 1 });
  });
});

describe('an epic’s facts, as its roll-up keeps them', () => {
  const tag = { goalId: 'g-a', level: 'project' as const, leaderId: 'acc-1' };

  it('keeps its key, title, status (name and category) and its tag’s goal, level and people', () => {
    const facts = epicFacts({ id: 'E1', projectId: 'P1', key: 'INS-1', summary: 'Reports', status: { name: 'In Review', category: 'indeterminate' }, tag });
    expect(facts).toEqual({
      epicId: 'E1',
      projectId: 'P1',
      goalId: 'g-a',
      level: 'project',
      leaderId: 'acc-1',
      key: 'INS-1',
      title: 'Reports',
      status: { name: 'In Review', category: 'inProgress' },
    });
    expect(buildEpicRollups([facts], [], 't')[0]).toMatchObject({ key: 'INS-1', title: 'Reports', level: 'project', leaderId: 'acc-1' });
  });

  it('keeps no level or people while untagged, a null status when Jira gave none, and nothing Jira did not return', () => {
    expect(epicFacts({ id: 'E2', projectId: 'P2', key: 'INS-2', summary: '', status: null, tag: undefined })).toEqual({
      epicId: 'E2',
      projectId: 'P2',
      goalId: null,
      key: 'INS-2',
      title: '',
      status: null,
    });
    expect(epicFacts({ id: 'E3', projectId: 'P2', tag: null })).toEqual({ epicId: 'E3', projectId: 'P2', goalId: null });
  });
});
