// Use case: tag an epic with a goal, or clear its tag. The tag is an issue property written AS THE USER, so Jira
// itself enforces edit permission; the app's mirror and audit follow only a successful write, and every read the
// mirror needs comes before it.
import { checkTagTarget } from '../../domain/alignment/tag-rules';
import { buildGraph } from '../../domain/goals/graph';
import { EPIC_TAG_PROPERTY, EpicTag } from '../../shared/epic-tag';
import { requireKnownPeople } from '../people/known-people';
import type { Level } from '../../shared/levels';
import { AppFailure } from '../../shared/errors';
import type { AuditEvent } from '../../shared/model/audit';
import type { CatalogSnapshot } from '../ports/catalog';
import type { MirroredEpicTag } from '../ports/alignments';
import type { PanelIssue } from '../ports/jira';
import { forViewer, type GoalVisibilityDeps } from '../goals/goal-visibility';

export interface TagEpicDeps {
  issue(idOrKey: string): Promise<PanelIssue>;
  /** The whole catalog; the tag's goal is looked up as the tagger may see it (a hidden goal cannot be chosen). */
  catalog(): Promise<CatalogSnapshot>;
  viewer: GoalVisibilityDeps;
  writeProperty(issueId: string, tag: EpicTag): Promise<void>;
  deleteProperty(issueId: string): Promise<void>;
  putMirror(m: MirroredEpicTag): Promise<void>;
  deleteMirror(issueId: string): Promise<void>;
  audit(e: AuditEvent): Promise<void>;
  namesOf(accountIds: string[]): Promise<Record<string, string>>;
  now(): Date;
  auditId(): string;
  /** Moves the epic's roll-up to the goal it now serves and keeps the tag's level and people in it (null: no
   *  tag); tagging raises no issue event to do it. */
  moveRollup?(epicId: string, tag: EpicTag | null): Promise<void>;
}

/** The tag is written; a roll-up that fails to follow is repaired by the reconcile job, not reported as a failure. */
const followRollup = async (deps: TagEpicDeps, epicId: string, tag: EpicTag | null): Promise<void> => {
  try {
    await deps.moveRollup?.(epicId, tag);
  } catch (e) {
    console.warn(`[throughline] the roll-up of epic ${epicId} did not follow its new tag; the reconcile job will`, e);
  }
};

const requireEpic = async (deps: TagEpicDeps, ref: string): Promise<PanelIssue> => {
  const issue = await deps.issue(ref);
  if (issue.fields.issuetype.hierarchyLevel !== 1) throw new AppFailure('VALIDATION', 'Only epics carry a goal tag; tag the epic this work belongs to');
  return issue;
};

/** The epic as it stands after the write: what the panel shows if reading it again fails. */
const withTag = (issue: PanelIssue, tag: EpicTag | null): PanelIssue => {
  const { [EPIC_TAG_PROPERTY]: _old, ...rest } = issue.properties;
  return { ...issue, properties: tag ? { ...rest, [EPIC_TAG_PROPERTY]: tag } : rest };
};

/**
 * `levelFor`, where the caller lets the goal decide the work's level (the project page: see `workLevelFor`); the
 * tag's own level otherwise.
 */
export const tagEpic = async (deps: TagEpicDeps, accountId: string, ref: string, asked: EpicTag, levelFor?: (goal: Level) => Level): Promise<PanelIssue> => {
  const issue = await requireEpic(deps, ref);
  const catalog = await forViewer(deps.viewer, await deps.catalog());
  const goal = buildGraph(catalog.goals).byId.get(asked.goalId);
  const tag = goal && levelFor ? { ...asked, level: levelFor(goal.level) } : asked;
  const target = checkTagTarget(goal, tag.level);
  if (!target.ok) throw new AppFailure(target.failure.code, target.failure.message, target.failure.details);
  // Every read first: a failed lookup leaves nothing written. After the property (written as the user, so Jira checks
  // edit permission) only the app's own writes follow; one that fails is repaired by the hourly reconcile, which
  // checks every mirror against Jira's property.
  const people = [tag.leaderId, tag.managerId].filter((id): id is string => id !== undefined);
  const names = people.length > 0 ? await deps.namesOf(people) : {};
  const was = EpicTag.safeParse(issue.properties[EPIC_TAG_PROPERTY]);
  requireKnownPeople(names, [
    { field: 'leaderId', accountId: tag.leaderId, before: was.success ? was.data.leaderId : undefined },
    { field: 'managerId', accountId: tag.managerId, before: was.success ? was.data.managerId : undefined },
  ]);
  await deps.writeProperty(issue.id, tag);
  await deps.putMirror({ issueId: issue.id, projectId: issue.fields.project.id, tag, names });
  await followRollup(deps, issue.id, tag);
  const before = issue.properties['throughline-alignment'] ?? null;
  await deps.audit({ id: deps.auditId(), entity: 'epic', entityId: issue.id, action: 'tag', at: deps.now().toISOString(), by: accountId, before, after: tag });
  return withTag(issue, tag);
};

export const clearEpicTag = async (deps: TagEpicDeps, accountId: string, ref: string): Promise<PanelIssue> => {
  const issue = await requireEpic(deps, ref);
  await deps.deleteProperty(issue.id);
  await deps.deleteMirror(issue.id);
  await followRollup(deps, issue.id, null);
  const before = issue.properties['throughline-alignment'] ?? null;
  await deps.audit({
    id: deps.auditId(),
    entity: 'epic',
    entityId: issue.id,
    action: 'untag',
    at: deps.now().toISOString(),
    by: accountId,
    before,
    after: null,
  });
  return withTag(issue, null);
};
