// The local host: an HTTP server on 127.0.0.1 that runs the app's production code against the emulators and
// serves each Custom UI resource inside a stand-in for its Jira or Confluence page (see DESIGN.md "The local
// host"). startHost is what `npm start` (dev/start.ts) and the end-to-end tests use.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { buildDemoOrganisation } from '../demo';
import { todayUtc } from '../runtime/today';
import { DayClock } from '../runtime/clock';
import { createLocalForge, type LocalForge } from '../runtime/local-forge';
import { ROOT, uiModules, type Manifest } from '../runtime/manifest';
import { handleApi } from './api';
import { bridgeHostScript, hostPageScript } from './assets';
import { HttpError, sendHtml, sendJson } from './http';
import { KVS_FILE, loadJiraSeed, loadMacroConfigs, loadMacroInstances, persistJiraWrites, prepareDataDir } from './persistence';
import { routePage } from './routes';
import type { HostState } from './surfaces';

export interface HostOptions {
  /** 0 picks a free port. */
  port: number;
  /** Delete the data folder first and start again from the demo organisation. */
  reset?: boolean;
  /** Where Jira, storage, macro configs and inserted macros persist; default `.local/` at the repo root. */
  dataDir?: string;
  /** Keep nothing on disk (tests). */
  inMemory?: boolean;
  /**
   * The demo's day: every date in the demo organisation is relative to it, and the app and the emulators run
   * on a clock pinned to it (tests). Without it the demo is dated from the real today and the app runs on the
   * system clock (`npm start`).
   */
  today?: string;
  /** Another manifest than manifest.yml (tests of the host itself). */
  manifest?: Manifest;
}

export interface Host {
  url: string;
  forge: LocalForge;
  state: HostState;
  close(): Promise<void>;
}

export const DEFAULT_DATA_DIR = path.join(ROOT, '.local');

const handle = async (state: HostState, req: IncomingMessage, res: ServerResponse): Promise<void> => {
  const url = new URL(req.url ?? '/', state.siteUrl);
  try {
    if (await handleApi(state, req, res, url)) return;
    await routePage(state, req, res, url);
  } catch (e) {
    const status = e instanceof HttpError ? e.status : 500;
    const message = e instanceof Error ? e.message : String(e);
    if (!(e instanceof HttpError)) console.error(`[host] ${req.method ?? 'GET'} ${url.pathname} failed`, e);
    if (res.headersSent) {
      res.end();
      return;
    }
    if (url.pathname.startsWith('/__forge/') || (req.headers.accept ?? '').includes('application/json')) sendJson(res, status, { message });
    else sendHtml(res, status, `<!doctype html><meta charset="utf-8"><title>${status}</title><body style="font-family:sans-serif;padding:24px"><h1>${status}</h1><p>${message.replace(/</g, '&lt;')}</p><p><a href="/">Index</a></p>`);
  }
};

export const startHost = async (opts: HostOptions): Promise<Host> => {
  // The demo is dated relative to today, so goals, timeframes and KPIs read as current whatever day it runs.
  const demo = buildDemoOrganisation({ today: opts.today ?? todayUtc() });
  const clock = opts.today ? new DayClock(opts.today) : undefined;
  const dataDir = opts.inMemory ? undefined : (opts.dataDir ?? DEFAULT_DATA_DIR);
  if (dataDir) prepareDataDir(dataDir, opts.reset === true);
  const seed = (dataDir ? loadJiraSeed(dataDir) : undefined) ?? demo.jira;
  const forge = await createLocalForge({
    seed,
    strategy: demo.strategy,
    ...(dataDir ? { kvsFile: path.join(dataDir, KVS_FILE) } : {}),
    ...(opts.manifest ? { manifest: opts.manifest } : {}),
    ...(clock ? { clock } : {}),
  });
  if (dataDir) persistJiraWrites(forge.jira, dataDir);
  // Bundle the browser scripts now, so a type or syntax error stops the start instead of the first page.
  await Promise.all([bridgeHostScript(), hostPageScript()]);

  const state: HostState = {
    forge,
    personas: demo.personas,
    modules: uiModules(forge.manifest),
    dataDir,
    macroConfigs: loadMacroConfigs(dataDir),
    macroInstances: loadMacroInstances(dataDir),
    siteUrl: 'http://127.0.0.1',
  };
  const server = createServer((req, res) => void handle(state, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  state.siteUrl = `http://127.0.0.1:${port}`;
  return {
    url: state.siteUrl,
    forge,
    state,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        server.closeAllConnections();
      }),
  };
};
