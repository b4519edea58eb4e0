// The lifecycle every end-to-end suite shares: Chromium and the local host started before the suite and closed
// after it, pages opened as a persona that report console errors and page errors into `problems`, the frame of
// a module, and screenshots into test-results/. Suites keep their own assertions, `expect(problems)` included.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { ROOT } from '../../../dev/throughline-host';
import { HOST_PAGE_GLOBAL, type ColorMode, type HostPageApi } from '../../../packages/local-forge/src/host/browser/protocol';
import { describeWithChromium, openChromium } from './chromium';
import { ensureBuilt, personas, startTestHost, type Host, type Persona } from './host';

export type Theme = 'light' | 'dark';

export interface E2EOptions {
  /** Surfaces the suite opens, built first when static/dist lacks them. */
  surfaces?: string[];
  /** The test timeout of the file; Chromium suites need far more than unit tests. */
  timeout?: number;
  viewport?: { width: number; height: number };
  /** Starts the suite's host (closed after the suite); by default the app's manifest, in memory. */
  startHost?: () => Promise<Host>;
  /** A host the file starts and closes itself, for tests beside the browser's; the fixture then starts none. */
  host?: () => Host;
  /** Prefix of the screenshots' file names: `shot(page, 'x')` writes test-results/<prefix>-x.png. */
  shots?: string;
  /** Also report requests that failed (a missing asset, a refused fetch). */
  requestFailed?: boolean;
  /** Console errors that say nothing about the app; add a pattern with a reason when needed. */
  harmless?: RegExp[];
  /**
   * `test` (default): pages close and `problems` empties after each test. `suite`: for a story told over
   * several tests on one page, pages stay open and `problems` accumulates until the suite ends.
   */
  scope?: 'test' | 'suite';
}

export interface E2E {
  readonly host: Host;
  /** What the pages reported (console errors, page errors and, if asked, failed requests). */
  readonly problems: string[];
  persona(id: string): Persona;
  /** The host's URL of `route` as a persona (`?as=`), in a theme when one is given. */
  url(route: string, as?: string, theme?: Theme): string;
  /** A new page that reports into `problems`, closed after the test (or the suite). */
  newPage(): Promise<Page>;
  /** A new page on `route` as the persona. */
  open(route: string, as: string, theme?: Theme): Promise<Page>;
  /** The iframe of a module (its key in manifest.yml) on the page. */
  frame(page: Page, moduleKey: string): FrameLocator;
  /**
   * Moves the page to another `route` of the same app the way the product's own navigation does (a host history
   * entry, then popstate, which the host passes to the app's createHistory): the app renders the route without
   * the page or its frame loading again. The route is the app's (for the global page, `/goal/g-x`), not the host's.
   */
  navigate(page: Page, route: string): Promise<void>;
  /**
   * Switches the page to a colour mode live, as the products do (the host's theme switch, no document loading):
   * resolves once every frame that enabled theming shows it.
   */
  theme(page: Page, mode: ColorMode): Promise<void>;
  /** Saves a screenshot of the page (full length unless told) or of one element into test-results/, when asked for (shotsWanted). */
  shot(target: Page | Locator, name: string, opts?: { fullPage?: boolean }): Promise<void>;
  /** A shot of a product page whose main area scrolls: the window grows to the whole page for it, then goes back to
   *  `height` (the suite's window height). */
  shotWhole(page: Page, name: string, height?: number): Promise<void>;
}

const SHOTS = path.join(ROOT, 'test-results');
/**
 * Screenshots are taken only when asked for (`THROUGHLINE_SHOTS=1 npm run test:e2e`): a full-length PNG costs the
 * browser half a second or more, and no test reads them; they are for people looking at the pages.
 */
export const shotsWanted = (env: NodeJS.ProcessEnv = process.env): boolean =>
  env.THROUGHLINE_SHOTS !== undefined && env.THROUGHLINE_SHOTS !== '' && env.THROUGHLINE_SHOTS !== '0';

let longestTimeout = 0;

