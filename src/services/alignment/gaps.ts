// Use case: the gaps radar for the strategy workspace, as the viewer may see it. Untagged epics come from one
// JQL search as the viewer; work on archived goals from the roll-ups, cut to browsable projects, then named by
// Jira as the viewer. Counts per level come first, then the list.
import { countByLevel, findGaps, isDeadGoal, type TaggedEpicFact } from '../../domain/alignment/gaps';
import type { EpicInfo } from '../../domain/alignment/tree';
import { latestAsOf } from '../../domain/alignment/tree-model';
import type { GapsView } from '../../shared/api/alignment';
import { loadModel, namingProjects, visibleEpicsOfGoal, type AlignmentReadDeps } from './alignment-tree';

export interface GapsDeps extends AlignmentReadDeps {
  /** Epics with no goal tag in every project the viewer may browse, read as the viewer. */
  untaggedEpics(): Promise<{ epics: EpicInfo[]; truncated: boolean }>;
  epicsByIds(ids: string[]): Promise<EpicInfo[]>;
  /** Required here: the radar always shows input left unanswered (the model reads it, see loadModel). */
  openInputSince: NonNullable<AlignmentReadDeps['openInputSince']>;
}

export const readGaps = async (deps: GapsDeps): Promise<GapsView> => {
  const [model, untagged] = await Promise.all([loadModel(deps), deps.untaggedEpics()]);
  // Archived goals that still carry visible work: usually none, so usually no further reads.
  const dead = [...model.direct.keys()].filter((id) => isDeadGoal(model, id));
  const rollups = (await Promise.all(dead.map((id) => visibleEpicsOfGoal(model, deps.rollups, id)))).flat();
  const infos = rollups.length === 0 ? [] : await deps.epicsByIds(rollups.map((e) => e.epicId));
  const byId = new Map(infos.map((i) => [i.id, i]));
  const onDeadGoals: TaggedEpicFact[] = rollups.flatMap((r) => {
    const i = byId.get(r.epicId);
    // The epic's own tag is the truth; a roll-up that lags behind a re-tag must not raise a false gap.
    const goalId = i?.tag?.goalId ?? r.goalId;
    return i && goalId ? [{ id: i.id, key: i.key, title: i.title, projectId: i.projectId, goalId, level: i.tag?.level ?? null }] : [];
  });
  const facts = {
    untagged: untagged.epics.map(({ id, key, title, projectId }) => ({ id, key, title, projectId })),
    onDeadGoals,
  };
  // Gaps name projects: Jira's names are asked for the projects the gaps name, and for no others.
  const named = findGaps({ model, ...facts }).flatMap((g) =>
    g.subject.kind === 'project' ? [g.subject.id] : g.subject.kind === 'epic' ? [g.subject.projectId] : [],
  );
  const gaps = findGaps({ model: await namingProjects(deps, model, named), ...facts });
  return { counts: countByLevel(gaps), gaps, truncated: untagged.truncated, asOf: latestAsOf(model, model.direct.keys()), rule: model.rule };
};
