// The message protocol between a resource iframe (bridge host script) and the product page around it (host
// page script), plus the resource-frame URL format shared by the server and the browser. No DOM, no Node APIs.
import type { AppPaths } from './urls';

/** Set by the host when it bundles the browser scripts (esbuild `define`): the app's slug (site options). */
declare const LOCAL_FORGE_SLUG: string | undefined;
/** The app's slug in the browser scripts: it tags their messages. */
export const SLUG = typeof LOCAL_FORGE_SLUG === 'string' ? LOCAL_FORGE_SLUG : 'forge-app';

/** Set by the host when it bundles the browser scripts: the version of the host's assets (assets.ts, ASSET_VERSION). */
declare const LOCAL_FORGE_ASSET_VERSION: string | undefined;
/** In the browser scripts, the version of the host's assets they were bundled with; undefined outside them. */
export const BUNDLED_ASSET_VERSION = typeof LOCAL_FORGE_ASSET_VERSION === 'string' ? LOCAL_FORGE_ASSET_VERSION : undefined;

/** The `source` tags of the frame's and the page's messages: `<slug>-local-bridge`, `<slug>-local-host`. */
export const FROM_FRAME = `${SLUG}-local-bridge`;
export const FROM_HOST = `${SLUG}-local-host`;

/** A bridge command the frame cannot answer alone (submit, close, navigate, showFlag, openModal…). */
export interface FrameRequest {
  source: typeof FROM_FRAME;
  kind: 'request';
  id: number;
  command: string;
  payload: unknown;
}

/** A Jira or Confluence colour mode. */
export type ColorMode = 'light' | 'dark';

/**
 * Fire-and-forget notices from the frame: its content height, route changes of createHistory, that its bridge
 * runs (`ready`, so the page tells it the page's colour mode), and that it shows a colour mode the page asked for.
 */
export type FrameNotice =
  | { source: typeof FROM_FRAME; kind: 'resize'; height: number }
  | { source: typeof FROM_FRAME; kind: 'ready' }
  | { source: typeof FROM_FRAME; kind: 'themed'; mode: ColorMode }
  | { source: typeof FROM_FRAME; kind: 'route'; route: string; action: 'PUSH' | 'REPLACE' }
  | { source: typeof FROM_FRAME; kind: 'flagAction'; flagId: string; index: number };

export type FrameMessage = FrameRequest | FrameNotice;

export type HostMessage =
  | { source: typeof FROM_HOST; kind: 'reply'; id: number; ok: true; result: unknown }
  | { source: typeof FROM_HOST; kind: 'reply'; id: number; ok: false; error: string }
  | { source: typeof FROM_HOST; kind: 'event'; event: string; payload: unknown }
  | { source: typeof FROM_HOST; kind: 'modalClosed'; modalId: string; payload: unknown }
  | { source: typeof FROM_HOST; kind: 'flagAction'; flagId: string; index: number }
  | { source: typeof FROM_HOST; kind: 'closing' }
  | { source: typeof FROM_HOST; kind: 'route'; route: string }
  | { source: typeof FROM_HOST; kind: 'theme'; mode: ColorMode };

export const isFrameMessage = (d: unknown): d is FrameMessage => typeof d === 'object' && d !== null && (d as { source?: unknown }).source === FROM_FRAME;

export const isHostMessage = (d: unknown): d is HostMessage => typeof d === 'object' && d !== null && (d as { source?: unknown }).source === FROM_HOST;

/** What a resource frame is told about itself (from its URL); the server turns it into the full context. */
export interface FrameParams {
  resource: string;
  moduleKey: string;
  accountId?: string;
  extension: Record<string, unknown>;
  theme: ColorMode;
  /** Route inside the app for createHistory (global page, project page). */
  route?: string;
  /** Set for frames opened by Modal.open: the opener is told when it closes. */
  modalId?: string;
  /** The module instance id (Confluence macros); `<moduleKey>-local` when absent. */
  localId?: string;
}

