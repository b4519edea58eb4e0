// Calls of the Confluence macros and the shapes they share with the alignment tree explorer's "expand all":
// a subtree read in one call, returned as rows in display order (pre-order) with their depth, a page at a time.
// A macro's config comes from the browser (view.getContext().extension.config): it is a claim, parsed here.
import { z } from 'zod';
import { defineCall, NoPayload } from '../contract';
import { Level } from '../levels';
import { EntityId, IsoDate } from '../model/common';
import { GoalStatus } from '../model/goal';
import { Freshness, GapKind, NodeRef, TreeNode } from './alignment';

/**
 * How many node levels below the root a subtree read goes: goal levels, then projects, then epics. The root is
 * at depth 0 and rows go down to depth `depth`: depth 1 is the root and its children. A node at the limit shows
 * how many children it keeps back (`hiddenChildren`).
 */
export const SUBTREE_DEPTH = { min: 1, max: 8, default: 2 } as const;
export const SubtreeDepth = z.number().int().min(SUBTREE_DEPTH.min).max(SUBTREE_DEPTH.max);

/**
 * The most one page of a subtree read holds: rows, and bytes of rows as JSON (the platform refuses answers over
 * 5 MB; the app keeps every answer under 1 MB). Beyond either, the page ends and says where the next one starts.
 */
export const SUBTREE_PAGE_ROWS = 2_000;
export const SUBTREE_PAGE_BYTES = 900 * 1024;

/** Where the next page of a subtree read starts, as the previous page said (opaque to the UI). */
export const SubtreeCursor = z.string().regex(/^\d{1,7}\.\d{1,7}$/, 'not a page cursor');

/** Rows per page a caller may ask for, fewer than the most (tests; a view that shows few rows). */
export const SubtreePageRows = z.number().int().min(1).max(SUBTREE_PAGE_ROWS);

export const SubtreeRow = z.object({
  /**
   * 0 for the root itself, which is always the first row (the subtree's parent node, or the macro's root goal);
   * in a macro over all strategy goals, 0 for each strategy goal, the depth counted from each.
   */
  depth: z.number().int().nonnegative(),
  node: TreeNode,
  /** Children this node has that the read did not include because of the depth limit (0 when all are shown). */
  hiddenChildren: z.number().int().nonnegative(),
});
export type SubtreeRow = z.infer<typeof SubtreeRow>;

export const SubtreeView = Freshness.extend({
  rows: z.array(SubtreeRow),
  /** True when more rows follow this page (`cursor` says where they start). */
  truncated: z.boolean(),
  /** Where the next page starts (pass it back as `cursor`); null on the last page. */
  cursor: SubtreeCursor.nullable(),
});
export type SubtreeView = z.infer<typeof SubtreeView>;

/**
 * Explorer: expand everything below one node, to `depth` levels (default: all the way down), a page at a time:
 * the first page without `cursor`, the next ones with the cursor the previous page answered. A goal unknown, or
 * a project the viewer may not browse, is NOT_FOUND, as for `alignment/children`.
 */
export const SubtreeQuery = z
  .object({ parent: NodeRef, depth: SubtreeDepth.optional(), cursor: SubtreeCursor.optional(), limit: SubtreePageRows.optional() })
  .strict();
export type SubtreeQuery = z.infer<typeof SubtreeQuery>;

/** Names that mean something to JavaScript objects; never a goal's id, refused before any lookup. */
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);
const RootGoalId = EntityId.refine((id) => !RESERVED_IDS.has(id), 'not a goal id');

/**
 * The alignment tree macro's config, saved with view.submit({config}). Flat on purpose: Confluence keeps macro
 * parameters as a flat map. No rootGoalId: all strategy goals. showProgress only tells the view what to draw:
 * nodes carry their totals and progress either way (the totals say as much as the bar would).
 */
export const TreeMacroConfig = z
  .object({
    rootGoalId: RootGoalId.optional(),
    depth: SubtreeDepth.default(SUBTREE_DEPTH.default),
    showGaps: z.boolean().default(true),
    showProgress: z.boolean().default(true),
    /** Agreement badges and the agreement gap kinds on the rows. Absent means on (a config saved before it existed, or a
     *  config view that does not offer it yet); the view's `config` says what it was read with. */
    showAgreements: z.boolean().optional(),
    /** "As of": a closed period's id shows the tree from its snapshot; absent shows the live tree. */
    asOf: EntityId.optional(),
  })
  .strict();
export type TreeMacroConfig = z.infer<typeof TreeMacroConfig>;
export type TreeMacroConfigInput = z.input<typeof TreeMacroConfig>;

export const GapTally = z.object({ total: z.number().int().nonnegative(), byKind: z.partialRecord(GapKind, z.number().int().nonnegative()) });
export type GapTally = z.infer<typeof GapTally>;

/** The closed period a macro shows "as of": the scorecard macro and the alignment tree macro label it alike. */
export const MacroSnapshot = z.object({ periodId: EntityId, name: z.string(), closedAt: z.string(), closedDay: IsoDate });
export type MacroSnapshot = z.infer<typeof MacroSnapshot>;

/** A closed period a macro's config offers under "As of", newest first. */
export const ClosedPeriodOption = z.object({ id: EntityId, name: z.string(), closedDay: IsoDate });
export type ClosedPeriodOption = z.infer<typeof ClosedPeriodOption>;

export const TreeMacroView = SubtreeView.extend({
  root: z.discriminatedUnion('kind', [z.object({ kind: z.literal('strategy') }), z.object({ kind: z.literal('goal'), goalId: EntityId, title: z.string() })]),
  /** The config the view was read with, defaults filled in. */
  config: TreeMacroConfig,
  /** Gaps on this page's rows, by kind (empty when showGaps is off, and every node's `gaps` is then empty too). */
  gaps: GapTally,
  /** Set when the tree is a closed period's snapshot: which period, and when it was closed. Absent or null: live. */
  snapshot: MacroSnapshot.nullable().optional(),
});
export type TreeMacroView = z.infer<typeof TreeMacroView>;

/** A goal the alignment tree macro's config can start from: enough to pick it, grouped by level. */
export const MacroGoalOption = z.object({ id: EntityId, title: z.string(), level: Level, status: GoalStatus, parentId: EntityId.nullable() });
export type MacroGoalOption = z.infer<typeof MacroGoalOption>;

export const MacroGoalOptions = z.object({
  goals: z.array(MacroGoalOption),
  /** Closed periods whose snapshot the tree may show ("As of"), newest first. */
  periods: z.array(ClosedPeriodOption).optional(),
});
export type MacroGoalOptions = z.infer<typeof MacroGoalOptions>;

export const macroCalls = {
  /** The alignment tree macro's view. An unknown or invisible rootGoalId is NOT_FOUND. */
  tree: defineCall(
    'macro/alignment-tree',
    z.object({ config: TreeMacroConfig, cursor: SubtreeCursor.optional(), limit: SubtreePageRows.optional() }).strict(),
    TreeMacroView,
  ),
  /** The goals the macro's config may pick as its root (the catalog, from the macro's own resolver). */
  goalOptions: defineCall('macro/goal-options', NoPayload, MacroGoalOptions),
} as const;

/** The explorer's one-call expansion (defined on the global page's resolver beside alignmentCalls). */
export const subtreeCall = defineCall('alignment/subtree', SubtreeQuery, SubtreeView);
