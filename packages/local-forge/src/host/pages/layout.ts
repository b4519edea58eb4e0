// Shared pieces of the host pages: the request's view (persona, theme), escaping, the product chrome (top bar
// with persona switcher and theme switch), resource iframes, notices and Jira's "no permission" page.
import type { HostState, Theme } from '../surfaces';
import type { Persona } from '../site';
import { ASSET_VERSION, versioned } from '../assets';
import { THEME_ATTR, themeSwitchLabel, tokensHref, withColorMode } from '../browser/protocol';

export interface View {
  state: HostState;
  persona: Persona;
  theme: Theme;
  url: URL;
}

export const esc = (s: unknown): string =>
  String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);

/** A host page URL for the same persona and theme (or the given ones). */
export const link = (path: string, v: Pick<View, 'persona' | 'theme'>, extra: Record<string, string> = {}): string => {
  const [base, query] = path.split('?');
  const q = new URLSearchParams(query ?? '');
  q.set('as', v.persona.id);
  if (v.theme === 'dark') q.set('theme', 'dark');
  for (const [k, val] of Object.entries(extra)) q.set(k, val);
  return `${base ?? ''}?${q.toString()}`;
};

/** A link to the page in the other mode; the host page script makes it switch live (browser/host-theme.ts). */
const themeSwitch = (v: View): string => {
  const u = withColorMode(v.url, v.theme === 'dark' ? 'light' : 'dark');
  u.searchParams.set('as', v.persona.id);
  return `<a class="host-button" data-testid="theme-switch" href="${esc(u.pathname + u.search)}">${esc(themeSwitchLabel(v.theme))}</a>`;
};

const personaSwitcher = (v: View): string =>
  `<label class="host-persona"><span>Viewing as</span><select data-persona-switcher data-testid="persona-switcher" aria-label="Persona">` +
  v.state.personas
    .map((p) => `<option value="${esc(p.id)}"${p.id === v.persona.id ? ' selected' : ''}>${esc(p.displayName)} (${esc(p.id)})</option>`)
    .join('') +
  `</select></label>`;

export interface PageOptions {
  title: string;
  product: 'jira' | 'confluence' | 'host';
  view: View;
  body: string;
  /** Top navigation items, e.g. Jira's "Your work", "Projects". */
  nav?: string;
  sidebar?: string;
  /** data-* attributes of <body> for the host page script (route base, page id, mode). */
  data?: Record<string, string>;
}

const PRODUCT_NAMES = { jira: 'Jira', confluence: 'Confluence' };

export const page = (o: PageOptions): string => {
  const v = o.view;
  const product = o.product === 'host' ? `${esc(v.state.site.appName)} local host` : PRODUCT_NAMES[o.product];
  const data = { persona: v.persona.id, accountId: v.persona.accountId, theme: v.theme, ...(o.data ?? {}) };
  const dataAttrs = Object.entries(data)
    .map(([k, val]) => ` data-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${esc(val)}"`)
    .join('');
  return `<!doctype html>
<html lang="en" data-color-mode="${v.theme}" data-theme="${THEME_ATTR}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(o.title)} - ${product}</title>
<link rel="stylesheet" href="${tokensHref(v.theme, ASSET_VERSION)}"><link rel="stylesheet" href="${versioned('/__forge/host.css')}">
</head>
<body class="host-${o.product}"${dataAttrs}>
<header class="host-topbar">
  <a class="host-product" href="${esc(link('/', v))}"><span class="host-logo host-logo-${o.product}" aria-hidden="true"></span>${product}</a>
  <nav class="host-topnav">${o.nav ?? ''}</nav>
  <div class="host-topbar-end">${personaSwitcher(v)}${themeSwitch(v)}
  <span class="host-avatar" title="${esc(v.persona.displayName)}">${esc(initials(v.persona.displayName))}</span></div>
</header>
<div class="host-shell">${o.sidebar ? `<aside class="host-sidebar">${o.sidebar}</aside>` : ''}<main class="host-main">${o.body}</main></div>
<script src="${versioned('/__forge/host-page.js')}"></script>
</body></html>`;
};

export const initials = (name: string): string =>
  name
    .split(/\s+/)
    .map((w) => w[0] ?? '')
    .join('')
    .slice(0, 2)
    .toUpperCase();

export interface FrameOptions {
  src: string;
  title: string;
  /** Grows with the app's content (panels, macros); pages also grow beyond their minimum. */
  minHeight: number;
  data?: Record<string, string>;
  testId?: string;
}

export const frame = (o: FrameOptions): string => {
  const data = Object.entries(o.data ?? {})
    .map(([k, val]) => ` data-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${esc(val)}"`)
    .join('');
  return `<iframe class="host-frame" src="${esc(o.src)}" title="${esc(o.title)}" data-autosize data-min-height="${o.minHeight}" style="height:${o.minHeight}px"${data}${
    o.testId ? ` data-testid="${esc(o.testId)}"` : ''
  }></iframe>`;
};

export const notice = (tone: 'info' | 'warning' | 'error', html: string): string =>
  `<div class="host-notice host-notice-${tone}" role="${tone === 'error' ? 'alert' : 'status'}">${html}</div>`;

/** Which manifest module kind is missing, said plainly instead of a broken frame. */
export const notBuilt = (state: HostState, kind: string, what: string): string =>
  notice(
    'info',
    `<strong>Not built yet.</strong> manifest.yml has no <code>${esc(kind)}</code> module, so ${esc(state.site.appName)} adds nothing to ${esc(what)} yet.`,
  );

/** A page with a status other than 200. */
export interface PageReply {
  status: number;
  html: string;
}

/** Jira's answer (a 404) when the viewer may not browse an issue or project, or it does not exist. */
export const jiraDenied = (v: View, what: string, nav: string): PageReply => ({
  status: 404,
  html: page({
    title: 'Permission denied',
    product: 'jira',
    view: v,
    nav,
    body: `<section class="host-denied" data-testid="jira-denied"><svg class="host-denied-art" aria-hidden="true" width="48" height="48" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="1.8"><rect x="5" y="11" width="14" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/></svg>
<h1>You do not have permission to view this ${esc(what)}, or it does not exist</h1>
<p>${esc(v.persona.displayName)} cannot see it. Ask your Jira admin for access, or switch persona above.</p>
<p><a href="${esc(link('/', v))}">Back to the local host's index</a></p></section>`,
  }),
});
