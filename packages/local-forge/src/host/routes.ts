// The host's page and asset routes: the index, the Jira and Confluence stand-ins, the resource folders, and
// the host's own scripts and stylesheets. Resolves the request's persona (?as=, remembered in a cookie) and
// theme (?theme=dark).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { avatarSvg } from '../jira/avatars';
import { assetCaching, bridgeHostScript, hostCss, hostPageScript, tokensCss } from './assets';
import { HttpError, sendHtml, sendText } from './http';
import { confluencePage } from './pages/confluence';
import { indexPage } from './pages/index-page';
import { adminPage, globalPage } from './pages/jira-apps';
import { issuePage } from './pages/jira-issue';
import { projectIssuesPage, projectPage, projectSettingsPage, projectsDirectory } from './pages/jira-project';
import { sentMailPage } from './pages/sent-mail';
import type { PageReply, View } from './pages/layout';
import { RESOURCE_PREFIX, serveResource } from './resources';
import type { HostState } from './surfaces';

const cookie = (req: IncomingMessage, name: string): string | undefined =>
  (req.headers.cookie ?? '')
    .split(';')
    .map((c) => c.trim().split('='))
    .find(([k]) => k === name)?.[1];

const viewOf = (state: HostState, req: IncomingMessage, res: ServerResponse, url: URL): View => {
  const asked = url.searchParams.get('as') ?? cookie(req, state.site.personaCookie);
  const persona = asked === undefined ? state.personas[0] : state.personas.find((p) => p.id === asked);
  if (!persona) {
    throw new HttpError(400, `Unknown persona '${asked}'. Use ?as= one of: ${state.personas.map((p) => p.id).join(', ')}`);
  }
  if (url.searchParams.has('as')) res.setHeader('set-cookie', `${state.site.personaCookie}=${persona.id}; Path=/; SameSite=Lax`);
  return { state, persona, theme: url.searchParams.get('theme') === 'dark' ? 'dark' : 'light', url };
};

/** Where the host draws users' avatars (the Jira emulator's `avatarUrls` point here once the host listens). */
export const AVATARS_PATH = '/__forge/avatars';

/** One of the host's own assets, kept by the browser when asked for at the current version (see ASSET_VERSION). */
const asset = (res: ServerResponse, url: URL, text: string, contentType: string): void => sendText(res, 200, text, contentType, assetCaching(url));
const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';

type PageRoute = [RegExp, (v: View, m: RegExpExecArray) => string | PageReply | Promise<string | PageReply>];

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const seg = (m: RegExpExecArray, i: number): string => decodeURIComponent(m[i] ?? '');

const pages = (state: HostState): PageRoute[] => [
  [/^\/$/, (v) => indexPage(v)],
  [/^\/jira\/projects\/?$/, (v) => projectsDirectory(v)],
  [/^\/jira\/issue\/([^/]+)\/?$/, (v, m) => issuePage(v, seg(m, 1))],
  [/^\/jira\/project\/([^/]+)\/?$/, (v, m) => projectPage(v, seg(m, 1))],
  [/^\/jira\/project\/([^/]+)\/settings\/?$/, (v, m) => projectSettingsPage(v, seg(m, 1))],
  [/^\/jira\/project\/([^/]+)\/issues\/?$/, (v, m) => projectIssuesPage(v, seg(m, 1))],
  [new RegExp(`^${escapeRe(state.site.paths.app)}(/.*)?$`), (v, m) => globalPage(v, m[1] ?? '/')],
  [new RegExp(`^${escapeRe(state.site.paths.admin)}/?$`), (v) => adminPage(v)],
  [/^\/confluence\/page\/([^/]+)\/?$/, (v, m) => confluencePage(v, seg(m, 1))],
  [/^\/jira\/sent-mail\/?$/, (v) => sentMailPage(v)],
];

export const routePage = async (state: HostState, req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
  const p = url.pathname;
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD') throw new HttpError(405, `${method} ${p}: pages are GET only`);
  if (p.startsWith(RESOURCE_PREFIX)) return serveResource(state, p, url.searchParams, res, req.headers['if-none-match']);
  if (p === '/__forge/bridge-host.js') return asset(res, url, await bridgeHostScript(state.site.slug), JS);
  if (p === '/__forge/host-page.js') return asset(res, url, await hostPageScript(state.site.slug), JS);
  if (p === '/__forge/host.css') return asset(res, url, hostCss(), CSS);
  const tokens = /^\/__forge\/tokens\/(light|dark)\.css$/.exec(p);
  if (tokens) return asset(res, url, tokensCss(tokens[1] === 'dark' ? 'dark' : 'light'), CSS);
  if (p.startsWith(AVATARS_PATH)) {
    const svg = avatarSvg(p.slice(AVATARS_PATH.length));
    if (svg === null) throw new HttpError(404, `No avatar at ${p}`);
    return sendText(res, 200, svg, 'image/svg+xml; charset=utf-8', 'public, max-age=86400');
  }
  if (p === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return;
  }
  for (const [re, render] of pages(state)) {
    const m = re.exec(p);
    if (!m) continue;
    const out = await render(viewOf(state, req, res, url), m);
    if (typeof out === 'string') sendHtml(res, 200, out);
    else sendHtml(res, out.status, out.html);
    return;
  }
  throw new HttpError(404, `No page at ${p}`);
};
