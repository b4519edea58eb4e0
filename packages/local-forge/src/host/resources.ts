// GET /__forge/resource/<resourceKey>/<file>: serves a built Custom UI resource folder (manifest `resources`),
// injecting the bridge host script first in index.html's <head>, followed by the frame's context.
import { existsSync, readFileSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { versioned } from './assets';
import { decodeExt } from './browser/protocol';
import { CONTENT_TYPES, HttpError, IMMUTABLE, sendHtml } from './http';
import { injectedHostData, type FrameQuery, type HostState } from './surfaces';

export const RESOURCE_PREFIX = '/__forge/resource/';

const resourceDir = (state: HostState, key: string): string => {
  const r = (state.forge.manifest.resources ?? []).find((x) => x.key === key);
  if (!r) throw new HttpError(404, `no resource '${key}' in manifest.yml`);
  return path.resolve(state.appRoot, r.path);
};

const frameQuery = (resource: string, q: URLSearchParams): FrameQuery => {
  let extension: Record<string, unknown> = {};
  const ext = q.get('ext');
  if (ext) {
    try {
      extension = decodeExt(ext);
    } catch {
      throw new HttpError(400, 'ext must be base64url JSON of an object');
    }
  }
  const accountId = q.get('accountId');
  const route = q.get('route');
  const modalId = q.get('modalId');
  const localId = q.get('localId');
  return {
    resource,
    moduleKey: q.get('moduleKey') ?? '',
    ...(accountId ? { accountId } : {}),
    extension,
    theme: q.get('theme') === 'dark' ? 'dark' : 'light',
    ...(route ? { route } : {}),
    ...(modalId ? { modalId } : {}),
    ...(localId ? { localId } : {}),
  };
};

/** JSON that is safe inside a <script> element. */
const scriptJson = (v: unknown): string =>
  JSON.stringify(v)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

export const injectBridge = (html: string, data: unknown): string => {
  const tags = `<script src="${versioned('/__forge/bridge-host.js')}"></script>` + `<script>window.__FORGE_LOCAL_HOST__ = ${scriptJson(data)};</script>`;
  const head = /<head(\s[^>]*)?>/i.exec(html);
  if (head) return html.slice(0, head.index + head[0].length) + tags + html.slice(head.index + head[0].length);
  return `<head>${tags}</head>${html}`;
};

/**
 * A file a bundler named by its content, as Vite names what it builds: `assets/<name>-<8-character hash>.<ext>`. A
 * new build of changed code has new names (and a new index.html, which is never stored), so a browser may keep
 * such a file for good, as it does from Atlassian's CDN.
 */
const CONTENT_NAMED = /^assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/;

/** The cache-control of a resource file other than index.html, by its path in the resource folder. */
export const resourceCaching = (file: string): string => (CONTENT_NAMED.test(file) ? IMMUTABLE : 'no-cache');

/**
 * Serves a file of a resource folder; index.html with the bridge host injected. Other files carry a validator (size and
 * modification time); a file named by its content is kept by the browser for good, any other is revalidated: a
 * browser that has the file gets 304 and keeps what it compiled from it.
 */
export const serveResource = (state: HostState, pathname: string, query: URLSearchParams, res: ServerResponse, ifNoneMatch?: string): void => {
  const rest = pathname.slice(RESOURCE_PREFIX.length);
  const slash = rest.indexOf('/');
  const key = decodeURIComponent(slash < 0 ? rest : rest.slice(0, slash));
  const file = slash < 0 || slash === rest.length - 1 ? 'index.html' : decodeURIComponent(rest.slice(slash + 1));
  const dir = resourceDir(state, key);
  if (!existsSync(path.join(dir, 'index.html'))) {
    sendHtml(
      res,
      404,
      `<!doctype html><meta charset="utf-8"><title>Resource not built</title><body style="font-family:sans-serif;padding:24px">` +
        `<h1>Resource '${key}' is not built</h1><p>${path.relative(state.appRoot, dir)}/index.html is missing. Run <code>npm run build</code> ` +
        `(or <code>npm start</code>, which builds first) and reload.</p></body>`,
    );
    return;
  }
  const full = path.resolve(dir, file);
  if (full !== dir && !full.startsWith(dir + path.sep)) throw new HttpError(403, 'path escapes the resource folder');
  const stat = existsSync(full) ? statSync(full) : undefined;
  if (!stat?.isFile()) throw new HttpError(404, `no file '${file}' in resource '${key}'`);
  const type = CONTENT_TYPES[path.extname(full).toLowerCase()] ?? 'application/octet-stream';
  if (path.basename(full) === 'index.html') {
    const html = injectBridge(readFileSync(full, 'utf8'), injectedHostData(state, frameQuery(key, query)));
    sendHtml(res, 200, html);
    return;
  }
  const etag = `W/"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const caching = resourceCaching(file);
  if (ifNoneMatch !== undefined && ifNoneMatch.split(/\s*,\s*/).includes(etag)) {
    res.writeHead(304, { etag, 'cache-control': caching });
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': caching, etag });
  res.end(readFileSync(full));
};
