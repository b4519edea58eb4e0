// JQL in the emulator: what each supported query returns, and the 400s for what it cannot evaluate.
import { createJiraEmulator, searchAliasesFromManifest } from '../../src/jira/emulator';
import type { Actor } from '../../src/jira/emulator';
import { smallWorld, TEST_MANIFEST } from './builders';
import { app, as, post, searchKeys } from './http';

const jira = createJiraEmulator({
  seed: smallWorld(),
  searchAliases: searchAliasesFromManifest(TEST_MANIFEST),
  clock: () => Date.UTC(2024, 0, 12, 12, 0),
});

const DEMO_ALL = ['DEMO-1', 'DEMO-2', 'DEMO-3', 'DEMO-4', 'DEMO-5', 'DEMO-6', 'DEMO-7', 'DEMO-8'];
const BY_CREATION = [...DEMO_ALL, 'SEC-1', 'SEC-2', 'PUB-1'];

const MATCHING: Array<[string, string[], Actor?]> = [
  // project, issue type: key, id or name, any case
  ['project = DEMO AND issuetype = Epic ORDER BY key', ['DEMO-1', 'DEMO-2', 'DEMO-3']],
  ['PROJECT = demo and TYPE = epic order by KEY asc', ['DEMO-1', 'DEMO-2', 'DEMO-3']],
  ['project = "Demo Platform" AND issuetype = 10000 ORDER BY key', ['DEMO-1', 'DEMO-2', 'DEMO-3']],
  ['project = 10002', ['PUB-1']],
  ['issuetype = Epic ORDER BY key DESC', ['SEC-1', 'DEMO-3', 'DEMO-2', 'DEMO-1']],
  ['project in (DEMO, PUB) AND issuetype not in (Epic, Subtask) ORDER BY key', ['DEMO-4', 'DEMO-5', 'DEMO-6', 'DEMO-8', 'PUB-1']],
  ['issuetype in subTaskIssueTypes()', ['DEMO-7']],
  ['issuetype in standardIssueTypes() AND project = DEMO ORDER BY key', ['DEMO-1', 'DEMO-2', 'DEMO-3', 'DEMO-4', 'DEMO-5', 'DEMO-6', 'DEMO-8']],
  // parent by key or id, IS EMPTY
  ['parent = DEMO-1 ORDER BY key', ['DEMO-4', 'DEMO-5']],
  ['parent = 20000 ORDER BY key', ['DEMO-4', 'DEMO-5']],
  ['parent in (demo-1, DEMO-5) ORDER BY key', ['DEMO-4', 'DEMO-5', 'DEMO-7']],
  ['parent IS EMPTY AND project = DEMO ORDER BY key', ['DEMO-1', 'DEMO-2', 'DEMO-3', 'DEMO-8']],
  ['parent is not empty and project = SEC', ['SEC-2']],
  // status and status category by name, id or key
  ['status = "In Progress" ORDER BY key', ['DEMO-1', 'DEMO-5', 'SEC-1']],
  ['status = 4', ['DEMO-7']],
  ["status in ('in review', Done) ORDER BY key", ['DEMO-3', 'DEMO-4', 'DEMO-7', 'PUB-1']],
  ['statusCategory = indeterminate ORDER BY key', ['DEMO-1', 'DEMO-5', 'DEMO-7', 'SEC-1']],
  ['statusCategory = "To Do" ORDER BY key', ['DEMO-2', 'DEMO-6', 'DEMO-8', 'SEC-2']],
  ['statuscategory = 3 ORDER BY key', ['DEMO-3', 'DEMO-4', 'PUB-1']],
  ['statusCategory != Done AND project = DEMO ORDER BY key', ['DEMO-1', 'DEMO-2', 'DEMO-5', 'DEMO-6', 'DEMO-7', 'DEMO-8']],
  // key / issuekey / id
  ['key = DEMO-4', ['DEMO-4']],
  ['issuekey in (DEMO-1, pub-1) ORDER BY key', ['DEMO-1', 'PUB-1']],
  ['id = 20010', ['PUB-1']],
  ['key != DEMO-1 AND project = DEMO ORDER BY key DESC', ['DEMO-8', 'DEMO-7', 'DEMO-6', 'DEMO-5', 'DEMO-4', 'DEMO-3', 'DEMO-2']],
  // labels: != and NOT IN never match an empty field, as in Jira
  ['labels = ux', ['DEMO-4']],
  ['labels in (backend, roadmap) ORDER BY key', ['DEMO-5', 'PUB-1']],
  ['labels not in (secret) ORDER BY key', ['DEMO-1', 'DEMO-4', 'DEMO-5', 'DEMO-8', 'PUB-1']],
  ['labels != secret ORDER BY key', ['DEMO-1', 'DEMO-4', 'DEMO-5', 'DEMO-8', 'PUB-1']],
  ['labels is EMPTY and project = DEMO ORDER BY key', ['DEMO-2', 'DEMO-3', 'DEMO-6', 'DEMO-7']],
  ['labels = EMPTY and project = DEMO ORDER BY key', ['DEMO-2', 'DEMO-3', 'DEMO-6', 'DEMO-7']],
  ['labels in (EMPTY, ux) and project = DEMO ORDER BY key', ['DEMO-2', 'DEMO-3', 'DEMO-4', 'DEMO-6', 'DEMO-7']],
  ['labels IS NOT EMPTY AND project = SEC ORDER BY key', ['SEC-1', 'SEC-2']],
  // NOT, parentheses, precedence
  ['NOT project = DEMO ORDER BY key', ['PUB-1', 'SEC-1', 'SEC-2']],
  ['project = DEMO AND NOT (issuetype = Epic OR labels = backend) ORDER BY key', ['DEMO-4', 'DEMO-6', 'DEMO-7', 'DEMO-8']],
  ['(project = SEC OR labels = ux) AND statusCategory != Done ORDER BY key', ['SEC-1', 'SEC-2']],
  ['project = SEC OR labels = ux AND statusCategory != Done ORDER BY key', ['SEC-1', 'SEC-2']],
  ['labels = ux OR project = PUB AND statusCategory = Done ORDER BY key', ['DEMO-4', 'PUB-1']],
  ['NOT NOT labels = ux', ['DEMO-4']],
  // search aliases from jira:entityProperty, and issue.property[…]
  ['throughlineGoal = g-growth ORDER BY key', ['DEMO-1', 'SEC-1']],
  ['throughlineGoal = G-GROWTH', []],
  ['throughlineLevel in (process, strategy) ORDER BY key', ['DEMO-2', 'SEC-1']],
  ['throughlineGoal is EMPTY AND issuetype = Epic ORDER BY key', ['DEMO-3']],
  ['throughlineGoal != g-growth', ['DEMO-2']],
  ['throughlineScore > 5', ['DEMO-1']],
  ['throughlineScore >= 3 ORDER BY throughlineScore DESC', ['DEMO-1', 'DEMO-2']],
  ['throughlineScore = 3.0', ['DEMO-2']],
  ['issue.property[throughline-alignment].goalId = g-quality', ['DEMO-2']],
  // text, story points, people, dates
  ['summary ~ onboarding ORDER BY key', ['DEMO-1', 'DEMO-4', 'DEMO-5']],
  ['summary ~ payment', ['DEMO-6']],
  ['summary ~ "onboard*" AND issuetype = Story ORDER BY key', ['DEMO-4', 'DEMO-5']],
  ['summary ~ "\\"onboarding API\\""', ['DEMO-5']],
  ['text ~ roadmap', ['PUB-1']],
  ['summary !~ onboarding AND project = DEMO ORDER BY key', ['DEMO-2', 'DEMO-3', 'DEMO-6', 'DEMO-7', 'DEMO-8']],
  ['cf[10016] >= 5 ORDER BY cf[10016] DESC', ['DEMO-5', 'DEMO-4']],
  ['"Story point estimate" < 3', ['DEMO-8']],
  ['"story point estimate" is empty and project = DEMO ORDER BY key', ['DEMO-1', 'DEMO-2', 'DEMO-3', 'DEMO-7']],
  ['assignee = u-dev ORDER BY key', ['DEMO-4', 'DEMO-5']],
  ['assignee = currentUser() ORDER BY key', ['DEMO-4', 'DEMO-5'], as('u-dev')],
  ['assignee = currentUser()', []],
  ['reporter = u-lead', ['DEMO-4']],
  // projects where the caller holds a project permission (from grants; Jira admins are not project admins by that)
  ['project in projectsWhereUserHasPermission("Administer Projects") AND issuetype = Epic ORDER BY key', ['DEMO-1', 'DEMO-2', 'DEMO-3', 'SEC-1'], as('u-lead')],
  ['project in projectsWhereUserHasPermission("administer projects")', [], as('u-viewer')],
  ['assignee is EMPTY AND project = PUB', ['PUB-1']],
  ['created >= "2024-01-10" ORDER BY created DESC', ['PUB-1', 'SEC-2']],
  ['created < "2024/01/03" ORDER BY created', ['DEMO-1', 'DEMO-2']],
  ['updated > -2d ORDER BY updated', ['PUB-1']],
  ['updated > "-3d" ORDER BY updated', ['SEC-2', 'PUB-1']],
  ['created <= "2024-01-01 09:00"', ['DEMO-1']],
  // ordering and the empty query
  ['ORDER BY created DESC', [...BY_CREATION].reverse()],
  ['ORDER BY rank', BY_CREATION],
  // status and issue type sort in the seed's (Jira's configured) order, not by name
  ['project = DEMO ORDER BY status ASC, key DESC', ['DEMO-8', 'DEMO-6', 'DEMO-2', 'DEMO-5', 'DEMO-1', 'DEMO-7', 'DEMO-4', 'DEMO-3']],
  ['project = DEMO ORDER BY issuetype DESC, key', ['DEMO-7', 'DEMO-6', 'DEMO-4', 'DEMO-5', 'DEMO-8', 'DEMO-1', 'DEMO-2', 'DEMO-3']],
  ['', [...BY_CREATION].reverse()],
];

