// "Due from you": what the viewer owes now, as the leader or manager of goals, in the strategy workspace
// (jira:globalPage). Only active goals ask anything of anyone: never a draft, achieved or archived one.
import { z } from 'zod';
import { defineCall } from '../contract';
import { EntityId, IsoDate } from '../model/common';
import { Level } from '../levels';

export const DUE_KINDS = ['check-in', 'measurement', 'agreement', 'proposal', 'commitment', 'input', 'no-manager'] as const;
export const DueKind = z.enum(DUE_KINDS);
export type DueKind = z.infer<typeof DueKind>;

export const DUE_KIND_LABEL: Record<DueKind, string> = {
  'check-in': 'Check-ins',
  measurement: 'KPI values to record',
  agreement: 'Agreements to answer',
  proposal: 'Proposals to decide',
  commitment: 'Commitments to your parent goals',
  input: 'Input to triage',
  'no-manager': 'Goals without a manager',
};

/** Where the item's one action is done: a section of the goal's page (the page opens there). */
export const DueFocus = z.enum(['check-in', 'kpis', 'agreements', 'commitment', 'input', 'proposals', 'edit']);
export type DueFocus = z.infer<typeof DueFocus>;

export const DueItem = z.object({
  /** Stable while the thing is owed (kind and subject), so the UI keeps its place across reloads. */
  id: z.string(),
  kind: DueKind,
  goal: z.object({ id: EntityId, title: z.string(), level: Level }),
  /** What is owed and why now, in one sentence. */
  sentence: z.string(),
  /** The button's words, e.g. "Check in", "Record a value". */
  action: z.string(),
  focus: DueFocus,
  /** The KPI whose value is owed ("Record a value" opens its form); absent for other kinds. */
  kpiId: EntityId.optional(),
  /** Past its due day (or waiting longer than the app's limit): listed first. */
  overdue: z.boolean(),
  /** The day it became due, or the day it has waited since; null when it is owed with no date (a missing manager). */
  since: IsoDate.nullable(),
});
export type DueItem = z.infer<typeof DueItem>;

/** Epics without a goal in a project the viewer administers: tagging them is theirs to do (on the project page). */
export const UntaggedInProject = z.object({
  project: z.object({ id: z.string(), key: z.string(), name: z.string() }),
  /** The first few, by key. */
  epics: z.array(z.object({ key: z.string(), title: z.string() })),
  /** How many the app found (at most one page of Jira's answer; `more` says there are others). */
  count: z.number().int().nonnegative(),
});
export type UntaggedInProject = z.infer<typeof UntaggedInProject>;

/**
 * From this many projects with epics without a goal, the list shows them as one thing to do (one card, a button per
 * project): a Jira admin administers every project, and a card per project would bury what their goals ask of them.
 */
export const UNTAGGED_GROUPED_FROM = 3;
/** How many things the projects with untagged epics count for, on the list and in the panel's count alike. */
export const untaggedThings = (projects: number): number => (projects >= UNTAGGED_GROUPED_FROM ? 1 : projects);

export const DueView = z.object({
  today: IsoDate,
  /** Overdue first, then by how long they have been due, then by goal. */
  items: z.array(DueItem),
  /** Projects the viewer administers that have epics without a goal, by project key. */
  untagged: z.array(UntaggedInProject),
  /** Jira had more untagged epics than one page: the counts are at least these. */
  untaggedMore: z.boolean(),
  /** True when the viewer leads or manages no active goal: nothing can be due from them. */
  leadsNothing: z.boolean(),
});
export type DueView = z.infer<typeof DueView>;

export const dueCalls = {
  list: defineCall('due/list', z.object({}).strict(), DueView),
} as const;

/** How much is due from the viewer, for the issue panel's line "3 things due from you, 1 overdue". */
export const DueCount = z.object({
  /** Everything "Due from you" lists: its items and the projects with untagged epics. */
  count: z.number().int().nonnegative(),
  overdue: z.number().int().nonnegative(),
});
export type DueCount = z.infer<typeof DueCount>;

export const duePanelCalls = {
  count: defineCall('due/count', z.object({}).strict(), DueCount),
} as const;
