// Who sees and may change what: browse grants decide visibility, edit and admin grants decide writes,
// Jira admins get no project access from their group, and the app sees everything.
import { createJiraEmulator, searchAliasesFromManifest } from '../../src/jira/emulator';
import { ALIGNMENT, smallWorld, TEST_MANIFEST } from './builders';
import { app, as, call, get, post, searchKeys } from './http';

const NOW = Date.UTC(2025, 5, 1, 8, 30);
const fresh = () =>
  createJiraEmulator({ seed: smallWorld(), searchAliases: searchAliasesFromManifest(TEST_MANIFEST), clock: () => NOW, appName: 'Throughline' });

const outsider = as('u-out');
const admin = as('u-admin');
const viewer = as('u-viewer');
const dev = as('u-dev');
const lead = as('u-lead');

describe('a user who cannot browse a project', () => {
  const jira = fresh();

  it('gets the same 404 for its issues as for an issue that does not exist', async () => {
    const hidden = await get(jira, outsider, '/rest/api/3/issue/SEC-1');
    const missing = await get(jira, outsider, '/rest/api/3/issue/NOPE-404');
    expect(hidden.status).toBe(404);
    expect(hidden.body).toEqual({ errorMessages: ['Issue does not exist or you do not have permission to see it.'], errors: {} });
    expect(missing).toMatchObject({ status: 404, body: hidden.body });
    expect((await get(jira, outsider, '/rest/api/3/issue/20008')).status).toBe(404); // by id too
    expect((await get(jira, outsider, '/rest/api/3/issue/SEC-1/properties')).status).toBe(404);
    expect((await get(jira, outsider, `/rest/api/3/issue/SEC-1/properties/${ALIGNMENT}`)).status).toBe(404);
  });

  it('finds none of its issues in search or in the approximate count', async () => {
    expect((await searchKeys(jira, outsider, 'labels = secret')).keys).toEqual([]);
    expect((await searchKeys(jira, app, 'labels = secret ORDER BY key')).keys).toEqual(['SEC-1', 'SEC-2']);
    const count = await post(jira, outsider, '/rest/api/3/search/approximate-count', { jql: 'labels = secret' });
    expect(count).toMatchObject({ status: 200, body: { count: 0 } });
    expect((await post(jira, app, '/rest/api/3/search/approximate-count', { jql: 'labels = secret' })).body).toEqual({ count: 2 });
    expect((await searchKeys(jira, outsider, '')).keys).toEqual(['PUB-1']); // only what "anyone" may browse
  });

  it('is told the project does not exist when the JQL names it, exactly as for a missing one', async () => {
    const named = await searchKeys(jira, outsider, 'project = SEC');
    expect(named.status).toBe(400);
    expect(named.body.errorMessages).toEqual(["The value 'SEC' does not exist for the field 'project'."]);
    expect((await searchKeys(jira, outsider, 'key = SEC-1')).body.errorMessages).toEqual(["An issue with key 'SEC-1' does not exist for field 'key'."]);
    expect((await searchKeys(jira, lead, 'project = SEC')).keys).toEqual(['SEC-2', 'SEC-1']);
  });

  it('does not get its issues from bulkfetch, nor errors about them', async () => {
    const res = await post(jira, viewer, '/rest/api/3/issue/bulkfetch', { issueIdsOrKeys: ['SEC-1', 'DEMO-2', 'NOPE-1', '20000'], fields: ['summary'] });
    expect(res.status).toBe(200);
    expect(res.body.issues.map((i: { key: string }) => i.key)).toEqual(['DEMO-1', 'DEMO-2']); // ascending id
    expect(res.body.issueErrors).toEqual([]);
  });

  it('does not see the project in project search, nor by key', async () => {
    const search = await get(jira, outsider, '/rest/api/3/project/search');
    expect(search.body.values.map((p: { key: string }) => p.key)).toEqual(['PUB']);
    expect(search.body.total).toBe(1);
    expect(await get(jira, outsider, '/rest/api/3/project/SEC')).toMatchObject({
      status: 404,
      body: { errorMessages: ["No project could be found with key 'SEC'."] },
    });
    expect((await get(jira, lead, '/rest/api/3/project/search')).body.values.map((p: { key: string }) => p.key)).toEqual(['DEMO', 'PUB', 'SEC']);
  });

  it('does not get it from permitted projects, which lists only what the caller may browse', async () => {
    const body = { permissions: ['BROWSE_PROJECTS'] };
    expect((await post(jira, outsider, '/rest/api/3/permissions/project', body)).body).toEqual({ projects: [{ id: expect.any(Number), key: 'PUB' }] });
    const lead_ = await post(jira, lead, '/rest/api/3/permissions/project', body);
    expect(lead_.body.projects.map((p: { key: string }) => p.key)).toEqual(['DEMO', 'PUB', 'SEC']);
    const editable = await post(jira, viewer, '/rest/api/3/permissions/project', { permissions: ['BROWSE_PROJECTS', 'EDIT_ISSUES'] });
    expect(editable.body.projects.map((p: { key: string }) => p.key)).not.toContain('SEC');
  });
});

