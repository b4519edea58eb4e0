// The Confluence alignment tree macro end to end, in headless Chromium with the production bundles: the exec
// opens a Confluence page, inserts the macro, configures it and sees the tree with its gaps (in light and dark,
// and as it prints); the outsider viewing the same page sees nothing of the restricted project.
import type { FrameLocator, Page } from 'playwright-core';
import { describeE2E } from './support/session';

const PAGE = '1002';
const MACRO = 'throughline-alignment-tree';
const CONFIG = 'iframe[data-role="macro-config"]';
const GROW_ARR = 'Grow annual recurring revenue to $48M';
const NO_WORK = 'Run a customer community programme';

describeE2E(
  'the alignment tree macro on a Confluence page',
  { surfaces: ['alignment-macro', 'alignment-macro-config'], timeout: 120_000, shots: 'alignment-macro' },
  (e2e) => {
    const { problems } = e2e;

    const open = async (route: string, as: string): Promise<{ page: Page; view: FrameLocator }> => {
      const page = await e2e.open(route, as);
      return { page, view: e2e.frame(page, MACRO) };
    };
    // The page scrolls inside the product's main area, so grow the window to the whole page before the shot.
    const shot = async (page: Page, name: string) => {
      const height = await page.locator('main.host-main').evaluate((m) => m.scrollHeight + 56);
      await page.setViewportSize({ width: 1280, height: Math.min(Math.max(height, 900), 6000) });
      await e2e.shot(page, name);
      await page.setViewportSize({ width: 1280, height: 900 });
    };
    const rowOf = (view: FrameLocator, title: string) =>
      view.getByTestId('macro-row').filter({ has: view.getByTestId('row-title').getByText(title, { exact: true }) });

    it('lets the exec insert and configure the macro, and see the tree with its gaps', async () => {
      const { page, view } = await open(`/confluence/page/${PAGE}?mode=edit`, 'exec');
      await page.getByTestId('insert-macro').click();
      await page.getByRole('menuitem', { name: /Throughline alignment tree/ }).click();
      const config = page.frameLocator(CONFIG);
      await config.getByRole('group', { name: 'Start from' }).waitFor({ timeout: 20_000 });
      // All strategy goals, three levels, gaps and progress on.
      await config.getByRole('radio', { name: 'All strategy goals' }).check();
      await config.getByLabel('Depth').selectOption('3');
      await config.getByRole('button', { name: 'Save' }).click();
      await page.locator(CONFIG).waitFor({ state: 'detached', timeout: 15_000 });
      await page.getByTestId('publish').click();
      await page.waitForURL((u) => !u.searchParams.has('mode'));

      await view.getByTestId('macro-tree').waitFor({ timeout: 20_000 });
      expect(await view.getByTestId('macro-root').textContent()).toBe('All strategy goals');
      expect(await view.getByTestId('freshness').textContent()).toMatch(/^As of .+ · Progress: /);
      const summary = (await view.getByTestId('gap-summary').textContent()) ?? '';
      expect(summary).toMatch(/^⚠ \d+ gaps? in this tree:/);
      expect(summary).toContain('Plan with no execution');
      // The bars' colours are explained once, in words.
      expect(await view.getByTestId('progress-key').textContent()).toMatch(/On track.*At risk.*Off track.*where the work should be by now/);

      const top = rowOf(view, GROW_ARR);
      expect(await top.getAttribute('data-depth')).toBe('0');
      expect(await top.textContent()).toContain('Strategy goal');
      expect(await top.getByTestId('progress-words').textContent()).toMatch(/^\d{1,3}% done$/);
      const lofty = rowOf(view, NO_WORK);
      expect(await lofty.getByTestId('row-gaps').textContent()).toContain('Plan with no execution');
      expect(await view.locator('[data-kind="project"]').count()).toBeGreaterThan(0);
      await shot(page, 'exec-light');

      await page.getByTestId('theme-switch').click();
      await page.waitForURL((u) => u.searchParams.get('theme') === 'dark');
      await view.getByTestId('macro-tree').waitFor({ timeout: 20_000 });
      expect(await view.locator('html').getAttribute('data-color-mode')).toBe('dark');
      await shot(page, 'exec-dark');

      // Printed (from the dark theme): dark text on white, rows kept whole, no editor notes.
      await page.emulateMedia({ media: 'print' });
      const printed = await view
        .getByTestId('macro-row')
        .first()
        .evaluate((r) => {
          const s = getComputedStyle(r);
          return { breakInside: s.breakInside, color: getComputedStyle(r.querySelector('.am-title') as Element).color };
        });
      expect(printed.breakInside).toBe('avoid');
      expect(printed.color).toBe('rgb(23, 43, 77)');
      await shot(page, 'exec-print');
      await e2e.release(page);
      expect(problems).toEqual([]);
    });

    it('shows the outsider the same page with no trace of the restricted project', async () => {
      const { page, view } = await open(`/confluence/page/${PAGE}`, 'outsider');
      await view.getByTestId('macro-tree').waitFor({ timeout: 20_000 });
      const text = (await view.locator('body').textContent()) ?? '';
      expect(text).toContain(GROW_ARR);
      for (const secret of ['ATLAS', 'Project Atlas', 'Due diligence data room', 'Lumen Metrics customer migration plan', 'Day-one integration'])
        expect(text).not.toContain(secret);
      await shot(page, 'outsider');
      await e2e.release(page);
      expect(problems).toEqual([]);
    });

    it('tells the page editor to reconfigure when the root goal is gone', async () => {
      const configs = (await (await fetch(e2e.url('/__forge/macro-config'))).json()) as Record<string, unknown>;
      const key = Object.keys(configs).find((k) => k.startsWith(`${PAGE}/`));
      if (!key) throw new Error('the first test saved no config');
      const [pageId, localId] = key.split('/');
      const saved = await fetch(e2e.url('/__forge/macro-config'), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ pageId, localId, config: { rootGoalId: 'g-deleted-long-ago', depth: 2, showGaps: true, showProgress: true }, as: 'exec' }),
      });
      expect(saved.status).toBe(200);
      const { page, view } = await open(`/confluence/page/${PAGE}`, 'exec');
      const message = view.getByTestId('root-missing');
      await message.waitFor({ timeout: 20_000 });
      expect(await message.textContent()).toContain('Ask the page’s editor to edit the page and choose another goal');
      await e2e.release(page);
      expect(problems).toEqual([]);
    });
  },
);
