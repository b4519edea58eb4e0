// The gaps heat map's grid: levels as rows, the kinds present as columns, counts and their heat.
import { heatGrid, heatOf } from './heat-map';

describe('the gaps heat map', () => {
  it('puts the levels with gaps in rows, in the order given, and only the kinds present in columns, in the kinds’ order', () => {
    const grid = heatGrid([
      { level: 'strategy', total: 1, byKind: { 'goal-missing-roles': 1 } },
      { level: 'project', total: 9, byKind: { 'goal-skips-level': 1, 'goal-no-work': 8 } },
      { level: null, total: 3, byKind: { 'epic-untagged': 3 } },
    ]);
    expect(grid.kinds).toEqual(['epic-untagged', 'goal-no-work', 'goal-missing-roles', 'goal-skips-level']);
    expect(grid.rows.map((r) => [r.level, r.total, r.cells.map((c) => c.count)])).toEqual([
      ['strategy', 1, [0, 0, 1, 0]],
      ['project', 9, [0, 8, 0, 1]],
      [null, 3, [3, 0, 0, 0]],
    ]);
    expect(grid.rows[1]!.cells.map((c) => c.heat)).toEqual([0, 4, 0, 1]);
  });

  it.each([
    [0, 0],
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [7, 3],
    [8, 4],
    [120, 4],
  ] as const)('%i gaps are heat %i', (n, heat) => {
    expect(heatOf(n)).toBe(heat);
  });

  it('is empty with no gaps', () => {
    expect(heatGrid([])).toEqual({ kinds: [], rows: [] });
  });
});
