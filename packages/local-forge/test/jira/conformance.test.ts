// The emulator against Atlassian's published contract: every route exists there, and representative
// answers (successes and errors) validate against the documented response schemas.
import { createJiraEmulator, ROUTES, searchAliasesFromManifest, STORY_POINTS_FIELD } from '../../src/jira/emulator';
import type { Actor } from '../../src/jira/emulator';
import { smallWorld, TEST_MANIFEST } from './builders';
import { contractValidator, CONTRACT_PATH, loadContract } from './contract';
import { app, as, call } from './http';

const contract = loadContract();
if (!contract) {
  console.warn(
    `Jira contract tests skipped: ${CONTRACT_PATH} was not found. The contracts live in ../shared/contracts ` +
      'beside the repository (see FORGE-PLATFORM.md); without them there is nothing to check the emulator against.',
  );
}
const describeWithContract = contract ? describe : describe.skip;

interface Sample {
  name: string;
  route: string;
  method: string;
  path: string;
  actor?: Actor;
  body?: unknown;
  status: number;
  /** Statuses Jira sends that the contract does not list (the removed /search answers 410). */
  undocumented?: true;
}

const ISSUE = '/rest/api/3/issue/{issueIdOrKey}';
const ISSUE_PROP = '/rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}';
const PROJECT = '/rest/api/3/project/{projectIdOrKey}';
const PROJECT_PROP = '/rest/api/3/project/{projectIdOrKey}/properties/{propertyKey}';
const dev = as('u-dev');
const viewer = as('u-viewer');
const lead = as('u-lead');