describe('JQL in the Jira emulator', () => {
  // Rows become objects: a 2-element row would otherwise hand jest's `done` callback in as the actor.
  it.each(MATCHING.map(([jql, expected, actor]) => ({ jql, expected, actor: actor ?? app })))('$jql', async ({ jql, expected, actor }) => {
    const { status, body, keys } = await searchKeys(jira, actor, jql);
    expect({ status, body: status === 200 ? 'ok' : body }).toEqual({ status: 200, body: 'ok' });
    expect(keys).toEqual(expected);
  });
});

const REFUSED: Array<[string, RegExp]> = [
  ['foo = bar', /Field 'foo' does not exist or you do not have permission to view it/],
  ['projectThing = x', /Field 'projectThing' does not exist/],
  ['project = ', /^Error in the JQL Query: .*\(line 1, character \d+\)/],
  ['project = DEMO AND', /^Error in the JQL Query/],
  ['(project = DEMO', /^Error in the JQL Query/],
  ['project = DEMO labels = x', /^Error in the JQL Query/],
  ['assignee in membersOf("staff")', /JQL function 'membersOf\(\)'.*does not implement/],
  ['project = currentUser()', /JQL function 'currentUser\(\)'/],
  ['project in projectsWhereUserHasPermission("Fly")', /The permission 'Fly' passed to the JQL function 'projectsWhereUserHasPermission\(\)'/],
  ['assignee in projectsWhereUserHasPermission("Browse Projects")', /JQL function 'projectsWhereUserHasPermission\(\)'.*does not implement/],
  ['project = NOPE', /The value 'NOPE' does not exist for the field 'project'/],
  ['issuetype = Bug', /The value 'Bug' does not exist for the field 'issuetype'/],
  ['status = Blocked', /The value 'Blocked' does not exist for the field 'status'/],
  ['statusCategory = 7', /The value '7' does not exist for the field 'statusCategory'/],
  ['assignee = u-nobody', /The value 'u-nobody' does not exist for the field 'assignee'/],
  ['key = NOPE-1', /An issue with key 'NOPE-1' does not exist for field 'key'/],
  ['parent in (DEMO-1, DEMO-99)', /An issue with key 'DEMO-99' does not exist for field 'parent'/],
  ['project > DEMO', /The operator '>' is not supported by the 'project' field/],
  ['summary = "Build onboarding API"', /The operator '=' is not supported by the 'summary' field/],
  ['labels ~ ux', /The operator '~' is not supported by the 'labels' field/],
  ['throughlineGoal > g-1', /The operator '>' is not supported by the 'throughlineGoal' field/],
  ['status WAS Done', /keeps no issue history/],
  ['status CHANGED', /keeps no issue history/],
  ['labels is ux', /^Error in the JQL Query: .*expecting EMPTY/],
  ['labels = (a, b)', /^Error in the JQL Query/],
  ['labels in ux', /(requires a list of values|^Error in the JQL Query)/],
  ['created > "yesterday"', /Date value 'yesterday' for field 'created' is invalid/],
  ['throughlineScore > lots', /'lots' for field 'throughlineScore' is not a valid number/],
  ['issue.property[other].x = 1', /issue.property\[other\].x.*cannot be searched/],
  ['rank = 1', /can only be used in ORDER BY/],
  ['project = DEMO ORDER BY labels', /Not able to sort using field 'labels'/],
  ['project = DEMO ORDER BY nosuch', /Field 'nosuch' does not exist/],
  ['summary ~ "*boarding"', /wildcard cannot start a term/],
];

