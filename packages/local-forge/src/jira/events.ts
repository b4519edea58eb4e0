// Issue events as Jira Cloud sends them to Forge apps (avi:jira:created|updated|deleted:issue): the issue with
// its fields, who caused it, and for updates a changelog of items. The emulator raises one after every issue
// write; the local Forge runtime delivers them to the app's triggers.
import type { JiraIssue } from './model';
import { STORY_POINTS_FIELD, STORY_POINTS_NAME } from './serializers/fields';
import { issueBean } from './serializers/issue';
import { indexWorld, type Principal, type World, type WorldIndex } from './world';
import type { Actor } from './types';

export type IssueEventType = 'avi:jira:created:issue' | 'avi:jira:updated:issue' | 'avi:jira:deleted:issue';

/** One item of an update's changelog (Jira's ChangeDetails). */
export interface ChangelogItem {
  field: string;
  fieldtype: 'jira' | 'custom';
  fieldId?: string;
  from: string | null;
  fromString: string | null;
  to: string | null;
  toString: string | null;
}

export interface JiraIssueEvent {
  eventType: IssueEventType;
  issue: { id: string; key: string; self: string; fields: Record<string, unknown> };
  /** The user who caused the event; absent when the app did. */
  atlassianId?: string;
  associatedUsers?: { accountId: string }[];
  changelog?: { id: string; items: ChangelogItem[] };
}

/** Who caused an event: what `filter.ignoreSelf` decides on. */
export interface IssueEventMeta {
  actor: Actor;
}

export type IssueEventListener = (event: JiraIssueEvent, meta: IssueEventMeta) => void;

/** The fields an event carries (the documented ones, plus parent and story points). */
const EVENT_FIELDS = ['summary', 'issuetype', 'status', 'project', 'parent', 'assignee', 'reporter', 'created', 'updated', STORY_POINTS_FIELD];

let changelogIds = 10_000;

/** The issue as an event shows it; call before a deletion removes it from the world. */
export const eventIssue = (world: World, issue: JiraIssue, index: WorldIndex = indexWorld(world.state)): JiraIssueEvent['issue'] => {
  const bean = issueBean(world, index, issue, { fields: { mode: 'fields', fields: EVENT_FIELDS }, expand: [] });
  return { id: issue.id, key: issue.key, self: String(bean.self), fields: bean.fields as Record<string, unknown> };
};

export const issueEvent = (eventType: IssueEventType, issue: JiraIssueEvent['issue'], by: Principal, items?: ChangelogItem[]): JiraIssueEvent => ({
  eventType,
  issue,
  ...(by.kind === 'user' ? { atlassianId: by.user.accountId, associatedUsers: [{ accountId: by.user.accountId }] } : {}),
  ...(items ? { changelog: { id: String(changelogIds++), items } } : {}),
});

export const actorOf = (p: Principal): Actor => (p.kind === 'user' ? { kind: 'user', accountId: p.user.accountId } : { kind: 'app' });

const item = (
  field: string,
  fieldId: string | undefined,
  from: [string | null, string | null],
  to: [string | null, string | null],
  fieldtype: 'jira' | 'custom' = 'jira',
): ChangelogItem => ({
  field,
  fieldtype,
  ...(fieldId ? { fieldId } : {}),
  from: from[0],
  fromString: from[1],
  to: to[0],
  toString: to[1],
});

/** What changed between two versions of an issue, as Jira's changelog names it. */
export const changelogOf = (world: World, before: JiraIssue, after: JiraIssue): ChangelogItem[] => {
  const index = indexWorld(world.state);
  const out: ChangelogItem[] = [];
  if (before.summary !== after.summary) out.push(item('summary', 'summary', [null, before.summary], [null, after.summary]));
  if (before.statusId !== after.statusId) {
    const name = (id: string) => index.statusById.get(id)?.name ?? id;
    out.push(item('status', 'status', [before.statusId, name(before.statusId)], [after.statusId, name(after.statusId)]));
  }
  if (before.parentId !== after.parentId) {
    const key = (id: string | undefined) => (id === undefined ? null : (index.issueById.get(id)?.key ?? id));
    // Jira Cloud records a parent change under this name, with issue ids and keys.
    out.push(item('IssueParentAssociation', undefined, [before.parentId ?? null, key(before.parentId)], [after.parentId ?? null, key(after.parentId)]));
  }
  if (before.projectId !== after.projectId) {
    const name = (id: string) => index.projectById.get(id)?.name ?? id;
    out.push(item('project', 'project', [before.projectId, name(before.projectId)], [after.projectId, name(after.projectId)]));
  }
  if (before.key !== after.key) out.push(item('Key', 'issuekey', [null, before.key], [null, after.key]));
  if (before.storyPoints !== after.storyPoints) {
    const s = (n: number | undefined) => (n === undefined ? null : String(n));
    out.push(item(STORY_POINTS_NAME, STORY_POINTS_FIELD, [null, s(before.storyPoints)], [null, s(after.storyPoints)], 'custom'));
  }
  if (before.labels.join(' ') !== after.labels.join(' ')) out.push(item('labels', 'labels', [null, before.labels.join(' ')], [null, after.labels.join(' ')]));
  return out;
};
