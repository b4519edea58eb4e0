// Use case: the project alignment page, and tagging one of its epics from there. The project and its epics are
// read from Jira as the viewer (a project they cannot browse is NOT_FOUND); tagging goes through the tag-epic use
// case, so Jira checks edit permission as the viewer and the app's mirror and audit follow as for the panel.
// Budget: three Jira calls (project, its epics with their tags, the edit permission), a fourth while the project
// serves no goal (may the viewer administer it), and four storage reads.
import { composeProjectPage } from '../../domain/alignment/tree-project';
import { workLevelFor } from '../../domain/alignment/tag-rules';
import type { EpicInfo } from '../../domain/alignment/tree';
import type { ProgressFn } from '../../domain/alignment/tree-progress';
import type { ProjectPageView, TaggedFromProject } from '../../shared/api/project-page';
import { AppFailure } from '../../shared/errors';
import type { ProjectAlignment } from '../../shared/model/project-alignment';
import type { EpicRollup, ProgressRule } from '../../shared/model/rollup';
import type { JiraProject } from '../ports/jira';
import type { CatalogSnapshot } from '../ports/catalog';
import type { RollupReader } from '../ports/rollups';
import { tagEpic, type TagEpicDeps } from './tag-epic';
import { forViewer, type GoalVisibilityDeps } from '../goals/goal-visibility';

export interface ProjectPageDeps {
  project(ref: string): Promise<JiraProject>;
  /** The whole catalog; shown as the viewer may see it. */
  catalog(): Promise<CatalogSnapshot>;
  viewer: GoalVisibilityDeps;
  alignment(projectId: string): Promise<ProjectAlignment | undefined>;
  /** Every epic of the project with its tag, read as the viewer. */
  epicsOfProject(projectId: string): Promise<{ epics: EpicInfo[]; truncated: boolean }>;
  rollups: Pick<RollupReader, 'epicsOfProject'>;
  /** Whether Jira lets the viewer edit issues in the project. */
  canEditIssues(projectId: string): Promise<boolean>;
  /** Whether Jira lets the viewer administer the project (set its level and goal in its settings). */
  canAdminister(projectId: string): Promise<boolean>;
  progressRule(): Promise<ProgressRule>;
  progress: ProgressFn;
  today(): string;
}

const ROLLUP_PAGE = 100;
const MAX_ROLLUP_PAGES = 10;

const rollupsOf = async (reader: ProjectPageDeps['rollups'], projectId: string): Promise<EpicRollup[]> => {
  const out: EpicRollup[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_ROLLUP_PAGES; page++) {
    const res = await reader.epicsOfProject(projectId, ROLLUP_PAGE, cursor);
    out.push(...res.epics.filter((e) => e.projectId === projectId));
    cursor = res.cursor;
    if (!cursor) break;
  }
  return out;
};

export const readProjectPage = async (deps: ProjectPageDeps, ref: string): Promise<ProjectPageView> => {
  const project = await deps.project(ref);
  const [catalog, alignment, epics, rollups, canTag, rule] = await Promise.all([
    deps.catalog().then((c) => forViewer(deps.viewer, c)),
    deps.alignment(project.id),
    deps.epicsOfProject(project.id),
    rollupsOf(deps.rollups, project.id),
    deps.canEditIssues(project.id),
    deps.progressRule(),
  ]);
  // Asked only while the project serves no goal, when the page offers its settings: one Jira call more there.
  const canAlign = alignment ? false : await deps.canAdminister(project.id);
  return composeProjectPage({
    project: { id: project.id, key: project.key, name: project.name },
    alignment: alignment ?? null,
    canAlign,
    goals: catalog.goals,
    people: catalog.people,
    epics: epics.epics.map((e) => ({ ...e, projectId: project.id })),
    rollups,
    canTag,
    truncated: epics.truncated,
    rule,
    progress: deps.progress,
    today: deps.today(),
  });
};

/**
 * Tags an epic of THIS project with a goal (at the project's level, or the goal's where it sits below it); an epic of
 * another project is refused. Once the tag is written, a failure to read the page again does not turn the completed
 * write into an error: the answer says the page is to be read again.
 */
export const tagEpicFromProject = async (
  deps: ProjectPageDeps,
  tagDeps: TagEpicDeps,
  accountId: string,
  ref: string,
  issue: string,
  goalId: string,
): Promise<TaggedFromProject> => {
  const project = await deps.project(ref);
  const alignment = await deps.alignment(project.id);
  const guarded: TagEpicDeps = {
    ...tagDeps,
    issue: async (idOrKey) => {
      const found = await tagDeps.issue(idOrKey);
      if (found.fields.project.id !== project.id) throw new AppFailure('VALIDATION', 'That epic belongs to another project than the one shown');
      return found;
    },
  };
  const projectLevel = alignment?.level ?? 'project';
  await tagEpic(guarded, accountId, issue, { goalId, level: projectLevel }, (goalLevel) => workLevelFor(projectLevel, goalLevel));
  try {
    return { view: await readProjectPage(deps, project.id) };
  } catch (e) {
    console.warn('[throughline] an epic was tagged from the project page, but reading the page again failed', e);
    return { view: null };
  }
};
