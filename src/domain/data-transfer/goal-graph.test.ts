// An import file's goals must hold together as the app keeps them: records and catalog agree, and the graph is one a
// save could have made.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import type { Goal } from '../../shared/model/goal';
import { goalGraphIssues, summaryPrint, type GoalFact } from './goal-graph';

const record = (g: Goal, index: number): GoalFact => ({ side: 'r', id: g.id, print: summaryPrint(g), parentId: g.parentId, level: g.level, index });
const entry = (g: Goal, index = 0): GoalFact => ({ side: 'c', id: g.id, print: summaryPrint(summaryOf(g)), parentId: g.parentId, level: g.level, index });

const S = aGoal({ id: 'S', level: 'strategy', parentId: null });
const F = aGoal({ id: 'F', level: 'functional', parentId: 'S' });
const P = aGoal({ id: 'P', level: 'project', parentId: 'F', restricted: true });
const both = (goals: Goal[]) => [...goals.map((g) => entry(g)), ...goals.map((g, i) => record(g, i + 1))];

describe('the goals of an import file', () => {
  it('pass when each record has its catalog entry, in any key order, and the graph is one the app keeps', () => {
    expect(goalGraphIssues(both([S, F, P]))).toEqual([]);
    const reordered = Object.fromEntries(Object.entries(summaryOf(P)).reverse());
    expect(summaryPrint(reordered)).toBe(summaryPrint(P));
  });

  it('refuse a catalog entry that says otherwise than its record, such as a restricted goal listed as open', () => {
    const open = { ...P, restricted: false };
    const facts = [entry(S), entry(F), entry(open), record(S, 1), record(F, 2), record(P, 3)];
    expect(goalGraphIssues(facts)).toEqual([{ path: 'records.3.value', message: 'goal “P” says otherwise than its catalog entry' }]);
  });

  it('refuse a goal the catalog lists twice, even when both entries say the same as its record', () => {
    const opened = { ...entry({ ...P, restricted: false }), index: 4 };
    expect(goalGraphIssues([...both([S, F, P]), opened])).toEqual(
      expect.arrayContaining([{ path: 'records.4.value', message: 'goal “P” is in the catalog twice' }]),
    );
    expect(goalGraphIssues([...both([S, F, P]), { ...entry(P), index: 4 }])).toEqual([
      { path: 'records.4.value', message: 'goal “P” is in the catalog twice' },
    ]);
  });

  it('refuse a goal record the catalog leaves out', () => {
    const facts = [entry(S), entry(F), record(S, 1), record(F, 2), record(P, 3)];
    expect(goalGraphIssues(facts)).toEqual([{ path: 'records.3.value', message: 'goal “P” is not in the catalog' }]);
  });

  it('refuse a strategy goal with a parent, a parent below its child, and a goal that is its own ancestor', () => {
    const S2 = { ...S, parentId: 'P' };
    const facts = both([S2, F, P]);
    const messages = goalGraphIssues(facts).map((i) => i.message);
    expect(messages).toContain('goal “S” is a strategy goal with a parent goal');
    expect(messages).toContain('goal “S” (strategy) sits under a project goal');
    expect(messages.some((m) => m.endsWith('is its own ancestor'))).toBe(true);
    // A cycle within one level, which the level rule alone lets through.
    const A = aGoal({ id: 'A', level: 'process', parentId: 'B' });
    const B = aGoal({ id: 'B', level: 'process', parentId: 'A' });
    expect(goalGraphIssues(both([A, B])).map((i) => i.message)).toEqual(['goal “A” is its own ancestor']);
  });
});
