// Counts the issues a JQL query matches, as the app (the automatic measures job) or as the user. Jira answers
// an approximate count, which is what a KPI over hundreds of issues needs.
import { route } from '@forge/api';
import { z } from 'zod';
import type { As, JiraClient } from './client';

const Count = z.object({ count: z.number().int().nonnegative() });

export const countIssues = async (jira: JiraClient, as: As, jql: string): Promise<number> => {
  const body = JSON.stringify({ jql });
  const res = await jira.json(
    as,
    (r) => r.requestJira(route`/rest/api/3/search/approximate-count`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }),
    Count,
  );
  return res.count;
};
