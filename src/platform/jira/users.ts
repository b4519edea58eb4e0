// Who the caller is and what Jira lets them do globally.
import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';

export const JiraUser = z.object({
  accountId: z.string(),
  displayName: z.string().default(''),
  active: z.boolean().optional(),
  /** Jira's `AvatarUrlsBean`: the picture at 16, 24, 32 and 48 px. */
  avatarUrls: z.record(z.string(), z.string()).optional(),
});
export type JiraUser = z.infer<typeof JiraUser>;

const MyPermissions = z.object({ permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })) });

/** The calling user, as Jira knows them. */
export const fetchMyself = (jira: JiraClient): Promise<JiraUser> => jira.json('user', (r) => r.requestJira(route`/rest/api/3/myself`), JiraUser);

/** Whether the calling user holds the global ADMINISTER permission (a Jira admin). */
export const isJiraAdmin = async (jira: JiraClient): Promise<boolean> => {
  const res = await jira.json('user', (r) => r.requestJira(route`/rest/api/3/mypermissions?permissions=ADMINISTER`), MyPermissions);
  return res.permissions.ADMINISTER?.havePermission === true;
};

const MyselfWithGroups = JiraUser.extend({ groups: z.object({ items: z.array(z.object({ name: z.string() })) }).optional() });

/** The names of the groups the calling user belongs to. */
export const fetchMyGroups = async (jira: JiraClient): Promise<string[]> => {
  const me = await jira.json('user', (r) => r.requestJira(route`/rest/api/3/myself?expand=groups`), MyselfWithGroups);
  return (me.groups?.items ?? []).map((g) => g.name);
};

const GroupPage = z.object({ values: z.array(z.object({ name: z.string() })) });

/** Of these group names (at most 50), those Jira has; as the calling user (a Jira admin may browse groups). */
export const fetchExistingGroups = async (jira: JiraClient, names: readonly string[]): Promise<Set<string>> => {
  const asked = [...new Set(names)].slice(0, 50);
  if (asked.length === 0) return new Set();
  const query = new URLSearchParams([['maxResults', '50'], ...asked.map((n) => ['groupName', n])]);
  const page = await jira.json('user', (r) => r.requestJira(route`/rest/api/3/group/bulk?${query}`), GroupPage);
  return new Set(page.values.map((g) => g.name));
};

const UserPage = z.object({ values: z.array(JiraUser) });

/** Up to 100 users (names and avatars) by account id, as the user sees them (unknown ids are simply absent). */
export const fetchUsers = async (jira: JiraClient, accountIds: readonly string[]): Promise<JiraUser[]> => {
  const ids = [...new Set(accountIds)].slice(0, 100);
  if (ids.length === 0) return [];
  const query = new URLSearchParams([['maxResults', '100'], ...ids.map((id) => ['accountId', id])]);
  const page = await jira.json('user', (r) => r.requestJira(route`/rest/api/3/user/bulk?${query}`), UserPage);
  return page.values;
};

/** Active users whose name matches, for picking a leader or manager. */
export const searchUsers = async (jira: JiraClient, text: string): Promise<JiraUser[]> => {
  const users = await jira.json('user', (r) => r.requestJira(route`/rest/api/3/user/search?query=${text}&maxResults=20`), z.array(JiraUser));
  return users.filter((u) => u.active !== false);
};
