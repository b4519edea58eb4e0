// Issues as the roll-ups need them, read AS THE APP (roll-ups are the app's own work; viewers only ever see them
// intersected with what they may browse): epics with their tag, children and subtasks with status category and
// story points. Only the fields needed are requested, pages follow nextPageToken, and every loop is bounded.
import { route } from '@forge/api';
import { z } from 'zod';
import { EPIC_TAG_PROPERTY, EpicTag } from '../../shared/epic-tag';
import { AppFailure } from '../../shared/errors';
import type { FoundIssue, IssueLink } from '../../services/ports/rollups';
import type { JiraClient } from './client';

/** One page of an enhanced JQL search (`POST /rest/api/3/search/jql`) as the app, validated by `shape`. */
const searchAsApp = <T extends z.ZodType>(jira: JiraClient, body: object, shape: T): Promise<z.infer<T>> =>
  jira.json(
    'app',
    (r) =>
      r.requestJira(route`/rest/api/3/search/jql`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify(body),
      }),
    shape,
  );

/** The site's story points field ("Story point estimate" on Jira Cloud software projects). */
export const STORY_POINTS_FIELD = 'customfield_10016';

// Summary and the status's name are kept for epics (their display facts); children's are not used.
const FIELDS = ['issuetype', 'status', 'parent', 'project', 'summary', STORY_POINTS_FIELD];
const PAGE_SIZE = 100;
/** 500 pages of 100: far beyond any one query the app makes; a query that needs more is a bug, not data. */
const MAX_PAGES = 500;
const IDS_PER_QUERY = 100;
const NUMERIC = /^\d+$/;

const IssueType = z.object({ hierarchyLevel: z.number().int().optional(), subtask: z.boolean().optional() }).partial();
const levelOf = (t: z.infer<typeof IssueType> | undefined): number => t?.hierarchyLevel ?? (t?.subtask ? -1 : 0);

const SearchIssue = z.object({
  id: z.string(),
  key: z.string().optional(),
  fields: z
    .object({
      issuetype: IssueType.nullish(),
      summary: z.string().nullish(),
      status: z.object({ name: z.string().optional(), statusCategory: z.object({ key: z.string() }).partial().nullish() }).nullish(),
      parent: z.object({ id: z.string(), fields: z.object({ issuetype: IssueType.nullish() }).partial().nullish() }).nullish(),
      project: z.object({ id: z.string() }).nullish(),
      [STORY_POINTS_FIELD]: z.number().nullish(),
    })
    .partial()
    .default({}),
  properties: z.record(z.string(), z.unknown()).default({}),
});
type SearchIssue = z.infer<typeof SearchIssue>;

const SearchPage = z.object({ issues: z.array(SearchIssue), nextPageToken: z.string().nullish(), isLast: z.boolean().optional() });
const BulkPage = z.object({ issues: z.array(SearchIssue) });

const found = (i: SearchIssue): FoundIssue => {
  const tag = EpicTag.safeParse(i.properties[EPIC_TAG_PROPERTY]);
  const points = i.fields[STORY_POINTS_FIELD];
  const status = i.fields.status;
  const category = status?.statusCategory?.key ?? 'new';
  return {
    id: i.id,
    ...(i.key !== undefined ? { key: i.key } : {}),
    ...(typeof i.fields.summary === 'string' ? { summary: i.fields.summary } : {}),
    // Null when Jira says the issue has no status; absent when the search did not say its name.
    ...(status === null ? { status: null } : status?.name !== undefined ? { status: { name: status.name, category } } : {}),
    ...(i.fields.parent ? { parentId: i.fields.parent.id } : {}),
    level: levelOf(i.fields.issuetype ?? undefined),
    category,
    storyPoints: typeof points === 'number' ? points : null,
    projectId: i.fields.project?.id ?? '',
    tag: tag.success ? tag.data : undefined,
  };
};

const numericIds = (ids: readonly string[]): string[] => [...new Set(ids.filter((id) => NUMERIC.test(id)))];
const chunk = <T>(xs: readonly T[], n: number): T[][] => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));

