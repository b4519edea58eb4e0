// What the alignment tree, the gaps radar and the project page ask of Jira, always AS THE USER so that Jira's
// own permissions cut every answer: the projects the viewer may browse, and epics (title, status, our tag) found
// by id, by project or by having no goal; and, ids only, which epics of some goals the viewer may see. Paged with
// bounded loops; only the fields shown are requested.
import { route } from '@forge/api';
import { z } from 'zod';
import { EPIC_TAG_PROPERTY, EpicTag } from '../../shared/epic-tag';
import type { JiraClient } from './client';

const PAGE = 100;

const PermittedProjects = z.object({ projects: z.array(z.object({ id: z.union([z.number().int(), z.string()]), key: z.string() })).default([]) });

export interface BrowsableProject {
  id: string;
  key: string;
}

/**
 * Every project the viewer may browse, in ONE call whatever the site's size: Jira's permitted projects for
 * BROWSE_PROJECTS, ids and keys only, ordered by key. Names are asked only for the projects a view shows.
 */
export const fetchBrowsableProjects = async (jira: JiraClient): Promise<BrowsableProject[]> => {
  const body = JSON.stringify({ permissions: ['BROWSE_PROJECTS'] });
  const res = await jira.json(
    'user',
    (r) =>
      r.requestJira(route`/rest/api/3/permissions/project`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body,
      }),
    PermittedProjects,
  );
  return res.projects.map(({ id, key }) => ({ id: String(id), key })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
};

const ProjectPage = z.object({ values: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() })) });

/** Jira's project search takes at most 50 ids at once. */
const NAMES_PER_CALL = 50;
/** A bound on one read's name lookups: 40 calls, 2,000 projects, as many as a page of rows can show. */
const MAX_NAMED = 2000;

/** These projects (id, key, name) as the viewer may see them (others are absent): one project search per 50 ids, a
 *  few at a time. */
export const fetchProjectsByIds = async (jira: JiraClient, ids: readonly string[]): Promise<{ id: string; key: string; name: string }[]> => {
  const wanted = numeric(ids).slice(0, MAX_NAMED);
  const chunks = Array.from({ length: Math.ceil(wanted.length / NAMES_PER_CALL) }, (_, i) => wanted.slice(i * NAMES_PER_CALL, (i + 1) * NAMES_PER_CALL));
  const found: { id: string; key: string; name: string }[][] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < chunks.length) {
      const i = next++;
      const q = new URLSearchParams({ action: 'browse', maxResults: String(PAGE) });
      for (const id of chunks[i]!) q.append('id', id);
      const res = await jira.json('user', (r) => r.requestJira(route`/rest/api/3/project/search?${q}`), ProjectPage);
      found[i] = res.values.map(({ id, key, name }) => ({ id, key, name }));
    }
  };
  await Promise.all(Array.from({ length: Math.min(SEARCHES_AT_ONCE, chunks.length) }, worker));
  return found.flat();
};

/** The names of these projects as the viewer may see them, by id. */
export const fetchProjectNames = async (jira: JiraClient, ids: readonly string[]): Promise<Record<string, string>> =>
  Object.fromEntries((await fetchProjectsByIds(jira, ids)).map((p) => [p.id, p.name]));

const CATEGORY = { new: 'todo', indeterminate: 'inProgress', done: 'done' } as const;

const SearchPage = z.object({
  issues: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      fields: z
        .object({
          summary: z.string().default(''),
          status: z
            .object({ name: z.string(), statusCategory: z.object({ key: z.string() }).partial().default({}) })
            .nullable()
            .optional(),
          project: z.object({ id: z.string() }).optional(),
        })
        .default({ summary: '' }),
      properties: z.record(z.string(), z.unknown()).default({}),
    }),
  ),
  nextPageToken: z.string().optional(),
  isLast: z.boolean().optional(),
});

export interface JiraEpic {
  id: string;
  key: string;
  title: string;
  projectId: string;
  status: { name: string; category: 'todo' | 'inProgress' | 'done' } | null;
  /** The epic's tag when the property holds one that parses; anything else is not trusted. */
  tag: EpicTag | null;
}

const epicOf = (i: z.infer<typeof SearchPage>['issues'][number]): JiraEpic => {
  const s = i.fields.status;
  const category = s ? CATEGORY[s.statusCategory.key as keyof typeof CATEGORY] : undefined;
  const tag = EpicTag.safeParse(i.properties[EPIC_TAG_PROPERTY]);
  return {
    id: i.id,
    key: i.key,
    title: i.fields.summary,
    projectId: i.fields.project?.id ?? '',
    status: s ? { name: s.name, category: category ?? 'todo' } : null,
    tag: tag.success ? tag.data : null,
  };
};

/** Runs one JQL as the user, following nextPageToken for at most `maxPages` pages. */
const searchEpics = async (jira: JiraClient, jql: string, maxPages: number): Promise<{ epics: JiraEpic[]; truncated: boolean }> => {
  const epics: JiraEpic[] = [];
  let nextPageToken: string | undefined;
  for (let page = 0; page < maxPages; page++) {
    const body = JSON.stringify({
      jql,
      fields: ['summary', 'status', 'project'],
      properties: [EPIC_TAG_PROPERTY],
      maxResults: PAGE,
      ...(nextPageToken ? { nextPageToken } : {}),
    });
    const res = await jira.json(
      'user',
      (r) =>
        r.requestJira(route`/rest/api/3/search/jql`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body }),
      SearchPage,
    );
    epics.push(...res.issues.map(epicOf));
    nextPageToken = res.nextPageToken;
    if (!nextPageToken || res.isLast === true) return { epics, truncated: false };
  }
  return { epics, truncated: nextPageToken !== undefined };
};

