// A mid-size world for the search index tests: three projects (one only Lea may browse), epics with goal tags,
// stories and subtasks across statuses, labels and orphans; plus the searches to compare and a world to run them on.
import type { JiraSeed } from '../../src/jira/model';
import { searchAliasesFromManifest } from '../../src/jira/emulator';
import { runSearch, type SearchMode } from '../../src/jira/jql';
import { JiraHttpError } from '../../src/jira/http';
import type { Principal, World } from '../../src/jira/world';
import { ALIGNMENT, aProject, grant, IssueBuilder, PEOPLE, STATUSES, TEST_MANIFEST, TYPES } from './builders';

const STATUS_CYCLE = [STATUSES.todo, STATUSES.doing, STATUSES.review, STATUSES.done];

export const indexWorld = (): JiraSeed => {
  const alpha = aProject('10200', 'ALPHA', 'Alpha Platform', 'u-lead', [
    grant('BROWSE_PROJECTS', { group: 'staff' }),
    grant('EDIT_ISSUES', { group: 'developers' }),
    grant('CREATE_ISSUES', { group: 'developers' }),
  ]);
  const beta = aProject('10201', 'BETA', 'Beta Apps', 'u-lead', [
    grant('BROWSE_PROJECTS', { group: 'staff' }),
    grant('EDIT_ISSUES', { group: 'developers' }),
    grant('CREATE_ISSUES', { group: 'developers' }),
  ]);
  const sec = aProject('10202', 'SEC', 'Secret Deals', 'u-lead', [
    grant('BROWSE_PROJECTS', { accountId: 'u-lead' }),
    grant('EDIT_ISSUES', { accountId: 'u-lead' }),
  ]);
  const b = new IssueBuilder();
  let n = 0;
  const status = () => STATUS_CYCLE[n++ % STATUS_CYCLE.length]!.id;
  for (const project of [alpha, beta, sec]) {
    for (let e = 0; e < 4; e++) {
      // One epic in four is untagged; the others serve goals g1..g3.
      const properties = e === 3 ? {} : { [ALIGNMENT]: { goalId: `g${((e + n) % 3) + 1}`, level: 'project', score: e * 2 } };
      const epic = b.add(project, TYPES.epic, `${project.key} epic ${e}`, { statusId: status(), properties, labels: e === 1 ? ['roadmap'] : [] });
      for (let s = 0; s < 3; s++) {
        const story = b.add(project, s === 2 ? TYPES.task : TYPES.story, `${project.key} work ${e}.${s}`, {
          parent: epic,
          statusId: status(),
          storyPoints: s + e,
          labels: s === 0 ? ['ux'] : [],
          ...(s === 1 ? { assigneeAccountId: 'u-dev' } : {}),
        });
        for (let t = 0; t < s; t++) b.add(project, TYPES.subtask, `${project.key} step ${e}.${s}.${t}`, { parent: story, statusId: status() });
      }
    }
    b.add(project, TYPES.story, `${project.key} orphan`, { statusId: status(), labels: ['tech-debt'] });
  }
  return { users: Object.values(PEOPLE), issueTypes: Object.values(TYPES), statuses: Object.values(STATUSES), projects: [alpha, beta, sec], issues: b.issues };
};

/** A World over a live seed, as the emulator's handlers see it. */
export const worldOver = (state: JiraSeed): World => ({
  state,
  baseUrl: 'https://example.atlassian.net',
  avatarBase: 'https://avatar-management--avatars.us-west-2.prod.public.atl-paas.net',
  appName: 'Forge app',
  clock: () => Date.UTC(2024, 0, 20, 12, 0),
  aliases: searchAliasesFromManifest(TEST_MANIFEST),
  requireBoundedJql: false,
  emit: () => undefined,
});

export const principals = (state: JiraSeed): Array<[string, Principal]> => [
  ['the app', { kind: 'app' }],
  ...['u-dev', 'u-lead', 'u-out'].map((id): [string, Principal] => [id, { kind: 'user', user: state.users.find((u) => u.accountId === id)! }]),
];

/** A search's outcome: the matching ids in order and how many issues were examined, or the 400 it answered. */
export const outcome = (world: World, principal: Principal, jql: string, mode: SearchMode): { ids: string[]; examined: number } | { error: string } => {
  try {
    const run = runSearch(world, principal, jql, mode);
    return { ids: run.issues.map((i) => i.id), examined: run.examined };
  } catch (e) {
    if (e instanceof JiraHttpError) return { error: `${e.status} ${e.errorMessages.join(' ')}` };
    throw e;
  }
};

/** The searches compared, written against the live state (ids and keys change as issues move). */
export const searches = (state: JiraSeed): { narrowed: string[]; scanned: string[] } => {
  const key = (k: string) => state.issues.find((i) => i.key === k)?.id ?? '0';
  const epics = state.issues.filter((i) => i.issueTypeId === TYPES.epic.id);
  const [e1, e2, e3] = epics.map((e) => e.id);
  const secEpic = epics.find((e) => e.projectId === '10202')!;
  const story = state.issues.find((i) => i.parentId === e1 && i.issueTypeId !== TYPES.subtask.id)?.id ?? '0';
  const someIds = state.issues.filter((_, at) => at % 7 === 0).map((i) => i.id);
  return {
    narrowed: [
      `parent = ${e1}`,
      `parent = ALPHA-1 ORDER BY key DESC`,
      `parent in (${e1}, ${e2}, ${secEpic.id}) ORDER BY status ASC, created DESC`,
      `parent = ${story}`,
      `parent = ${secEpic.key}`,
      `id in (${someIds.join(', ')})`,
      `id = ${key('BETA-3')}`,
      `id in (99999999, ${e3})`,
      `key in (ALPHA-2, beta-5, SEC-1) ORDER BY key`,
      `issuekey = BETA-1 OR issue = ALPHA-4`,
      `project = ALPHA`,
      `project in (BETA, "Alpha Platform") AND issuetype = Epic ORDER BY key`,
      `project = SEC`,
      `issuetype = Epic ORDER BY throughlineGoal DESC, key`,
      `issuetype in standardIssueTypes() AND project = BETA ORDER BY status`,
      `type = Subtask AND statusCategory != Done`,
      `id in (${e1}, ${e2}) OR parent in (${e1}, ${e2}) ORDER BY id ASC`,
      `(parent = ${e1} OR parent = ${e3}) AND labels = ux`,
      `project = ALPHA AND NOT issuetype = Epic ORDER BY updated DESC`,
      `project = BETA AND (parent = ${e2} OR id = ${e3} OR labels is EMPTY)`,
      `throughlineGoal = g1 AND issuetype = Epic`,
      `issue.property[${ALIGNMENT}].goalId in (g2, g3) AND project = ALPHA ORDER BY throughlineScore DESC`,
      `parent in (${e1}, ${e2}) AND throughlineScore >= 2`,
      `issuetype = Epic AND summary ~ "epic" AND assignee is EMPTY`,
    ],
    scanned: [
      `parent = ${e1} OR labels = ux`,
      `NOT parent = ${e1}`,
      `parent != ${e1} AND statusCategory = Done`,
      `parent in (EMPTY, ${e2})`,
      `parent IS EMPTY ORDER BY key`,
      `project not in (ALPHA)`,
      `NOT (project = ALPHA AND issuetype = Epic)`,
      `throughlineGoal in (g1, g2) OR parent in (${e1})`,
      `labels = ux ORDER BY status DESC, key`,
      `assignee = u-dev`,
      `ORDER BY created DESC`,
      ``,
    ],
  };
};
