// Use case: the goal behind an issue, for the issue panel. Budget: one Jira call (the issue with its parent,
// project, our property and edit metadata, read as the viewer) and two storage reads (the catalog; the epic's
// mirrored tag, the project's alignment, the goals' KPI health board and the live support agreements in one batch).
// A subtask needs one more Jira call for its story's epic. What the chain's goals rely on is told from what the panel
// holds (src/domain/agreements/panel-lines.ts), to viewers who take part in the strategy by their team (the issue's
// project is aligned) or by a role on a goal.
import { composeGoalContext } from '../../domain/alignment/goal-context';
import { reliedOnLines, relianceLines } from '../../domain/agreements/panel-lines';
import { takesPart } from '../../domain/agreements/readers';
import { holdsRoleOn } from '../../domain/kpi/access';
import { claimsToVouch, vouchedTag } from '../../domain/goals/visibility';
import { EpicTag, EPIC_TAG_PROPERTY } from '../../shared/epic-tag';
import type { GoalContext, TagOptions } from '../../shared/api/panel';
import type { CatalogSnapshot } from '../ports/catalog';
import type { PanelRecords } from '../ports/alignments';
import type { PanelIssue } from '../ports/jira';
import { forViewer, type GoalVisibilityDeps } from './goal-visibility';

export interface GoalContextDeps {
  issue(idOrKey: string): Promise<PanelIssue>;
  /** The whole catalog: the chain above work the viewer can browse is theirs to see, restricted or not, as long
   *  as the app wrote the tag that links the work to it. */
  catalog(): Promise<CatalogSnapshot>;
  /** Who is asking: the tag editor offers only the goals they may see (restricted goals cut). */
  viewer: GoalVisibilityDeps;
  panelRecords(epicId: string | undefined, projectId: string): Promise<PanelRecords>;
  /** The app's day ('YYYY-MM-DD'), for the risk of agreed support. */
  today(): string;
}

const isEpic = (i: { fields: { issuetype?: { hierarchyLevel: number } } }) => i.fields.issuetype?.hierarchyLevel === 1;

/** The tag stored on the issue itself, when it parses; anything else written there is ignored, not trusted. */
const ownTag = (issue: PanelIssue): EpicTag | null => {
  const parsed = EpicTag.safeParse(issue.properties[EPIC_TAG_PROPERTY]);
  return parsed.success ? parsed.data : null;
};

export const goalContext = async (deps: GoalContextDeps, issueRef: string): Promise<GoalContext> => {
  let issue = await deps.issue(issueRef);
  const view = {
    id: issue.id,
    key: issue.key,
    summary: issue.fields.summary,
    typeName: issue.fields.issuetype.name,
    isEpic: isEpic(issue),
    isSubtask: issue.fields.issuetype.subtask || issue.fields.issuetype.hierarchyLevel < 0,
    project: issue.fields.project,
  };
  const canTagEpic = view.isEpic && issue.editable;
  if (view.isSubtask && issue.fields.parent) {
    // Two steps up: the subtask's story tells us the epic.
    issue = await deps.issue(issue.fields.parent.id);
  }
  const parent = issue.fields.parent;
  const epic = isEpic(issue)
    ? { id: issue.id, key: issue.key, summary: issue.fields.summary }
    : parent && parent.fields.issuetype?.hierarchyLevel === 1
      ? { id: parent.id, key: parent.key, summary: parent.fields.summary ?? '' }
      : null;
  const [catalog, stored] = await Promise.all([deps.catalog(), deps.panelRecords(epic?.id, view.project.id)]);
  // On an epic its own property is read, but a property naming a restricted goal is a claim anyone who may edit the
  // epic can write: it shows that goal only when the app's mirror (written by the tagging use case) confirms it. So
  // does a property naming no goal at all: were it shown as a missing goal, a guessed id answered otherwise than a
  // restricted one would tell which restricted goals exist.
  const epicTag = isEpic(issue) ? vouchedTag(ownTag(issue), stored.epic?.tag.goalId, claimsToVouch(catalog.goals)) : (stored.epic?.tag ?? null);
  const context = composeGoalContext({
    issue: view,
    epic,
    epicTag,
    epicNames: stored.epic?.names ?? {},
    projectAlignment: stored.project ?? null,
    goals: catalog.goals,
    people: catalog.people,
    health: stored.health.goals,
    canTagEpic,
  });
  const accountId = deps.viewer.accountId;
  const reads = takesPart({ accountId, goals: catalog.goals, browsesAlignedProject: stored.project !== undefined });
  const chain = context.chain.flatMap((l) => (l.kind === 'goal' ? [l.id] : []));
  const facts = { chain, goals: catalog.goals, support: stored.support, health: stored.health.goals, accountId, today: deps.today() };
  const reliesOn = reads ? relianceLines(facts) : [];
  const reliedOnBy = reads ? reliedOnLines(facts) : [];
  return {
    ...context,
    reliesOn,
    reliedOnBy,
    mySelfGoals: mySelfGoals(catalog.goals, chain, accountId),
    holdsRole: catalog.goals.some((g) => g.status === 'active' && holdsRoleOn(g, accountId)),
  };
};

/** The viewer's own live Self goals (they lead or manage them) under a goal of the chain, in chain order. */
const mySelfGoals = (goals: CatalogSnapshot['goals'], chain: readonly string[], accountId: string) =>
  chain.flatMap((parentId) =>
    goals
      .filter((g) => g.parentId === parentId && g.level === 'self' && g.status !== 'archived' && (g.leaderId === accountId || g.managerId === accountId))
      .map((g) => ({ id: g.id, title: g.title, parentId, status: g.status })),
  );

/**
 * The panel after a tag was written: the write is complete, so a failure to read the epic again (Jira busy) does not
 * turn it into an error; the panel is composed from the epic as the write left it.
 */
export const goalContextAfterWrite = (deps: GoalContextDeps, issueRef: string, written: PanelIssue): Promise<GoalContext> =>
  goalContext(
    {
      ...deps,
      issue: (ref) =>
        deps.issue(ref).catch((e: unknown) => {
          console.warn(`[throughline] reading ${ref} again after its tag was written failed; showing it as written`, e);
          return written;
        }),
    },
    issueRef,
  );

/** What the epic tag editor offers: live goals, and the project's level as the default (read as the viewer). */
export const tagOptions = async (deps: GoalContextDeps, issueRef: string): Promise<TagOptions> => {
  const issue = await deps.issue(issueRef);
  const [catalog, stored] = await Promise.all([deps.catalog().then((c) => forViewer(deps.viewer, c)), deps.panelRecords(undefined, issue.fields.project.id)]);
  return { goals: catalog.goals.filter((g) => g.status !== 'archived'), defaultLevel: stored.project?.level ?? 'project' };
};