// Order matters: writes come before the reads and deletes that depend on them.
const SAMPLES: Sample[] = [
  { name: 'myself as a user', route: '/rest/api/3/myself', method: 'GET', path: '/rest/api/3/myself?expand=groups', actor: dev, status: 200 },
  { name: 'myself as the app', route: '/rest/api/3/myself', method: 'GET', path: '/rest/api/3/myself', actor: app, status: 200 },
  { name: 'myself, unknown account', route: '/rest/api/3/myself', method: 'GET', path: '/rest/api/3/myself', actor: as('nobody'), status: 401 },
  { name: 'issue, all fields', route: ISSUE, method: 'GET', path: `/rest/api/3/issue/DEMO-4?properties=*all&expand=names`, status: 200 },
  {
    name: 'issue, some fields',
    route: ISSUE,
    method: 'GET',
    path: `/rest/api/3/issue/DEMO-7?fields=summary,parent,${STORY_POINTS_FIELD}`,
    actor: dev,
    status: 200,
  },
  { name: 'issue with edit metadata', route: ISSUE, method: 'GET', path: '/rest/api/3/issue/DEMO-7?fields=summary&expand=editmeta', actor: dev, status: 200 },
  {
    name: 'issue with edit metadata, read-only viewer',
    route: ISSUE,
    method: 'GET',
    path: '/rest/api/3/issue/DEMO-7?fields=summary&expand=editmeta',
    actor: viewer,
    status: 200,
  },
  { name: 'issue, hidden', route: ISSUE, method: 'GET', path: '/rest/api/3/issue/SEC-1', actor: dev, status: 404 },
  {
    name: 'search/jql with fields',
    route: '/rest/api/3/search/jql',
    method: 'POST',
    path: '/rest/api/3/search/jql',
    body: { jql: 'project = DEMO ORDER BY key', fields: ['*all'], properties: ['throughline-alignment'], maxResults: 3, expand: 'names' },
    status: 200,
  },
  {
    name: 'search/jql ids only',
    route: '/rest/api/3/search/jql',
    method: 'POST',
    path: '/rest/api/3/search/jql',
    body: { jql: 'issuetype = Epic' },
    actor: dev,
    status: 200,
  },
  {
    name: 'search/jql bad JQL',
    route: '/rest/api/3/search/jql',
    method: 'POST',
    path: '/rest/api/3/search/jql',
    body: { jql: 'nosuchfield = 1' },
    status: 400,
  },
  {
    name: 'search/jql GET',
    route: '/rest/api/3/search/jql',
    method: 'GET',
    path: '/rest/api/3/search/jql?jql=labels%3Dux&fields=summary,status',
    actor: dev,
    status: 200,
  },
  {
    name: 'approximate-count',
    route: '/rest/api/3/search/approximate-count',
    method: 'POST',
    path: '/rest/api/3/search/approximate-count',
    body: { jql: 'project = DEMO' },
    actor: dev,
    status: 200,
  },
  {
    name: 'approximate-count bad JQL',
    route: '/rest/api/3/search/approximate-count',
    method: 'POST',
    path: '/rest/api/3/search/approximate-count',
    body: { jql: 'project = ' },
    status: 400,
  },
  {
    name: 'bulkfetch',
    route: '/rest/api/3/issue/bulkfetch',
    method: 'POST',
    path: '/rest/api/3/issue/bulkfetch',
    body: { issueIdsOrKeys: ['DEMO-1', '20003', 'SEC-1', 'NOPE-9'], fields: ['summary', 'status', 'assignee'] },
    actor: dev,
    status: 200,
  },
  {
    name: 'bulkfetch too many',
    route: '/rest/api/3/issue/bulkfetch',
    method: 'POST',
    path: '/rest/api/3/issue/bulkfetch',
    body: { issueIdsOrKeys: Array.from({ length: 101 }, (_, i) => `DEMO-${i + 1}`) },
    status: 400,
  },
  {
    name: 'issue property put (create)',
    route: ISSUE_PROP,
    method: 'PUT',
    path: '/rest/api/3/issue/DEMO-3/properties/sample',
    body: { a: 1 },
    actor: dev,
    status: 201,
  },
  {
    name: 'issue property put (update)',
    route: ISSUE_PROP,
    method: 'PUT',
    path: '/rest/api/3/issue/DEMO-3/properties/sample',
    body: { a: 2 },
    actor: dev,
    status: 200,
  },
  {
    name: 'issue property put, no edit',
    route: ISSUE_PROP,
    method: 'PUT',
    path: '/rest/api/3/issue/DEMO-3/properties/sample',
    body: { a: 3 },
    actor: viewer,
    status: 403,
  },
  { name: 'issue property get', route: ISSUE_PROP, method: 'GET', path: '/rest/api/3/issue/DEMO-3/properties/sample', actor: viewer, status: 200 },
  { name: 'issue property get, missing', route: ISSUE_PROP, method: 'GET', path: '/rest/api/3/issue/DEMO-3/properties/none', status: 404 },
  {
    name: 'issue property keys',
    route: '/rest/api/3/issue/{issueIdOrKey}/properties',
    method: 'GET',
    path: '/rest/api/3/issue/DEMO-1/properties',
    status: 200,
  },
  { name: 'issue property delete', route: ISSUE_PROP, method: 'DELETE', path: '/rest/api/3/issue/DEMO-3/properties/sample', actor: dev, status: 204 },
  {
    name: 'project property put',
    route: PROJECT_PROP,
    method: 'PUT',
    path: '/rest/api/3/project/DEMO/properties/tl',
    body: { level: 'project' },
    actor: lead,
    status: 201,
  },
  {
    name: 'project property put, not admin',
    route: PROJECT_PROP,
    method: 'PUT',
    path: '/rest/api/3/project/DEMO/properties/tl',
    body: {},
    actor: viewer,
    status: 403,
  },
  { name: 'project property get', route: PROJECT_PROP, method: 'GET', path: '/rest/api/3/project/10000/properties/tl', actor: viewer, status: 200 },
  {
    name: 'project property keys',
    route: '/rest/api/3/project/{projectIdOrKey}/properties',
    method: 'GET',
    path: '/rest/api/3/project/DEMO/properties',
    actor: viewer,
    status: 200,
  },
  {
    name: 'project property keys, hidden',
    route: '/rest/api/3/project/{projectIdOrKey}/properties',
    method: 'GET',
    path: '/rest/api/3/project/SEC/properties',
    actor: viewer,
    status: 404,
  },
  { name: 'project property delete', route: PROJECT_PROP, method: 'DELETE', path: '/rest/api/3/project/DEMO/properties/tl', actor: lead, status: 204 },
  {
    name: 'permitted projects',
    route: '/rest/api/3/permissions/project',
    method: 'POST',
    path: '/rest/api/3/permissions/project',
    body: { permissions: ['BROWSE_PROJECTS'] },
    actor: viewer,
    status: 200,
  },
  {
    name: 'permitted projects, unknown permission',
    route: '/rest/api/3/permissions/project',
    method: 'POST',
    path: '/rest/api/3/permissions/project',
    body: { permissions: ['FLY'] },
    actor: viewer,
    status: 400,
  },
  {
    name: 'project search',
    route: '/rest/api/3/project/search',
    method: 'GET',
    path: '/rest/api/3/project/search?maxResults=1&expand=description,lead,issueTypes,insight',
    actor: lead,
    status: 200,
  },
  { name: 'project', route: PROJECT, method: 'GET', path: '/rest/api/3/project/DEMO?properties=tl', actor: viewer, status: 200 },
  { name: 'project, hidden', route: PROJECT, method: 'GET', path: '/rest/api/3/project/SEC', actor: viewer, status: 404 },
  {
    name: 'mypermissions in a project',
    route: '/rest/api/3/mypermissions',
    method: 'GET',
    path: '/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER&projectKey=DEMO',
    actor: viewer,
    status: 200,
  },
  { name: 'mypermissions, no permissions', route: '/rest/api/3/mypermissions', method: 'GET', path: '/rest/api/3/mypermissions', actor: viewer, status: 400 },
  {
    name: 'mypermissions, hidden issue',
    route: '/rest/api/3/mypermissions',
    method: 'GET',
    path: '/rest/api/3/mypermissions?permissions=EDIT_ISSUES&issueKey=SEC-1',
    actor: viewer,
    status: 404,
  },
  {
    name: 'mypermissions, unknown account',
    route: '/rest/api/3/mypermissions',
    method: 'GET',
    path: '/rest/api/3/mypermissions?permissions=EDIT_ISSUES',
    actor: as('ghost'),
    status: 401,
  },
  { name: 'user', route: '/rest/api/3/user', method: 'GET', path: '/rest/api/3/user?accountId=u-lead&expand=groups,applicationRoles', status: 200 },
  { name: 'user, missing', route: '/rest/api/3/user', method: 'GET', path: '/rest/api/3/user?accountId=nope', status: 404 },
  {
    name: 'user bulk',
    route: '/rest/api/3/user/bulk',
    method: 'GET',
    path: '/rest/api/3/user/bulk?accountId=u-dev&accountId=u-lead&accountId=nope&maxResults=1',
    status: 200,
  },
  { name: 'user bulk, no ids', route: '/rest/api/3/user/bulk', method: 'GET', path: '/rest/api/3/user/bulk', status: 400 },
  { name: 'user search', route: '/rest/api/3/user/search', method: 'GET', path: '/rest/api/3/user/search?query=le', status: 200 },
  { name: 'group bulk', route: '/rest/api/3/group/bulk', method: 'GET', path: '/rest/api/3/group/bulk?groupName=jira-admins&groupName=nope', status: 200 },
  { name: 'user search, no query', route: '/rest/api/3/user/search', method: 'GET', path: '/rest/api/3/user/search', status: 400 },
  {
    name: 'users who may browse an issue',
    route: '/rest/api/3/user/viewissue/search',
    method: 'GET',
    path: '/rest/api/3/user/viewissue/search?accountId=u-dev&issueKey=DEMO-1',
    status: 200,
  },
  {
    name: 'users who may browse a project, by name',
    route: '/rest/api/3/user/viewissue/search',
    method: 'GET',
    path: '/rest/api/3/user/viewissue/search?query=le&projectKey=DEMO',
    status: 200,
  },
  {
    name: 'users who may browse, no issue or project',
    route: '/rest/api/3/user/viewissue/search',
    method: 'GET',
    path: '/rest/api/3/user/viewissue/search?accountId=u-dev',
    status: 400,
  },
  {
    name: 'users who may browse a missing issue',
    route: '/rest/api/3/user/viewissue/search',
    method: 'GET',
    path: '/rest/api/3/user/viewissue/search?accountId=u-dev&issueKey=NOPE-1',
    status: 404,
  },
  // Issue writes (after the reads above, which rely on DEMO-1…DEMO-7 as seeded).
  {
    name: 'issue create',
    route: '/rest/api/3/issue',
    method: 'POST',
    path: '/rest/api/3/issue',
    body: {
      fields: { project: { key: 'DEMO' }, issuetype: { name: 'Story' }, summary: 'Created in a test', parent: { key: 'DEMO-2' }, [STORY_POINTS_FIELD]: 3 },
    },
    actor: dev,
    status: 201,
  },
  {
    name: 'issue create, no permission',
    route: '/rest/api/3/issue',
    method: 'POST',
    path: '/rest/api/3/issue',
    body: { fields: { project: { key: 'DEMO' }, issuetype: { name: 'Story' }, summary: 'Nope' } },
    actor: viewer,
    status: 403,
  },
  {
    name: 'issue create, subtask without parent',
    route: '/rest/api/3/issue',
    method: 'POST',
    path: '/rest/api/3/issue',
    body: { fields: { project: { key: 'DEMO' }, issuetype: { name: 'Subtask' }, summary: 'Lost' } },
    actor: dev,
    status: 400,
  },
  {
    name: 'issue edit',
    route: ISSUE,
    method: 'PUT',
    path: '/rest/api/3/issue/DEMO-8',
    body: { fields: { summary: 'Adopted story', parent: { key: 'DEMO-3' } } },
    actor: dev,
    status: 204,
  },
  {
    name: 'issue edit, no permission',
    route: ISSUE,
    method: 'PUT',
    path: '/rest/api/3/issue/DEMO-8',
    body: { fields: { summary: 'Nope' } },
    actor: viewer,
    status: 403,
  },
  {
    name: 'issue edit, unknown field',
    route: ISSUE,
    method: 'PUT',
    path: '/rest/api/3/issue/DEMO-8',
    body: { fields: { duedate: '2026-01-01' } },
    actor: dev,
    status: 400,
  },
  { name: 'transitions', route: `${ISSUE}/transitions`, method: 'GET', path: '/rest/api/3/issue/DEMO-8/transitions', actor: dev, status: 200 },
  { name: 'transitions, hidden', route: `${ISSUE}/transitions`, method: 'GET', path: '/rest/api/3/issue/SEC-1/transitions', actor: dev, status: 404 },
  {
    name: 'transition',
    route: `${ISSUE}/transitions`,
    method: 'POST',
    path: '/rest/api/3/issue/DEMO-8/transitions',
    body: { transition: { id: '41' } },
    actor: dev,
    status: 204,
  },
  {
    name: 'transition, no permission',
    route: `${ISSUE}/transitions`,
    method: 'POST',
    path: '/rest/api/3/issue/DEMO-8/transitions',
    body: { transition: { id: '11' } },
    actor: viewer,
    status: 400,
  },
  {
    name: 'notify',
    route: `${ISSUE}/notify`,
    method: 'POST',
    path: '/rest/api/3/issue/DEMO-8/notify',
    body: { subject: 'Due this week', textBody: 'Two things', to: { users: [{ accountId: 'u-dev' }] } },
    status: 204,
  },
  {
    name: 'notify, hidden issue',
    route: `${ISSUE}/notify`,
    method: 'POST',
    path: '/rest/api/3/issue/SEC-1/notify',
    body: { subject: 'x', to: { users: [] } },
    actor: dev,
    status: 404,
  },
  {
    name: 'notify, bad recipients',
    route: `${ISSUE}/notify`,
    method: 'POST',
    path: '/rest/api/3/issue/DEMO-8/notify',
    body: { to: { users: ['u-dev'] } },
    status: 400,
  },
  { name: 'issue delete, has subtasks', route: ISSUE, method: 'DELETE', path: '/rest/api/3/issue/DEMO-5', actor: dev, status: 400 },
  { name: 'issue delete, no permission', route: ISSUE, method: 'DELETE', path: '/rest/api/3/issue/DEMO-9', actor: viewer, status: 403 },
  { name: 'issue delete', route: ISSUE, method: 'DELETE', path: '/rest/api/3/issue/DEMO-9', actor: dev, status: 204 },
  { name: 'old search GET', route: '/rest/api/3/search', method: 'GET', path: '/rest/api/3/search?jql=project%3DDEMO', status: 410, undocumented: true },
  {
    name: 'old search POST',
    route: '/rest/api/3/search',
    method: 'POST',
    path: '/rest/api/3/search',
    body: { jql: 'project = DEMO' },
    status: 410,
    undocumented: true,
  },
];

