// Token paging on search/jql: every issue exactly once, isLast only on the last page, Jira's page caps.
import { createJiraEmulator } from '../../src/jira/emulator';
import { bigWorld } from './builders';
import { as, get, post } from './http';

const viewer = as('u-viewer');
const SEARCH = '/rest/api/3/search/jql';

describe('paging search/jql', () => {
  const jira = createJiraEmulator({ seed: bigWorld(250) });

  it('walks 250 issues in pages of 100 by nextPageToken, each exactly once', async () => {
    const seen: string[] = [];
    const pages: Array<{ size: number; isLast: boolean; token: boolean }> = [];
    let token: string | undefined;
    for (let guard = 0; guard < 10; guard++) {
      const res = await post(jira, viewer, SEARCH, {
        jql: 'project = BIG ORDER BY key',
        fields: ['summary'],
        maxResults: 100,
        ...(token ? { nextPageToken: token } : {}),
      });
      expect(res.status).toBe(200);
      seen.push(...res.body.issues.map((i: { key: string }) => i.key));
      pages.push({ size: res.body.issues.length, isLast: res.body.isLast, token: typeof res.body.nextPageToken === 'string' });
      token = res.body.nextPageToken;
      if (res.body.isLast) break;
    }
    expect(pages).toEqual([
      { size: 100, isLast: false, token: true },
      { size: 100, isLast: false, token: true },
      { size: 50, isLast: true, token: false },
    ]);
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    expect(seen.slice(0, 3)).toEqual(['BIG-1', 'BIG-2', 'BIG-3']);
    expect(seen.at(-1)).toBe('BIG-250');
  });

  it('ends on a full last page when the total is an exact multiple of the page size', async () => {
    const exact = createJiraEmulator({ seed: bigWorld(200) });
    const first = await post(exact, viewer, SEARCH, { jql: 'project = BIG', fields: ['summary'], maxResults: 100 });
    expect(first.body).toMatchObject({ isLast: false });
    const second = await post(exact, viewer, SEARCH, { jql: 'project = BIG', fields: ['summary'], maxResults: 100, nextPageToken: first.body.nextPageToken });
    expect(second.body.issues).toHaveLength(100);
    expect(second.body.isLast).toBe(true);
    expect(second.body.nextPageToken).toBeUndefined();
  });

  it('pages the GET form the same way', async () => {
    const first = await get(jira, viewer, `${SEARCH}?jql=${encodeURIComponent('project = BIG')}&fields=summary&maxResults=200`);
    expect(first.body.issues).toHaveLength(100); // capped with fields
    const second = await get(
      jira,
      viewer,
      `${SEARCH}?jql=${encodeURIComponent('project = BIG')}&fields=summary&maxResults=200&nextPageToken=${first.body.nextPageToken}`,
    );
    expect(second.body.issues).toHaveLength(100);
    expect(second.body.issues[0].key).not.toBe(first.body.issues[0].key);
  });

  it('caps pages at 100 with fields and 5,000 for ids only, defaulting to 50', async () => {
    const withFields = await post(jira, viewer, SEARCH, { jql: 'project = BIG', fields: ['*all'], maxResults: 1000 });
    expect(withFields.body.issues).toHaveLength(100);
    expect(withFields.body.isLast).toBe(false);
    const idsOnly = await post(jira, viewer, SEARCH, { jql: 'project = BIG', maxResults: 5000 });
    expect(idsOnly.body.issues).toHaveLength(250);
    expect(idsOnly.body).toMatchObject({ isLast: true });
    expect(idsOnly.body.nextPageToken).toBeUndefined();
    expect(Object.keys(idsOnly.body.issues[0])).toEqual(['id']);
    const keysOnly = await post(jira, viewer, SEARCH, { jql: 'project = BIG', fields: ['key'], maxResults: 300 });
    expect(keysOnly.body.issues).toHaveLength(250);
    expect(keysOnly.body.issues[0]).toMatchObject({ key: expect.stringMatching(/^BIG-/), fields: {} });
    const byDefault = await post(jira, viewer, SEARCH, { jql: 'project = BIG' });
    expect(byDefault.body.issues).toHaveLength(50);
  });

  it('refuses a token from another query, and nonsense', async () => {
    const first = await post(jira, viewer, SEARCH, { jql: 'project = BIG', maxResults: 10 });
    const other = await post(jira, viewer, SEARCH, { jql: 'project = BIG ORDER BY key', maxResults: 10, nextPageToken: first.body.nextPageToken });
    expect(other.status).toBe(400);
    expect((await post(jira, viewer, SEARCH, { jql: 'project = BIG', nextPageToken: 'garbage' })).status).toBe(400);
  });

  it('refuses request fields Jira does not know, and more than 5 properties', async () => {
    const unknown = await post(jira, viewer, SEARCH, { jql: 'project = BIG', startAt: 100 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errorMessages[0]).toMatch(/Unrecognized field "startAt"/);
    expect((await post(jira, viewer, SEARCH, { jql: '', properties: ['a', 'b', 'c', 'd', 'e', 'f'] })).status).toBe(400);
    expect((await post(jira, viewer, SEARCH, { jql: '', reconcileIssues: Array.from({ length: 51 }, (_, i) => i) })).status).toBe(400);
  });

  it('counts all 250 in approximate-count', async () => {
    expect((await post(jira, viewer, '/rest/api/3/search/approximate-count', { jql: 'project = BIG' })).body).toEqual({ count: 250 });
  });
});
