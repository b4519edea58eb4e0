// The alignment tree macro "as of" a closed period, end to end (issue 14 §3): the exec closes the demo's last quarter,
// inserts the tree macro on page 1002 set to that period's snapshot, and reads it labelled "Snapshot of <period> ·
// closed <date>" with the restricted goal; the member reading the same page sees neither the restricted goal nor any
// ATLAS work. Screenshots as exec and member, light and dark. The exec reads the page Publish opened, then switches it
// live to dark; only the member needs a load of their own.
import type { FrameLocator, Page } from 'playwright-core';
import { lastQuarterOf } from '../../dev/demo';
import { DEMO_TODAY } from '../support/demo-day';
import { describeE2E } from './support/session';

const STRATEGY = 'throughline-strategy';
const MACRO = 'throughline-alignment-tree';
const CONFIG = 'iframe[data-role="macro-config"]';
const Q = lastQuarterOf(DEMO_TODAY);
const GROW_ARR = 'Grow annual recurring revenue to $48M';
const RESTRICTED_TITLE = 'Acquire and integrate Lumen Metrics';
const ATLAS_SECRETS = ['ATLAS', 'Project Atlas', 'Due diligence data room', 'Lumen Metrics customer migration plan'];

describeE2E(
  'the alignment tree macro as of a closed period',
  {
    surfaces: ['global', 'alignment-macro', 'alignment-macro-config'],
    timeout: 150_000,
    shots: 'alignment-macro-snapshot',
    scope: 'suite',
    viewport: { width: 1280, height: 1000 },
  },
  (e2e) => {
    const { problems } = e2e;
    let page: Page;

    beforeAll(async () => {
      page = await e2e.newPage();
    });

    /** The macro on the page as it shows now, once its snapshot banner is there. */
    const shown = async (): Promise<FrameLocator> => {
      const view = e2e.frame(page, MACRO);
      await view.getByTestId('macro-snapshot').waitFor({ timeout: 20_000 });
      return view;
    };
    const read = async (as: string): Promise<FrameLocator> => {
      await page.goto(e2e.url('/confluence/page/1002', as, 'light'));
      return shown();
    };
    /** Switches the page's colour mode live, as a user does: the macro's frame follows without loading again. */

    it('lets the exec close the last quarter and set a tree macro to its snapshot', async () => {
      await page.goto(e2e.url('/jira/apps/throughline', 'exec'));
      const app = e2e.frame(page, STRATEGY);
      await app.getByRole('button', { name: 'Scorecards', exact: true }).click();
      const area = app.getByTestId('periods-area');
      await area.getByRole('button', { name: `Close ${Q.name}…` }).click();
      await area.getByRole('button', { name: `Close ${Q.name} now` }).click();
      await area.getByTestId('carry-list').waitFor({ timeout: 20_000 });

      await page.goto(e2e.url('/confluence/page/1002?mode=edit', 'exec'));
      await page.getByTestId('insert-macro').click();
      await page.getByRole('menuitem', { name: /Throughline alignment tree/ }).click();
      const config = page.frameLocator(CONFIG);
      await config.getByRole('group', { name: 'Start from' }).waitFor({ timeout: 20_000 });
      await config.getByRole('radio', { name: 'All strategy goals' }).check();
      await config.getByLabel('Depth').selectOption('3');
      expect(await config.getByLabel('As of').locator('option:checked').textContent()).toBe('Live: today’s work');
      await config.getByLabel('As of').selectOption({ index: 1 });
      expect(await config.getByLabel('As of').locator('option:checked').textContent()).toContain(`Snapshot of ${Q.name}`);
      await e2e.shot(page, 'config');
      await config.getByRole('button', { name: 'Save' }).click();
      await page.locator(CONFIG).waitFor({ state: 'detached', timeout: 15_000 });
      await page.getByTestId('publish').click();
      await page.waitForURL((u) => !u.searchParams.has('mode'));
      expect(problems).toEqual([]);
    });

    it('shows the exec the tree as it stood at the close, labelled as a snapshot with its date', async () => {
      // Publish left the page in view mode as the exec, freshly loaded: read it there.
      expect(new URL(page.url()).searchParams.get('as')).toBe('exec');
      expect(new URL(page.url()).searchParams.has('mode')).toBe(false);
      const view = await shown();
      const banner = (await view.getByTestId('macro-snapshot').textContent()) ?? '';
      expect(banner).toMatch(new RegExp(`^Snapshot of ${Q.name} · closed \\d{1,2} [A-Z][a-z]+ \\d{4}`));
      expect(await view.getByTestId('macro-root').textContent()).toBe('All strategy goals');
      const titles = await view.getByTestId('row-title').allTextContents();
      expect(titles).toContain(GROW_ARR);
      expect(titles).toContain(RESTRICTED_TITLE);
      expect(await view.locator('[data-kind="project"]').count()).toBeGreaterThan(0);
      expect(await view.locator('[data-kind="epic"]').count()).toBe(0);
      await e2e.shotWhole(page, 'exec-light');
      await e2e.theme(page, 'dark');
      await shown();
      expect(await view.locator('html').getAttribute('data-color-mode')).toBe('dark');
      await e2e.shotWhole(page, 'exec-dark');
      expect(problems).toEqual([]);
    });

    it('shows the member the same snapshot without the restricted goal or any ATLAS work', async () => {
      const view = await read('member');
      const text = (await view.locator('body').textContent()) ?? '';
      expect(text).toContain(`Snapshot of ${Q.name}`);
      expect(text).toContain(GROW_ARR);
      expect(text).not.toContain(RESTRICTED_TITLE);
      for (const secret of ATLAS_SECRETS) expect(text).not.toContain(secret);
      await e2e.shotWhole(page, 'member-light');
      expect(problems).toEqual([]);
    });
  },
);
