// Use case: read and change a project's alignment. Only a user Jira calls a project admin of THAT project may
// change it; the check is made as the user, on the project id Jira returned, never on what the browser sent.
import { checkTagTarget } from '../../domain/alignment/tag-rules';
import { buildGraph } from '../../domain/goals/graph';
import type { ProjectTagView, SaveProjectTag } from '../../shared/api/project-settings';
import { requireKnownPeople } from '../people/known-people';
import { AppFailure } from '../../shared/errors';
import type { ProjectAlignment } from '../../shared/model/project-alignment';
import type { AuditEvent } from '../../shared/model/audit';
import type { CatalogSnapshot } from '../ports/catalog';
import type { AlignmentStore } from '../ports/alignments';
import type { JiraProject } from '../ports/jira';
import { forViewer, type GoalVisibilityDeps } from '../goals/goal-visibility';

export interface ProjectTagDeps {
  project(ref: string): Promise<JiraProject>;
  isProjectAdmin(projectId: string): Promise<boolean>;
  /** The whole catalog; offered and checked as the caller may see it. */
  catalog(): Promise<CatalogSnapshot>;
  viewer: GoalVisibilityDeps;
  alignments: Pick<AlignmentStore, 'project' | 'saveProject' | 'deleteProject'>;
  namesOf(accountIds: string[]): Promise<Record<string, string>>;
  now(): Date;
  auditId(): string;
}

export const readProjectTag = async (deps: ProjectTagDeps, ref: string): Promise<ProjectTagView> => {
  const project = await deps.project(ref);
  const [alignment, canEdit, catalog] = await Promise.all([
    deps.alignments.project(project.id),
    deps.isProjectAdmin(project.id),
    deps.catalog().then((c) => forViewer(deps.viewer, c)),
  ]);
  return { project, alignment: alignment ?? null, canEdit, goals: liveGoals(catalog.goals, alignment?.goalId) };
};

const requireAdmin = async (deps: ProjectTagDeps, ref: string): Promise<JiraProject> => {
  const project = await deps.project(ref);
  if (!(await deps.isProjectAdmin(project.id))) throw new AppFailure('FORBIDDEN', 'Only an administrator of this project may change its alignment');
  return project;
};

const conflict = () => new AppFailure('CONFLICT', 'Someone changed this project’s alignment since you opened it; reload to see their change');

export const saveProjectTag = async (deps: ProjectTagDeps, accountId: string, req: SaveProjectTag): Promise<ProjectTagView> => {
  const project = await requireAdmin(deps, req.project);
  const catalog = await forViewer(deps.viewer, await deps.catalog());
  const target = checkTagTarget(buildGraph(catalog.goals).byId.get(req.goalId), req.level);
  if (!target.ok) throw new AppFailure(target.failure.code, target.failure.message, target.failure.details);
  const before = (await deps.alignments.project(project.id)) ?? null;
  if ((before?.version ?? 0) !== req.expectedVersion) throw conflict();
  const people = [req.leaderId, req.managerId, accountId].filter((id): id is string => id !== null);
  const names = people.length > 0 ? await deps.namesOf(people) : {};
  requireKnownPeople(names, [
    { field: 'leaderId', accountId: req.leaderId, before: before?.leaderId },
    { field: 'managerId', accountId: req.managerId, before: before?.managerId },
  ]);
  const at = deps.now().toISOString();
  const next: ProjectAlignment = {
    projectId: project.id,
    level: req.level,
    goalId: req.goalId,
    leaderId: req.leaderId,
    managerId: req.managerId,
    version: req.expectedVersion + 1,
    updatedAt: at,
    updatedBy: accountId,
    names,
  };
  const audit: AuditEvent = {
    id: deps.auditId(),
    entity: 'project',
    entityId: project.id,
    action: before ? 'update' : 'tag',
    at,
    by: accountId,
    before,
    after: next,
  };
  if ((await deps.alignments.saveProject(next, req.expectedVersion, audit)) === 'conflict') throw conflict();
  return afterWrite(deps, project.id, () => ({ project, alignment: next, canEdit: true, goals: liveGoals(catalog.goals, next.goalId) }));
};

/** Live goals to choose from, plus the project's own goal even when archived, so the page can name it. */
const liveGoals = (goals: CatalogSnapshot['goals'], ownGoalId: string | undefined) => goals.filter((g) => g.status !== 'archived' || g.id === ownGoalId);

/**
 * The page after a committed write: read again, and when that read fails, the view as written. The write is
 * done; a failed follow-up read must not tell the user it was not.
 */
const afterWrite = async (deps: ProjectTagDeps, projectId: string, asWritten: () => ProjectTagView): Promise<ProjectTagView> => {
  try {
    return await readProjectTag(deps, projectId);
  } catch (e) {
    console.warn(`[throughline] reading project ${projectId} again after its alignment was written failed; showing it as written`, e);
    return asWritten();
  }
};

export const clearProjectTag = async (deps: ProjectTagDeps, accountId: string, ref: string, expectedVersion: number): Promise<ProjectTagView> => {
  const project = await requireAdmin(deps, ref);
  const before = await deps.alignments.project(project.id);
  if (!before) return readProjectTag(deps, project.id);
  if (before.version !== expectedVersion) throw conflict();
  const audit: AuditEvent = {
    id: deps.auditId(),
    entity: 'project',
    entityId: project.id,
    action: 'untag',
    at: deps.now().toISOString(),
    by: accountId,
    before,
    after: null,
  };
  if ((await deps.alignments.deleteProject(project.id, expectedVersion, audit)) === 'conflict') throw conflict();
  return afterWrite(deps, project.id, () => ({ project, alignment: null, canEdit: true, goals: [] }));
};
