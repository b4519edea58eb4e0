// The host's own assets: the two browser scripts (bundled from ./browser with esbuild, once per process), the
// Atlassian Design System token CSS for light and dark, and the product chrome's stylesheet.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

export const BROWSER_DIR = path.join(__dirname, 'browser');

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
      define: { LOCAL_FORGE_SLUG: JSON.stringify(slug) },
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

export const hostCss = (): string => readFileSync(path.join(__dirname, 'pages', 'host.css'), 'utf8');
