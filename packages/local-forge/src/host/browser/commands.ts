// The answers to @forge/bridge 7.2's commands that the resource frame can give itself: invoke, getContext,
// fetchProduct, enableTheming, createHistory, events, and the URL work behind navigate/getUrl.
import { ask, hasHost } from './channel';
import { createHostHistory } from './history';
import { BUNDLED_ASSET_VERSION, HOST_DATA_GLOBAL, SLUG, THEME_ATTR, decodeExt, tokensHref, type ColorMode, type InjectedHostData } from './protocol';
import { appPaths, urlForTarget, type NavigationLocation } from './urls';

/** The context the server injected into index.html (or, failing that, the frame URL's own parameters). */
export const hostData = (): InjectedHostData => {
  const injected = (window as unknown as Record<string, InjectedHostData | undefined>)[HOST_DATA_GLOBAL];
  if (injected) return injected;
  const q = new URLSearchParams(location.search);
  const ext = q.get('ext');
  const moduleKey = q.get('moduleKey') ?? 'unknown';
  const accountId = q.get('accountId');
  return {
    context: {
      ...(accountId ? { accountId } : {}),
      cloudId: 'local',
      localId: `${moduleKey}-local`,
      moduleKey,
      siteUrl: location.origin,
      locale: 'en-US',
      timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      environmentId: 'local',
      environmentType: 'DEVELOPMENT',
      theme: { colorMode: q.get('theme') === 'dark' ? 'dark' : 'light' },
      extension: { type: 'unknown', ...(ext ? decodeExt(ext) : {}) },
    },
    resource: location.pathname.split('/')[3] ?? '',
    paths: appPaths(SLUG),
    route: q.get('route') ?? '/',
    modules: {},
  };
};

const errorMessage = async (res: Response): Promise<string> => {
  const text = await res.text();
  try {
    const body = JSON.parse(text) as { message?: unknown };
    if (typeof body.message === 'string') return body.message;
  } catch {
    // not JSON: fall through
  }
  return text || `${res.status} ${res.statusText}`;
};

export const invoke = async (p: { functionKey: string; payload?: unknown; metadata?: unknown }): Promise<unknown> => {
  const { context } = hostData();
  const res = await fetch('/__forge/invoke', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      moduleKey: context.moduleKey,
      localId: context.localId,
      functionKey: p.functionKey,
      payload: p.payload ?? {},
      extension: context.extension,
      accountId: context.accountId,
    }),
  });
  if (!res.ok) throw new Error(`There was an error invoking the function - ${await errorMessage(res)}`);
  const text = await res.text();
  const body: unknown = text ? JSON.parse(text) : undefined;
  return p.metadata ? { body, metadata: {} } : body;
};

/** The colour mode the host page last told this frame of (see applyTheme), else the one the frame opened in. */
let liveMode: ColorMode | undefined;
export const colorMode = (): ColorMode => liveMode ?? hostData().context.theme.colorMode;

export const getContext = async (): Promise<unknown> => {
  const context = structuredClone(hostData().context);
  context.theme = { ...context.theme, colorMode: colorMode() };
  return context;
};

interface FetchPayload {
  product: string;
  restPath: string;
  fetchRequestInit?: { method?: string; headers?: [string, string][]; body?: string | null };
}

export const fetchProduct = async ({ product, restPath, fetchRequestInit: init = {} }: FetchPayload): Promise<unknown> => {
  const { context } = hostData();
  const headers = new Headers(init.headers ?? []);
  if (context.accountId) headers.set('x-forge-account-id', context.accountId);
  const method = (init.method ?? 'GET').toUpperCase();
  const path = restPath.startsWith('/') ? restPath : `/${restPath}`;
  const res = await fetch(`/__forge/product/${encodeURIComponent(product)}${path}`, {
    method,
    headers,
    ...(method === 'GET' || method === 'HEAD' || init.body == null ? {} : { body: init.body }),
  });
  const out: Record<string, string> = {};
  res.headers.forEach((v, k) => (out[k] = v));
  return { status: res.status, statusText: res.statusText, headers: out, body: await res.text(), isAttachment: false };
};

