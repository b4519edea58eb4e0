// Builds each Custom UI surface (static/surfaces/<name>/index.html) into its own resource folder,
// static/dist/<name>/, with relative asset paths as Forge requires. Heavier parts are split by dynamic import.
import { readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));
const surfacesDir = path.join(here, 'surfaces');
const only = process.argv.slice(2);

const main = async (): Promise<void> => {
  const names = readdirSync(surfacesDir).filter((n) => existsSync(path.join(surfacesDir, n, 'index.html')));
  for (const name of names.filter((n) => only.length === 0 || only.includes(n))) {
    await build({
      configFile: false,
      root: path.join(surfacesDir, name),
      base: './',
      logLevel: 'warn',
      build: { modulePreload: { polyfill: false }, outDir: path.join(here, 'dist', name), emptyOutDir: true, sourcemap: false, target: 'es2022', reportCompressedSize: false },
    });
    console.log(`built static/dist/${name}`);
  }
};

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
