// A subtree read a page at a time (the explorer's "Expand all", the goal page's work, the alignment tree macro), as
// the screens keep it: the pages read so far as one view, and a hook that reads the next page on "Show more".
import type { GapTally, SubtreeView, TreeMacroView } from '../../../src/shared/api/macros';
import { usePagedView, type Pages } from './paged-view';

const older = (a: string | null, b: string | null): string | null => (a === null ? b : b === null || a <= b ? a : b);

/** The pages so far and the next one as one view: its rows after theirs; more follows while it says so. */
export const appendPage = <V extends SubtreeView>(sofar: V, page: V): V => ({
  ...sofar,
  rows: [...sofar.rows, ...page.rows],
  truncated: page.truncated,
  cursor: page.cursor,
  asOf: older(sofar.asOf, page.asOf),
});

const addTallies = (a: GapTally, b: GapTally): GapTally => {
  const byKind: GapTally['byKind'] = { ...a.byKind };
  for (const [kind, n] of Object.entries(b.byKind) as [keyof GapTally['byKind'], number][]) byKind[kind] = (byKind[kind] ?? 0) + n;
  return { total: a.total + b.total, byKind };
};

/** The macro's pages as one view: the gaps of every page read, added up. */
export const appendMacroPage = (sofar: TreeMacroView, page: TreeMacroView): TreeMacroView => ({
  ...appendPage(sofar, page),
  gaps: addTallies(sofar.gaps, page.gaps),
});

export type { Pages } from './paged-view';

/**
 * Keeps the pages read after `first` (a new first page starts over): `next` reads the page at a cursor. One page
 * is read at a time, and only when asked: each is one invocation, whatever the size of the site.
 */
export const usePages = <V extends SubtreeView>(first: V | null, next: (cursor: string) => Promise<V>, append: (a: V, b: V) => V = appendPage): Pages<V> =>
  usePagedView(first, next, append);
