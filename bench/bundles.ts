// First-load size of each Custom UI surface: the JavaScript and CSS its index.html loads before anything is
// shown (the entry script, its module preloads and stylesheets), gzipped as a CDN would send them; the lazily
// loaded chunks (a goal page's agreements, the agreement web, the editors) are counted apart. Measured on the
// production build in static/dist (`npm run build`), never asserted in tests. `npm run bench:bundles` prints it;
// `npm run bench` prints it after the scenarios.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Run from the repository's root, as npm scripts are. */
const DIST = path.join(process.cwd(), 'static', 'dist');
/** The first-load budget per surface (issue 11): 150 KB of gzipped JavaScript. */
export const FIRST_LOAD_JS_BUDGET = 150 * 1024;

export interface BundleFigures {
  surface: string;
  firstLoadJs: number;
  firstLoadCss: number;
  lazyJs: number;
  met: boolean;
}

const gz = (file: string): number => gzipSync(readFileSync(file), { level: 9 }).length;

export const bundleFigures = (dist: string = DIST): BundleFigures[] => {
  if (!existsSync(dist)) throw new Error(`${dist} does not exist: run npm run build first`);
  return readdirSync(dist, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(dist, d.name, 'index.html')))
    .map((d) => {
      const dir = path.join(dist, d.name);
      const html = readFileSync(path.join(dir, 'index.html'), 'utf8');
      const refs = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => m[1]!);
      const first = new Set(refs);
      const js = refs.filter((r) => r.endsWith('.js'));
      const css = refs.filter((r) => r.endsWith('.css'));
      const assets = existsSync(path.join(dir, 'assets')) ? readdirSync(path.join(dir, 'assets')) : [];
      const lazy = assets.filter((a) => a.endsWith('.js') && !first.has(`assets/${a}`));
      const firstLoadJs = js.reduce((n, r) => n + gz(path.join(dir, r)), 0);
      return {
        surface: d.name,
        firstLoadJs,
        firstLoadCss: css.reduce((n, r) => n + gz(path.join(dir, r)), 0),
        lazyJs: lazy.reduce((n, a) => n + gz(path.join(dir, 'assets', a)), 0),
        met: firstLoadJs <= FIRST_LOAD_JS_BUDGET,
      };
    });
};

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export const printBundles = (rows: BundleFigures[]): void => {
  console.log(`\nFirst load per surface (gzipped; budget ${kb(FIRST_LOAD_JS_BUDGET)} of JavaScript)`);
  console.log(`${'surface'.padEnd(26)}${'JS'.padEnd(11)}${'CSS'.padEnd(10)}${'lazy JS'.padEnd(11)}budget`);
  for (const r of rows) {
    console.log(`${r.surface.padEnd(26)}${kb(r.firstLoadJs).padEnd(11)}${kb(r.firstLoadCss).padEnd(10)}${kb(r.lazyJs).padEnd(11)}${r.met ? 'met' : 'MISSED'}`);
  }
};

if (process.argv[1]?.endsWith(path.join('bench', 'bundles.ts'))) printBundles(bundleFigures());
