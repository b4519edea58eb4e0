// Northwind's scorecard: KPIs in the three standard categories plus a custom one, each with a year of
// measurements. Series are built from an intended outcome (on track, at risk, off track, stale) so the demo
// shows every state of a scorecard.
import type { Cadence, HealthBands, Kpi, KpiCategory, KpiSource, KpiTarget, Measurement } from '../../src/shared/model/kpi';
import { GOAL_DEFS } from './goals';
import { ACCOUNTS } from './people';
import type { KpiIntent } from './types';
import { Rng, addDays, addMonths, daysBetween, seedFor, timestamp } from './random';

const SEED = 0x5c0e;

/** The JQL behind the one computed KPI; the last measurement equals what it counts in the demo Jira. */
export const OPEN_BUGS_JQL = 'project = INS AND issuetype = Bug AND statusCategory != Done';

interface KpiDef {
  id: string;
  goalId: string;
  name: string;
  category: KpiCategory;
  unit: string;
  cadence: Exclude<Cadence, 'quarterly'>;
  baseline: number;
  target: KpiTarget;
  /** Months from `today` to the target date; 'year-end' is 31 December of today's year. */
  targetIn: number | 'year-end';
  bands?: HealthBands;
  source?: KpiSource;
  intent: KpiIntent;
  /** Progress made relative to progress expected by now (1 = exactly on plan). Ignored for ranges. */
  pace: number;
  /** Noise as a share of |target - baseline| (or absolute, for ranges). */
  noise: number;
  decimals: number;
  /** Days since the last value when it is not today: the series ends then (a value is due when it is past its cadence). */
  lastDaysAgo?: number;
}

