// Goal roll-ups follow their epics: counted, re-counted, moved between goals and projects, and removed.
import type { EpicRollup, GoalRollup } from '../../shared/model/rollup';
import { goalRollupFrom, goalTotals, moveContribution } from './goal-rollup';

const AS_OF = '2026-11-28T12:00:00.000Z';
const epic = (over: Partial<EpicRollup> = {}): EpicRollup => ({
  epicId: 'E1',
  projectId: 'P1',
  goalId: 'g-a',
  counts: { todo: 2, inProgress: 1, done: 1 },
  points: { todo: 3, inProgress: 2, done: 1 },
  asOf: 't0',
  ...over,
});

const apply = (goals: Map<string, GoalRollup | undefined>, before: EpicRollup | undefined, after: EpicRollup | undefined) => {
  const next = new Map(goals);
  for (const [id, g] of moveContribution(goals, before, after, AS_OF)) next.set(id, g);
  return next;
};

describe('keeping goal roll-ups with their epics', () => {
  const e1 = epic();
  const e2 = epic({ epicId: 'E2', counts: { todo: 0, inProgress: 0, done: 4 }, points: { todo: 0, inProgress: 0, done: 5 } });
  let goals = new Map<string, GoalRollup | undefined>();
  goals = apply(goals, undefined, e1);
  goals = apply(goals, undefined, e2);

  it('adds each new epic to its goal, under its project', () => {
    expect(goals.get('g-a')).toEqual({
      goalId: 'g-a',
      byProject: { P1: { epics: 2, counts: { todo: 2, inProgress: 1, done: 5 }, points: { todo: 3, inProgress: 2, done: 6 } } },
      asOf: AS_OF,
    });
  });

  it('replaces an epic’s old numbers with its new ones', () => {
    const after = apply(goals, e1, { ...e1, counts: { todo: 1, inProgress: 1, done: 2 } });
    expect(after.get('g-a')!.byProject.P1).toMatchObject({ epics: 2, counts: { todo: 1, inProgress: 1, done: 6 } });
  });

  it('moves an epic re-tagged to another goal: the old goal loses it, the new goal gains it', () => {
    const after = apply(goals, e1, { ...e1, goalId: 'g-b' });
    expect(after.get('g-a')!.byProject.P1).toMatchObject({ epics: 1, counts: { todo: 0, inProgress: 0, done: 4 } });
    expect(after.get('g-b')!.byProject.P1).toMatchObject({ epics: 1, counts: { todo: 2, inProgress: 1, done: 1 } });
  });

  it('moves an epic moved to another project between the goal’s projects', () => {
    const after = apply(goals, e1, { ...e1, projectId: 'P2' });
    expect(after.get('g-a')!.byProject).toMatchObject({ P1: { epics: 1 }, P2: { epics: 1, counts: { todo: 2, inProgress: 1, done: 1 } } });
  });

  it('removes a deleted epic, and the goal roll-up with its last epic', () => {
    const one = apply(goals, e1, undefined);
    expect(one.get('g-a')!.byProject.P1!.epics).toBe(1);
    const none = apply(one, e2, undefined);
    expect(none.get('g-a')).toBeUndefined();
  });

  it('takes an untagged epic out of its goal and puts nothing anywhere', () => {
    const changes = moveContribution(goals, e1, { ...e1, goalId: null }, AS_OF);
    expect([...changes.keys()]).toEqual(['g-a']);
  });

  it('touches no goal when only the time of counting changed', () => {
    expect(moveContribution(goals, e1, { ...e1, asOf: 'later' }, AS_OF).size).toBe(0);
  });

  it('rebuilds to exactly what the changes built', () => {
    expect(goalRollupFrom('g-a', [e1, e2, epic({ epicId: 'E3', goalId: 'g-b' })], AS_OF)).toEqual(goals.get('g-a'));
    expect(goalRollupFrom('g-c', [e1], AS_OF)).toBeUndefined();
  });

  it('sums only the projects a viewer may see', () => {
    const g = apply(goals, undefined, epic({ epicId: 'E4', projectId: 'SECRET', counts: { todo: 9, inProgress: 0, done: 0 } })).get('g-a');
    expect(goalTotals(g).counts.todo).toBe(11);
    expect(goalTotals(g, (p) => p !== 'SECRET')).toMatchObject({ epics: 2, counts: { todo: 2, inProgress: 1, done: 5 } });
  });
});
