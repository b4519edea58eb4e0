// The gaps heat map's grid: one row per level that has gaps (from the top, then work at no level), one column per
// kind of gap present, each cell its count and a heat bucket (0 none, then 1, 2–3, 4–7, 8 or more). Pure.
import { GAP_KINDS, type GapCount, type GapKind } from '../../../../src/shared/api/alignment';
import type { Level } from '../../../../src/shared/levels';

export type Heat = 0 | 1 | 2 | 3 | 4;

export interface HeatCell {
  kind: GapKind;
  count: number;
  heat: Heat;
}

export interface HeatRow {
  level: Level | null;
  total: number;
  cells: HeatCell[];
}

export interface HeatGrid {
  kinds: GapKind[];
  rows: HeatRow[];
}

export const heatOf = (n: number): Heat => (n <= 0 ? 0 : n === 1 ? 1 : n <= 3 ? 2 : n <= 7 ? 3 : 4);

/** The words of each heat bucket, for the legend. */
export const HEAT_WORDS: Record<Exclude<Heat, 0>, string> = { 1: '1', 2: '2–3', 3: '4–7', 4: '8 or more' };

export const heatGrid = (counts: readonly GapCount[]): HeatGrid => {
  const kinds = GAP_KINDS.filter((k) => counts.some((c) => (c.byKind[k] ?? 0) > 0));
  return {
    kinds,
    rows: counts.map((c) => ({
      level: c.level,
      total: c.total,
      cells: kinds.map((kind) => {
        const count = c.byKind[kind] ?? 0;
        return { kind, count, heat: heatOf(count) };
      }),
    })),
  };
};