export const KPI_DEFS: KpiDef[] = [
  // operational efficiency
  {
    id: 'k-cycle-time',
    goalId: 'g-release-train',
    name: 'Median cycle time',
    category: 'operational',
    unit: 'days',
    cadence: 'weekly',
    baseline: 9.5,
    target: { direction: 'decrease', value: 5 },
    targetIn: 3,
    intent: 'on-track',
    pace: 1.12,
    noise: 0.04,
    decimals: 1,
  },
  {
    id: 'k-uptime',
    goalId: 'g-engineering-excellence',
    name: 'Platform uptime',
    category: 'operational',
    unit: '%',
    cadence: 'weekly',
    baseline: 99.71,
    target: { direction: 'range', min: 99.5, max: 100 },
    targetIn: 'year-end',
    intent: 'on-track',
    pace: 1,
    noise: 0.04,
    decimals: 2,
  },
  {
    id: 'k-open-bugs',
    goalId: 'g-release-train',
    name: 'Open bugs in Insights App',
    category: 'operational',
    unit: 'bugs',
    cadence: 'weekly',
    baseline: 38,
    target: { direction: 'decrease', value: 5 },
    targetIn: 3,
    source: { kind: 'jql-count', jql: OPEN_BUGS_JQL },
    intent: 'on-track',
    pace: 1,
    noise: 0.05,
    decimals: 0,
  },
  // Recorded by the demo persona `lead`, the manager of Dashboards 3.0.
  {
    id: 'k-dashboard-migration',
    goalId: 'g-dashboards-v3',
    name: 'Customer dashboards on the new engine',
    category: 'operational',
    unit: '%',
    cadence: 'weekly',
    baseline: 0,
    target: { direction: 'increase', value: 100 },
    targetIn: 1,
    intent: 'on-track',
    pace: 1.04,
    noise: 0.02,
    decimals: 0,
    // Last recorded eight days ago: this week's value is due from `lead` (a day late, within the grace period).
    lastDaysAgo: 8,
  },
  // sales performance
  {
    id: 'k-arr',
    goalId: 'g-grow-arr',
    name: 'Annual recurring revenue',
    category: 'sales',
    unit: '$M',
    cadence: 'monthly',
    baseline: 31.2,
    target: { direction: 'increase', value: 48 },
    targetIn: 'year-end',
    intent: 'at-risk',
    pace: 0.9,
    noise: 0.01,
    decimals: 1,
  },
  {
    id: 'k-win-rate',
    goalId: 'g-enterprise-sales',
    name: 'Enterprise win rate',
    category: 'sales',
    unit: '%',
    cadence: 'monthly',
    baseline: 18,
    target: { direction: 'increase', value: 28 },
    targetIn: 4,
    intent: 'on-track',
    pace: 1.1,
    noise: 0.04,
    decimals: 1,
  },
  {
    id: 'k-pipeline',
    goalId: 'g-marketing-pipeline',
    name: 'Qualified pipeline created per month',
    category: 'sales',
    unit: '$M',
    cadence: 'monthly',
    baseline: 1.8,
    target: { direction: 'increase', value: 3 },
    targetIn: 1,
    intent: 'off-track',
    pace: 0.5,
    noise: 0.04,
    decimals: 2,
  },
  {
    id: 'k-lead-response',
    goalId: 'g-lead-qualification',
    name: 'Median inbound lead response time',
    category: 'sales',
    unit: 'hours',
    cadence: 'weekly',
    baseline: 30,
    target: { direction: 'decrease', value: 8 },
    targetIn: 2,
    intent: 'stale',
    pace: 1,
    noise: 0.06,
    decimals: 1,
  },
  // customer satisfaction
  {
    id: 'k-nps',
    goalId: 'g-delight-customers',
    name: 'Net Promoter Score',
    category: 'customer',
    unit: 'NPS',
    cadence: 'monthly',
    baseline: 32,
    target: { direction: 'increase', value: 45 },
    targetIn: 4,
    intent: 'on-track',
    pace: 1.08,
    noise: 0.04,
    decimals: 0,
  },
  {
    id: 'k-csat',
    goalId: 'g-support-triage',
    name: 'Support CSAT',
    category: 'customer',
    unit: '%',
    cadence: 'weekly',
    baseline: 86,
    target: { direction: 'increase', value: 92 },
    targetIn: 3,
    intent: 'on-track',
    pace: 1.12,
    noise: 0.05,
    decimals: 1,
  },
  {
    id: 'k-ticket-backlog',
    goalId: 'g-support-triage',
    name: 'Support tickets open longer than two days',
    category: 'customer',
    unit: 'tickets',
    cadence: 'weekly',
    baseline: 140,
    target: { direction: 'decrease', value: 40 },
    targetIn: 2,
    intent: 'on-track',
    pace: 1.08,
    noise: 0.04,
    decimals: 0,
  },
  // custom
  {
    id: 'k-cloud-cost',
    goalId: 'g-cloud-cost',
    name: 'Cloud cost per customer',
    category: 'custom',
    unit: '$/month',
    cadence: 'monthly',
    baseline: 410,
    target: { direction: 'decrease', value: 328 },
    targetIn: 3,
    bands: { onTrack: 0.9, atRisk: 0.75 },
    intent: 'on-track',
    pace: 1.05,
    noise: 0.03,
    decimals: 0,
  },
  // A process measured by its KPI alone: on-call health has no project and no epic (PROCESS_GOAL_KPIS_ONLY).
  {
    id: 'k-on-call-pages',
    goalId: 'g-on-call-health',
    name: 'Out-of-hours pages per on-call week',
    category: 'operational',
    unit: 'pages',
    cadence: 'weekly',
    baseline: 6,
    target: { direction: 'decrease', value: 2 },
    targetIn: 4,
    intent: 'on-track',
    pace: 1.05,
    noise: 0.05,
    decimals: 1,
  },
];

export const KPI_INTENTS: Record<string, KpiIntent> = Object.fromEntries(KPI_DEFS.map((d) => [d.id, d.intent]));

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f;
}

