// Calls of the Confluence "Throughline scorecard" macro: its config (one goal, or every goal of a level), the
// read-only view it shows, and the goal picker of its config view. The config comes from the browser
// (view.getContext().extension.config): it is a claim, parsed here like any payload.
import { z } from 'zod';
import { defineCall, NoPayload } from '../contract';
import { EntityId, IsoDate } from '../model/common';
import { GoalStatus } from '../model/goal';
import { ProgressRule } from '../model/rollup';
import { Level } from '../levels';
import { UserRef } from './catalog';
import { GoalScorecard, OrganisationRow, StatusCounts } from './scorecards';
import { GoalPageCursor } from './goal-pages';

/** Names that mean something to JavaScript objects; never a goal's id, refused before any lookup. */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);
const GoalId = EntityId.refine((id) => !RESERVED_IDS.has(id), 'not a goal id');

/**
 * The macro's saved config, submitted with view.submit({config}). Flat on purpose (Confluence keeps macro
 * parameters as a flat map) and exactly one of the two: a goal's scorecard, or the scorecards of every goal
 * of a level. A fresh macro has no config yet; the view then shows the organisation's top scorecard, every
 strategy goal (`DEFAULT_SCORECARD_CONFIG`), and asks for nothing here: the call still takes exactly one of the two.
 */
export const ScorecardMacroConfig = z
  .object({
    goalId: GoalId.optional(),
    level: Level.optional(),
    /** "As of": a closed period's id shows its snapshot; absent shows live values. */
    asOf: EntityId.optional(),
  })
  .strict()
  .refine((c) => (c.goalId === undefined) !== (c.level === undefined), { message: 'choose either one goal or one level', path: ['goalId'] });
export type ScorecardMacroConfig = z.infer<typeof ScorecardMacroConfig>;

/** Whether a saved config (the browser's claim) is a usable one. */
export const isConfigured = (config: unknown): config is ScorecardMacroConfig => ScorecardMacroConfig.safeParse(config).success;

/** What a macro without a saved config shows: every strategy goal, the organisation's top scorecard. */
export const DEFAULT_SCORECARD_CONFIG: ScorecardMacroConfig = { level: 'strategy' };

/** Whether nothing has been saved yet (a fresh macro): no config, or an empty one. Anything else is a claim to check. */
export const isUnconfigured = (config: unknown): boolean =>
  config === undefined || config === null || (typeof config === 'object' && !Array.isArray(config) && Object.keys(config).length === 0);

export const ScorecardMacroScope = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('goal'), goalId: EntityId }),
  z.object({ kind: z.literal('level'), level: Level }),
]);
export type ScorecardMacroScope = z.infer<typeof ScorecardMacroScope>;

export const ScorecardMacroView = z.object({
  /** The goal's title, or "Strategy goals", "Project goals"… */
  title: z.string(),
  scope: ScorecardMacroScope,
  /**
   * One scorecard for a goal; for a level every goal of it that is not archived (drafts included, marked by
   * their status), in the workspace's order. Read-only: `canRecord` is always false here, since values are
   * recorded in the strategy workspace in Jira.
   */
  goals: z.array(GoalScorecard),
  /** The strategy goals' view only (on its first page): each strategy goal over its whole branch, as the organisation
   *  scorecard of the Scorecards tab shows it. The cards below judge each goal on its own KPIs. */
  organisation: z.array(OrganisationRow).optional(),
  /** Every KPI of the goals of the scope (all pages), by status: the level view's summary line. */
  counts: StatusCounts,
  /** Where the next page of a level's goals starts (GOALS_PER_PAGE a page); null on the last. Optional for fixtures. */
  cursor: GoalPageCursor.nullable().optional(),
  /** How many goals the scope holds in all pages. */
  totalGoals: z.number().int().nonnegative().optional(),
  /** Leaders and managers of the goals shown. */
  people: z.array(UserRef),
  /** The day the KPIs were evaluated on. */
  today: IsoDate,
  /** When the roll-ups behind the delivery signal were counted (the oldest one used); null when no work counted. */
  asOf: z.string().nullable(),
  rule: ProgressRule,
  /** Set when the view is a closed period's snapshot: which period, and when it was closed. */
  snapshot: z.object({ periodId: EntityId, name: z.string(), closedAt: z.string(), closedDay: IsoDate }).nullable().optional(),
});
export type ScorecardMacroView = z.infer<typeof ScorecardMacroView>;

/** A goal the config view offers. */
export const ScorecardOption = z.object({ id: EntityId, title: z.string(), level: Level, status: GoalStatus, kpis: z.number().int().nonnegative() });
export type ScorecardOption = z.infer<typeof ScorecardOption>;

export const ScorecardOptions = z.object({
  /** Every goal that is not archived, in the workspace's order (strategy branch by branch). */
  goals: z.array(ScorecardOption),
  /** Closed periods whose snapshot the macro may show ("As of"), newest first. */
  periods: z.array(z.object({ id: EntityId, name: z.string(), closedDay: IsoDate })).optional(),
});
export type ScorecardOptions = z.infer<typeof ScorecardOptions>;

export const scorecardMacroCalls = {
  /** The macro's view. An unknown goalId is NOT_FOUND; a config that is not exactly one of the two is VALIDATION. */
  view: defineCall('macro/scorecard', z.object({ config: ScorecardMacroConfig, cursor: GoalPageCursor.optional() }).strict(), ScorecardMacroView),
  /** The config view's goal picker. */
  options: defineCall('macro/scorecard-options', NoPayload, ScorecardOptions),
} as const;