/** Wires the hooks of a Chromium suite; call it first in the describe body, so its hooks run before the suite's. */
export const useE2E = (executablePath: string, options: E2EOptions = {}): E2E => {
  const { surfaces = [], viewport = { width: 1280, height: 900 }, scope = 'test', harmless = [] } = options;
  // The longest any suite of this module registry asked for: test files grouped into one registry
  // (test/support/grouping-runner.js) share Jest's timeout, which the last call sets.
  longestTimeout = Math.max(longestTimeout, options.timeout ?? 90_000);
  jest.setTimeout(longestTimeout);
  let ownHost: Host | undefined;
  let browser: Browser | undefined;
  // One browser context for the file's pages, so they share the HTTP cache: the app's hashed assets (immutable, as a
  // CDN serves them) are fetched and compiled once a file. The app keeps nothing in web storage; the host's persona
  // cookie is cleared for each new page, so a page's persona is the one its URL names, as on a fresh context.
  let context: BrowserContext | undefined;
  let people: Record<string, Persona> = {};
  const pages: Page[] = [];
  const problems: string[] = [];

  const hostOf = (): Host => {
    const host = options.host?.() ?? ownHost;
    if (!host) throw new Error('the host is not started yet (use it inside a test or a hook)');
    return host;
  };
  const closePages = () => Promise.all(pages.splice(0).map((p) => p.close()));

  beforeAll(async () => {
    ensureBuilt(...surfaces);
    if (!options.host) ownHost = await (options.startHost ?? startTestHost)();
    people = await personas(hostOf());
    browser = await openChromium(executablePath);
  });
  afterAll(async () => {
    await closePages();
    await context?.close();
    await browser?.close();
    await ownHost?.close();
  });
  if (scope === 'test') {
    beforeEach(() => {
      problems.length = 0;
    });
    afterEach(closePages);
  }

  const url = (route: string, as?: string, theme?: Theme): string => {
    const query = [as === undefined ? '' : `as=${as}`, theme === undefined ? '' : `theme=${theme}`].filter(Boolean).join('&');
    return hostOf().url + route + (query === '' ? '' : `${route.includes('?') ? '&' : '?'}${query}`);
  };

  const newPage = async (): Promise<Page> => {
    if (!browser) throw new Error('Chromium is not launched yet (use it inside a test or a hook)');
    context ??= await browser.newContext({ viewport });
    await context.clearCookies();
    const page = await context.newPage();
    pages.push(page);
    page.on('console', (m) => {
      if (m.type() === 'error' && !harmless.some((re) => re.test(m.text()))) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    if (options.requestFailed) page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    return page;
  };

  const e2e: E2E = {
    get host() {
      return hostOf();
    },
    problems,
    persona: (id) => {
      const p = people[id];
      if (!p) throw new Error(`no persona ${id}`);
      return p;
    },
    url,
    newPage,
    open: async (route, as, theme) => {
      const page = await newPage();
      await page.goto(url(route, as, theme));
      return page;
    },
    frame: (page, moduleKey) => page.frameLocator(`iframe[data-module-key="${moduleKey}"]`),
    navigate: async (page, route) => {
      const moved = await page.evaluate((to) => {
        const base = document.querySelector<HTMLElement>('[data-route-base]')?.dataset.routeBase;
        if (base === undefined) return false;
        history.pushState(null, '', `${base}${to === '/' ? '' : to}${location.search}`);
        window.dispatchEvent(new PopStateEvent('popstate'));
        return true;
      }, route);
      if (!moved) throw new Error('navigate: this page has no app route to move (only pages whose app uses createHistory)');
    },
    theme: (page, mode) =>
      page.evaluate(([name, m]) => (window as unknown as Record<string, HostPageApi>)[name]!.setTheme(m), [HOST_PAGE_GLOBAL, mode] as const),
    shot: async (target, name, opts = {}) => {
      if (!shotsWanted()) return;
      mkdirSync(SHOTS, { recursive: true });
      const file = path.join(SHOTS, `${options.shots ? `${options.shots}-` : ''}${name}.png`);
      if ('goto' in target) await target.screenshot({ path: file, fullPage: opts.fullPage ?? true });
      else await target.screenshot({ path: file });
    },
    shotWhole: async (page, name, height = 900) => {
      if (!shotsWanted()) return;
      const whole = await page
        .locator('main.host-main')
        .evaluate((m) => m.scrollHeight + 56)
        .catch(() => height);
      await page.setViewportSize({ width: 1280, height: Math.min(Math.max(whole, height), 8000) });
      await e2e.shot(page, name);
      await page.setViewportSize({ width: 1280, height });
    },
  };
  return e2e;
};

/**
 * A suite in Chromium with its host (see useE2E): skipped with an install hint when no Chromium is found,
 * failing instead when CI is set (describeWithChromium).
 */
export const describeE2E = (name: string, options: E2EOptions, body: (e2e: E2E) => void): void =>
  describeWithChromium(name, (executablePath) => body(useE2E(executablePath, options)));
