// The pages of a subtree read kept as one view: rows in order, the oldest "as of", the last page's cursor, and for
// the alignment tree macro the gaps of every page added up.
import type { SubtreeView, TreeMacroView } from '../../../src/shared/api/macros';
import { appendMacroPage, appendPage } from './subtree-pages';

const page = (rows: number, cursor: string | null, asOf: string | null): SubtreeView => ({
  rows: Array.from({ length: rows }, () => ({ depth: 1, node: { kind: 'epic' } as never, hiddenChildren: 0 })),
  truncated: cursor !== null,
  cursor,
  asOf,
  rule: 'issues-done',
});

describe('keeping the pages read so far', () => {
  it('appends the rows, keeps the oldest as of, and ends with the last page', () => {
    const two = appendPage(page(3, '4.0', '2026-11-28T10:00:00.000Z'), page(2, null, '2026-11-28T09:00:00.000Z'));
    expect([two.rows.length, two.cursor, two.truncated, two.asOf]).toEqual([5, null, false, '2026-11-28T09:00:00.000Z']);
    expect(appendPage(page(1, '1.0', null), page(1, '2.0', 'x'))).toMatchObject({ cursor: '2.0', truncated: true, asOf: 'x' });
  });

  it('adds up the macro’s gaps page by page', () => {
    const macro = (gaps: TreeMacroView['gaps'], cursor: string | null): TreeMacroView => ({
      ...page(1, cursor, null),
      root: { kind: 'strategy' },
      config: { depth: 8, showGaps: true, showProgress: true },
      gaps,
    });
    const both = appendMacroPage(
      macro({ total: 3, byKind: { 'goal-no-work': 2, 'project-untagged': 1 } }, '1.0'),
      macro({ total: 2, byKind: { 'goal-no-work': 2 } }, null),
    );
    expect(both.gaps).toEqual({ total: 5, byKind: { 'goal-no-work': 4, 'project-untagged': 1 } });
  });
});
