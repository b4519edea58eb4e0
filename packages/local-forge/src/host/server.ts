// The local host: an HTTP server on 127.0.0.1 that runs an app's production code against the emulators and
// serves each Custom UI resource inside a stand-in for its Jira or Confluence page (see DESIGN.md "The local
// host"). The app gives it its Jira site, personas, handlers, seeding and wording; startHost is what the app's
// start script and its end-to-end tests call.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createLocalForge, type LocalForge, type LocalForgeOptions } from '../runtime/local-forge';
import { uiModules } from '../runtime/manifest';
import type { JiraSeed } from '../jira/model';
import { handleApi } from './api';
import { bridgeHostScript, hostPageScript } from './assets';
import { HttpError, sendHtml, sendJson } from './http';
import { KVS_FILE, loadJiraSeed, loadMacroConfigs, loadMacroInstances, persistJiraWrites, prepareDataDir } from './persistence';
import { AVATARS_PATH, routePage } from './routes';
import { resolveSite, type Persona, type SiteOptions } from './site';
import type { HostState } from './surfaces';

export interface HostOptions extends Omit<LocalForgeOptions, 'seed' | 'kvsFile'> {
  /** 0 picks a free port. */
  port: number;
  /** The Jira site to start from when the data folder holds none (a first start, or `reset`). */
  seed: JiraSeed;
  /** Who the persona switcher offers, the first being the default; each a user of the seed. */
  personas: Persona[];
  /** The pages' wording and paths: the app's name and slug, what the index links, the Confluence stand-in. */
  site?: SiteOptions;
  /** Delete the data folder first and start again from the seed. */
  reset?: boolean;
  /** Where Jira, storage, macro configs and inserted macros persist; default `.local/` in the app's root. */
  dataDir?: string;
  /** Keep nothing on disk (tests). With `kvsSnapshot` (only in memory), storage starts from that snapshot. */
  inMemory?: boolean;
}

export interface Host {
  url: string;
  forge: LocalForge;
  state: HostState;
  close(): Promise<void>;
}

/** The data folder of an app whose root is `appRoot` (`.local/`, to be git-ignored). */
export const defaultDataDir = (appRoot: string): string => path.join(appRoot, '.local');

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
    else
      sendHtml(
        res,
        status,
        `<!doctype html><meta charset="utf-8"><title>${status}</title><body style="font-family:sans-serif;padding:24px"><h1>${status}</h1><p>${message.replace(/</g, '&lt;')}</p><p><a href="/">Index</a></p>`,
      );
  }
};

export const startHost = async (opts: HostOptions): Promise<Host> => {
  const { port, seed: given, personas, site, reset, dataDir: dir, inMemory, ...forgeOptions } = opts;
  const appRoot = opts.appRoot ?? process.cwd();
  const dataDir = inMemory ? undefined : (dir ?? defaultDataDir(appRoot));
  if (dataDir && forgeOptions.kvsSnapshot) throw new Error('a storage snapshot starts an in-memory host only');
  if (dataDir) prepareDataDir(dataDir, reset === true);
  const seed = (dataDir ? loadJiraSeed(dataDir) : undefined) ?? given;
  const forge = await createLocalForge({ ...forgeOptions, appRoot, seed, ...(dataDir ? { kvsFile: path.join(dataDir, KVS_FILE) } : {}) });
  if (dataDir) persistJiraWrites(forge.jira, dataDir);
  const resolved = resolveSite(site);
  // Bundle the browser scripts now, so a type or syntax error stops the start instead of the first page.
  await Promise.all([bridgeHostScript(resolved.slug), hostPageScript(resolved.slug)]);

  const state: HostState = {
    forge,
    appRoot,
    site: resolved,
    personas,
    modules: uiModules(forge.manifest),
    dataDir,
    macroConfigs: loadMacroConfigs(dataDir),
    macroInstances: loadMacroInstances(dataDir),
    siteUrl: 'http://127.0.0.1',
  };
  const server = createServer((req, res) => void handle(state, req, res));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  state.siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  forge.jira.setAvatarBase(state.siteUrl + AVATARS_PATH);
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
