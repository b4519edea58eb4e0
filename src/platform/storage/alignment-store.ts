// Project alignments (source of truth in app storage) and the mirror of epic tags (the issue property is the
// source of truth; the mirror lets a story's panel and a goal's usage list avoid extra Jira calls).
import { kvs, WhereConditions } from '@forge/kvs';
import { z } from 'zod';
import { EpicTag } from '../../shared/epic-tag';
import { ProjectAlignment } from '../../shared/model/project-alignment';
import { PeopleNames } from '../../shared/model/common';
import { commitOrConflict, versionIs } from './conditional';
import { auditItem, auditKey } from './audit-log';
import { EMPTY_BOARD, HEALTH_BOARD_ITEM, parseHealthBoard } from './goal-health-store';
import { SUPPORT_BOARD_ITEM, supportOrNone } from './agreement-store';
import type { AlignmentStore, MirroredEpicTag, PanelRecords } from '../../services/ports/alignments';
import type { AuditEvent } from '../../shared/model/audit';
import type { Commit, HealthBoard } from '../../services/ports/kpis';
import { shardAfterSave, shardOf } from '../../domain/alignment/alignment-board';
import { readShard, shardWrite } from './alignment-board-store';

/** The mirror also keeps the display names of the tag's leader and manager (the property itself keeps ids only). */
const MirrorJson = z.object({ issueId: z.string(), projectId: z.string(), tag: EpicTag, names: PeopleNames.default({}) });

interface ProjectItem {
  projectId: string;
  goalId: string;
  version: number;
  record: ProjectAlignment;
}
interface EpicItem {
  issueId: string;
  projectId: string;
  goalId: string;
  record: MirroredEpicTag;
}

/** Health is derived and repaired daily: a board that does not parse costs the markers, never the panel. */
const healthOrEmpty = (raw: unknown): HealthBoard => {
  try {
    return parseHealthBoard(raw);
  } catch (e) {
    console.error('[throughline] the goal health board does not parse; showing no markers', e);
    return EMPTY_BOARD;
  }
};

/** Tries of a save whose board shard other saves keep winning: each round has a winner, so this many saves of one
 *  shard at the same moment all land (alignments change rarely; 16 shards make even two at once unlikely). */
const BOARD_ATTEMPTS = 8;

/**
 * A project's alignment saved (or removed: `next` undefined) in ONE transaction with its board shard and the audit
 * event: the alignment on its version, the shard on the revision read just before. A failed condition is a conflict
 * only when the alignment itself moved; when only the shard did (another project's save), read it again and retry.
 */
const withBoard = async (projectId: string, expectedVersion: number, next: ProjectAlignment | undefined, audit: AuditEvent): Promise<Commit> => {
  const i = shardOf(projectId);
  for (let attempt = 1; attempt <= BOARD_ATTEMPTS; attempt++) {
    const { shard, revision } = await readShard(i);
    const alignment = { entityName: 'project-alignment', conditions: versionIs<ProjectItem>(expectedVersion) };
    const tx = kvs.transact();
    if (next) tx.set<ProjectItem>(projectId, { projectId, goalId: next.goalId, version: next.version, record: next }, alignment);
    else tx.delete<ProjectItem>(projectId, alignment);
    const outcome = await commitOrConflict(() =>
      tx
        .set(...shardWrite(i, shardAfterSave(shard, projectId, next), revision))
        .set(auditKey(audit), auditItem(audit), { entityName: 'audit' })
        .execute(),
    );
    if (outcome === 'committed') return outcome;
    const now = await kvs.entity<ProjectItem>('project-alignment').get(projectId);
    if ((now?.version ?? 0) !== expectedVersion) return 'conflict';
  }
  return 'conflict';
};

export const forgeAlignmentStore: AlignmentStore = {
  async project(projectId) {
    const item = await kvs.entity<ProjectItem>('project-alignment').get(projectId);
    return item === undefined ? undefined : ProjectAlignment.parse(item.record);
  },

  saveProject: (a, expectedVersion, audit) => withBoard(a.projectId, expectedVersion, a, audit),

  deleteProject: (projectId, expectedVersion, audit) => withBoard(projectId, expectedVersion, undefined, audit),

  async projectsForGoal(goalId, limit) {
    const page = await kvs.entity<ProjectItem>('project-alignment').query().index('by-goal').where(WhereConditions.equalTo(goalId)).limit(limit).getMany();
    return page.results.map((r) => ProjectAlignment.parse(r.value.record));
  },

  async epic(issueId) {
    const item = await kvs.entity<EpicItem>('epic-tag').get(issueId);
    return item === undefined ? undefined : MirrorJson.parse(item.record);
  },

  async epics(issueIds) {
    const out = new Map<string, MirroredEpicTag>();
    for (let at = 0; at < issueIds.length; at += 25) {
      const res = await kvs.batchGet<EpicItem>(issueIds.slice(at, at + 25).map((key) => ({ key, entityName: 'epic-tag' })));
      for (const hit of res.successfulKeys) out.set(hit.key, MirrorJson.parse(hit.value.record));
    }
    return out;
  },

  async putEpic(m) {
    await kvs.entity<EpicItem>('epic-tag').set(m.issueId, { issueId: m.issueId, projectId: m.projectId, goalId: m.tag.goalId, record: m });
  },

  async deleteEpic(issueId) {
    await kvs.entity<EpicItem>('epic-tag').delete(issueId);
  },

  async epicsForGoal(goalId, limit) {
    const page = await kvs.entity<EpicItem>('epic-tag').query().index('by-goal').where(WhereConditions.equalTo(goalId)).limit(limit).getMany();
    return page.results.map((r) => MirrorJson.parse(r.value.record));
  },

  async panelRecords(epicId, projectId) {
    const items = [
      ...(epicId ? [{ key: epicId, entityName: 'epic-tag' }] : []),
      { key: projectId, entityName: 'project-alignment' },
      HEALTH_BOARD_ITEM,
      SUPPORT_BOARD_ITEM,
    ];
    const res = await kvs.batchGet<unknown>(items);
    const out: PanelRecords = { health: EMPTY_BOARD, support: [] };
    for (const hit of res.successfulKeys) {
      if (hit.entityName === 'epic-tag') out.epic = MirrorJson.parse((hit.value as EpicItem).record);
      if (hit.entityName === 'project-alignment') out.project = ProjectAlignment.parse((hit.value as ProjectItem).record);
      if (hit.entityName === HEALTH_BOARD_ITEM.entityName) out.health = healthOrEmpty(hit.value);
      if (hit.entityName === SUPPORT_BOARD_ITEM.entityName && hit.key === SUPPORT_BOARD_ITEM.key) out.support = supportOrNone(hit.value);
    }
    return out;
  },
};
