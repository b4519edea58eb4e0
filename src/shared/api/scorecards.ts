// Calls of the strategy workspace's scorecards (jira:globalPage), and the views they answer. The Confluence
// scorecard macro reuses GoalScorecard and the services behind these calls.
import { z } from 'zod';
import { defineCall } from '../contract';
import { AccountId, EntityId, IsoDate, Version, WellFormedText } from '../model/common';
import { CheckIn, CheckInDue, CheckInInput, CheckInSummary } from '../model/check-in';
import { Timeframe, GoalStatus } from '../model/goal';
import { AutoMeasureRun, Kpi, KpiEvaluation, KpiInput, KpiValue, Measurement, MeasurementInput, SeriesPoint, MAX_NOTE_LENGTH } from '../model/kpi';
import { Level } from '../levels';
import { RelianceLine } from './agreements';
import { UserRef } from './catalog';
import { GoalPageCursor } from './goal-pages';

/** One signal of the diagnosis: the work (delivery) or the outcomes (KPIs). */
export const Signal = z.enum(['on-track', 'off-track', 'unknown']);
export type Signal = z.infer<typeof Signal>;

export const DIAGNOSIS_KINDS = ['in-reach', 'shift-strategy', 'shift-execution', 'rebalance', 'outcomes-only', 'delivery-only', 'unknown'] as const;
export const DiagnosisKind = z.enum(DIAGNOSIS_KINDS);
export type DiagnosisKind = z.infer<typeof DiagnosisKind>;

export const Diagnosis = z.object({
  kind: DiagnosisKind,
  delivery: Signal,
  outcome: Signal,
  /** Two or three words, e.g. "Shift strategy". */
  headline: z.string(),
  /** One sentence with the numbers behind it. */
  sentence: z.string(),
});
export type Diagnosis = z.infer<typeof Diagnosis>;

export const KpiCard = z.object({
  kpi: Kpi,
  evaluation: KpiEvaluation,
  /** Recent values, oldest first, for the sparkline. */
  points: z.array(SeriesPoint).max(60),
  /** The last automatic run of a JQL-sourced KPI; null for manual ones or before the first run. */
  automatic: AutoMeasureRun.nullable(),
});
export type KpiCard = z.infer<typeof KpiCard>;

export const ScorecardGoal = z.object({
  id: EntityId,
  title: z.string(),
  level: Level,
  status: GoalStatus,
  parentId: EntityId.nullable(),
  leaderId: AccountId.nullable(),
  managerId: AccountId.nullable(),
  timeframe: Timeframe,
});
export type ScorecardGoal = z.infer<typeof ScorecardGoal>;

export const StatusCounts = z.object({
  onTrack: z.number().int(),
  atRisk: z.number().int(),
  offTrack: z.number().int(),
  noData: z.number().int(),
  stale: z.number().int(),
});
export type StatusCounts = z.infer<typeof StatusCounts>;

export const GoalScorecard = z.object({
  goal: ScorecardGoal,
  kpis: z.array(KpiCard),
  counts: StatusCounts,
  diagnosis: Diagnosis,
  checkIn: z.object({ last: CheckInSummary.nullable(), due: CheckInDue }),
  /** Whether the viewer may record measurements and check-ins on this goal (editors, its leader and manager). */
  canRecord: z.boolean(),
  /** The app's day the scorecard was evaluated on; given by `scorecards/goal` (the goal page dates its charts by it). */
  today: IsoDate.optional(),
  /** The accepted support agreements this goal relies on that are at risk, with why (shown next to its diagnosis).
   *  Always given by the server; optional for older fixtures. */
  agreementsAtRisk: z.array(RelianceLine).optional(),
});
export type GoalScorecard = z.infer<typeof GoalScorecard>;

/** One strategy goal of the organisation scorecard: its own KPIs and those of every goal below it. */
export const OrganisationRow = z.object({
  goalId: EntityId,
  title: z.string(),
  counts: StatusCounts,
  /** How many goals of the branch have KPIs. */
  goalsWithKpis: z.number().int(),
  diagnosis: Diagnosis,
});
export type OrganisationRow = z.infer<typeof OrganisationRow>;

export const ScorecardsView = z.object({
  today: IsoDate,
  canEditKpis: z.boolean(),
  /** The organisation scorecard across the strategy goals: on the first page only (later pages send none). */
  organisation: z.array(OrganisationRow),
  /** A page of the goals that are not archived (GOALS_PER_PAGE at most), strategy goals first, then the catalog's
   *  order below each. */
  goals: z.array(GoalScorecard),
  people: z.array(UserRef),
  /** Where the next page of goals starts; null on the last page. Always given by the server; optional for fixtures. */
  cursor: GoalPageCursor.nullable().optional(),
  /** How many goals there are in all pages. */
  totalGoals: z.number().int().nonnegative().optional(),
});
export type ScorecardsView = z.infer<typeof ScorecardsView>;

export const RecordOutcome = z.enum(['created', 'replaced', 'unchanged']);
export const RecordResult = z.object({ measurement: Measurement, outcome: RecordOutcome });
export type RecordResult = z.infer<typeof RecordResult>;

const KpiRef = z.object({ id: EntityId, expectedVersion: Version }).strict();
const MeasurementRef = z.object({ kpiId: EntityId, id: EntityId, expectedRecordedAt: z.string().max(40) }).strict();

export const scorecardCalls = {
  /** A page of the scorecards: no cursor for the first, then the cursor the previous page gave. */
  overview: defineCall('scorecards/overview', z.object({ cursor: GoalPageCursor.optional() }).strict(), ScorecardsView),
  goal: defineCall('scorecards/goal', z.object({ goalId: EntityId }).strict(), GoalScorecard),
  createKpi: defineCall('scorecards/kpi-create', z.object({ input: KpiInput }).strict(), Kpi),
  updateKpi: defineCall('scorecards/kpi-update', KpiRef.extend({ input: KpiInput }).strict(), Kpi),
  deleteKpi: defineCall('scorecards/kpi-delete', KpiRef, z.object({ id: EntityId })),
  measurements: defineCall('scorecards/measurements', z.object({ kpiId: EntityId }).strict(), z.array(Measurement)),
  record: defineCall('scorecards/measurement-record', z.object({ kpiId: EntityId, input: MeasurementInput }).strict(), RecordResult),
  correct: defineCall(
    'scorecards/measurement-correct',
    MeasurementRef.extend({ value: KpiValue, note: WellFormedText.max(MAX_NOTE_LENGTH) }).strict(),
    Measurement,
  ),
  deleteMeasurement: defineCall('scorecards/measurement-delete', MeasurementRef, z.object({ id: EntityId })),
  checkIns: defineCall('scorecards/check-ins', z.object({ goalId: EntityId }).strict(), z.array(CheckIn)),
  addCheckIn: defineCall('scorecards/check-in-add', z.object({ goalId: EntityId, input: CheckInInput }).strict(), CheckIn),
} as const;