describe('a Jira admin', () => {
  const jira = fresh();

  it('holds ADMINISTER but browses only the projects granted to it', async () => {
    expect((await get(jira, admin, '/rest/api/3/issue/SEC-1')).status).toBe(404);
    expect((await get(jira, admin, '/rest/api/3/issue/DEMO-1')).status).toBe(404); // not on staff
    expect((await get(jira, admin, '/rest/api/3/issue/PUB-1')).status).toBe(200);
    const perms = await get(jira, admin, '/rest/api/3/mypermissions?permissions=ADMINISTER,BROWSE_PROJECTS,EDIT_ISSUES');
    expect(perms.body.permissions.ADMINISTER).toMatchObject({ key: 'ADMINISTER', type: 'GLOBAL', havePermission: true });
    expect(perms.body.permissions.BROWSE_PROJECTS.havePermission).toBe(true); // via PUB
    expect(perms.body.permissions.EDIT_ISSUES.havePermission).toBe(false);
    expect(jira.can('u-admin', 'ADMINISTER')).toBe(true);
    expect(jira.can('u-admin', 'BROWSE_PROJECTS', '10001')).toBe(false);
  });

  it('may write project properties on a project it can see, as the contract allows Jira admins', async () => {
    expect((await call(jira, admin, 'PUT', '/rest/api/3/project/PUB/properties/tl', { level: 'strategy' })).status).toBe(201);
    expect(jira.state.projects.find((p) => p.key === 'PUB')?.properties.tl).toEqual({ level: 'strategy' });
  });
});

describe('a user who can browse but not edit', () => {
  it('gets 403 on an issue property PUT and changes nothing', async () => {
    const jira = fresh();
    const before = structuredClone(jira.state.issues.find((i) => i.key === 'DEMO-1'));
    const put = await call(jira, viewer, 'PUT', `/rest/api/3/issue/DEMO-1/properties/${ALIGNMENT}`, { goalId: 'g-hijack' });
    expect(put.status).toBe(403);
    expect(put.body).toEqual({ errorMessages: ["You do not have permission to edit issue 'DEMO-1'."], errors: {} });
    expect(jira.state.issues.find((i) => i.key === 'DEMO-1')).toEqual(before);
    // DELETE: the contract documents only 404 for a missing edit permission.
    expect((await call(jira, viewer, 'DELETE', `/rest/api/3/issue/DEMO-1/properties/${ALIGNMENT}`)).status).toBe(404);
    expect(jira.state.issues.find((i) => i.key === 'DEMO-1')?.properties[ALIGNMENT]).toEqual(before?.properties[ALIGNMENT]);
    // …but reads work.
    expect((await get(jira, viewer, `/rest/api/3/issue/DEMO-1/properties/${ALIGNMENT}`)).body).toEqual({
      key: ALIGNMENT,
      value: before?.properties[ALIGNMENT],
    });
  });

  it('gets 403 on project property writes without project admin', async () => {
    const jira = fresh();
    expect((await call(jira, dev, 'PUT', '/rest/api/3/project/DEMO/properties/tl', { level: 'x' })).status).toBe(403);
    expect((await call(jira, lead, 'PUT', '/rest/api/3/project/DEMO/properties/tl', { level: 'x' })).status).toBe(201);
    expect((await call(jira, dev, 'DELETE', '/rest/api/3/project/DEMO/properties/tl')).status).toBe(403);
    expect((await call(jira, outsider, 'PUT', '/rest/api/3/project/DEMO/properties/tl', { level: 'y' })).status).toBe(404);
    expect(jira.state.projects.find((p) => p.key === 'DEMO')?.properties.tl).toEqual({ level: 'x' });
  });
});

describe('a user who can edit', () => {
  it('writes an issue property (201, then 200), bumps updated, and the alias finds it at once', async () => {
    const jira = fresh();
    const path = `/rest/api/3/issue/DEMO-3/properties/${ALIGNMENT}`;
    expect((await call(jira, dev, 'PUT', path, { goalId: 'g-new', level: 'project' })).status).toBe(201);
    expect((await call(jira, dev, 'PUT', path, { goalId: 'g-new', level: 'process' })).status).toBe(200);
    const issue = jira.state.issues.find((i) => i.key === 'DEMO-3');
    expect(issue?.updated).toBe(new Date(NOW).toISOString());
    expect((await get(jira, dev, '/rest/api/3/issue/DEMO-3?fields=updated')).body.fields.updated).toBe('2025-06-01T08:30:00.000+0000');
    expect((await searchKeys(jira, dev, 'throughlineLevel = process ORDER BY key')).keys).toEqual(['DEMO-2', 'DEMO-3']);
    expect((await call(jira, dev, 'DELETE', path)).status).toBe(204);
    expect((await get(jira, dev, path)).status).toBe(404);
  });
});