describeWithContract('the Jira emulator against the published contract', () => {
  // describe.skip still runs this body to collect its tests: build the validator only when there is a contract.
  const v = contract ? contractValidator(contract) : (undefined as unknown as ReturnType<typeof contractValidator>);
  const jira = createJiraEmulator({ seed: smallWorld(), searchAliases: searchAliasesFromManifest(TEST_MANIFEST) });

  it.each(ROUTES.map((r) => [r.method, r.template]))('%s %s exists in the contract', (method, template) => {
    expect(contract!.paths[template]?.[method.toLowerCase()]).toBeDefined();
  });

  it('has a representative call for every route it serves', () => {
    const sampled = new Set(SAMPLES.map((s) => `${s.method} ${s.route}`));
    expect(ROUTES.map((r) => `${r.method} ${r.template}`).filter((r) => !sampled.has(r))).toEqual([]);
  });

  // Run in order (writes feed later reads), each checked on its own.
  const answers = new Map<string, { status: number; body: unknown }>();
  beforeAll(async () => {
    for (const s of SAMPLES) answers.set(s.name, await call(jira, s.actor ?? app, s.method, s.path, s.body));
  });

  it.each(SAMPLES.map((s) => [s.name, s] as const))('%s answers the documented shape', (_name, s) => {
    const answer = answers.get(s.name)!;
    expect(answer.status).toBe(s.status);
    if (!s.undocumented) expect(v.documents(s.route, s.method, s.status)).toBe(true);
    if (s.status >= 400) {
      // Jira's error shape everywhere; where the contract documents an error schema, that one too.
      expect(v.errors('ErrorCollection', answer.body)).toEqual([]);
      expect(answer.body).toEqual({ errorMessages: [expect.any(String)], errors: {} });
    }
    const schema = v.responseSchema(s.route, s.method, s.status);
    if (schema && Object.keys(schema).length > 0) expect(v.errors(schema, answer.body)).toEqual([]);
    if (s.status === 204 || (s.method === 'PUT' && s.status < 300)) expect(answer.body).toBeUndefined();
  });

  it('renders issue field values in their documented component shapes', async () => {
    const { body } = await call(jira, app, 'GET', '/rest/api/3/issue/DEMO-4');
    const f = body.fields;
    expect(v.errors('StatusDetails', f.status)).toEqual([]);
    expect(v.errors('IssueTypeDetails', f.issuetype)).toEqual([]);
    expect(v.errors('ProjectDetails', f.project)).toEqual([]);
    expect(v.errors('UserDetails', f.assignee)).toEqual([]);
    expect(v.errors('UserDetails', f.reporter)).toEqual([]);
    expect(v.errors('StatusDetails', f.parent.fields.status)).toEqual([]);
    expect(f.status.statusCategory).toMatchObject({ id: 3, key: 'done', name: 'Done' });
    expect(f.created).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}\+0000$/);
    expect(f[STORY_POINTS_FIELD]).toBe(5);
  });

  it('would notice a shape the contract forbids', () => {
    expect(v.errors('User', { accountId: 'x', surprise: true })).not.toEqual([]);
    expect(v.errors('SearchAndReconcileResults', { issues: [], isLast: 'yes' })).not.toEqual([]);
    expect(v.errors('GroupName', { name: 'g', groupId: null })).toEqual([]); // nullable handled
  });
});
