// Who the caller is and what Jira lets them do globally.
import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';

export const JiraUser = z.object({ accountId: z.string(), displayName: z.string().default(''), active: z.boolean().optional() });
export type JiraUser = z.infer<typeof JiraUser>;

const MyPermissions = z.object({ permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })) });

/** The calling user, as Jira knows them. */
export const fetchMyself = (jira: JiraClient): Promise<JiraUser> =>
  jira.json('user', (r) => r.requestJira(route`/rest/api/3/myself`), JiraUser);

/** Whether the calling user holds the global ADMINISTER permission (a Jira admin). */
export const isJiraAdmin = async (jira: JiraClient): Promise<boolean> => {
  const res = await jira.json('user', (r) => r.requestJira(route`/rest/api/3/mypermissions?permissions=ADMINISTER`), MyPermissions);
  return res.permissions.ADMINISTER?.havePermission === true;
};
