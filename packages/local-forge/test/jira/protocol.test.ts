// HTTP behaviour around the routes: unknown routes, the removed search, content types, field selection,
// and the emulator owning its state.
import { createJiraEmulator, STORY_POINTS_FIELD } from '../../src/jira/emulator';
import { smallWorld } from './builders';
import { app, as, call, get } from './http';

describe('the HTTP surface', () => {
  const jira = createJiraEmulator({ seed: smallWorld(), baseUrl: 'https://acme.atlassian.net/' });

  it('answers 404 in Jira error shape for routes it does not serve', async () => {
    for (const [method, path] of [
      ['GET', '/rest/api/3/nothing'],
      ['PUT', '/rest/api/3/issue/DEMO-1/assignee'],
      ['GET', '/rest/api/2/issue/DEMO-1'],
    ] as const) {
      const res = await call(jira, app, method, path);
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ errorMessages: [expect.stringContaining(`no route for ${method}`)], errors: {} });
    }
  });

  it('answers 410 Gone for the removed /rest/api/3/search', async () => {
    for (const method of ['GET', 'POST']) {
      const res = await call(jira, app, method, '/rest/api/3/search', method === 'POST' ? { jql: '' } : undefined);
      expect(res.status).toBe(410);
      expect(res.body.errorMessages[0]).toMatch(/search\/jql/);
    }
  });

  it('answers 415 to a body sent without a JSON content type, as Jira does', async () => {
    const res = await jira.fetch(app, '/rest/api/3/search/jql', { method: 'POST', body: JSON.stringify({ jql: '' }) });
    expect(res.status).toBe(415);
    const put = await jira.fetch(app, '/rest/api/3/issue/DEMO-1/properties/x', { method: 'PUT', body: '1', headers: [['content-type', 'text/plain']] });
    expect(put.status).toBe(415);
    const ok = await jira.fetch(app, '/rest/api/3/issue/DEMO-1/properties/x', {
      method: 'PUT',
      body: '1',
      headers: new Headers({ 'Content-Type': 'application/json' }),
    });
    expect(ok.status).toBe(201);
  });

  it('rejects property values that are not JSON or too long', async () => {
    const put = (body: string) =>
      jira.fetch(app, '/rest/api/3/issue/DEMO-1/properties/y', { method: 'PUT', body, headers: { 'content-type': 'application/json' } });
    expect((await put('{nope')).status).toBe(400);
    expect((await put('')).status).toBe(400);
    expect((await put(JSON.stringify('x'.repeat(40_000)))).status).toBe(400);
    expect(jira.state.issues.find((i) => i.key === 'DEMO-1')?.properties.y).toBeUndefined();
  });

  it('refuses a property value nested deeper than Jira’s JSON reader takes (1,000 levels), and keeps the issue readable', async () => {
    const put = (body: string) =>
      jira.fetch(app, '/rest/api/3/issue/DEMO-1/properties/deep', { method: 'PUT', body, headers: { 'content-type': 'application/json' } });
    const nested = (n: number) => `${'['.repeat(n)}"x"${']'.repeat(n)}`;
    expect((await put(nested(1000))).status).toBe(201);
    const refused = await put(nested(10_000));
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { errorMessages: string[] }).errorMessages[0]).toMatch(/nested deeper than 1000 levels/);
    // Brackets inside a string are text, not nesting.
    expect((await put(JSON.stringify({ t: '['.repeat(5000) }))).status).toBe(200);
    expect((await get(jira, app, '/rest/api/3/issue/DEMO-1?properties=deep')).status).toBe(200);
  });

  it('uses the base URL in self links and accepts absolute URLs', async () => {
    const res = await get(jira, app, 'https://acme.atlassian.net/rest/api/3/issue/demo-4?fields=summary');
    expect(res.status).toBe(200);
    expect(res.body.self).toBe('https://acme.atlassian.net/rest/api/3/issue/20003');
    expect(res.body.key).toBe('DEMO-4');
  });

  it('selects fields and properties by Jira rules', async () => {
    const some = await get(jira, app, `/rest/api/3/issue/DEMO-4?fields=summary,${STORY_POINTS_FIELD},nosuchfield&properties=none`);
    expect(some.body.fields).toEqual({ summary: 'Design onboarding screens', [STORY_POINTS_FIELD]: 5 });
    expect(some.body.properties).toEqual({});
    const all = await get(jira, app, '/rest/api/3/issue/DEMO-1');
    expect(Object.keys(all.body.fields).sort()).toEqual(
      [
        'assignee',
        'created',
        STORY_POINTS_FIELD,
        'issuetype',
        'labels',
        'project',
        'reporter',
        'status',
        'statuscategorychangedate',
        'summary',
        'updated',
      ].sort(),
    );
    expect(all.body.fields.assignee).toBeNull(); // unassigned is null; an epic without a parent has no parent field
    expect(all.body.properties).toBeUndefined();
    const minus = await get(jira, app, '/rest/api/3/issue/DEMO-5?fields=*navigable,-labels,-status&properties=*all');
    expect(minus.body.fields.labels).toBeUndefined();
    expect(minus.body.fields.status).toBeUndefined();
    expect(minus.body.fields.parent).toMatchObject({
      key: 'DEMO-1',
      fields: { summary: 'Launch the new onboarding', issuetype: { name: 'Epic', hierarchyLevel: 1 } },
    });
    expect(minus.body.properties).toEqual({});
    const idOnly = await get(jira, app, '/rest/api/3/issue/DEMO-5?fields=id');
    expect(idOnly.body).toMatchObject({ id: '20004', key: 'DEMO-5', fields: {} });
  });

  it('never writes back into the seed it was given', async () => {
    const seed = smallWorld();
    const own = createJiraEmulator({ seed });
    await call(own, as('u-dev'), 'PUT', '/rest/api/3/issue/DEMO-2/properties/z', true);
    expect(own.state.issues.find((i) => i.key === 'DEMO-2')?.properties.z).toBe(true);
    expect(seed.issues.find((i) => i.key === 'DEMO-2')?.properties.z).toBeUndefined();
  });
});

describe('users', () => {
  const jira = createJiraEmulator({ seed: smallWorld() });

  it('finds active users by name or email prefix', async () => {
    const res = await get(jira, app, '/rest/api/3/user/search?query=le');
    expect(res.body.map((u: { accountId: string }) => u.accountId)).toEqual(['u-lead']);
    expect((await get(jira, app, '/rest/api/3/user/search?query=gina')).body).toEqual([]); // inactive
    expect((await get(jira, app, '/rest/api/3/user/search?query=dev@')).body[0].displayName).toBe('Dev Eloper');
  });

  it('pages /user/bulk over the ids it knows', async () => {
    const res = await get(jira, app, '/rest/api/3/user/bulk?accountId=u-dev&accountId=u-lead&accountId=nope&maxResults=1');
    expect(res.body).toMatchObject({ total: 2, isLast: false, startAt: 0, maxResults: 1, values: [{ accountId: 'u-dev' }] });
    expect(res.body.nextPage).toContain('startAt=1');
  });

  it('expands groups for /myself', async () => {
    const me = await get(jira, as('u-dev'), '/rest/api/3/myself?expand=groups');
    expect(me.body.groups.items.map((g: { name: string }) => g.name)).toEqual(['staff', 'developers']);
    expect(me.body).toMatchObject({ accountId: 'u-dev', accountType: 'atlassian', locale: 'en_GB' });
  });
});
