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
  readonly refs?: (value: never) => StoreRef[];
  /** What the value offers to others' refs beyond its own key (a calendar offers its periods). */
  readonly provides?: (value: never) => StoreRef[];
  /** The goals the value states, checked against each other at the file's end (goal records and the catalog). */
  readonly goals?: (value: never) => Omit<GoalFact, 'index'>[];
}

const spec = <S extends ZodType>(s: {
  name: string;
  index?: string;
  keys?: readonly string[];
  schema: S;
  schemaOf?: (key: string) => ZodType;
  keyOf?: (v: z.infer<S>) => string;
  refs?: (v: z.infer<S>) => StoreRef[];
  provides?: (v: z.infer<S>) => StoreRef[];
  goals?: (v: z.infer<S>) => Omit<GoalFact, 'index'>[];
}): StoreSpec => s as unknown as StoreSpec;

const goal = (key: string | null | undefined): StoreRef[] => (key ? [{ store: 'goal', key }] : []);
const Int = z
  .number()
  .int()
  .min(-(2 ** 31))
  .max(2 ** 31 - 1);
const Versioned = <R extends ZodType>(record: R) => ({ version: Int, record });
const shardKey = (i: number): string => (i === 0 ? 'catalog' : `catalog-${i}`);

const HealthBoardRecord = z.object({ revision: Int, goals: z.record(z.string(), GoalHealth) }).strict();
const SupportBoardRecord = z.object({ revision: Int, items: z.array(SupportSummary) }).strict();
const CommitmentBoardRecord = z.object({ revision: Int, items: z.record(z.string(), CommitmentSummary) }).strict();

/** Exported in this order, and imported in it: the file lists settings first and the audit trail last. */
export const STORES: readonly StoreSpec[] = [
  spec({ name: 'settings', keys: ['settings'], schema: z.object(Versioned(Settings)).strict() }),
  spec({ name: PLAIN_KEYS, keys: ['settings'], schema: Settings }),
  spec({
    name: 'catalog',
    keys: Array.from({ length: MAX_CATALOG_SHARDS }, (_, i) => shardKey(i)),
    schema: z.object({ revision: Int, goals: z.array(GoalSummary), people: PeopleNames.optional(), shards: Int.optional() }).strict(),
    refs: (v) => v.goals.flatMap((g) => goal(g.id)),
    goals: (v) => v.goals.map((g) => ({ side: 'c' as const, id: g.id, print: summaryPrint(g), parentId: g.parentId, level: g.level })),
  }),
  spec({
    name: 'goal',
    index: 'by-id',
    schema: z.object({ goalId: z.string(), ...Versioned(Goal) }).strict(),
    keyOf: (v) => v.goalId,
    refs: (v) => goal(v.record.parentId),
    // Under the key it is stored at: a record whose own id differs then differs from its catalog entry too.
    goals: (v) => [{ side: 'r' as const, id: v.goalId, print: summaryPrint(v.record), parentId: v.record.parentId, level: v.record.level }],
  }),
  spec({
    name: 'project-alignment',
    index: 'by-goal',
    schema: z.object({ projectId: z.string(), goalId: z.string(), ...Versioned(ProjectAlignment) }).strict(),
    keyOf: (v) => v.projectId,
    refs: (v) => goal(v.goalId),
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
  }),
  spec({
    name: 'epic-rollup',
    index: 'by-project',
    schema: z.object({ epicId: z.string(), projectId: z.string(), goalId: z.string().optional(), asOf: z.string(), ...Versioned(EpicRollup) }).strict(),
    keyOf: (v) => v.epicId,
  }),
  spec({ name: 'goal-rollup', index: 'by-goal', schema: z.object({ goalId: z.string(), ...Versioned(GoalRollup) }).strict(), keyOf: (v) => v.goalId }),
  spec({
    name: 'kpi',
    index: 'by-goal',
    schema: z.object({ kpiId: z.string(), goalId: z.string(), ...Versioned(Kpi) }).strict(),
    keyOf: (v) => v.kpiId,
    refs: (v) => goal(v.goalId),
  }),
  spec({
    name: 'kpi-run',
    index: 'by-kpi',
    schema: z.object({ kpiId: z.string(), record: AutoMeasureRun }).strict(),
    keyOf: (v) => v.kpiId,
    refs: (v) => [{ store: 'kpi', key: v.kpiId }],
  }),
  spec({
    name: 'measurement',
    index: 'by-kpi-any',
    schema: z.object({ kpiId: z.string(), date: z.string(), recordedAt: z.string(), record: Measurement }).strict(),
    keyOf: (v) => v.record.id,
    refs: (v) => [{ store: 'kpi', key: v.kpiId }],
  }),
  spec({
    name: 'check-in',
    index: 'by-time',
    schema: z.object({ goalId: z.string(), at: z.string(), record: CheckIn }).strict(),
    keyOf: (v) => v.record.id,
    refs: (v) => goal(v.goalId),
  }),
  spec({
    name: 'check-in-latest',
    index: 'by-goal',
    schema: z.object({ goalId: z.string(), revision: Int, summary: CheckInSummary.nullable().optional() }).strict(),
    keyOf: (v) => v.goalId,
    refs: (v) => goal(v.goalId),
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
  }),
  spec({
    name: 'input-quota',
    index: 'by-author',
    schema: z.object({ authorId: z.string(), goalId: z.string(), day: z.string(), count: Int, revision: Int }).strict(),
    keyOf: (v) => `${v.authorId}:${v.goalId}`,
  }),
  spec({
    name: 'proposal',
    index: 'by-time',
    schema: z.object({ parentId: z.string(), proposerId: z.string(), state: z.string(), at: z.string(), ...Versioned(Proposal) }).strict(),
    keyOf: (v) => v.record.id,
    refs: (v) => goal(v.parentId),
  }),
  spec({
    name: 'proposal-quota',
    index: 'by-proposer',
    schema: z.object({ proposerId: z.string(), pending: Int, revision: Int }).strict(),
    keyOf: (v) => v.proposerId,
  }),
  spec({
    name: 'agreement',
    index: 'by-time',
    schema: z.object({ agreementId: z.string(), fromGoalId: z.string(), toGoalId: z.string(), updatedAt: z.string(), ...Versioned(SupportAgreement) }).strict(),
    keyOf: (v) => v.agreementId,
    refs: (v) => [...goal(v.fromGoalId), ...goal(v.toGoalId)],
  }),
  spec({
    name: 'commitment',
    index: 'by-goal',
    schema: z.object({ goalId: z.string(), parentId: z.string(), ...Versioned(Commitment) }).strict(),
    keyOf: (v) => v.goalId,
    refs: (v) => [...goal(v.goalId), ...goal(v.parentId)],
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
  }),
  spec({ name: 'digest-sent', index: 'by-account', schema: z.object({ accountId: z.string(), week: z.string() }).strict(), keyOf: (v) => v.accountId }),
  spec({ name: 'audit', index: 'by-time', schema: z.object({ entityId: z.string(), at: z.string(), event: AuditEvent }).strict() }),
];

/** Stored, but not app data to carry over: each with why. Plain keys are named `key:<key or prefix>`. */
export const EXCLUDED: Readonly<Record<string, string>> = {
  'key:rollup-reconcile': 'where the hourly reconcile stopped; after an import it starts from the first epic',
  'key:health:probe': 'the status check writes and deletes it at once',
  'key:import:': 'the staged file of an import in progress',
};

export const storeNamed = (name: string): StoreSpec | undefined => STORES.find((s) => s.name === name);
