// Every store of app data, for export and import: how to list it in a stable order, the schema of its values, the
// key each value must sit under and what it refers to. A store that is neither here nor in EXCLUDED fails
// export-registry.test.ts, so a new store cannot be left out of the export by accident.
import { z, type ZodType } from 'zod';
import { EpicTag } from '../../shared/epic-tag';
import { Commitment, CommitmentSummary, SupportAgreement, SupportSummary } from '../../shared/model/agreement';
import { AuditEvent } from '../../shared/model/audit';
import { CheckIn, CheckInSummary } from '../../shared/model/check-in';
import { PeopleNames } from '../../shared/model/common';
import { Goal, GoalSummary } from '../../shared/model/goal';
import { GoalHealth } from '../../shared/model/goal-health';
import { Input } from '../../shared/model/input';
import { AutoMeasureRun, Kpi, Measurement } from '../../shared/model/kpi';
import { GoalSnapshot, PeriodCalendar } from '../../shared/model/period';
import { ProjectAlignment } from '../../shared/model/project-alignment';
import { Proposal } from '../../shared/model/proposal';
import { EpicRollup, GoalRollup } from '../../shared/model/rollup';
import { Settings } from '../../shared/model/settings';
import type { StoreRef } from '../../domain/data-transfer/integrity';
import { summaryPrint, type GoalFact } from '../../domain/data-transfer/goal-graph';
import { healthState } from '../../domain/kpi/goal-health';
import { MAX_CATALOG_SHARDS } from './catalog-store';
import { BOARD_KEYS, BoardItem } from './alignment-board-store';
import { DAY_KEYS, DaysItem } from './goal-health-store';

/** Plain keys (not an entity) are the store `key`. */
export const PLAIN_KEYS = 'key';

export interface StoreSpec {
  readonly name: string;
  /** An index whose range every item has (no partition): the whole store in one stable order. */
  readonly index?: string;
  /** Or the keys it may hold, read in one batch (a few singletons). */
  readonly keys?: readonly string[];
  readonly schema: ZodType;
  /** Where keys hold values of different shapes: the one schema of each key (a value of another key's shape is
   *  refused, never stored where a reader expects something else). */
  readonly schemaOf?: (key: string) => ZodType;
  /** The key a value must be stored under; absent: any key. */
  readonly keyOf?: (value: never) => string;
  /** What the value names in other stores (checked before an import writes anything). */
  readonly refs?: (value: never, key: string) => StoreRef[];
  /** What the value offers to others' refs beyond its own key (a calendar offers its periods). */
  readonly provides?: (value: never, key: string) => StoreRef[];
  /** The goals the value states, checked against each other at the file's end (goal records and the catalog). */
  readonly goals?: (value: never) => Omit<GoalFact, 'index'>[];
  /** The item's index fields, each with the record's own field it copies: readers find records by the first and trust
   *  the second, so an item whose two disagree is refused (a record filed under another goal than its own). */
  readonly same?: (value: never) => Record<string, readonly [unknown, unknown]>;
}

const spec = <S extends ZodType>(s: {
  name: string;
  index?: string;
  keys?: readonly string[];
  schema: S;
  schemaOf?: (key: string) => ZodType;
  keyOf?: (v: z.infer<S>) => string;
  refs?: (v: z.infer<S>, key: string) => StoreRef[];
  provides?: (v: z.infer<S>, key: string) => StoreRef[];
  goals?: (v: z.infer<S>) => Omit<GoalFact, 'index'>[];
  same?: (v: z.infer<S>) => Record<string, readonly [unknown, unknown]>;
}): StoreSpec => s as unknown as StoreSpec;

const goal = (key: string | null | undefined): StoreRef[] => (key ? [{ store: 'goal', key }] : []);
const Int = z
  .number()
  .int()
  .min(-(2 ** 31))
  .max(2 ** 31 - 1);
/**
 * A revision or version a conditional write goes on from: 1 or more (a store that finds 0 takes it for "none yet" and
 * every later write would be refused as a conflict), and far below storage's 32-bit limit, so the writes to come fit.
 */
const Counter = z
  .number()
  .int()
  .min(1, 'a revision or version starts at 1')
  .max(2 ** 30, 'a revision or version this large leaves no room for the writes to come');
const Versioned = <R extends ZodType>(record: R) => ({ version: Counter, record });
const shardKey = (i: number): string => (i === 0 ? 'catalog' : `catalog-${i}`);

/** The first shard of the catalog (it counts the shards and keeps the people), and each shard after it. Catalogs written
 *  before there were shards have no count: one item. */
