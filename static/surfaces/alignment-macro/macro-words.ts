// Words of the alignment tree macro: what it starts from, how deep it goes, and its gaps in one line.
import { GAP_KINDS, GAP_LABEL } from '../../../src/shared/api/alignment';
import type { GapTally, TreeMacroView } from '../../../src/shared/api/macros';

const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;

export const rootTitle = (root: TreeMacroView['root']): string => (root.kind === 'goal' ? root.title : 'All strategy goals');

/** "3 levels below this goal" / "3 levels below the strategy goals". */
export const depthWords = (view: TreeMacroView): string =>
  `${plural(view.config.depth, 'level')} below ${view.root.kind === 'goal' ? 'this goal' : 'each strategy goal'}`;

/** The kinds of gap present, most frequent first, each with its count. */
export const gapParts = (gaps: GapTally): { kind: (typeof GAP_KINDS)[number]; label: string; count: number }[] =>
  GAP_KINDS.map((kind) => ({ kind, label: GAP_LABEL[kind], count: gaps.byKind[kind] ?? 0 }))
    .filter((p) => p.count > 0)
    .sort((a, b) => b.count - a.count);

/** The macro counts the gaps of the rows it shows, so its number says so: the Gaps tab counts the whole organisation. */
export const gapTotalWords = (gaps: GapTally): string => (gaps.total === 0 ? 'No gaps' : `${plural(gaps.total, 'gap')} in this tree`);

export const moreWords = (n: number): string => `+${n} more below, not shown at this depth`;
