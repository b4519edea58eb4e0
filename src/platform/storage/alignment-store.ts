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
import type { HealthBoard } from '../../services/ports/kpis';

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

export const forgeAlignmentStore: AlignmentStore = {
  async project(projectId) {
    const item = await kvs.entity<ProjectItem>('project-alignment').get(projectId);
    return item === undefined ? undefined : ProjectAlignment.parse(item.record);
  },

  saveProject(a, expectedVersion, audit) {
    return commitOrConflict(() =>
      kvs
        .transact()
        .set<ProjectItem>(
          a.projectId,
          { projectId: a.projectId, goalId: a.goalId, version: a.version, record: a },
          { entityName: 'project-alignment', conditions: versionIs<ProjectItem>(expectedVersion) },
        )
        .set(auditKey(audit), auditItem(audit), { entityName: 'audit' })
        .execute(),
    );
  },

  deleteProject(projectId, expectedVersion, audit) {
    return commitOrConflict(() =>
      kvs
        .transact()
        .delete<ProjectItem>(projectId, { entityName: 'project-alignment', conditions: versionIs<ProjectItem>(expectedVersion) })
        .set(auditKey(audit), auditItem(audit), { entityName: 'audit' })
        .execute(),
    );
  },

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
