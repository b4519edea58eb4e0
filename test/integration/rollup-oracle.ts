// An independent oracle for roll-up tests: what every epic and goal roll-up must hold, computed straight from
// the Jira emulator's world (not through the app), and the roll-ups the app actually stored, without times.
import type { JiraSeed } from '@throughline/local-forge/jira';
import type { KvsEmulator } from '@throughline/local-forge/kvs';
import { EPIC_TAG_PROPERTY, EpicTag } from '../../src/shared/epic-tag';
import type { EpicRollup, GoalRollup } from '../../src/shared/model/rollup';

type Bare<T> = Omit<T, 'asOf'>;
export type Rollups = { epics: Record<string, Bare<EpicRollup>>; goals: Record<string, Bare<GoalRollup>> };

const zero = () => ({ todo: 0, inProgress: 0, done: 0 });
const r3 = (n: number) => Math.round(n * 1000) / 1000;

export const expectedRollups = (jira: JiraSeed): Rollups => {
  const level = new Map(jira.issueTypes.map((t) => [t.id, t.hierarchyLevel]));
  const category = new Map(jira.statuses.map((s) => [s.id, s.category]));
  const statusName = new Map(jira.statuses.map((s) => [s.id, s.name]));
  const bucket = (statusId: string) =>
    ({ new: 'todo', indeterminate: 'inProgress', done: 'done' })[category.get(statusId) ?? 'new'] as 'todo' | 'inProgress' | 'done';
  const epics: Rollups['epics'] = {};
  // Children by parent, so the bench can ask the same oracle about a million issues (a scan per epic would not end).
  const childrenOf = new Map<string, JiraSeed['issues']>();
  for (const i of jira.issues) {
    if (i.parentId === undefined) continue;
    const siblings = childrenOf.get(i.parentId);
    if (siblings) siblings.push(i);
    else childrenOf.set(i.parentId, [i]);
  }
  const children = (id: string) => childrenOf.get(id) ?? [];
  for (const epic of jira.issues.filter((i) => level.get(i.issueTypeId) === 1)) {
    const tag = EpicTag.safeParse(epic.properties[EPIC_TAG_PROPERTY]);
    // The epic's display facts as Jira has them now: key, title, status, and its tag's level and people.
    const facts = {
      key: epic.key,
      title: epic.summary,
      status: statusName.has(epic.statusId) ? { name: statusName.get(epic.statusId)!, category: bucket(epic.statusId) } : null,
      ...(tag.success
        ? {
            level: tag.data.level,
            ...(tag.data.leaderId ? { leaderId: tag.data.leaderId } : {}),
            ...(tag.data.managerId ? { managerId: tag.data.managerId } : {}),
          }
        : {}),
    };
    const r = { epicId: epic.id, projectId: epic.projectId, goalId: tag.success ? tag.data.goalId : null, counts: zero(), points: zero(), ...facts };
    for (const child of children(epic.id).filter((i) => level.get(i.issueTypeId) === 0)) {
      r.counts[bucket(child.statusId)] += 1;
      r.points[bucket(child.statusId)] = r3(r.points[bucket(child.statusId)] + (child.storyPoints ?? 0));
      for (const sub of children(child.id).filter((i) => level.get(i.issueTypeId) === -1)) r.counts[bucket(sub.statusId)] += 1;
    }
    epics[epic.id] = r;
  }
  const goals: Rollups['goals'] = {};
  for (const e of Object.values(epics)) {
    if (!e.goalId) continue;
    const g = (goals[e.goalId] ??= { goalId: e.goalId, byProject: {} });
    const p = (g.byProject[e.projectId] ??= { epics: 0, counts: zero(), points: zero() });
    p.epics += 1;
    for (const k of ['todo', 'inProgress', 'done'] as const) {
      p.counts[k] += e.counts[k];
      p.points[k] = r3(p.points[k] + e.points[k]);
    }
  }
  return { epics, goals };
};

const withoutAsOf = <T extends { asOf: string }>(v: T): Bare<T> => {
  const { asOf: _asOf, ...rest } = v;
  return rest;
};

export const storedRollups = (kvs: KvsEmulator): Rollups => {
  const snap = kvs.snapshot();
  const records = (entity: string) => Object.values(snap.entities[entity] ?? {}).map((item) => (item.value as { record: unknown }).record);
  return {
    epics: Object.fromEntries(records('epic-rollup').map((r) => [(r as EpicRollup).epicId, withoutAsOf(r as EpicRollup)])),
    goals: Object.fromEntries(records('goal-rollup').map((r) => [(r as GoalRollup).goalId, withoutAsOf(r as GoalRollup)])),
  };
};

export const storedEpic = (kvs: KvsEmulator, epicId: string): EpicRollup | undefined =>
  (kvs.snapshot().entities['epic-rollup']?.[epicId]?.value as { record: EpicRollup } | undefined)?.record;

export const storedGoal = (kvs: KvsEmulator, goalId: string): GoalRollup | undefined =>
  (kvs.snapshot().entities['goal-rollup']?.[goalId]?.value as { record: GoalRollup } | undefined)?.record;
