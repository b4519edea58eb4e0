// The host's own assets: the two browser scripts (bundled from ./browser with esbuild, once per process), the
// Atlassian Design System token CSS for light and dark, and the product chrome's stylesheet.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { IMMUTABLE } from './http';

export const BROWSER_DIR = path.join(__dirname, 'browser');

/**
 * The version of the host's own assets. They are made once per process (the scripts bundled, the stylesheets
 * read), so they stay the same while it runs; their URLs carry this (`?v=`), and a browser keeps them for good
 * instead of fetching and parsing them for every page and frame. A restarted host has a new version, so a browser
 * never keeps one a change to the host made stale.
 */
export const ASSET_VERSION = randomBytes(6).toString('base64url');

/** A host asset's URL with the version: `/__forge/host.css?v=…`. */
export const versioned = (pathname: string): string => `${pathname}?v=${ASSET_VERSION}`;

/**
 * The cache-control of a host asset asked for at `url`: kept for good at the current version, otherwise
 * revalidated every time (an old or missing version still gets today's asset).
 */
export const assetCaching = (url: URL): string => (url.searchParams.get('v') === ASSET_VERSION ? IMMUTABLE : 'no-cache');

const bundles = new Map<string, Promise<string>>();

/** Bundles a browser entry for the app whose slug it is given (see ./browser/protocol.ts). */
const bundle = (entry: string, slug: string): Promise<string> => {
  const id = `${entry}|${slug}`;
  let p = bundles.get(id);
  if (!p) {
    p = build({
      entryPoints: [path.join(BROWSER_DIR, entry)],
      bundle: true,
      write: false,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      sourcemap: 'inline',
      logLevel: 'silent',
      define: { LOCAL_FORGE_SLUG: JSON.stringify(slug), LOCAL_FORGE_ASSET_VERSION: JSON.stringify(ASSET_VERSION) },
    }).then((r) => {
      const out = r.outputFiles[0];
      if (!out) throw new Error(`esbuild produced nothing for ${entry}`);
      return out.text;
    });
    p.catch(() => bundles.delete(id));
    bundles.set(id, p);
  }
  return p;
};

export const bridgeHostScript = (slug: string): Promise<string> => bundle('bridge-host.ts', slug);
export const hostPageScript = (slug: string): Promise<string> => bundle('host-page.ts', slug);

const TOKENS_DIR = '@atlaskit/tokens/dist/cjs/artifacts/themes';
const tokenCss = (name: string): string => {
  // The artifacts are CommonJS modules whose default export is the theme's CSS text.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const mod = require(`${TOKENS_DIR}/${name}.js`) as { default?: unknown };
  if (typeof mod.default !== 'string') throw new Error(`${TOKENS_DIR}/${name}.js does not export a CSS string`);
  return mod.default;
};

const tokenSheets = new Map<string, string>();

/**
 * The token CSS a product page loads for a colour mode, for `<html data-color-mode="light|dark"
 * data-theme="dark:dark light:light spacing:spacing typography:typography shape:shape">`.
 */
export const tokensCss = (mode: 'light' | 'dark'): string => {
  let css = tokenSheets.get(mode);
  if (!css) {
    css = [`atlassian-${mode}`, 'atlassian-spacing', 'atlassian-typography', 'atlassian-shape'].map(tokenCss).join('\n');
    tokenSheets.set(mode, css);
  }
  return css;
};

let chromeCss: string | undefined;
/** The product chrome's stylesheet, read once per process like the other assets (see ASSET_VERSION). */
export const hostCss = (): string => (chromeCss ??= readFileSync(path.join(__dirname, 'pages', 'host.css'), 'utf8'));