/** Measurement days from a year ago up to `today`, oldest first. */
export function cadenceDays(cadence: Exclude<Cadence, 'quarterly'>, today: string): string[] {
  const days: string[] = [];
  if (cadence === 'weekly') for (let k = 52; k >= 0; k--) days.push(addDays(today, -7 * k));
  else for (let k = 12; k >= 0; k--) days.push(addMonths(today, -k));
  return days;
}

function targetDate(def: KpiDef, today: string): string {
  return def.targetIn === 'year-end' ? `${today.slice(0, 4)}-12-31` : addMonths(today, def.targetIn);
}

function reporterFor(goalId: string): string {
  const g = GOAL_DEFS.find((d) => d.id === goalId);
  const handle = g?.manager ?? g?.leader;
  return handle ? ACCOUNTS[handle] : ACCOUNTS.exec;
}

function series(def: KpiDef, days: string[], due: string, rng: Rng, openBugs: number): number[] {
  const start = days[0]!;
  const span = daysBetween(start, due);
  if (def.target.direction === 'range') {
    const dipAt = days.length - 21; // a bad week five months ago: the database failover incident
    return days.map((d, i) => (i === 0 ? def.baseline : i === dipAt ? 99.41 : round(99.93 + rng.noise(def.noise), def.decimals)));
  }
  const goal = def.target.value;
  // The computed KPI lands on what its JQL counts today; the others on their intended pace.
  const finalProgress =
    def.source?.kind === 'jql-count' ? (def.baseline - openBugs) / (def.baseline - goal) : def.pace * (daysBetween(start, days[days.length - 1]!) / span);
  const lastElapsed = daysBetween(start, days[days.length - 1]!);
  const amplitude = def.noise * Math.abs(goal - def.baseline);
  return days.map((d, i) => {
    if (i === 0) return def.baseline;
    if (i === days.length - 1 && def.source?.kind === 'jql-count') return openBugs;
    const share = daysBetween(start, d) / lastElapsed;
    const v = def.baseline + (goal - def.baseline) * finalProgress * share + rng.noise(amplitude);
    return round(v, def.decimals);
  });
}

export interface DemoScorecard {
  kpis: Kpi[];
  measurements: Measurement[];
}

/** `openBugs` is what OPEN_BUGS_JQL counts in the demo Jira today. */
export function buildKpis(today: string, openBugs: number): DemoScorecard {
  const kpis: Kpi[] = [];
  const measurements: Measurement[] = [];
  for (const def of KPI_DEFS) {
    const rng = new Rng(seedFor(SEED, def.id));
    const days = cadenceDays(def.cadence, addDays(today, -(def.lastDaysAgo ?? 0)));
    const due = targetDate(def, today);
    const values = series(def, days, due, rng, openBugs);
    kpis.push({
      id: def.id,
      goalId: def.goalId,
      name: def.name,
      category: def.category,
      unit: def.unit,
      baseline: { value: def.baseline, date: days[0]! },
      target: def.target,
      targetDate: due,
      bands: def.bands ?? null,
      cadence: def.cadence,
      source: def.source ?? { kind: 'manual' },
      version: 1,
    });
    // A stale KPI has missed its last two cadence periods.
    const recorded = def.intent === 'stale' ? days.length - 2 : days.length;
    const by = reporterFor(def.goalId);
    for (let i = 0; i < recorded; i++) {
      const date = days[i]!;
      const value = values[i]!;
      const note =
        def.source?.kind === 'jql-count'
          ? 'Automatic: JQL count'
          : i === 0
            ? 'Baseline'
            : def.target.direction === 'range' && value < def.target.min
              ? 'P1 incident: database failover took 3 hours'
              : '';
      measurements.push({ id: `m-${def.id}-${date}`, kpiId: def.id, date, value, note, by, recordedAt: timestamp(date, 30 + rng.int(0, 240)) });
    }
  }
  return { kpis, measurements };
}