describe('the app', () => {
  it('sees every project and issue, and may write anywhere', async () => {
    const jira = fresh();
    expect((await get(jira, app, '/rest/api/3/issue/SEC-2')).status).toBe(200);
    expect((await searchKeys(jira, app, '')).keys).toHaveLength(11);
    expect((await call(jira, app, 'PUT', '/rest/api/3/issue/SEC-2/properties/x', 1)).status).toBe(201);
    expect((await call(jira, app, 'PUT', '/rest/api/3/project/SEC/properties/x', 'v')).status).toBe(201);
    const perms = await get(jira, app, '/rest/api/3/mypermissions?permissions=ADMINISTER,EDIT_ISSUES&projectKey=SEC');
    expect(perms.body.permissions.EDIT_ISSUES.havePermission).toBe(true);
    expect((await get(jira, app, '/rest/api/3/myself')).body).toMatchObject({ accountType: 'app', displayName: 'Throughline' });
  });
});

describe('unknown and deactivated accounts', () => {
  it.each([['nobody'], ['u-gone']])('%s gets 401 everywhere', async (accountId) => {
    const jira = fresh();
    for (const path of ['/rest/api/3/myself', '/rest/api/3/issue/PUB-1', '/rest/api/3/project/search']) {
      expect((await get(jira, as(accountId), path)).status).toBe(401);
    }
    expect(jira.can(accountId, 'BROWSE_PROJECTS')).toBe(false);
  });
});

describe('/mypermissions', () => {
  const jira = fresh();
  const have = async (accountId: string, query: string) => {
    const res = await get(
      jira,
      as(accountId),
      `/rest/api/3/mypermissions?permissions=BROWSE_PROJECTS,EDIT_ISSUES,ADMINISTER_PROJECTS,CREATE_ISSUES,ADMINISTER${query}`,
    );
    expect(res.status).toBe(200);
    return Object.fromEntries(Object.entries(res.body.permissions as Record<string, { havePermission: boolean }>).map(([k, v]) => [k, v.havePermission]));
  };

  it.each([
    ['u-viewer', '&projectKey=DEMO', { BROWSE_PROJECTS: true, EDIT_ISSUES: false, ADMINISTER_PROJECTS: false, CREATE_ISSUES: false, ADMINISTER: false }],
    ['u-dev', '&projectId=10000', { BROWSE_PROJECTS: true, EDIT_ISSUES: true, ADMINISTER_PROJECTS: false, CREATE_ISSUES: true, ADMINISTER: false }],
    ['u-dev', '&issueKey=DEMO-4', { BROWSE_PROJECTS: true, EDIT_ISSUES: true, ADMINISTER_PROJECTS: false, CREATE_ISSUES: true, ADMINISTER: false }],
    ['u-lead', '&issueId=20008', { BROWSE_PROJECTS: true, EDIT_ISSUES: true, ADMINISTER_PROJECTS: true, CREATE_ISSUES: false, ADMINISTER: false }],
    ['u-lead', '&projectKey=DEMO', { BROWSE_PROJECTS: true, EDIT_ISSUES: false, ADMINISTER_PROJECTS: true, CREATE_ISSUES: false, ADMINISTER: false }],
    ['u-viewer', '', { BROWSE_PROJECTS: true, EDIT_ISSUES: false, ADMINISTER_PROJECTS: false, CREATE_ISSUES: false, ADMINISTER: false }],
    ['u-out', '', { BROWSE_PROJECTS: true, EDIT_ISSUES: false, ADMINISTER_PROJECTS: false, CREATE_ISSUES: false, ADMINISTER: false }],
  ])('answers truthfully for %s%s', async (accountId, query, expected) => {
    expect(await have(accountId, query)).toEqual(expected);
    // and agrees with the emulator's own can()
    const projectId = query.includes('DEMO') || query.includes('10000') ? '10000' : query.includes('20008') ? '10001' : undefined;
    for (const [key, value] of Object.entries(expected)) {
      expect([key, jira.can(accountId, key as 'EDIT_ISSUES', projectId)]).toEqual([key, value]);
    }
  });

  it('answers 404 for a context the caller cannot see, 400 for bad or missing keys', async () => {
    expect((await get(jira, viewer, '/rest/api/3/mypermissions?permissions=EDIT_ISSUES&projectKey=SEC')).status).toBe(404);
    expect((await get(jira, viewer, '/rest/api/3/mypermissions?permissions=EDIT_ISSUES&issueKey=SEC-2')).status).toBe(404);
    expect((await get(jira, viewer, '/rest/api/3/mypermissions?permissions=FLY')).body.errorMessages[0]).toMatch(/'FLY' is not valid/);
    expect((await get(jira, viewer, '/rest/api/3/mypermissions')).status).toBe(400);
  });
});
