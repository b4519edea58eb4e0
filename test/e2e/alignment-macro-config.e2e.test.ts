// The alignment tree macro's config round trip in headless Chromium with the production bundles: the exec opens
// an empty Confluence page in edit mode, inserts the macro, configures it (a strategy goal, depth 2, gaps on,
// progress and agreements off) and saves; reopening the config shows exactly those values, and the macro shows that root with
// no progress bars, in edit mode and after Publish.
import type { FrameLocator, Page } from 'playwright-core';
import { getJson } from './support/host';
import { pickGoal } from './support/pick-goal';
import { describeE2E } from './support/session';

const PAGE = '1002';
const MACRO = 'throughline-alignment-tree';
const ROOT_ID = 'g-delight-customers';
const ROOT_TITLE = 'Make every customer successful and loyal';
const CONFIG = 'iframe[data-role="macro-config"]';

interface Values {
  root: string;
  depth: string;
  gaps: boolean;
  progress: boolean;
  agreements: boolean;
}

const valuesOf = async (config: FrameLocator): Promise<Values> => ({
  // The goal picker shows the chosen goal's title; "All strategy goals" is a radio beside it.
  root: (await config.getByRole('radio', { name: 'All strategy goals' }).isChecked())
    ? ''
    : ((await config.getByTestId('mc-root-chosen').locator('#mc-root').textContent()) ?? '').trim(),
  depth: await config.getByLabel('Depth').inputValue(),
  gaps: await config.getByRole('checkbox', { name: /^Gaps/ }).isChecked(),
  progress: await config.getByRole('checkbox', { name: /^Progress/ }).isChecked(),
  agreements: await config.getByRole('checkbox', { name: /^Agreements/ }).isChecked(),
});

// One page for the whole story: each test goes on from where the one before left it.
describeE2E(
  'configuring the alignment tree macro',
  { surfaces: ['alignment-macro', 'alignment-macro-config'], timeout: 120_000, shots: 'alignment-macro', scope: 'suite' },
  (e2e) => {
    const { problems } = e2e;
    let page: Page;

    const openConfig = async (): Promise<FrameLocator> => {
      await page.getByTestId(`configure-${MACRO}`).click();
      const config = page.frameLocator(CONFIG);
      await config.getByRole('group', { name: 'Start from' }).waitFor({ timeout: 20_000 });
      return config;
    };

    beforeAll(async () => {
      page = await e2e.newPage();
    });

    it('starts from an empty page, inserts the macro and opens its config with the defaults', async () => {
      await page.goto(e2e.url(`/confluence/page/${PAGE}?mode=edit`, 'exec'));
      expect(await page.locator('figure.host-macro').count()).toBe(0);
      await page.getByText('This page has no macros yet').waitFor();
      await page.getByTestId('insert-macro').click();
      await page.getByRole('menuitem', { name: /Throughline alignment tree/ }).click();
      // Inserting opens the new macro's config, as Confluence does.
      const config = page.frameLocator(CONFIG);
      await config.getByRole('group', { name: 'Start from' }).waitFor({ timeout: 20_000 });
      expect(await valuesOf(config)).toEqual({ root: '', depth: '2', gaps: true, progress: true, agreements: true });
      await e2e.shot(page, 'config', { fullPage: false });
      expect(await page.locator(`figure[data-testid="macro-${MACRO}"]`).count()).toBe(1);
    });

    it('saves root, depth, gaps, progress and agreements with view.submit, and shows that root without progress or agreements', async () => {
      const config = page.frameLocator(CONFIG);
      await config.getByRole('radio', { name: 'One goal' }).check();
      await pickGoal(config, 'mc-root', ROOT_TITLE, 'every customer');
      await config.getByLabel('Depth').selectOption('2');
      await config.getByRole('checkbox', { name: /^Progress/ }).uncheck();
      await config.getByRole('checkbox', { name: /^Agreements/ }).uncheck();
      await config.getByRole('button', { name: 'Save' }).click();
      await page.locator(CONFIG).waitFor({ state: 'detached', timeout: 15_000 });

      const view = e2e.frame(page, MACRO);
      await view.getByTestId('macro-root').filter({ hasText: ROOT_TITLE }).waitFor({ timeout: 20_000 });
      await view.getByTestId('macro-tree').waitFor();
      expect(await view.getByRole('progressbar').count()).toBe(0);
      expect(await view.getByTestId('agreement-badge').count()).toBe(0);
      expect(await view.getByTestId('gap-summary').count()).toBe(1);
      expect(await view.getByTestId('macro-notice').count()).toBe(0);

      const { body } = await getJson<Record<string, unknown>>(e2e.host, '/__forge/macro-config');
      const saved = Object.entries(body).filter(([k]) => k.startsWith(`${PAGE}/`));
      expect(saved).toHaveLength(1);
      expect(saved[0]?.[1]).toEqual({ rootGoalId: ROOT_ID, depth: 2, showGaps: true, showProgress: false, showAgreements: false });
    });

    it('reopens the config with exactly the saved values, on the same page and after a reload', async () => {
      let config = await openConfig();
      expect(await valuesOf(config)).toEqual({ root: ROOT_TITLE, depth: '2', gaps: true, progress: false, agreements: false });
      await config.getByRole('button', { name: 'Cancel' }).click();
      await page.locator(CONFIG).waitFor({ state: 'detached', timeout: 15_000 });

      await page.reload();
      config = await openConfig();
      expect(await valuesOf(config)).toEqual({ root: ROOT_TITLE, depth: '2', gaps: true, progress: false, agreements: false });
      await config.getByRole('button', { name: 'Cancel' }).click();
      await page.locator(CONFIG).waitFor({ state: 'detached', timeout: 15_000 });
    });

    it('shows the same tree in view mode after Publish', async () => {
      await page.getByTestId('publish').click();
      await page.waitForURL((u) => !u.searchParams.has('mode'));
      expect(await page.getByTestId(`configure-${MACRO}`).count()).toBe(0);
      const view = e2e.frame(page, MACRO);
      await view.getByTestId('macro-root').filter({ hasText: ROOT_TITLE }).waitFor({ timeout: 20_000 });
      await view.getByTestId('macro-tree').waitFor();
      expect(await view.getByRole('progressbar').count()).toBe(0);
      // Depth 2: the root at 0, its sub-goals at 1, theirs at 2, and nothing deeper.
      const depths = await view.getByTestId('macro-row').evaluateAll((rows) => rows.map((r) => Number((r as HTMLElement).dataset.depth)));
      expect(depths[0]).toBe(0);
      expect(Math.max(...depths)).toBe(2);
      expect(problems).toEqual([]);
    });
  },
);
