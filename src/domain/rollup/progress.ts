// Progress rules: how far the work under an epic or a goal has come, as a ratio from 0 to 1, for the rule the
// admin chose. No work at all has no progress (null), which is not the same as no progress yet (0).
import type { ProgressRule, StatusCounts } from '../../shared/model/rollup';
import { issueCount, pointTotal, type PointTotals } from './totals';

/** What the ratio was computed from. */
export type ProgressBasis = 'issue-count' | 'status-weight' | 'story-points';

export interface ProgressMeasure {
  /** 0..1, or null when there is no work to measure. */
  ratio: number | null;
  rule: ProgressRule;
  basis: ProgressBasis;
  /** The story-points rule found no estimated points and counted issues instead: say so next to the number. */
  fellBack: boolean;
}

const ratioOf = (part: number, whole: number): number | null => (whole > 0 ? Math.min(1, Math.max(0, part / whole)) : null);

export const measureProgress = (counts: StatusCounts, points: PointTotals, rule: ProgressRule): ProgressMeasure => {
  const issues = issueCount(counts);
  switch (rule) {
    case 'issues-done':
      return { ratio: ratioOf(counts.done, issues), rule, basis: 'issue-count', fellBack: false };
    case 'status-weighted':
      return { ratio: ratioOf(counts.done + counts.inProgress / 2, issues), rule, basis: 'status-weight', fellBack: false };
    case 'story-points': {
      const total = pointTotal(points);
      if (total > 0) return { ratio: ratioOf(points.done, total), rule, basis: 'story-points', fellBack: false };
      return { ratio: ratioOf(counts.done, issues), rule, basis: 'issue-count', fellBack: issues > 0 };
    }
    default: {
      const unknown: never = rule;
      throw new Error(`unknown progress rule ${String(unknown)}`);
    }
  }
};

/** The ratio alone: 0..1, or null when there is no work. */
export const progress = (counts: StatusCounts, points: PointTotals, rule: ProgressRule): number | null => measureProgress(counts, points, rule).ratio;