const numeric = (ids: readonly string[]): string[] => [...new Set(ids)].filter((id) => /^\d{1,18}$/.test(id));

/** Searches run at the same time by one read: enough to hide latency, few enough not to trip Jira's burst limit. */
const SEARCHES_AT_ONCE = 4;

/**
 * The epics with these ids that the viewer may see (others are simply absent): one search of `id in (…)` per 100
 * ids, a few at a time, for at most `maxIds` ids (a bound on every loop; a subtree read passes its row cap).
 */
export const fetchEpicsByIds = async (jira: JiraClient, ids: readonly string[], maxIds = PAGE * 10): Promise<JiraEpic[]> => {
  const wanted = numeric(ids).slice(0, maxIds);
  const chunks = Array.from({ length: Math.ceil(wanted.length / PAGE) }, (_, i) => wanted.slice(i * PAGE, (i + 1) * PAGE));
  const found: JiraEpic[][] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < chunks.length) {
      const i = next++;
      found[i] = (await searchEpics(jira, `id in (${chunks[i]!.join(',')})`, 1)).epics;
    }
  };
  await Promise.all(Array.from({ length: Math.min(SEARCHES_AT_ONCE, chunks.length) }, worker));
  return found.flat();
};

/** Epics with no goal tag in every project the viewer may browse, by project and key. */
export const fetchUntaggedEpics = (jira: JiraClient, maxPages = 5): Promise<{ epics: JiraEpic[]; truncated: boolean }> =>
  searchEpics(jira, 'issuetype = Epic AND throughlineGoal IS EMPTY ORDER BY project ASC, key ASC', maxPages);

/** Every epic of one project with its tag, for the project page. */
export const fetchEpicsOfProject = (jira: JiraClient, projectId: string, maxPages = 5): Promise<{ epics: JiraEpic[]; truncated: boolean }> => {
  const [id] = numeric([projectId]);
  if (!id) return Promise.resolve({ epics: [], truncated: false });
  return searchEpics(jira, `project = ${id} AND issuetype = Epic ORDER BY key ASC`, maxPages);
};

/** Ids only: Jira answers up to 5,000 a page. */
const IDS_PAGE = 5000;
/** Pages per query: 50,000 epics of one set of goals, far beyond any site's; a bound, not an expectation. */
const MAX_ID_PAGES = 10;
/** Goals named by one query, to keep the JQL well under Jira's length limits. */
export const GOALS_PER_QUERY = 50;
const GOAL_ID = /^[A-Za-z0-9_-]{1,64}$/;

const IdPage = z.object({ issues: z.array(z.object({ id: z.string() })), nextPageToken: z.string().nullish(), isLast: z.boolean().optional() });

/** Ids of every issue matching `jql` that the viewer may see, following nextPageToken for at most MAX_ID_PAGES pages. */
const searchIds = async (jira: JiraClient, jql: string): Promise<string[]> => {
  const out: string[] = [];
  let nextPageToken: string | undefined;
  for (let page = 0; page < MAX_ID_PAGES; page++) {
    const body = JSON.stringify({ jql, maxResults: IDS_PAGE, ...(nextPageToken ? { nextPageToken } : {}) });
    const res = await jira.json(
      'user',
      (r) =>
        r.requestJira(route`/rest/api/3/search/jql`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body }),
      IdPage,
    );
    out.push(...res.issues.map((i) => i.id));
    if (!res.nextPageToken || res.isLast === true) break;
    nextPageToken = res.nextPageToken;
  }
  return out;
};

/**
 * Ids of the epics tagged with these goals (as Jira's index has the tag) that the viewer may see: a visibility
 * check, not a read of the epics. Ids only, so one page holds 5,000; goals go 50 to a query, a few at a time.
 */
export const fetchVisibleEpicIds = async (jira: JiraClient, goalIds: readonly string[]): Promise<Set<string>> => {
  const goals = [...new Set(goalIds)].filter((id) => GOAL_ID.test(id));
  const chunks = Array.from({ length: Math.ceil(goals.length / GOALS_PER_QUERY) }, (_, i) => goals.slice(i * GOALS_PER_QUERY, (i + 1) * GOALS_PER_QUERY));
  const out = new Set<string>();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < chunks.length) {
      const goalsHere = chunks[next++]!;
      const jql = `issuetype = Epic AND throughlineGoal in (${goalsHere.map((g) => `"${g}"`).join(', ')})`;
      for (const id of await searchIds(jira, jql)) out.add(id);
    }
  };
  await Promise.all(Array.from({ length: Math.min(SEARCHES_AT_ONCE, chunks.length) }, worker));
  return out;
};

/** Of these issue ids, the ones the viewer may browse: a visibility check of `id in (…)`, ids only, 100 ids a search. */
export const fetchVisibleIssueIds = async (jira: JiraClient, ids: readonly string[]): Promise<Set<string>> => {
  const wanted = numeric(ids).slice(0, PAGE * 10);
  const out = new Set<string>();
  for (let at = 0; at < wanted.length; at += PAGE) for (const id of await searchIds(jira, `id in (${wanted.slice(at, at + PAGE).join(',')})`)) out.add(id);
  return out;
};