const TOKENS_ID = 'forge-host-tokens';
/** Set once the app called view.theme.enable(): only then does the frame show the product's colour mode. */
let themed = false;
/** The mode whose token stylesheet was asked for last, and the promise that it has loaded (or failed). */
let shown: { mode: ColorMode; loaded: Promise<void> } | undefined;

/**
 * Loads the token stylesheet of a mode, then makes it the frame's (data-color-mode, the previous sheet removed):
 * the page never shows a mode whose tokens are not there yet. A later swap wins over one still loading.
 */
const showTokens = (mode: ColorMode): Promise<void> => {
  const root = document.documentElement;
  const previous = document.getElementById(TOKENS_ID);
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = tokensHref(mode, BUNDLED_ASSET_VERSION);
  if (!previous) {
    // The first sheet: the mode is set at once, so the app's fallbacks give way to tokens as soon as they load.
    link.id = TOKENS_ID;
    root.setAttribute('data-color-mode', mode);
  }
  const loaded = new Promise<void>((resolve) => {
    const done = (): void => {
      if (previous && shown?.loaded === loaded) {
        previous.remove();
        link.id = TOKENS_ID;
        root.setAttribute('data-color-mode', mode);
      } else if (previous) link.remove();
      resolve();
    };
    link.onload = done;
    link.onerror = done; // the app keeps its fallbacks; the failed request shows in the network log
  });
  shown = { mode, loaded };
  document.head.appendChild(link);
  return loaded;
};

export const enableTheming = (): Promise<void> => {
  themed = true;
  document.documentElement.setAttribute('data-theme', THEME_ATTR);
  if (shown) return shown.loaded;
  if (document.getElementById(TOKENS_ID)) return Promise.resolve();
  return showTokens(colorMode());
};

/**
 * The host page's colour mode changed (or the frame is told it on start): getContext answers it from now on, and a
 * frame that enabled theming swaps its tokens; resolves once the frame shows the mode.
 */
export const applyTheme = (mode: ColorMode): Promise<void> => {
  liveMode = mode;
  if (!themed) return Promise.resolve();
  if (shown?.mode === mode) return shown.loaded;
  return showTokens(mode);
};

export const createHistory = async (): Promise<unknown> => createHostHistory(hostData().route);

/** A host-relative or absolute URL for router.navigate/open/getUrl. */
export const resolveUrl = (loc: NavigationLocation): string => {
  if (loc.url) return loc.url;
  const url = urlForTarget(loc, hostData().modules, hostData().paths);
  if (!url) throw new Error(`navigate: the local host has no page for target '${String(loc.target)}'`);
  return url;
};

export const getUrl = async (loc: NavigationLocation): Promise<string> => new URL(resolveUrl(loc), hostData().context.siteUrl).toString();

export const navigate = async (loc: NavigationLocation & { type?: string }): Promise<unknown> => {
  const url = resolveUrl(loc);
  const type = loc.type === 'new-tab' ? 'new-tab' : 'same-tab';
  if (hasHost()) return ask('navigate', { url, type });
  if (type === 'new-tab') window.open(url, '_blank', 'noopener');
  else window.location.assign(url);
  return undefined;
};

// events.on/emit: subscriptions live here; the host page relays emits to every frame on the page.
const subscriptions = new Map<string, Set<(payload: unknown) => unknown>>();

export const deliverEvent = (event: string, payload: unknown): void => {
  for (const cb of subscriptions.get(event) ?? []) {
    Promise.resolve()
      .then(() => cb(payload))
      .catch((e: unknown) => console.error(`[forge host] event '${event}' handler failed`, e));
  }
};

export const on = async ({ event, callback }: { event: string; callback: (p: unknown) => unknown }): Promise<{ unsubscribe(): void }> => {
  const set = subscriptions.get(event) ?? new Set();
  set.add(callback);
  subscriptions.set(event, set);
  return { unsubscribe: () => void set.delete(callback) };
};

export const emit = async ({ event, payload }: { event: string; payload?: unknown }): Promise<void> => {
  if (hasHost()) await ask('emit', { event, payload });
  else deliverEvent(event, payload);
};
