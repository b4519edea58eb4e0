// What the calling user may do on a project or an issue, asked of Jira as that user.
import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';

const MyPermissions = z.object({ permissions: z.record(z.string(), z.object({ havePermission: z.boolean() })) });

export type ProjectPermission = 'ADMINISTER_PROJECTS' | 'EDIT_ISSUES' | 'BROWSE_PROJECTS';

export const hasProjectPermission = async (jira: JiraClient, projectId: string, permission: ProjectPermission): Promise<boolean> => {
  const res = await jira.json('user', (r) => r.requestJira(route`/rest/api/3/mypermissions?permissions=${permission}&projectId=${projectId}`), MyPermissions);
  return res.permissions[permission]?.havePermission === true;
};

export const hasIssuePermission = async (jira: JiraClient, issueId: string, permission: ProjectPermission): Promise<boolean> => {
  const res = await jira.json('user', (r) => r.requestJira(route`/rest/api/3/mypermissions?permissions=${permission}&issueId=${issueId}`), MyPermissions);
  return res.permissions[permission]?.havePermission === true;
};
