// Moving an issue to another project: Jira does it through its bulk move wizard, so the emulator offers it as
// a host-level action instead of a REST route. The issue (with its subtasks) gets a key in the new project and
// raises an update event whose changelog names the project and the key; its parent and children stay.
import { changelogOf, eventIssue, issueEvent } from './events';
import type { JiraIssue } from './model';
import { canBrowse, principalHolds } from './permissions';
import { findIssue, findProject, indexWorld, keyNumber, nowIso, type Principal, type World } from './world';

export type MoveOutcome = { status: 200; key: string } | { status: number; message: string };

export const moveIssue = (world: World, principal: Principal, idOrKey: string, projectIdOrKey: string): MoveOutcome => {
  const index = indexWorld(world.state);
  const issue = findIssue(index, idOrKey);
  const from = issue ? index.projectById.get(issue.projectId) : undefined;
  if (!issue || !canBrowse(principal, from)) return { status: 404, message: 'Issue does not exist or you do not have permission to see it.' };
  const to = findProject(world.state, projectIdOrKey);
  if (!canBrowse(principal, to)) return { status: 404, message: `No project could be found with key '${projectIdOrKey}'.` };
  if (index.typeById.get(issue.issueTypeId)?.subtask) return { status: 400, message: 'Move the parent issue: its subtasks move with it.' };
  if (to.id === issue.projectId) return { status: 400, message: `${issue.key} is already in ${to.key}.` };
  if (!principalHolds(principal, 'EDIT_ISSUES', from)) return { status: 403, message: `You do not have permission to move issue '${issue.key}'.` };
  if (!principalHolds(principal, 'CREATE_ISSUES', to)) return { status: 403, message: `You do not have permission to create issues in project '${to.key}'.` };

  let next = Math.max(0, ...world.state.issues.filter((i) => i.projectId === to.id).map((i) => keyNumber(i.key)));
  const moved: Array<[JiraIssue, JiraIssue]> = [];
  const subtasks = world.state.issues.filter((i) => i.parentId === issue.id && index.typeById.get(i.issueTypeId)?.subtask);
  for (const i of [issue, ...subtasks]) {
    const before = structuredClone(i);
    i.projectId = to.id;
    i.key = `${to.key}-${++next}`;
    i.updated = nowIso(world);
    moved.push([before, i]);
  }
  for (const [before, after] of moved) {
    world.emit(issueEvent('avi:jira:updated:issue', eventIssue(world, after), principal, changelogOf(world, before, after)), principal);
  }
  return { status: 200, key: issue.key };
};