const CatalogHead = z.object({ revision: Counter, goals: z.array(GoalSummary), people: PeopleNames.optional(), shards: Int.min(1).optional() }).strict();
const CatalogShard = z.object({ revision: Counter, goals: z.array(GoalSummary) }).strict();
const shardIndex = (key: string): number => (key === 'catalog' ? 0 : Number(key.slice('catalog-'.length)));
/**
 * What holds a sharded catalog together: the first shard names each shard it counts, and each later shard needs the
 * first to count it at the same revision (the reader refuses a catalog whose shards disagree, so a file whose shards
 * do not hold together would leave every screen unable to read the catalog).
 */
const catalogRefs = (v: z.infer<typeof CatalogHead>, key: string): StoreRef[] => {
  const i = shardIndex(key);
  if (i === 0) return Array.from({ length: (v.shards ?? 1) - 1 }, (_, n) => ({ store: 'catalog', key: shardKey(n + 1) }));
  return [
    { store: 'catalog', key: 'catalog' },
    { store: CATALOG_SHARD_COUNTED, key: `${shardKey(i)} at revision ${v.revision}` },
  ];
};
const CATALOG_SHARD_COUNTED = 'the first catalog shard’s count';
const catalogProvides = (v: z.infer<typeof CatalogHead>, key: string): StoreRef[] =>
  shardIndex(key) === 0
    ? Array.from({ length: (v.shards ?? 1) - 1 }, (_, n) => ({ store: CATALOG_SHARD_COUNTED, key: `${shardKey(n + 1)} at revision ${v.revision}` }))
    : [];

/** A goal's health as the evaluation writes it: its counts add up to its KPIs, and its state is the one they give
 *  (every marker, the catalog's and the tree's, shows the state; the scorecards' summaries add the counts). */
const ConsistentHealth = GoalHealth.refine(
  (h) => h.onTrack + h.atRisk + h.offTrack + h.stale + h.noData === h.kpis && healthState(h) === h.state,
  'its counts do not add up to its KPIs, or its state is not the one they give',
);
const HealthBoardRecord = z.object({ revision: Counter, goals: z.record(z.string(), ConsistentHealth) }).strict();
const SupportBoardRecord = z.object({ revision: Counter, items: z.array(SupportSummary) }).strict();
const CommitmentBoardRecord = z.object({ revision: Counter, items: z.record(z.string(), CommitmentSummary) }).strict();

