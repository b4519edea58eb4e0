// Words of the alignment tree macro: where it starts, how deep it goes, and its gaps.
import type { GapTally, TreeMacroView } from '../../../src/shared/api/macros';
import { depthWords, gapParts, gapTotalWords, moreWords, rootTitle } from './macro-words';

const view = (root: TreeMacroView['root'], depth: number): TreeMacroView => ({
  asOf: null,
  rule: 'issues-done',
  rows: [],
  truncated: false,
  cursor: null,
  root,
  config: { depth, showGaps: true, showProgress: true },
  gaps: { total: 0, byKind: {} },
});
const ONE_GOAL = { kind: 'goal', goalId: 'g-1', title: 'Grow revenue' } as const;
const STRATEGY = { kind: 'strategy' } as const;

describe('where the macro starts', () => {
  it('names the goal it starts from, or all strategy goals', () => {
    expect(rootTitle(ONE_GOAL)).toBe('Grow revenue');
    expect(rootTitle(STRATEGY)).toBe('All strategy goals');
  });
});

describe('how deep the macro goes', () => {
  it.each([
    [ONE_GOAL, 1, '1 level below this goal'],
    [ONE_GOAL, 3, '3 levels below this goal'],
    [STRATEGY, 2, '2 levels below each strategy goal'],
  ] as const)('from %p at depth %p: %p', (root, depth, words) => {
    expect(depthWords(view(root, depth))).toBe(words);
  });
});

describe('the gaps in one line', () => {
  it('lists the kinds present, most frequent first, each with its label and count', () => {
    const gaps: GapTally = { total: 6, byKind: { 'goal-no-work': 1, 'epic-untagged': 3, 'goal-missing-roles': 0, 'timeframe-ended': 2 } };
    expect(gapParts(gaps)).toEqual([
      { kind: 'epic-untagged', label: 'Work without direction', count: 3 },
      { kind: 'timeframe-ended', label: 'Timeframe ended, still active', count: 2 },
      { kind: 'goal-no-work', label: 'Plan with no execution', count: 1 },
    ]);
  });

  it('keeps the order of the gap kinds between kinds of equal count', () => {
    expect(gapParts({ total: 2, byKind: { 'archived-goal-work': 1, 'project-untagged': 1 } }).map((p) => p.kind)).toEqual([
      'project-untagged',
      'archived-goal-work',
    ]);
  });

  it.each([
    [0, 'No gaps'],
    [1, '1 gap in this tree'],
    [7, '7 gaps in this tree'],
  ])('totals %p gaps as %p', (total, words) => {
    expect(gapTotalWords({ total, byKind: {} })).toBe(words);
  });

  it('lists nothing when there are no gaps', () => {
    expect(gapParts({ total: 0, byKind: {} })).toEqual([]);
  });
});

describe('the other words of the macro', () => {
  it('tells what lies below the depth shown', () => {
    expect(moreWords(4)).toBe('+4 more below, not shown at this depth');
  });
});
