// The KPI editor's form model: strings as typed, turned into a KpiInput (numbers parsed, bands in percent) and
// back. The server checks everything again; this only catches what the form itself can see.
import type { Cadence, Kpi, KpiCategory, KpiInput } from '../../../../src/shared/model/kpi';
import { day, withUnit } from '../../../kit/ui/scorecard/words';

export type Direction = 'increase' | 'decrease' | 'range';
export type SourceKind = 'manual' | 'jql-count' | 'jql-ratio';

export interface KpiForm {
  name: string;
  category: KpiCategory;
  unit: string;
  direction: Direction;
  target: string;
  min: string;
  max: string;
  baseline: string;
  baselineDate: string;
  targetDate: string;
  cadence: Cadence;
  source: SourceKind;
  jql: string;
  numerator: string;
  denominator: string;
  customBands: boolean;
  onTrack: string;
  atRisk: string;
}

const s = (n: number) => String(n);

/** The end of today's year, or of next year on 31 December: the server wants the target date after the baseline (today). */
const yearEndAfter = (today: string): string => {
  const end = `${today.slice(0, 4)}-12-31`;
  return end > today ? end : `${Number(today.slice(0, 4)) + 1}-12-31`;
};

export const formOf = (kpi: Kpi | null, today: string): KpiForm => {
  const t = kpi?.target;
  const src = kpi?.source;
  return {
    name: kpi?.name ?? '',
    category: kpi?.category ?? 'operational',
    unit: kpi?.unit ?? '',
    direction: t?.direction ?? 'increase',
    target: t && t.direction !== 'range' ? s(t.value) : '',
    min: t?.direction === 'range' ? s(t.min) : '',
    max: t?.direction === 'range' ? s(t.max) : '',
    baseline: kpi ? s(kpi.baseline.value) : '',
    baselineDate: kpi?.baseline.date ?? today,
    targetDate: kpi?.targetDate ?? yearEndAfter(today),
    cadence: kpi?.cadence ?? 'monthly',
    source: src?.kind ?? 'manual',
    jql: src?.kind === 'jql-count' ? src.jql : '',
    numerator: src?.kind === 'jql-ratio' ? src.numerator : '',
    denominator: src?.kind === 'jql-ratio' ? src.denominator : '',
    customBands: kpi?.bands != null,
    onTrack: s(Math.round((kpi?.bands?.onTrack ?? 0.95) * 100)),
    atRisk: s(Math.round((kpi?.bands?.atRisk ?? 0.85) * 100)),
  };
};

/** A number as typed, or NaN (which the server refuses with a message on the right field). */
const n = (v: string): number => (v.trim() === '' ? Number.NaN : Number(v.trim()));

const GROUPED = /^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** A decimal comma, as much of Europe writes it: "94,5". Three digits after the comma group thousands instead. */
const DECIMAL_COMMA = /^[-+]?\d+,\d{1,2}$/;

/**
 * A value as people type it: "95", "95%" for a KPI in %, "1,250" or "$ 1,250" for one in $, "94,5" with a decimal
 * comma. The KPI's own unit may lead or trail it and commas may group thousands; anything else that is not a number
 * gives NaN (the form says "Enter a number").
 */
export const valueOf = (text: string, unit: string): number => {
  let v = text.trim();
  const u = unit.trim();
  if (u !== '') {
    if (v.toLowerCase().endsWith(u.toLowerCase())) v = v.slice(0, v.length - u.length).trim();
    else if (v.toLowerCase().startsWith(u.toLowerCase())) v = v.slice(u.length).trim();
  }
  if (GROUPED.test(v)) v = v.replace(/,/g, '');
  else if (DECIMAL_COMMA.test(v)) v = v.replace(',', '.');
  return n(v);
};

/**
 * Why a value looks like a slip of the keyboard, asked once before it is saved ("Save anyway"); null when it looks
 * plausible. The scale is what the KPI has seen or aims for: its baseline, its target and its latest value.
 * - a share of 100% or less everywhere, and a value outside 0–100%;
 * - a value in % of 1 or less where everything else is above 1: a fraction typed for a percentage;
 * - ten times the largest of them or more.
 */
export const implausible = (value: number, kpi: Pick<Kpi, 'unit' | 'baseline' | 'target'>, latest: number | null): string | null => {
  const refs = [kpi.baseline.value, ...(kpi.target.direction === 'range' ? [kpi.target.min, kpi.target.max] : [kpi.target.value])];
  if (latest !== null) refs.push(latest);
  const shown = withUnit(value, kpi.unit);
  const largest = Math.max(...refs.map(Math.abs));
  if (kpi.unit === '%' && refs.every((r) => r >= 0 && r <= 100) && (value < 0 || value > 100)) {
    return `${shown} is outside 0–100%, where this KPI’s baseline, target and latest value lie.`;
  }
  if (kpi.unit === '%' && value > 0 && value <= 1 && refs.every((r) => r > 1)) {
    return `${shown} is far below what this KPI has seen: did you mean ${withUnit(value * 100, '%')}?`;
  }
  if (largest > 0 && Math.abs(value) >= 10 * largest) {
    return `${shown} is ten times or more the largest of this KPI’s baseline, target and latest value (${withUnit(largest, kpi.unit)}).`;
  }
  return null;
};

export const inputOf = (f: KpiForm, goalId: string): KpiInput => ({
  goalId,
  name: f.name,
  category: f.category,
  unit: f.unit,
  baseline: { value: n(f.baseline), date: f.baselineDate },
  target: f.direction === 'range' ? { direction: 'range', min: n(f.min), max: n(f.max) } : { direction: f.direction, value: n(f.target) },
  targetDate: f.targetDate,
  bands: f.customBands ? { onTrack: n(f.onTrack) / 100, atRisk: n(f.atRisk) / 100 } : null,
  cadence: f.cadence,
  source:
    f.source === 'manual'
      ? { kind: 'manual' }
      : f.source === 'jql-count'
        ? { kind: 'jql-count', jql: f.jql }
        : { kind: 'jql-ratio', numerator: f.numerator, denominator: f.denominator },
});

/** Fields the form can check before sending: numbers that are not numbers. */
export const localProblems = (f: KpiForm): Record<string, string> => {
  const out: Record<string, string> = {};
  const need = (key: string, v: string) => {
    if (!Number.isFinite(n(v))) out[key] = 'Enter a number';
  };
  need('baseline.value', f.baseline);
  if (f.direction === 'range') {
    need('target.min', f.min);
    need('target.max', f.max);
  } else need('target.value', f.target);
  if (f.customBands) {
    need('bands.onTrack', f.onTrack);
    need('bands.atRisk', f.atRisk);
  }
  return out;
};

/** Something to weigh about the target date that does not stop saving: the goal ends before it, so its scorecard is
 *  read while the goal runs against a target due after it. Null when the goal has no end or the date is in time. */
export const targetDateWarning = (targetDate: string, goalEnds: string | null | undefined): string | null =>
  goalEnds && /^\d{4}-\d{2}-\d{2}$/.test(targetDate) && targetDate > goalEnds
    ? `The goal ends on ${day(goalEnds)}, before this target date: while the goal runs, the KPI is judged on a pace toward a later date.`
    : null;