/** Exported in this order, and imported in it: the file lists settings first and the audit trail last. */
export const STORES: readonly StoreSpec[] = [
  spec({ name: 'settings', keys: ['settings'], schema: z.object(Versioned(Settings)).strict() }),
  spec({ name: PLAIN_KEYS, keys: ['settings'], schema: Settings }),
  spec({
    name: 'catalog',
    keys: Array.from({ length: MAX_CATALOG_SHARDS }, (_, i) => shardKey(i)),
    schema: CatalogHead,
    schemaOf: (key) => (key === 'catalog' ? CatalogHead.extend({ shards: Int.min(1).max(MAX_CATALOG_SHARDS).optional() }) : CatalogShard),
    refs: (v, key) => [...v.goals.flatMap((g) => goal(g.id)), ...catalogRefs(v, key)],
    provides: catalogProvides,
    goals: (v) => v.goals.map((g) => ({ side: 'c' as const, id: g.id, print: summaryPrint(g), parentId: g.parentId, level: g.level })),
  }),
  spec({
    name: 'goal',
    index: 'by-id',
    schema: z.object({ goalId: z.string(), ...Versioned(Goal) }).strict(),
    keyOf: (v) => v.goalId,
    refs: (v) => goal(v.record.parentId),
    same: (v) => ({ goalId: [v.goalId, v.record.id] }),
    // Under the key it is stored at: a record whose own id differs then differs from its catalog entry too.
    goals: (v) => [{ side: 'r' as const, id: v.goalId, print: summaryPrint(v.record), parentId: v.record.parentId, level: v.record.level }],
  }),
  spec({
    name: 'project-alignment',
    index: 'by-goal',
    schema: z.object({ projectId: z.string(), goalId: z.string(), ...Versioned(ProjectAlignment) }).strict(),
    keyOf: (v) => v.projectId,
    refs: (v) => goal(v.goalId),
    same: (v) => ({ projectId: [v.projectId, v.record.projectId], goalId: [v.goalId, v.record.goalId] }),
  }),
  spec({
    name: 'epic-tag',
    index: 'by-project',
    schema: z
      .object({
        issueId: z.string(),
        projectId: z.string(),
        goalId: z.string(),
        record: z.object({ issueId: z.string(), projectId: z.string(), tag: EpicTag, names: PeopleNames.optional() }),
      })
      .strict(),
    keyOf: (v) => v.issueId,
    refs: (v) => goal(v.goalId),
    same: (v) => ({ issueId: [v.issueId, v.record.issueId], projectId: [v.projectId, v.record.projectId], goalId: [v.goalId, v.record.tag.goalId] }),
  }),
  spec({
    name: 'epic-rollup',
    index: 'by-project',
    schema: z.object({ epicId: z.string(), projectId: z.string(), goalId: z.string().optional(), asOf: z.string(), ...Versioned(EpicRollup) }).strict(),
    keyOf: (v) => v.epicId,
    same: (v) => ({
      epicId: [v.epicId, v.record.epicId],
      projectId: [v.projectId, v.record.projectId],
      // The item leaves its goal out when the epic has none.
      goalId: [v.goalId ?? null, v.record.goalId || null],
      asOf: [v.asOf, v.record.asOf],
    }),
  }),
  spec({
    name: 'goal-rollup',
    index: 'by-goal',
    schema: z.object({ goalId: z.string(), ...Versioned(GoalRollup) }).strict(),
    keyOf: (v) => v.goalId,
    same: (v) => ({ goalId: [v.goalId, v.record.goalId] }),
  }),
  spec({
    name: 'kpi',
    index: 'by-goal',
    schema: z.object({ kpiId: z.string(), goalId: z.string(), ...Versioned(Kpi) }).strict(),
    keyOf: (v) => v.kpiId,
    refs: (v) => goal(v.goalId),
    same: (v) => ({ kpiId: [v.kpiId, v.record.id], goalId: [v.goalId, v.record.goalId] }),
  }),
  spec({
    name: 'kpi-run',
    index: 'by-kpi',
    schema: z.object({ kpiId: z.string(), record: AutoMeasureRun }).strict(),
    keyOf: (v) => v.kpiId,
    refs: (v) => [{ store: 'kpi', key: v.kpiId }],
    same: (v) => ({ kpiId: [v.kpiId, v.record.kpiId] }),
  }),
  spec({
    name: 'measurement',
    index: 'by-kpi-any',
    schema: z.object({ kpiId: z.string(), date: z.string(), recordedAt: z.string(), record: Measurement }).strict(),
    keyOf: (v) => v.record.id,
    refs: (v) => [{ store: 'kpi', key: v.kpiId }],
    same: (v) => ({ kpiId: [v.kpiId, v.record.kpiId], date: [v.date, v.record.date], recordedAt: [v.recordedAt, v.record.recordedAt] }),
  }),
  spec({
    name: 'check-in',
    index: 'by-time',
    schema: z.object({ goalId: z.string(), at: z.string(), record: CheckIn }).strict(),
    keyOf: (v) => v.record.id,
    refs: (v) => goal(v.goalId),
    same: (v) => ({ goalId: [v.goalId, v.record.goalId], at: [v.at, v.record.recordedAt] }),
  }),
  spec({
    name: 'check-in-latest',
    index: 'by-goal',
    schema: z.object({ goalId: z.string(), revision: Counter, summary: CheckInSummary.nullable().optional() }).strict(),
    keyOf: (v) => v.goalId,
    refs: (v) => goal(v.goalId),
    same: (v) => ({ goalId: [v.goalId, v.summary?.goalId ?? v.goalId] }),
  }),
  // Derived from the project alignments, carried so an import's trees read it at once; a file without it leaves it
  // unbuilt (trees then read the alignments) until the daily recount builds it.
  spec({ name: 'alignment-board', keys: BOARD_KEYS, schema: BoardItem }),
  // The board, and each KPI's latest measurement day beside it (carried, so that an import never leaves days of the
  // site it replaced).
  spec({
    name: 'goal-health',
    keys: ['board', ...DAY_KEYS],
    schema: z.union([HealthBoardRecord, DaysItem]),
    schemaOf: (key) => (key === 'board' ? HealthBoardRecord : DaysItem),
  }),
  spec({
    name: 'input',
    index: 'by-time',
    schema: z.object({ goalId: z.string(), authorId: z.string(), state: z.string(), at: z.string(), ...Versioned(Input) }).strict(),
    keyOf: (v) => v.record.id,
    refs: (v) => goal(v.goalId),
    same: (v) => ({
      goalId: [v.goalId, v.record.goalId],
      authorId: [v.authorId, v.record.authorId],
      state: [v.state, v.record.triage.state],
      at: [v.at, v.record.createdAt],
    }),
  }),
  spec({
    name: 'input-quota',
    index: 'by-author',
    schema: z.object({ authorId: z.string(), goalId: z.string(), day: z.string(), count: Int, revision: Counter }).strict(),
    keyOf: (v) => `${v.authorId}:${v.goalId}`,
  }),
  spec({
    name: 'proposal',
    index: 'by-time',
    schema: z.object({ parentId: z.string(), proposerId: z.string(), state: z.string(), at: z.string(), ...Versioned(Proposal) }).strict(),
    keyOf: (v) => v.record.id,
    refs: (v) => goal(v.parentId),
    same: (v) => ({
      parentId: [v.parentId, v.record.parentId],
      proposerId: [v.proposerId, v.record.proposerId],
      state: [v.state, v.record.decision.state],
      at: [v.at, v.record.createdAt],
    }),
  }),
  spec({
    name: 'proposal-quota',
    index: 'by-proposer',
    schema: z.object({ proposerId: z.string(), pending: Int, revision: Counter }).strict(),
    keyOf: (v) => v.proposerId,
  }),
  spec({
    name: 'agreement',
    index: 'by-time',
    schema: z.object({ agreementId: z.string(), fromGoalId: z.string(), toGoalId: z.string(), updatedAt: z.string(), ...Versioned(SupportAgreement) }).strict(),
    keyOf: (v) => v.agreementId,
    refs: (v) => [...goal(v.fromGoalId), ...goal(v.toGoalId)],
    same: (v) => ({
      agreementId: [v.agreementId, v.record.id],
      fromGoalId: [v.fromGoalId, v.record.fromGoalId],
      toGoalId: [v.toGoalId, v.record.toGoalId],
      updatedAt: [v.updatedAt, v.record.updatedAt],
    }),
  }),
  spec({
    name: 'commitment',
    index: 'by-goal',
    schema: z.object({ goalId: z.string(), parentId: z.string(), ...Versioned(Commitment) }).strict(),
    keyOf: (v) => v.goalId,
    refs: (v) => [...goal(v.goalId), ...goal(v.parentId)],
    same: (v) => ({ goalId: [v.goalId, v.record.goalId], parentId: [v.parentId, v.record.parentId] }),
  }),
  spec({
    name: 'agreement-board',
    keys: ['support', 'commitments'],
    schema: z.union([SupportBoardRecord, CommitmentBoardRecord]),
    schemaOf: (key) => (key === 'support' ? SupportBoardRecord : CommitmentBoardRecord),
  }),
  spec({
    name: 'period-calendar',
    keys: ['calendar'],
    schema: z.object(Versioned(PeriodCalendar)).strict(),
    provides: (v) => v.record.periods.map((p) => ({ store: 'period', key: p.id })),
  }),
  spec({
    name: 'period-snapshot',
    index: 'by-goal',
    schema: z.object({ periodId: z.string(), goalId: z.string(), record: GoalSnapshot }).strict(),
    keyOf: (v) => `${v.periodId}:${v.goalId}`,
    refs: (v) => [{ store: 'period', key: v.periodId }],
    same: (v) => ({ periodId: [v.periodId, v.record.periodId], goalId: [v.goalId, v.record.goal.id] }),
  }),
  spec({ name: 'digest-sent', index: 'by-account', schema: z.object({ accountId: z.string(), week: z.string() }).strict(), keyOf: (v) => v.accountId }),
  spec({
    name: 'audit',
    index: 'by-time',
    schema: z.object({ entityId: z.string(), at: z.string(), event: AuditEvent }).strict(),
    // A history is read by its entity and shows the event's before and after: filed under another entity, an event
    // would show one goal's (or agreement's) content in another's history.
    same: (v) => ({ entityId: [v.entityId, v.event.entityId], at: [v.at, v.event.at] }),
  }),
];

/** Stored, but not app data to carry over: each with why. Plain keys are named `key:<key or prefix>`. */
export const EXCLUDED: Readonly<Record<string, string>> = {
  'key:rollup-reconcile': 'where the hourly reconcile stopped; after an import it starts from the first epic',
  'key:health:probe': 'the status check writes and deletes it at once',
  'key:import:': 'the staged file of an import in progress',
};

export const storeNamed = (name: string): StoreSpec | undefined => STORES.find((s) => s.name === name);
