// The dates behind a goal's burn-up, read AS THE USER so that Jira's permissions cut the answer: for the issues under
// some epics (their children, then the children's subtasks, as the roll-ups count them), when each was created and,
// if it is done now, when it entered the done category (Jira's `statuscategorychangedate`). Paged and bounded.
import { route } from '@forge/api';
import { z } from 'zod';
import { WORK_HISTORY_MAX } from '../../shared/api/burn-up';
import type { WorkDates } from '../../services/ports/jira';
import type { JiraClient } from './client';

const PAGE = 100;
export { WORK_HISTORY_MAX };
const IDS_PER_QUERY = 100;

const Page = z.object({
  issues: z.array(
    z.object({
      id: z.string(),
      fields: z.object({
        created: z.string(),
        statuscategorychangedate: z.string().nullish(),
        status: z.object({ statusCategory: z.object({ key: z.string() }).partial().default({}) }).nullish(),
      }),
    }),
  ),
  nextPageToken: z.string().nullish(),
  isLast: z.boolean().optional(),
});

/** Jira's "2026-03-23T09:00:00.000+0000" as an ISO instant; anything unreadable is null. */
const instant = (s: string | null | undefined): string | null => {
  if (!s) return null;
  const t = Date.parse(s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(t) ? null : new Date(t).toISOString();
};

const numeric = (ids: readonly string[]): string[] => [...new Set(ids)].filter((id) => /^\d{1,18}$/.test(id));

/** Issues whose parent is one of `parents`, 100 parents a query, until `room` issues are read. */
const childrenOf = async (jira: JiraClient, parents: readonly string[], room: number): Promise<{ dates: (WorkDates & { id: string })[]; full: boolean }> => {
  const out: (WorkDates & { id: string })[] = [];
  const ids = numeric(parents);
  for (let at = 0; at < ids.length; at += IDS_PER_QUERY) {
    const jql = `parent in (${ids.slice(at, at + IDS_PER_QUERY).join(',')}) ORDER BY id ASC`;
    let nextPageToken: string | undefined;
    do {
      if (out.length >= room) return { dates: out, full: true };
      const body = JSON.stringify({
        jql,
        fields: ['created', 'statuscategorychangedate', 'status'],
        maxResults: Math.min(PAGE, room - out.length),
        ...(nextPageToken ? { nextPageToken } : {}),
      });
      const res = await jira.json(
        'user',
        (r) =>
          r.requestJira(route`/rest/api/3/search/jql`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body }),
        Page,
      );
      for (const i of res.issues) {
        const created = instant(i.fields.created);
        if (!created) continue;
        const done = i.fields.status?.statusCategory.key === 'done';
        out.push({ id: i.id, created, doneAt: done ? (instant(i.fields.statuscategorychangedate) ?? created) : null });
      }
      nextPageToken = res.isLast === true ? undefined : (res.nextPageToken ?? undefined);
    } while (nextPageToken);
  }
  return { dates: out, full: false };
};

/** The children of these epics and their subtasks, each with its dates, at most WORK_HISTORY_MAX of them. */
export const fetchWorkHistory = async (jira: JiraClient, epicIds: readonly string[]): Promise<{ items: WorkDates[]; truncated: boolean }> => {
  const children = await childrenOf(jira, epicIds, WORK_HISTORY_MAX);
  if (children.full) return { items: children.dates, truncated: true };
  const subtasks = await childrenOf(
    jira,
    children.dates.map((c) => c.id),
    WORK_HISTORY_MAX - children.dates.length,
  );
  return { items: [...children.dates, ...subtasks.dates].map(({ created, doneAt }) => ({ created, doneAt })), truncated: subtasks.full };
};
