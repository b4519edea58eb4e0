// The local host's data folder: Jira writes (whoever makes them), macro configs and inserted macros survive a restart,
// read-only POSTs do not rewrite jira.json, and `reset` starts again from the demo organisation.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startHost, type Host } from '../../dev/throughline-host';
import { DEMO_TODAY } from '../support/demo-day';
import { isJiraMutation } from '@throughline/local-forge';
import { buildProbe, probeManifest } from './support/probe';

const PROPERTY = '/__forge/product/jira/rest/api/3/issue/INS-1/properties/local-host-test';
const asApp = { 'x-forge-account-id': 'app', 'content-type': 'application/json' };

describe('local host persistence', () => {
  let dataDir: string;
  let probeDir: string;
  let host: Host | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'throughline-host-data-'));
    probeDir = await buildProbe();
  });
  afterEach(async () => {
    await host?.close();
    host = undefined;
  });
  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(probeDir, { recursive: true, force: true });
  });

  it('tells writes from reads', () => {
    expect(isJiraMutation('PUT', '/rest/api/3/issue/INS-1/properties/x')).toBe(true);
    expect(isJiraMutation('DELETE', '/rest/api/3/project/INS/properties/x')).toBe(true);
    expect(isJiraMutation('POST', '/rest/api/3/search/jql')).toBe(false);
    expect(isJiraMutation('POST', '/rest/api/3/search/approximate-count')).toBe(false);
    expect(isJiraMutation('POST', '/rest/api/3/issue/bulkfetch')).toBe(false);
    expect(isJiraMutation('GET', '/rest/api/3/issue/INS-1')).toBe(false);
  });

  it('keeps Jira writes, macro configs and inserted macros across restarts, until reset', async () => {
    host = await startHost({ port: 0, dataDir, today: DEMO_TODAY, manifest: probeManifest(probeDir) });
    const jiraFile = path.join(dataDir, 'jira.json');
    await fetch(host.url + '/__forge/product/jira/rest/api/3/search/jql', { method: 'POST', headers: asApp, body: JSON.stringify({ jql: 'project = INS' }) });
    expect(existsSync(jiraFile)).toBe(false);
    const put = await fetch(host.url + PROPERTY, { method: 'PUT', headers: asApp, body: JSON.stringify({ kept: true }) });
    expect(put.status).toBeLessThan(300);
    expect(readFileSync(jiraFile, 'utf8')).toContain('local-host-test');
    const written = statSync(jiraFile).mtimeMs;
    const saved = await fetch(host.url + '/__forge/macro-config', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pageId: '1001', localId: 'probe-macro-on-1001', config: { depth: 2 }, as: 'exec' }),
    });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { src: string }).src).toContain('/__forge/resource/probe/index.html?');
    const inserted = await fetch(host.url + '/__forge/macro-instance', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ pageId: '1002', moduleKey: 'probe-macro' }),
    });
    expect(inserted.status).toBe(201);
    const { localId } = (await inserted.json()) as { localId: string };
    await host.close();

    host = await startHost({ port: 0, dataDir, today: DEMO_TODAY, manifest: probeManifest(probeDir) });
    const again = await fetch(host.url + PROPERTY, { headers: asApp });
    expect(again.status).toBe(200);
    expect(((await again.json()) as { value: unknown }).value).toEqual({ kept: true });
    expect(statSync(jiraFile).mtimeMs).toBe(written);
    const configs = (await (await fetch(host.url + '/__forge/macro-config')).json()) as Record<string, unknown>;
    expect(configs['1001/probe-macro-on-1001']).toEqual({ depth: 2 });
    expect(await (await fetch(host.url + '/__forge/macro-instance?pageId=1002')).json()).toEqual([{ localId, moduleKey: 'probe-macro', inserted: true }]);
    await host.close();

    host = await startHost({ port: 0, dataDir, today: DEMO_TODAY, reset: true, manifest: probeManifest(probeDir) });
    expect((await fetch(host.url + PROPERTY, { headers: asApp })).status).toBe(404);
    expect(await (await fetch(host.url + '/__forge/macro-config')).json()).toEqual({});
    expect(await (await fetch(host.url + '/__forge/macro-instance?pageId=1002')).json()).toEqual([]);
  });
});
