// Periods (quarters, halves, years) a Jira admin defines, and the frozen picture of each goal that closing a period
// keeps. A snapshot holds facts, never a viewer's view: work is split by project and cut to the reader's projects
// when it is read, exactly as live reads are.
import { z } from 'zod';
import { AccountId, EntityId, IsoDate, PeopleNames, Version, WellFormedText, isPlainLine, PLAIN_LINE } from './common';
import { GoalSummary } from './goal';
import { CheckInSummary } from './check-in';
import { ProgressRule, GoalRollup } from './rollup';
import { ProjectAlignment } from './project-alignment';
import { KpiCard } from '../api/scorecards';

export const PERIOD_KINDS = ['quarter', 'half', 'year'] as const;
export const PeriodKind = z.enum(PERIOD_KINDS);
export type PeriodKind = z.infer<typeof PeriodKind>;

export const PERIOD_KIND_LABEL: Record<PeriodKind, string> = { quarter: 'Quarter', half: 'Half year', year: 'Year' };

export const PERIOD_NAME_MAX = 60;
/** Enough for ten years of quarters, halves and years. */
export const MAX_PERIODS = 80;

export const PeriodClose = z.object({ at: z.string().max(40), by: AccountId, day: IsoDate });
export type PeriodClose = z.infer<typeof PeriodClose>;

export const Period = z.object({
  id: EntityId,
  name: WellFormedText.trim().min(1).max(PERIOD_NAME_MAX),
  kind: PeriodKind,
  start: IsoDate,
  end: IsoDate,
  /** Null while open; once set the period's snapshots are complete and never change. */
  closed: PeriodClose.nullable(),
  /** Goals carried forward from this period: the goal → the linked goal in the next period. */
  carried: z.record(EntityId, EntityId).default({}),
});
export type Period = z.infer<typeof Period>;

/** What an admin sets of a period; `id` absent for a new one. */
export const PeriodInput = z
  .object({ id: EntityId.optional(), name: Period.shape.name.refine(isPlainLine, PLAIN_LINE), kind: PeriodKind, start: IsoDate, end: IsoDate })
  .strict();
export type PeriodInput = z.infer<typeof PeriodInput>;

/** Every period of the site: one versioned item, saved with one write conditional on its version. */
export const PeriodCalendar = z.object({ version: Version, periods: z.array(Period).max(MAX_PERIODS) });
export type PeriodCalendar = z.infer<typeof PeriodCalendar>;

export const EMPTY_CALENDAR: PeriodCalendar = { version: 0, periods: [] };

/** Counts of a goal's agreements at the close: nothing that names another goal. */
export const AgreementCounts = z.object({
  /** Accepted support this goal relies on, and the part of it at risk. */
  reliesOn: z.number().int().nonnegative(),
  /** Accepted support this goal gives. */
  supports: z.number().int().nonnegative(),
  /** Asks still waiting for an answer, either way. */
  open: z.number().int().nonnegative(),
  /** The goal's commitment to its parent, when it gave one. */
  commitment: z.string().max(40).nullable(),
});
export type AgreementCounts = z.infer<typeof AgreementCounts>;

/** One goal as it stood when its period closed. Written once (only if absent) and never again. */
export const GoalSnapshot = z.object({
  periodId: EntityId,
  goal: GoalSummary,
  /** The goal's own work (its epics), split by project; the reader's projects decide what counts. */
  work: GoalRollup.shape.byProject,
  /** Projects aligned to the goal at the close (who may see a restricted goal depends on them). */
  alignedProjects: z.array(z.string().max(64)).max(500),
  /** Those projects' alignments at the close (level, leader, manager, their names), for the tree "as of" the period.
   *  Absent in snapshots taken before they were kept: the tree then names no level or people for those projects. */
  alignments: z.array(ProjectAlignment).max(500).optional(),
  /** KPI cards evaluated on the close day: value, status, trend, forecast. */
  kpis: z.array(KpiCard),
  lastCheckIn: CheckInSummary.nullable(),
  agreements: AgreementCounts,
  /** The progress rule in force at the close. */
  rule: ProgressRule,
  people: PeopleNames,
  closedAt: z.string().max(40),
  closedDay: IsoDate,
});
export type GoalSnapshot = z.infer<typeof GoalSnapshot>;
