// What the alignment tree, the gaps radar and the project page ask of Jira, always AS THE USER so that Jira's
// own permissions cut every answer: the projects the viewer may browse, and epics (title, status, our tag) found
// by id, by project or by having no goal. Paged with bounded loops; only the fields shown are requested.
import { route } from '@forge/api';
import { z } from 'zod';
import { EPIC_TAG_PROPERTY, EpicTag } from '../../shared/epic-tag';
import type { JiraClient } from './client';

const MAX_PROJECT_PAGES = 20;
const PAGE = 100;

const ProjectPage = z.object({
  values: z.array(z.object({ id: z.string(), key: z.string(), name: z.string() })),
  isLast: z.boolean().optional(),
  total: z.number().optional(),
});

export interface BrowsableProject {
  id: string;
  key: string;
  name: string;
}

/** Every project the viewer may browse: one paged call, ids, keys and names only. */
export const fetchBrowsableProjects = async (jira: JiraClient): Promise<BrowsableProject[]> => {
  const out: BrowsableProject[] = [];
  for (let page = 0; page < MAX_PROJECT_PAGES; page++) {
    const startAt = page * PAGE;
    const res = await jira.json('user', (r) => r.requestJira(route`/rest/api/3/project/search?action=browse&startAt=${startAt}&maxResults=${PAGE}`), ProjectPage);
    out.push(...res.values.map(({ id, key, name }) => ({ id, key, name })));
    if (res.isLast !== false || res.values.length === 0) break;
  }
  return out;
};

const CATEGORY = { new: 'todo', indeterminate: 'inProgress', done: 'done' } as const;

const SearchPage = z.object({
  issues: z.array(
    z.object({
      id: z.string(),
      key: z.string(),
      fields: z
        .object({
          summary: z.string().default(''),
          status: z.object({ name: z.string(), statusCategory: z.object({ key: z.string() }).partial().default({}) }).nullable().optional(),
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
    const body = JSON.stringify({ jql, fields: ['summary', 'status', 'project'], properties: [EPIC_TAG_PROPERTY], maxResults: PAGE, ...(nextPageToken ? { nextPageToken } : {}) });
    const res = await jira.json(
      'user',
      (r) => r.requestJira(route`/rest/api/3/search/jql`, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body }),
      SearchPage,
    );
    epics.push(...res.issues.map(epicOf));
    nextPageToken = res.nextPageToken;
    if (!nextPageToken || res.isLast === true) return { epics, truncated: false };
  }
  return { epics, truncated: nextPageToken !== undefined };
};

const numeric = (ids: readonly string[]): string[] => [...new Set(ids)].filter((id) => /^\d{1,18}$/.test(id));

/** The epics with these ids that the viewer may see (others are simply absent), in chunks of one page each. */
export const fetchEpicsByIds = async (jira: JiraClient, ids: readonly string[]): Promise<JiraEpic[]> => {
  const wanted = numeric(ids);
  const out: JiraEpic[] = [];
  for (let i = 0; i < wanted.length && i < PAGE * 10; i += PAGE) {
    out.push(...(await searchEpics(jira, `id in (${wanted.slice(i, i + PAGE).join(',')})`, 1)).epics);
  }
  return out;
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