/** Every issue matching `jql`, page by page. */
const searchAll = async (jira: JiraClient, jql: string, opts: { properties?: string[]; reconcile?: readonly string[] } = {}): Promise<FoundIssue[]> => {
  const out: FoundIssue[] = [];
  let nextPageToken: string | undefined;
  const reconcileIssues = numericIds(opts.reconcile ?? [])
    .slice(0, 50)
    .map(Number);
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = {
      jql,
      fields: FIELDS,
      maxResults: PAGE_SIZE,
      ...(opts.properties ? { properties: opts.properties } : {}),
      ...(reconcileIssues.length > 0 ? { reconcileIssues } : {}),
      ...(nextPageToken ? { nextPageToken } : {}),
    };
    const res = await searchAsApp(jira, body, SearchPage);
    out.push(...res.issues.map(found));
    if (res.isLast !== false || !res.nextPageToken) return out;
    nextPageToken = res.nextPageToken;
  }
  throw new AppFailure('UPSTREAM', `A roll-up search returned more than ${MAX_PAGES} pages`);
};

/** The epics named (with their tag, to know their goal) and their direct children. */
export const searchEpicsAndChildren = async (jira: JiraClient, epicIds: readonly string[], reconcile: readonly string[] = []): Promise<FoundIssue[]> => {
  const out: FoundIssue[] = [];
  for (const ids of chunk(numericIds(epicIds), IDS_PER_QUERY / 2)) {
    const list = ids.join(', ');
    out.push(...(await searchAll(jira, `id in (${list}) OR parent in (${list})`, { properties: [EPIC_TAG_PROPERTY], reconcile })));
  }
  return out;
};

/** The direct children of these issues (for stories: their subtasks). */
export const searchChildren = async (jira: JiraClient, parentIds: readonly string[], reconcile: readonly string[] = []): Promise<FoundIssue[]> => {
  const out: FoundIssue[] = [];
  for (const ids of chunk(numericIds(parentIds), IDS_PER_QUERY)) out.push(...(await searchAll(jira, `parent in (${ids.join(', ')})`, { reconcile })));
  return out;
};

/** Ids of every epic on the site, ascending (ids only: up to 5,000 a page). */
export const listEpicIds = async (jira: JiraClient): Promise<string[]> => {
  const out: string[] = [];
  let nextPageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = { jql: 'issuetype = Epic ORDER BY id ASC', maxResults: 5000, ...(nextPageToken ? { nextPageToken } : {}) };
    const res = await searchAsApp(
      jira,
      body,
      z.object({ issues: z.array(z.object({ id: z.string() })), nextPageToken: z.string().nullish(), isLast: z.boolean().optional() }),
    );
    out.push(...res.issues.map((i) => i.id));
    if (res.isLast !== false || !res.nextPageToken) return [...new Set(out)].sort((a, b) => Number(a) - Number(b));
    nextPageToken = res.nextPageToken;
  }
  throw new AppFailure('UPSTREAM', `Listing epics returned more than ${MAX_PAGES} pages`);
};

const linkOf = (i: SearchIssue): IssueLink => {
  const parent = i.fields.parent;
  const parentType = parent?.fields?.issuetype ?? undefined;
  return {
    id: i.id,
    level: levelOf(i.fields.issuetype ?? undefined),
    ...(parent ? { parentId: parent.id } : {}),
    ...(parentType ? { parentLevel: levelOf(parentType) } : {}),
  };
};

/**
 * Issues updated in the last `minutes` minutes, with where they sit (their type and parent): 100 a page, at most
 * `max` of them. A relative date, so Jira's time zone for the app never shifts the window.
 */
export const searchChangedIssues = async (jira: JiraClient, minutes: number, max: number): Promise<{ links: IssueLink[]; complete: boolean }> => {
  const jql = `updated >= "-${Math.max(1, Math.ceil(minutes))}m" ORDER BY id ASC`;
  const links: IssueLink[] = [];
  let nextPageToken: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = { jql, fields: ['issuetype', 'parent'], maxResults: PAGE_SIZE, ...(nextPageToken ? { nextPageToken } : {}) };
    const res = await searchAsApp(jira, body, SearchPage);
    links.push(...res.issues.map(linkOf));
    if (links.length > max) return { links, complete: false };
    if (res.isLast !== false || !res.nextPageToken) return { links, complete: true };
    nextPageToken = res.nextPageToken;
  }
  return { links, complete: false };
};

/** Hierarchy facts of up to any number of issues, 100 per call; missing (deleted) issues are simply absent. */
export const fetchIssueLinks = async (jira: JiraClient, ids: readonly string[]): Promise<IssueLink[]> => {
  const out: IssueLink[] = [];
  for (const part of chunk(numericIds(ids), 100)) {
    const res = await jira.json(
      'app',
      (r) =>
        r.requestJira(route`/rest/api/3/issue/bulkfetch`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({ issueIdsOrKeys: part, fields: ['issuetype', 'parent'] }),
        }),
      BulkPage,
    );
    out.push(...res.issues.map(linkOf));
  }
  return out;
};
