// A small inline SVG line of a KPI's recent values, with its target as a dashed line (or a band, for a range).
// Decorative detail for sighted users; the label says the same in words.
import type { KpiTarget, SeriesPoint } from '../../../../src/shared/model/kpi';
import { day, withUnit } from './words';
import './scorecard.css';

const W = 120;
const H = 32;
const PAD = 3;

const dayOf = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;

export function Sparkline({ points, target, unit, name }: { points: readonly SeriesPoint[]; target: KpiTarget; unit: string; name: string }) {
  if (points.length < 2) return <span className="tl-small tl-subtle">{points.length === 1 ? 'One value' : 'No values'}</span>;
  const values = points.map((p) => p.value);
  const goal = target.direction === 'range' ? [target.min, target.max] : [target.value];
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  // Show the target only when it is near the data; otherwise the line would flatten to nothing.
  const span = hi - lo || Math.abs(hi) || 1;
  const near = goal.filter((g) => g >= lo - span && g <= hi + span);
  const min = Math.min(lo, ...near);
  const max = Math.max(hi, ...near);
  const x0 = dayOf(points[0]!.date);
  const dx = dayOf(points.at(-1)!.date) - x0 || 1;
  const x = (d: string) => PAD + ((dayOf(d) - x0) / dx) * (W - 2 * PAD);
  const y = (v: number) => (max === min ? H / 2 : PAD + (1 - (v - min) / (max - min)) * (H - 2 * PAD));
  const line = points.map((p) => `${x(p.date).toFixed(1)},${y(p.value).toFixed(1)}`).join(' ');
  const first = points[0]!;
  const last = points.at(-1)!;
  const label = `${name}: from ${withUnit(first.value, unit)} on ${day(first.date)} to ${withUnit(last.value, unit)} on ${day(last.date)}`;
  return (
    <svg className="kp-spark" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <title>{label}</title>
      {target.direction === 'range' && near.length === 2 ? (
        <rect className="kp-spark-band" x={0} width={W} y={y(target.max)} height={Math.max(1, y(target.min) - y(target.max))} />
      ) : (
        near.map((g) => <line key={g} className="kp-spark-target" x1={0} x2={W} y1={y(g)} y2={y(g)} />)
      )}
      <polyline className="kp-spark-line" points={line} fill="none" />
      <circle className="kp-spark-dot" cx={x(last.date)} cy={y(last.value)} r={2.5} />
    </svg>
  );
}
