// Calls of periods: defining them (the admin page), closing one and carrying unfinished goals forward (the strategy
// workspace), and comparing today with a closed period's snapshot (Scorecards, Alignment, the goal page).
import { z } from 'zod';
import { defineCall, NoPayload } from '../contract';
import { EntityId, IsoDate, Version } from '../model/common';
import { GoalStatus } from '../model/goal';
import { KpiStatus } from '../model/kpi';
import { MAX_PERIODS, Period, PeriodCalendar, PeriodInput } from '../model/period';
import { Level } from '../levels';
import { DiagnosisKind } from './scorecards';

export const PeriodsView = z.object({
  calendar: PeriodCalendar,
  /** The app's day: which periods have ended. */
  today: IsoDate,
  /** Jira admins define periods (admin page). */
  canDefine: z.boolean(),
  /** Strategy editors close them and carry goals forward (strategy workspace). */
  canClose: z.boolean(),
});
export type PeriodsView = z.infer<typeof PeriodsView>;

export const SavePeriods = z.object({ expectedVersion: Version, periods: z.array(PeriodInput).max(MAX_PERIODS) }).strict();
export type SavePeriods = z.infer<typeof SavePeriods>;

const GoalRef = z.object({ id: EntityId, title: z.string() });

/** A goal not finished when its period closed, and where it went. */
export const UnfinishedGoal = z.object({
  goalId: EntityId,
  title: z.string(),
  level: Level,
  status: GoalStatus,
  /** Its timeframe ends within the period (due in it), rather than going on past it. */
  dueInPeriod: z.boolean(),
  carriedTo: GoalRef.nullable(),
});
export type UnfinishedGoal = z.infer<typeof UnfinishedGoal>;

export const CarryOptions = z.object({
  period: Period,
  /** The next period of the same kind, where carried goals go; null when none is defined yet. */
  next: Period.nullable(),
  goals: z.array(UnfinishedGoal),
  canCarry: z.boolean(),
});
export type CarryOptions = z.infer<typeof CarryOptions>;

/** A goal's state on one side of a comparison; null on a side where it did not exist (or is not yours to see). */
export const GoalSide = z.object({
  status: GoalStatus,
  /** Share of the work done (0…1) among the work you may browse; null without work. */
  progress: z.number().nullable(),
  diagnosis: DiagnosisKind,
  headline: z.string(),
});
export type GoalSide = z.infer<typeof GoalSide>;

export const KpiSide = z.object({ value: z.number().nullable(), date: IsoDate.nullable(), status: KpiStatus.nullable(), stale: z.boolean() });
export type KpiSide = z.infer<typeof KpiSide>;

export const KpiChange = z.object({ kpiId: EntityId, name: z.string(), unit: z.string(), then: KpiSide.nullable(), now: KpiSide.nullable() });
export type KpiChange = z.infer<typeof KpiChange>;

export const GoalChange = z.object({
  goalId: EntityId,
  title: z.string(),
  level: Level,
  then: GoalSide.nullable(),
  now: GoalSide.nullable(),
  kpis: z.array(KpiChange),
});
export type GoalChange = z.infer<typeof GoalChange>;

export const Comparison = z.object({
  period: z.object({ id: EntityId, name: z.string(), closedDay: IsoDate }),
  today: IsoDate,
  goals: z.array(GoalChange),
});
export type Comparison = z.infer<typeof Comparison>;

const PeriodRef = z.object({ periodId: EntityId }).strict();

export const periodCalls = {
  list: defineCall('periods/list', NoPayload, PeriodsView),
  save: defineCall('periods/save', SavePeriods, PeriodsView),
  close: defineCall('periods/close', PeriodRef, CarryOptions),
  carryOptions: defineCall('periods/carry-options', PeriodRef, CarryOptions),
  carry: defineCall('periods/carry', PeriodRef.extend({ goalId: EntityId }).strict(), CarryOptions),
  /** Today against a closed period: every goal you may see, or one (the goal page); unknown and hidden alike NOT_FOUND. */
  compare: defineCall('periods/compare', PeriodRef.extend({ goalId: EntityId.optional() }).strict(), Comparison),
} as const;
