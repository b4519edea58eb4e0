// Builds each Custom UI surface (a folder static/surfaces/<name>/ with a main.tsx) into its own resource folder,
// static/dist/<name>/, with relative asset paths as Forge requires. Heavier parts are split by dynamic import.
// Every surface shares one index.html, generated here as a virtual entry: a folder needs only its main.tsx.
import { createHash } from 'node:crypto';
import { readdirSync, existsSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const surfacesDir = path.join(here, 'surfaces');
const args = process.argv.slice(2);
const force = args.includes('--force');
const only = args.filter((a) => a !== '--force');
const distDir = path.join(here, 'dist');
const stampFile = path.join(distDir, '.inputs-sha256');

/**
 * One hash of everything a build reads: the UI (static/, but its output), the contract it imports (src/shared),
 * the locked dependencies and this script. A build whose inputs hash as the last full build did is skipped.
 */
const inputsHash = (): string => {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const file = path.join(dir, name);
      if (file === distDir || name === 'node_modules') continue;
      if (statSync(file).isDirectory()) walk(file);
      else hash.update(path.relative(here, file)).update('\0').update(readFileSync(file)).update('\0');
    }
  };
  walk(here);
  walk(path.join(here, '..', 'src', 'shared'));
  const lock = path.join(here, '..', 'package-lock.json');
  if (existsSync(lock)) hash.update(readFileSync(lock));
  return hash.digest('hex');
};

/** The title of each surface's page (what the iframe's document is called); a surface not named here uses its folder name. */
const TITLES: Record<string, string> = {
  admin: 'Throughline settings',
  global: 'Strategy',
  'issue-panel': 'Strategic goal',
  'project-page': 'Strategy alignment',
  'project-settings': 'Throughline alignment',
  'alignment-macro': 'Throughline alignment tree',
  'alignment-macro-config': 'Configure the alignment tree',
  'scorecard-macro': 'Throughline scorecard',
  'scorecard-macro-config': 'Configure the Throughline scorecard',
};

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The page every surface mounts into: static/kit/ui/mount.tsx renders into #root. */
const indexHtml = (title: string): string => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>${escapeHtml(title)}</title>
  </head>
  <body>
    <div id="root"></div>
    <script type="module" src="./main.tsx"></script>
  </body>
</html>
`;

/** Serves `<root>/index.html` from memory, so Vite takes it as the entry without a file on disk. */
const virtualIndexHtml = (root: string, html: string): Plugin => {
  const id = path.join(root, 'index.html');
  return {
    name: 'throughline:surface-index-html',
    enforce: 'pre',
    resolveId: (source) => (source === id ? id : undefined),
    load: (source) => (source === id ? html : undefined),
  };
};

const main = async (): Promise<void> => {
  const names = readdirSync(surfacesDir).filter((n) => existsSync(path.join(surfacesDir, n, 'main.tsx')));
  const hash = only.length === 0 ? inputsHash() : undefined;
  const built = (n: string) => existsSync(path.join(distDir, n, 'index.html'));
  if (hash && !force && names.every(built) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash) {
    console.log('static/dist is up to date (its inputs have not changed; `npm run build -- --force` rebuilds)');
    return;
  }
  const unknown = only.filter((n) => !names.includes(n));
  if (unknown.length > 0) throw new Error(`No surface ${unknown.join(', ')}: a surface is a folder in static/surfaces with a main.tsx`);
  for (const name of names.filter((n) => only.length === 0 || only.includes(n))) {
    const root = path.join(surfacesDir, name);
    await build({
      configFile: false,
      root,
      base: './',
      logLevel: 'warn',
      plugins: [virtualIndexHtml(root, indexHtml(TITLES[name] ?? name))],
      build: {
        modulePreload: { polyfill: false },
        outDir: path.join(here, 'dist', name),
        emptyOutDir: true,
        sourcemap: false,
        target: 'es2022',
        reportCompressedSize: false,
        rollupOptions: { input: path.join(root, 'index.html') },
      },
    });
    console.log(`built static/dist/${name}`);
  }
  if (hash) writeFileSync(stampFile, hash);
};

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