/** base64url of UTF-8 JSON; btoa and TextEncoder exist in browsers and in Node ≥ 16. */
export const encodeExt = (ext: Record<string, unknown>): string => {
  const bytes = new TextEncoder().encode(JSON.stringify(ext));
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

export const decodeExt = (s: string): Record<string, unknown> => {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const v: unknown = JSON.parse(new TextDecoder().decode(bytes));
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('ext must be a JSON object');
  return v as Record<string, unknown>;
};

/** `/__forge/resource/<resource>/index.html?moduleKey=…&accountId=…&ext=…&theme=…` */
export const frameSrc = (p: FrameParams): string => {
  const q = new URLSearchParams({ moduleKey: p.moduleKey });
  if (p.accountId) q.set('accountId', p.accountId);
  q.set('ext', encodeExt(p.extension));
  q.set('theme', p.theme);
  if (p.route) q.set('route', p.route);
  if (p.modalId) q.set('modalId', p.modalId);
  if (p.localId) q.set('localId', p.localId);
  return `/__forge/resource/${encodeURIComponent(p.resource)}/index.html?${q.toString()}`;
};

/** What the server injects into each resource's index.html as `window.__FORGE_LOCAL_HOST__`. */
export interface InjectedHostData {
  /** The answer to getContext (FORGE-PLATFORM.md "Custom UI: the bridge"). */
  context: {
    accountId?: string;
    cloudId: string;
    localId: string;
    moduleKey: string;
    siteUrl: string;
    locale: string;
    timezone: string;
    environmentId: string;
    environmentType: 'DEVELOPMENT';
    theme: { colorMode: ColorMode; [k: string]: string };
    extension: Record<string, unknown> & { type: string };
    [k: string]: unknown;
  };
  resource: string;
  route: string;
  modalId?: string;
  /** moduleKey → module kind of every UI module, to build URLs for router.getUrl/navigate targets. */
  modules: Record<string, string>;
  /** The app's own Jira pages, for the same. */
  paths: AppPaths;
}

export const HOST_DATA_GLOBAL = '__FORGE_LOCAL_HOST__';

/** What the host page script exposes as `window.__FORGE_LOCAL_HOST_PAGE__`, for tests and the console. */
export interface HostPageApi {
  /** The page's colour mode now. */
  readonly theme: ColorMode;
  /**
   * Switches the page and every frame on it to a colour mode without loading anything again, as the products do when
   * a user changes theme; resolves once each frame with a bridge shows it (its token stylesheet loaded).
   */
  setTheme(mode: ColorMode): Promise<void>;
}

export const HOST_PAGE_GLOBAL = '__FORGE_LOCAL_HOST_PAGE__';

/** A host page URL in a colour mode: `theme=dark`, or no `theme` for light (the default). */
export const withColorMode = (url: URL, mode: ColorMode): URL => {
  const u = new URL(url.toString());
  if (mode === 'dark') u.searchParams.set('theme', 'dark');
  else u.searchParams.delete('theme');
  return u;
};

/** The URL of the token stylesheet of a colour mode, at a version of the host's assets (none: always revalidated). */
export const tokensHref = (mode: ColorMode, version: string | undefined): string =>
  `/__forge/tokens/${mode}.css${version === undefined ? '' : `?v=${encodeURIComponent(version)}`}`;

/** The words of the host chrome's theme switch, which offers the other mode. */
export const themeSwitchLabel = (mode: ColorMode): string => (mode === 'dark' ? '☀ Light theme' : '☾ Dark theme');

/** The data-theme attribute the products put on <html>: ADS token themes; colour comes from data-color-mode. */
export const THEME_ATTR = 'dark:dark light:light spacing:spacing typography:typography shape:shape';

/** A message without its `source` tag, per member of the union. */
export type Untagged<M> = M extends unknown ? Omit<M, 'source'> : never;
