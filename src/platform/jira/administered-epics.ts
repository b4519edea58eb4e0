// Epics without a goal in the projects the caller administers ("Due from you"), asked of Jira AS THE USER in one
// search: Jira's `projectsWhereUserHasPermission("Administer Projects")` decides which projects are theirs, so a
// Jira admin who is not a project's admin is not told to tag its epics. One page; `truncated` says there are more.
import { route } from '@forge/api';
import { z } from 'zod';
import type { UntaggedEpic } from '../../services/ports/due';
import type { JiraClient } from './client';

const PAGE = 100;
const JQL = 'issuetype = Epic AND throughlineGoal IS EMPTY AND project in projectsWhereUserHasPermission("Administer Projects") ORDER BY project ASC, key ASC';

const Page = z.object({
  issues: z.array(
    z.object({
      key: z.string(),
      fields: z.object({
        summary: z.string().default(''),
        project: z.object({ id: z.string(), key: z.string(), name: z.string() }),
      }),
    }),
  ),
  nextPageToken: z.string().optional(),
  isLast: z.boolean().optional(),
});

export const fetchUntaggedEpicsToAdminister = async (jira: JiraClient): Promise<{ epics: UntaggedEpic[]; truncated: boolean }> => {
  const body = JSON.stringify({ jql: JQL, fields: ['summary', 'project'], maxResults: PAGE });
  const res = await jira.json(
    'user',
    (r) => r.requestJira(route`/rest/api/3/search/jql`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body }),
    Page,
  );
  return {
    epics: res.issues.map((i) => ({ key: i.key, title: i.fields.summary, project: i.fields.project })),
    truncated: res.nextPageToken !== undefined && res.isLast !== true,
  };
};
