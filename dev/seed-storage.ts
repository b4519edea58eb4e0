// Throughline's seeding on the local Forge (called by dev/throughline-host.ts): puts the demo organisation's
// strategy into app storage through the app's own storage adapters, so the data has exactly the shape production
// writes: the catalog, each goal, project alignments, epic-tag mirrors, KPIs, measurements, check-ins, input,
// support agreements and commitments, settings, and every goal's KPI health evaluated on the day it is seeded. It
// imports @forge/kvs: load it only once the
// local Forge has installed the platform globals.
import { kvs } from '@forge/kvs';
import { EPIC_TAG_PROPERTY, EpicTag } from '../src/shared/epic-tag';
import type { Goal } from '../src/shared/model/goal';
import { forgeAlignmentStore } from '../src/platform/storage/alignment-store';
import { catalogItems, forgeCatalogStore, summarize } from '../src/platform/storage/catalog-store';
import { forgeSettingsStore } from '../src/platform/storage/settings-store';
import { forgePeriodStore } from '../src/platform/storage/period-store';
import { forgeRollupStore } from '../src/platform/storage/rollup-store';
import { forgeKpiStore } from '../src/platform/storage/kpi-store';
import { forgeMeasurementStore } from '../src/platform/storage/measurement-store';
import { forgeCheckInStore } from '../src/platform/storage/check-in-store';
import { forgeGoalHealthStore } from '../src/platform/storage/goal-health-store';
import { forgeInputStore } from '../src/platform/storage/input-store';
import { forgeProposalStore } from '../src/platform/storage/proposal-store';
import { forgeAgreementStore } from '../src/platform/storage/agreement-store';
import { forgeAlignmentBoard } from '../src/platform/storage/alignment-board-store';
import { boardAlignments } from '../src/domain/alignment/alignment-board';
import { repairAlignmentBoard } from '../src/services/alignment/repair-board';
import type { AuditEvent } from '../src/shared/model/audit';
import { DEFAULT_BANDS_PERCENT } from '../src/shared/model/settings';
import { refreshAllGoalHealth } from '../src/services/kpi/goal-health';
import { goalHealthDeps } from '../src/wiring/goal-health';
import type { Env } from '../src/wiring/env';
import type { JiraSeed } from '@throughline/local-forge/jira';
import type { DemoStrategy } from './demo';

const namesFor = (seed: JiraSeed, ids: (string | null)[]): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const id of ids) {
    const u = id ? seed.users.find((x) => x.accountId === id) : undefined;
    if (u) out[u.accountId] = u.displayName;
  }
  return out;
};

/** The scheduled trigger that builds every roll-up; the local host runs it at start when there are none. */
export const ROLLUP_RECONCILE = 'throughline-reconcile-rollups';

/** Whether storage holds any roll-up (a store kept from before roll-ups existed has none: build them). */
export const hasRollups = (): Promise<boolean> => forgeRollupStore.hasAnyEpic();

/** Whether storage already holds a catalog (then a restart keeps what users did). */
export const hasCatalog = async (): Promise<boolean> => (await forgeCatalogStore.read()).revision > 0;

