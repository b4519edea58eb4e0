// The lifecycle every end-to-end suite shares: Chromium and the local host started before the suite and closed
// after it, pages opened as a persona that report console errors and page errors into `problems`, the frame of
// a module, and screenshots into test-results/. Suites keep their own assertions, `expect(problems)` included.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { ROOT } from '../../../dev/throughline-host';
import { HOST_PAGE_GLOBAL, type ColorMode, type HostPageApi } from '../../../packages/local-forge/src/host/browser/protocol';
import { afterFile } from '../../support/file-teardown';
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
  /**
   * A blank page that reports into `problems`, handed back after the test (or the suite). It may be a page an earlier
   * test of the registry handed back, blank again (see `release`).
   */
  newPage(): Promise<Page>;
  /**
   * Hands a page back before the test ends, instead of closing it: it leaves its document for about:blank, loses the
   * listeners, routes and media the test gave it, and a later `newPage` or `open` of the group's files reuses it.
   */
  release(page: Page): Promise<void>;
  /** A page (see `newPage`) on `route` as the persona. */
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

/** The window of a page when the suite asks for none. */
const WINDOW = { width: 1280, height: 900 };

/**
 * What the pages of a module registry share: a connection to the run's Chromium, one browser context (so the HTTP
 * cache: the app's hashed assets, immutable as a CDN serves them, are fetched and compiled once) and the pages handed
 * back (blank, open, ready for the next `newPage`). A page handed back keeps its renderer process: Chromium starts a
 * renderer for every new page, and a load in a new one costs it about twice the CPU of a load in a renderer that has
 * loaded the app before (V8 keeps what it compiled per process; measured 1.2–1.4 against 0.65–0.75 core-seconds over
 * Chromium's processes for a workspace load). The test files of a group (test/support/grouping-runner.js) run one
 * after another in one registry, so they share all this, and it closes after the group's last file (`afterFile`).
 * The app keeps nothing in web storage, and the host's persona cookie is cleared for each page handed out, so a
 * page's persona is the one its URL names, as on a fresh context.
 */
interface Shared {
  browser: Browser;
  context: BrowserContext;
  parked: Page[];
}
let shared: Promise<Shared> | undefined;

/** The registry's Shared, made on first use; `own` when the environment cannot close it after the file. */
const share = (executablePath: string): { session: Promise<Shared>; own: boolean } => {
  if (shared) return { session: shared, own: false };
  const session = (async (): Promise<Shared> => {
    const browser = await openChromium(executablePath);
    return { browser, context: await browser.newContext({ viewport: WINDOW }), parked: [] };
  })();
  const closeIt = async () => {
    // A Chromium that never opened failed its files already; there is nothing to close.
    const made = await session.catch(() => undefined);
    await made?.context.close();
    await made?.browser.close();
  };
  const kept = afterFile(async () => {
    shared = undefined;
    await closeIt();
  });
  if (kept) shared = session;
  return { session, own: !kept };
};

/** Wires the hooks of a Chromium suite; call it first in the describe body, so its hooks run before the suite's. */
export const useE2E = (executablePath: string, options: E2EOptions = {}): E2E => {
  const { surfaces = [], viewport = WINDOW, scope = 'test', harmless = [] } = options;
  // The longest any suite of this module registry asked for: test files grouped into one registry
  // (test/support/grouping-runner.js) share Jest's timeout, which the last call sets.
  longestTimeout = Math.max(longestTimeout, options.timeout ?? 90_000);
  jest.setTimeout(longestTimeout);
  let ownHost: Host | undefined;
  let session: Shared | undefined;
  let ownSession = false;
  let people: Record<string, Persona> = {};
  /** The pages handed out to this file's tests. */
  const pages: Page[] = [];
  const problems: string[] = [];

  const hostOf = (): Host => {
    const host = options.host?.() ?? ownHost;
    if (!host) throw new Error('the host is not started yet (use it inside a test or a hook)');
    return host;
  };
  /**
   * Takes a page back: its document goes (about:blank: nothing of the app keeps running or calling its resolvers) and
   * with it what the test set on the page, so the next test gets what a new page would be. A page that cannot be
   * reset closes.
   */
  const park = async (page: Page): Promise<void> => {
    const at = pages.indexOf(page);
    if (at >= 0) pages.splice(at, 1);
    if (!session || page.isClosed() || session.parked.includes(page)) return;
    try {
      await page.removeAllListeners(undefined, { behavior: 'ignoreErrors' });
      await page.unrouteAll({ behavior: 'ignoreErrors' });
      await page.goto('about:blank', { timeout: 10_000 });
      await page.emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null, contrast: null });
      await page.mouse.move(0, 0);
      session.parked.push(page);
    } catch {
      await page.close().catch(() => undefined);
    }
  };
  const closePages = () => Promise.all(pages.slice().map(park));

  beforeAll(async () => {
    ensureBuilt(...surfaces);
    if (!options.host) ownHost = await (options.startHost ?? startTestHost)();
    people = await personas(hostOf());
    const made = share(executablePath);
    ownSession = made.own;
    session = await made.session;
  });
  afterAll(async () => {
    await closePages();
    if (session) {
      // Pages the file's tests opened some other way (a link's new tab) close with the file.
      const { context, parked } = session;
      await Promise.all(
        context
          .pages()
          .filter((p) => !parked.includes(p))
          .map((p) => p.close()),
      );
      if (ownSession) {
        await context.close();
        await session.browser.close();
      }
    }
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
    if (!session) throw new Error('Chromium is not launched yet (use it inside a test or a hook)');
    await session.context.clearCookies();
    const page = session.parked.pop() ?? (await session.context.newPage());
    pages.push(page);
    const size = page.viewportSize();
    if (size?.width !== viewport.width || size.height !== viewport.height) await page.setViewportSize(viewport);
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
    release: park,
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
/** How much of an element the window shows (0–1): the top-level viewport, across frames, as a reader sees it. */
const shownShare = (target: Locator): Promise<number> =>
  target.evaluate(
    (el) =>
      new Promise<number>((resolve) => {
        const observer = new IntersectionObserver((entries) => {
          observer.disconnect();
          resolve(entries[0]?.intersectionRatio ?? 0);
        });
        observer.observe(el);
      }),
  );

/** Waits until the window shows the whole element (a frame's content scrolled into the product page's view). */
export const waitInWindow = async (target: Locator, timeout = 10_000): Promise<void> => {
  const until = Date.now() + timeout;
  let share = await shownShare(target);
  while (share < 0.99 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    share = await shownShare(target);
  }
  if (share < 0.99) {
    const top = await target.evaluate((el) => Math.round(el.getBoundingClientRect().top));
    const frames = await target.page().evaluate(() => [...document.querySelectorAll('iframe')].map((f) => Math.round(f.getBoundingClientRect().top)));
    throw new Error(
      `${String(target)}: the window shows ${Math.round(share * 100)}% of it after ${timeout} ms (at ${top} px in its frame; frames at ${frames.join(', ')} px)`,
    );
  }
};

export const describeE2E = (name: string, options: E2EOptions, body: (e2e: E2E) => void): void =>
  describeWithChromium(name, (executablePath) => body(useE2E(executablePath, options)));
