// Words of a comparison with a closed period: a change as "then → now" with its direction in words and an arrow,
// never by colour alone, and whether it is better or worse for a KPI's direction of good.
import type { GoalSide, KpiSide } from '../../../../src/shared/api/periods';
import type { KpiStatus } from '../../../../src/shared/model/kpi';
import { withUnit } from '../../../kit/ui/scorecard/words';

export type Drift = 'up' | 'down' | 'same' | 'none';

const RANK: Record<KpiStatus, number> = { 'off-track': 0, 'at-risk': 1, 'on-track': 2 };

export const percent = (p: number | null | undefined): string => (p === null || p === undefined ? '—' : `${Math.round(p * 100)}%`);

/** Progress then → now, in points of percent. */
export const progressChange = (then: GoalSide | null, now: GoalSide | null): { words: string; drift: Drift } => {
  const a = then?.progress ?? null;
  const b = now?.progress ?? null;
  if (a === null || b === null) return { words: `${percent(a)} → ${percent(b)}`, drift: 'none' };
  const points = Math.round(b * 100) - Math.round(a * 100);
  const drift: Drift = points > 0 ? 'up' : points < 0 ? 'down' : 'same';
  return { words: `${percent(a)} → ${percent(b)} (${points > 0 ? '+' : points < 0 ? '−' : '±'}${Math.abs(points)} pts)`, drift };
};

/** A KPI's value then → now, with the difference. */
export const valueChange = (then: KpiSide | null, now: KpiSide | null, unit: string): { words: string; drift: Drift } => {
  const show = (s: KpiSide | null) => (s?.value === null || s?.value === undefined ? '—' : withUnit(s.value, unit));
  const a = then?.value ?? null;
  const b = now?.value ?? null;
  if (a === null || b === null) return { words: `${show(then)} → ${show(now)}`, drift: 'none' };
  const d = Math.round((b - a) * 100) / 100;
  return {
    words: `${show(then)} → ${show(now)}${d === 0 ? ' (no change)' : ` (${d > 0 ? '+' : '−'}${withUnit(Math.abs(d), unit)})`}`,
    drift: d > 0 ? 'up' : d < 0 ? 'down' : 'same',
  };
};

/** Whether a KPI's status got better, worse or stayed. */
export const statusDrift = (then: KpiSide | null, now: KpiSide | null): Drift => {
  if (!then?.status || !now?.status) return 'none';
  const d = RANK[now.status] - RANK[then.status];
  return d > 0 ? 'up' : d < 0 ? 'down' : 'same';
};

export const DRIFT_WORDS: Record<Drift, string> = { up: 'better', down: 'worse', same: 'unchanged', none: '' };
export const DRIFT_ARROW: Record<Drift, string> = { up: '▲', down: '▼', same: '=', none: '' };
