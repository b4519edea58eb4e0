// Text at the design system's sizes on every surface, in light and dark: body 14 px and small 12 px, larger only for
// headings and the few display figures and row titles named below; text marked small (.tl-small) exactly 12 px
// (measured from computed styles, not judged from screenshots: a 14 px root once made small text 10.5 px, and a
// link's own `font: inherit` once made "← All goals" 14 px). Each page is read in light, then switched live to dark
// and read again, as a user switching theme sees it; the global page's routes of one persona share one load.
import type { FrameLocator, Page } from 'playwright-core';
import type { ColorMode } from '../../packages/local-forge/src/host/browser/protocol';
import { describeE2E } from './support/session';

/** Each surface's page, the persona who sees most of it, and the module whose frame holds it (a persona's global page routes together). */
const SURFACES: { route: string; as: string; module: string; ready: string }[] = [
  { route: '/jira/apps/throughline', as: 'exec', module: 'throughline-strategy', ready: 'h1, h2' },
  { route: '/jira/apps/throughline/alignment', as: 'exec', module: 'throughline-strategy', ready: '[data-testid="tree-row"], .al-row' },
  // The agreement web (SVG text too).
  { route: '/jira/apps/throughline/agreements/g-grow-arr', as: 'exec', module: 'throughline-strategy', ready: '[data-testid="web-node"]' },
  { route: '/jira/apps/throughline/gaps', as: 'lead', module: 'throughline-strategy', ready: '[data-testid="gap"]' },
  // A goal page with its agreements (the demo's asked, agreed and at-risk ones).
  { route: '/jira/apps/throughline/goal/g-dashboards-v3', as: 'lead', module: 'throughline-strategy', ready: '[data-testid="agreement"]' },
  { route: '/jira/issue/INS-43', as: 'member', module: 'throughline-goal-panel', ready: '[data-testid="panel-headline"]' },
  { route: '/jira/apps/throughline/goal/g-dashboards-v3', as: 'lead', module: 'throughline-strategy', ready: '[data-testid="goal-input-item"]' },
  { route: '/jira/project/INS', as: 'lead', module: 'throughline-project-page', ready: 'h2' },
  { route: '/jira/project/INS/settings', as: 'lead', module: 'throughline-project-settings', ready: 'h2, label' },
  { route: '/jira/settings/apps/throughline', as: 'exec', module: 'throughline-admin', ready: 'h2' },
  { route: '/confluence/page/1001', as: 'exec', module: 'throughline-alignment-tree', ready: '.am-title, [data-testid="macro-row"]' },
  { route: '/confluence/page/1001', as: 'exec', module: 'throughline-scorecard', ready: '[data-testid="kpi-row"], h2, h3' },
];

/**
 * Text that may be larger than body text without being a heading, each for a reason: a figure that is the point of
 * its card, or a goal's title leading its row (heading-small, 16 px).
 */
const DISPLAY = [
  '.sc-stat-number', // the catalog's count of goals per level
  '.al-level-number', // the gaps radar's count per level
  '.kp-current', // a KPI's latest value on a scorecard
  '.sm-current', // the same in the scorecard macro
  '.sc-title', // a goal's title in the catalog tree
  '.al-title', // a node's title in the Alignment tree
  '.am-title', // a node's title in the tree macro
  '.pp-headline', // the project page's one-line answer: which strategy goal it serves
].join(', ');

/** Every element with text of its own that is visible, with its computed font size and line height in px. */
const textSizes = (app: FrameLocator) =>
  app.locator('body').evaluate((body, display) => {
    const out: { text: string; size: number; tag: string; cls: string; heading: boolean; display: boolean; small: boolean }[] = [];
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      const text = (n.textContent ?? '').trim();
      if (!el || text === '' || !/[\p{L}\p{N}]/u.test(text)) continue;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || style.display === 'none' || rect.width === 0 || rect.height === 0) continue;
      if (el.closest('[aria-hidden="true"]')) continue;
      out.push({
        text: text.slice(0, 40),
        size: Number.parseFloat(style.fontSize),
        tag: el.tagName.toLowerCase(),
        cls: el.className.toString(),
        heading: el.closest('h1, h2, h3, h4, h5, h6, [role="heading"]') !== null,
        display: el.closest(display) !== null,
        small: el.closest('.tl-small') !== null,
      });
    }
    return {
      rootPx: Number.parseFloat(getComputedStyle(document.documentElement).fontSize),
      bodyPx: Number.parseFloat(getComputedStyle(body).fontSize),
      texts: out,
    };
  }, DISPLAY);

/** The surfaces by page: two modules of one page (the Confluence page's macros, the goal page's two parts) are read on one load. */
const PAGES = [...new Map(SURFACES.map((s) => [`${s.route} as ${s.as}`, SURFACES.filter((t) => t.route === s.route && t.as === s.as)])).values()];

const APP = '/jira/apps/throughline';
/** The app's own route of a global page URL (`/goal/g-x`), or undefined for another surface's page. */
const appRoute = (route: string): string | undefined => (route === APP ? '/' : route.startsWith(`${APP}/`) ? route.slice(APP.length) : undefined);

/** Switches the page's colour mode live, as a user does in the product: every frame follows, nothing loads again. */

describeE2E('type sizes on every surface', { shots: 'typography', timeout: 120_000, scope: 'suite' }, (e2e) => {
  // The suite keeps its page from test to test; each test still answers only for what its own page reported.
  beforeEach(() => {
    e2e.problems.length = 0;
  });
  /** The page on show: the next test reads it again (its other theme), or moves it to another route of the same persona's global page. */
  let shown: { page: Page; route: string; as: string } | undefined;
  const show = async (route: string, as: string, theme: ColorMode): Promise<Page> => {
    const to = appRoute(route);
    if (shown && shown.as === as && (shown.route === route || (to !== undefined && appRoute(shown.route) !== undefined))) {
      if (shown.route !== route) await e2e.navigate(shown.page, to!);
      shown.route = route;
    } else {
      if (shown) await e2e.release(shown.page);
      shown = { page: await e2e.open(route, as, theme), route, as };
    }
    await e2e.theme(shown.page, theme);
    return shown.page;
  };

  const cases = PAGES.flatMap((on) =>
    (['light', 'dark'] as const).map((theme) => [`${[...new Set(on.map((s) => s.module))].join(' and ')} on ${on[0]!.route} (${theme})`, on, theme] as const),
  );
  it.each(cases)('%s: body 14 px, small 12 px, larger only for headings and display text', async (_name, on, theme) => {
    const page = await show(on[0]!.route, on[0]!.as, theme);
    for (const s of on) {
      const app = e2e.frame(page, s.module);
      await app.locator(s.ready).first().waitFor();
      expect(await app.locator('html').getAttribute('data-color-mode')).toBe(theme);
      const { rootPx, bodyPx, texts } = await textSizes(app);
      expect({ module: s.module, rootPx, bodyPx }).toEqual({ module: s.module, rootPx: 16, bodyPx: 14 });
      expect(texts.length).toBeGreaterThan(3);
      expect(texts.filter((t) => t.size < 12)).toEqual([]);
      // Small text is 12 px wherever it is marked small, links and buttons included.
      expect(texts.filter((t) => t.small && !t.heading && t.size !== 12)).toEqual([]);
      // Everything else is body (14) or small (12); only headings and the named display text are larger.
      expect(texts.filter((t) => t.size !== 12 && t.size !== 14 && !((t.heading || t.display) && t.size > 14))).toEqual([]);
    }
    expect(e2e.problems).toEqual([]);
  });
});
