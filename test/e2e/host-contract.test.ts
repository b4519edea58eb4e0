// The local host's HTTP contract, without a browser: index, personas, invoke, the Jira proxy and the
// resource serving that the bridge host script and the end-to-end tests rely on.
import { ensureBuilt, getJson, personas, startTestHost, type Host, type Persona } from './support/host';

interface Envelope {
  ok: boolean;
  data?: { you?: { displayName: string; accountId: string } | null; storage: { reachable: boolean }; jira: { reachable: boolean } };
  error?: { code: string; message: string };
}

const invoke = (host: Host, body: unknown) =>
  getJson<Envelope & { message?: string }>(host, '/__forge/invoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('local host HTTP contract', () => {
  let host: Host;
  let people: Record<string, Persona>;
  const who = (id: string): Persona => {
    const p = people[id];
    if (!p) throw new Error(`no persona ${id}`);
    return p;
  };

  beforeAll(async () => {
    ensureBuilt('admin');
    host = await startTestHost();
    people = await personas(host);
  });
  afterAll(() => host?.close());

  it('lists the admin page and the Confluence pages for every persona on the index', async () => {
    const res = await fetch(`${host.url}/`);
    const html = await res.text();
    expect(res.status).toBe(200);
    for (const id of ['exec', 'lead', 'member', 'outsider']) expect(html).toContain(`/jira/settings/apps/throughline?as=${id}`);
    expect(html).toMatch(/data-surface="admin" data-built="true"/);
    // Every surface of DESIGN.md has a module now; a surface without one would say "Not built yet".
    expect(html).not.toContain('data-built="false"');
    for (const id of ['exec', 'outsider']) expect(html).toContain(`/confluence/page/1002?mode=edit&amp;as=${id}`);
  });

  it('names the four personas', async () => {
    expect(Object.keys(people).sort()).toEqual(['exec', 'lead', 'member', 'outsider']);
    for (const p of Object.values(people))
      expect(p).toEqual({ id: expect.any(String), accountId: expect.any(String), displayName: expect.any(String), description: expect.any(String) });
  });

  it('invokes the admin resolver as the member', async () => {
    const member = who('member');
    const { status, body } = await invoke(host, { moduleKey: 'throughline-admin', functionKey: 'admin/status', payload: {}, accountId: member.accountId });
    expect(status).toBe(200);
    expect(body.ok).toBe(true);
    expect(body.data?.you?.displayName).toBe(member.displayName);
    // Storage is checked for Jira admins only (the check writes); Jira as the member.
    expect(body.data?.storage).toBeNull();
    expect(body.data?.jira.reachable).toBe(true);
  });

  it('answers UNAUTHENTICATED without an account', async () => {
    const { status, body } = await invoke(host, { moduleKey: 'throughline-admin', functionKey: 'admin/status', payload: {} });
    expect(status).toBe(200);
    expect(body.ok).toBe(false);
    expect(body.error?.code).toBe('UNAUTHENTICATED');
  });

  it('answers 404 for an unknown module and 400 for a malformed body', async () => {
    const unknown = await invoke(host, { moduleKey: 'no-such-module', functionKey: 'admin/status', payload: {} });
    expect(unknown.status).toBe(404);
    expect(unknown.body.message).toContain('no-such-module');
    const res = await fetch(`${host.url}/__forge/invoke`, { method: 'POST', body: '{not json' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { message: string }).message).toBeTruthy();
    expect((await invoke(host, { functionKey: 'admin/status' })).status).toBe(400);
  });

  it('proxies Jira as the persona in x-forge-account-id', async () => {
    const member = who('member');
    const me = await getJson<{ accountId: string }>(host, '/__forge/product/jira/rest/api/3/myself', { headers: { 'x-forge-account-id': member.accountId } });
    expect(me.status).toBe(200);
    expect(me.body.accountId).toBe(member.accountId);
    expect((await fetch(`${host.url}/__forge/product/jira/rest/api/3/myself`)).status).toBe(401);
  });

  it('hides issues of projects the outsider cannot browse', async () => {
    const outsider = who('outsider');
    const jira = host.forge.jira;
    const hidden = jira.state.projects.find((p) => !jira.can(outsider.accountId, 'BROWSE_PROJECTS', p.id));
    const issue = jira.state.issues.find((i) => i.projectId === hidden?.id);
    expect(issue).toBeDefined();
    const path = `/__forge/product/jira/rest/api/3/issue/${issue?.key ?? ''}`;
    expect((await fetch(host.url + path, { headers: { 'x-forge-account-id': outsider.accountId } })).status).toBe(404);
    expect((await fetch(host.url + path, { headers: { 'x-forge-account-id': 'app' } })).status).toBe(200);
  });

  it('serves a resource with the bridge host script first in <head>', async () => {
    const res = await fetch(`${host.url}/__forge/resource/admin/index.html?moduleKey=throughline-admin&theme=light`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    const head = /<head[^>]*>([\s\S]*)<\/head>/i.exec(html)?.[1] ?? '';
    expect(head.trimStart()).toMatch(/^<script src="\/__forge\/bridge-host\.js\?v=[\w-]+"><\/script>/);
    expect(head.indexOf('bridge-host.js')).toBeLessThan(head.indexOf('type="module"'));
    const script = await fetch(`${host.url}/__forge/bridge-host.js`);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(await script.text()).toContain('__bridge');
  });

  it('lets a browser keep a resource’s built files, and revalidate them (304); the page itself is never stored', async () => {
    const base = `${host.url}/__forge/resource/admin`;
    const html = await (await fetch(`${base}/index.html?moduleKey=throughline-admin&theme=light`)).text();
    const asset = /src="\.?\/?(assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const first = await fetch(`${base}/${asset}`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^W\/"[0-9a-f]+-[0-9a-f]+"$/);
    const again = await fetch(`${base}/${asset}`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await again.text()).toBe('');
    const other = await fetch(`${base}/${asset}`, { headers: { 'if-none-match': 'W/"0-0"' } });
    expect(other.status).toBe(200);
    const page = await fetch(`${base}/index.html?moduleKey=throughline-admin&theme=light`, { headers: { 'if-none-match': etag } });
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
  });

  it('lets a browser keep the host’s own scripts and stylesheets at the version its pages link, and revalidate any other', async () => {
    const page = await (await fetch(`${host.url}/jira/apps/throughline?as=exec`)).text();
    const frame = await (await fetch(`${host.url}/__forge/resource/admin/index.html?moduleKey=throughline-admin&theme=light`)).text();
    const linked = [...`${page}${frame}`.matchAll(/(?:src|href)="(\/__forge\/(?:bridge-host\.js|host-page\.js|host\.css|tokens\/light\.css)[^"]*)"/g)].map(
      (m) => m[1]!,
    );
    expect(linked.map((u) => u.split('?')[0]).sort()).toEqual([
      '/__forge/bridge-host.js',
      '/__forge/host-page.js',
      '/__forge/host.css',
      '/__forge/tokens/light.css',
    ]);
    const versions = new Set(linked.map((u) => new URL(u, host.url).searchParams.get('v')));
    expect(versions.size).toBe(1);
    const [version] = [...versions];
    expect(version).toMatch(/^[\w-]{6,}$/);
    for (const u of [...linked, `/__forge/tokens/dark.css?v=${version}`]) {
      const kept = await fetch(host.url + u);
      expect({ u, status: kept.status, caching: kept.headers.get('cache-control') }).toEqual({
        u,
        status: 200,
        caching: 'public, max-age=31536000, immutable',
      });
      const plain = u.split('?')[0]!;
      for (const other of [plain, `${plain}?v=old`]) {
        const fresh = await fetch(host.url + other);
        expect({ other, status: fresh.status, caching: fresh.headers.get('cache-control') }).toEqual({ other, status: 200, caching: 'no-cache' });
        expect(await fresh.text()).toBe(await (await fetch(host.url + u)).text());
      }
    }
  });

  it('serves token CSS for both colour modes with the products’ selectors', async () => {
    const dark = await (await fetch(`${host.url}/__forge/tokens/dark.css`)).text();
    expect(dark).toContain('html[data-color-mode="dark"][data-theme~="dark:dark"]');
    expect(dark).toContain('--ds-space-100');
    const light = await (await fetch(`${host.url}/__forge/tokens/light.css`)).text();
    expect(light).toContain('html[data-color-mode="light"][data-theme~="light:light"]');
  });

  it('shows Jira’s permission page instead of an issue the persona cannot browse', async () => {
    const member = who('member');
    const jira = host.forge.jira;
    const hidden = jira.state.projects.find((p) => !jira.can(member.accountId, 'BROWSE_PROJECTS', p.id));
    const issue = jira.state.issues.find((i) => i.projectId === hidden?.id);
    const res = await fetch(`${host.url}/jira/issue/${issue?.key ?? ''}?as=member`);
    expect(res.status).toBe(404);
    const html = await res.text();
    expect(html).toContain('You do not have permission');
    expect(html).not.toContain('<iframe');
  });
  describe('the fault switch (/__forge/faults)', () => {
    const faults = (method: string, body?: unknown) =>
      getJson<{ jira?: Record<string, unknown>; kvs?: Record<string, unknown>; message?: string }>(host, '/__forge/faults', {
        method,
        headers: { 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    const myself = () => fetch(`${host.url}/__forge/product/jira/rest/api/3/myself`, { headers: { 'x-forge-account-id': who('member').accountId } });
    afterEach(() => faults('DELETE'));

    it('makes Jira answer 429 with Retry-After for a while, then switches off', async () => {
      const on = await faults('POST', { jira: { rateLimitForSeconds: 60, retryAfterSeconds: 7 } });
      expect(on.status).toBe(200);
      expect(on.body.jira).toMatchObject({ retryAfterSeconds: 7, rateLimitUntil: expect.any(Number) });
      const limited = await myself();
      expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '7']);
      expect((await faults('DELETE')).body).toEqual({ jira: {}, kvs: {} });
      expect((await myself()).status).toBe(200);
    });

    it('makes storage writes fail, so the app answers with a coded error and stores nothing', async () => {
      await faults('POST', { kvs: { errorEvery: 1, ops: ['transaction', 'entity/set', 'set'] } });
      const saved = await invoke(host, {
        moduleKey: 'throughline-admin',
        functionKey: 'admin/save-settings',
        accountId: who('exec').accountId,
        payload: { progressRule: 'story-points', expectedVersion: 1 },
      });
      expect(saved.body).toMatchObject({ ok: false });
      expect(saved.body.error).toEqual({ code: 'UPSTREAM', message: 'App storage did not answer; nothing was saved. Try again in a moment' });
      await faults('DELETE');
      const rule = await invoke(host, { moduleKey: 'throughline-admin', functionKey: 'settings/progress-rule', accountId: who('exec').accountId, payload: {} });
      expect(rule.body).toMatchObject({ ok: true, data: { rule: 'issues-done' } });
    });

    it.each([
      ['an unknown part', { confluence: {} }],
      ['an unknown fault', { jira: { explode: 1 } }],
      ['a negative latency', { kvs: { latencyMs: -5 } }],
      ['a status that is not an error', { jira: { serverErrorEvery: 1, serverErrorStatus: 200 } }],
      ['operations that are not names', { kvs: { errorEvery: 1, ops: ['../x'] } }],
    ])('refuses %s with 400 and changes nothing', async (_what, body) => {
      const answer = await faults('POST', body);
      expect(answer.status).toBe(400);
      expect((await faults('GET')).body).toEqual({ jira: {}, kvs: {} });
    });
  });
});
