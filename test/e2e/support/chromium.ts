// Finds a Chromium for the end-to-end tests (env CHROMIUM_PATH, Debian's chromium-headless-shell, Debian's
// chromium, then Playwright's own download) and launches it headless with the flags FORGE-PLATFORM.md "Chromium
// here" asks for. The headless shell is the same Blink and V8 without the desktop browser around them, what
// Playwright itself runs for headless Chromium; it takes about 40% less CPU per page than `chromium --headless`.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const INSTALL_HINT =
  'Install it with `apt-get update && apt-get install -y chromium-headless-shell` (or `chromium`), or set CHROMIUM_PATH to a Chromium binary.';

export const findChromium = (): string | undefined => {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    candidates.push(chromium.executablePath());
  } catch {
    // Playwright has no registry entry for this platform: nothing to add.
  }
  return candidates.find((p): p is string => typeof p === 'string' && p !== '' && existsSync(p));
};

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // More switches to measure (README, "Measure before changing"): EXTRA_CHROMIUM_ARGS='--a --b' npm run bench:suite …
  ...(process.env.EXTRA_CHROMIUM_ARGS ?? '').split(' ').filter(Boolean),
];

/**
 * The environment the browser starts with: the test process's, without libfaketime. Under `faketime` (README,
 * "The suite passes on any day") Chromium with libfaketime preloaded into its GPU and renderer processes stalls,
 * so the browser keeps the real clock; the days the pages show come from the app's clock on the server, which is
 * pinned to the demo day, and the day logic is covered by the unit and integration tests under faketime.
 */
export const browserEnv = (env: NodeJS.ProcessEnv = process.env): Record<string, string> =>
  Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[0] !== 'LD_PRELOAD' && !e[0].startsWith('FAKETIME')));

/** `launch` gives every browser a fresh temporary profile (user-data-dir). */
export const launchChromium = (executablePath: string): Promise<Browser> =>
  chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true, env: browserEnv() });

/** The variable that holds the websocket endpoint of the run's shared Chromium. */
export const SHARED_CHROMIUM = 'THROUGHLINE_CHROMIUM_WS';

/**
 * The run's shared Chromium when the project's global setup started one (THROUGHLINE_CHROMIUM_WS, see
 * global-setup.ts), else a Chromium of the file's own. Closing what this answers closes the file's contexts and,
 * for the shared one, only disconnects.
 */
export const openChromium = (executablePath: string): Promise<Browser> => {
  const wsEndpoint = process.env[SHARED_CHROMIUM];
  return wsEndpoint ? chromium.connect(wsEndpoint) : launchChromium(executablePath);
};

/**
 * `describe` when Chromium is present; otherwise skips with an install hint, except on CI (env CI set),
 * where a missing browser fails the run.
 */
export const describeWithChromium = (name: string, body: (executablePath: string) => void): void => {
  const executablePath = findChromium();
  if (executablePath) {
    describe(name, () => body(executablePath));
    return;
  }
  if (process.env.CI) {
    describe(name, () => {
      it('needs Chromium', () => {
        throw new Error(`No Chromium found for the end-to-end tests. ${INSTALL_HINT}`);
      });
    });
    return;
  }
  console.warn(`Skipping "${name}": no Chromium found. ${INSTALL_HINT}`);
  describe.skip(name, () => body(''));
};