export const seedStrategy = async (strategy: DemoStrategy, jira: JiraSeed, env: Env): Promise<void> => {
  const goals: Goal[] = strategy.goals;
  const people = namesFor(
    jira,
    goals.flatMap((g) => [g.leaderId, g.managerId]),
  );
  for (const { key, value } of catalogItems(1, goals.map(summarize), people)) await kvs.entity('catalog').set(key, value);
  for (const g of goals) await kvs.entity('goal').set(g.id, { goalId: g.id, version: g.version, record: g });
  for (const a of strategy.projectAlignments) {
    const names = namesFor(jira, [a.leaderId, a.managerId]);
    const audit = {
      id: `seed-${a.projectId}`,
      entity: 'project' as const,
      entityId: a.projectId,
      action: 'tag' as const,
      at: a.updatedAt,
      by: a.updatedBy,
      before: null,
      after: a,
    };
    await forgeAlignmentStore.saveProject({ ...a, names }, 0, audit);
  }
  // Saves keep a built board in step; building it is the daily repair's work, done here as it would be.
  await buildAlignmentBoard();
  for (const issue of jira.issues) {
    const tag = EpicTag.safeParse(issue.properties[EPIC_TAG_PROPERTY]);
    if (tag.success) {
      const names = namesFor(jira, [tag.data.leaderId ?? null, tag.data.managerId ?? null]);
      await forgeAlignmentStore.putEpic({ issueId: issue.id, projectId: issue.projectId, tag: tag.data, names });
    }
  }
  for (const k of strategy.kpis) {
    const by = goals.find((g) => g.id === k.goalId)?.updatedBy ?? goals[0]!.updatedBy;
    const audit = {
      id: `seed-${k.id}`,
      entity: 'kpi' as const,
      entityId: k.id,
      action: 'create' as const,
      at: `${k.baseline.date}T09:00:00.000Z`,
      by,
      before: null,
      after: k,
    };
    await forgeKpiStore.save(k, 0, audit);
  }
  await forgeMeasurementStore.importMany(strategy.measurements);
  // Oldest first, so each goal's latest is its newest; each audited as the app audits a check-in.
  const checkIns = [...(strategy.checkIns ?? [])].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt));
  for (const c of checkIns) {
    const audit = {
      id: `seed-${c.id}`,
      entity: 'check-in' as const,
      entityId: c.id,
      action: 'create' as const,
      at: c.recordedAt,
      by: c.by,
      before: null,
      after: c,
    };
    if ((await forgeCheckInStore.add(await forgeCheckInStore.latestOf(c.goalId), c, audit)) !== 'committed') throw new Error(`seeding check-in ${c.id} failed`);
  }
  // Input from the work, audited as the app audits it: left by its author, then triaged by the goal's manager.
  for (const { left, now } of strategy.input ?? []) {
    const audit = {
      id: `seed-${left.id}`,
      entity: 'input' as const,
      entityId: left.id,
      action: 'create' as const,
      at: left.createdAt,
      by: left.authorId,
      before: null,
      after: left,
    };
    const quota = { authorId: left.authorId, goalId: left.goalId, day: left.createdAt.slice(0, 10), count: 1, revision: 1 };
    if ((await forgeInputStore.add(left, quota, audit)) !== 'committed') throw new Error(`seeding input ${left.id} failed`);
    if (now.triage.state === 'open') continue;
    const triaged = {
      id: `seed-${left.id}-triage`,
      entity: 'input' as const,
      entityId: left.id,
      action: 'update' as const,
      at: now.triage.at,
      by: now.triage.by,
      before: left,
      after: now,
    };
    if ((await forgeInputStore.change({ input: now, audit: triaged })) !== 'committed') throw new Error(`seeding the triage of ${left.id} failed`);
  }
  // Proposed goals, audited as the app audits them (only pending ones in the demo: each counts toward its proposer's limit).
  for (const p of strategy.proposals ?? []) {
    const audit = {
      id: `seed-${p.id}`,
      entity: 'proposal' as const,
      entityId: p.id,
      action: 'create' as const,
      at: p.createdAt,
      by: p.proposerId,
      before: null,
      after: p,
    };
    const before = await forgeProposalStore.quota(p.proposerId);
    const quota = { ...before, pending: before.pending + (p.decision.state === 'pending' ? 1 : 0), revision: before.revision + 1 };
    if ((await forgeProposalStore.add({ proposal: p, quota, audit })) !== 'committed') throw new Error(`seeding proposal ${p.id} failed`);
  }
  await seedAgreements(strategy, jira);
  await forgeSettingsStore.write({
    strategyEditorGroups: strategy.strategyEditorGroups,
    progressRule: 'issues-done',
    defaultHealthBands: DEFAULT_BANDS_PERCENT,
    weeklyDigest: false,
    version: 1,
  });
  if (strategy.periods && strategy.periods.length > 0) {
    if ((await forgePeriodStore.saveCalendar({ version: 1, periods: strategy.periods }, 0)) !== 'committed') throw new Error('seeding the periods failed');
  }
  await refreshAllGoalHealth(goalHealthDeps(env));
};

/** Agreements and commitments, each written as the app writes it (with its audit event), names captured from Jira's users. */
export const seedAgreements = async (strategy: DemoStrategy, jira: JiraSeed): Promise<void> => {
  const audit = (entity: 'agreement' | 'commitment', entityId: string, after: unknown, at: string, by: string): AuditEvent => ({
    id: `seed-${entityId}`,
    entity,
    entityId,
    action: 'create',
    at,
    by,
    before: null,
    after,
    asEditor: false,
  });
  for (const a of strategy.agreements ?? []) {
    const record = {
      ...a,
      names: namesFor(
        jira,
        a.rounds.map((r) => r.by),
      ),
    };
    const base = (await forgeAgreementStore.boards()).support;
    if ((await forgeAgreementStore.saveSupport(base, record, 0, audit('agreement', a.id, record, a.updatedAt, a.proposedBy))) !== 'committed') {
      throw new Error(`seeding agreement ${a.id} failed`);
    }
  }
  for (const c of strategy.commitments ?? []) {
    const record = { ...c, names: namesFor(jira, [c.by]) };
    const base = (await forgeAgreementStore.boards()).commitments;
    if ((await forgeAgreementStore.saveCommitment(base, record, 0, audit('commitment', c.id, record, c.at, c.by))) !== 'committed') {
      throw new Error(`seeding commitment ${c.id} failed`);
    }
  }
};

/** Whether every shard of the alignment board is built (a store kept from before the board has none: build it). */
export const hasAlignmentBoard = async (): Promise<boolean> => boardAlignments((await forgeAlignmentBoard.read()).shards) !== undefined;

/** Builds the alignment board from the alignments, as the daily recount does. */
export const buildAlignmentBoard = async (): Promise<void> => void (await repairAlignmentBoard(forgeAlignmentBoard));

/** Whether storage holds the goals' KPI health (a store kept from before it existed has none: evaluate it). */
export const hasGoalHealth = async (): Promise<boolean> => (await forgeGoalHealthStore.read()).revision > 0;

/** Evaluates every goal's KPI health now, as the daily job does. */
export const seedGoalHealth = async (env: Env): Promise<void> => void (await refreshAllGoalHealth(goalHealthDeps(env)));

/** Whether storage holds any agreement or commitment (a store kept from before agreements existed holds none: seed them). */
export const hasAgreements = async (): Promise<boolean> => {
  const boards = await forgeAgreementStore.boards();
  return boards.support.revision > 0 || boards.commitments.revision > 0;
};