describe('JQL the emulator cannot evaluate', () => {
  it.each(REFUSED)('%s → 400', async (jql, message) => {
    const search = await post(jira, app, '/rest/api/3/search/jql', { jql });
    expect(search.status).toBe(400);
    expect(search.body.errors).toEqual({});
    expect(search.body.errorMessages).toHaveLength(1);
    expect(search.body.errorMessages[0]).toMatch(message);
    const count = await post(jira, app, '/rest/api/3/search/approximate-count', { jql });
    expect(count.status).toBe(400);
  });

  it('refuses unbounded JQL when asked to behave like Jira Cloud', async () => {
    const strict = createJiraEmulator({ seed: smallWorld(), requireBoundedJql: true });
    const unbounded = await post(strict, app, '/rest/api/3/search/jql', { jql: 'ORDER BY key' });
    expect(unbounded.status).toBe(400);
    expect(unbounded.body.errorMessages[0]).toMatch(/Unbounded JQL/);
    expect((await post(strict, app, '/rest/api/3/search/jql', { jql: 'project = PUB' })).status).toBe(200);
  });
});

describe('repeated queries', () => {
  it('answers the same query the same way twice in a row (the parser memoizes per builder)', async () => {
    const first = await searchKeys(jira, app, 'labels = ux');
    const second = await searchKeys(jira, app, 'labels = ux');
    expect(second.keys).toEqual(['DEMO-4']);
    expect(second.keys).toEqual(first.keys);
    for (let i = 0; i < 2; i++) expect((await post(jira, app, '/rest/api/3/search/jql', { jql: 'foo = bar' })).status).toBe(400);
  });
});

describe('search aliases from the manifest', () => {
  it('takes issue entity properties only, defaulting entityType to issue', () => {
    const aliases = searchAliasesFromManifest({
      modules: {
        'jira:entityProperty': [
          ...TEST_MANIFEST.modules['jira:entityProperty'],
          {
            key: 'k',
            propertyKey: 'implicit',
            values: [
              { path: 'a.b', type: 'NUMBER', searchAlias: 'implicitAb' },
              { path: 'c', type: 'string' },
            ],
          },
        ],
      },
    });
    expect(aliases.map((a) => a.alias)).toEqual(['throughlineGoal', 'throughlineLevel', 'throughlineScore', 'implicitAb']);
    expect(aliases[3]).toEqual({ propertyKey: 'implicit', path: 'a.b', type: 'number', alias: 'implicitAb' });
    expect(searchAliasesFromManifest(undefined)).toEqual([]);
    expect(searchAliasesFromManifest({ modules: { 'jira:entityProperty': 'nonsense' } })).toEqual([]);
  });
});
