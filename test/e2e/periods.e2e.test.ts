// Periods end to end (issue 14 §3, Done when 3): the exec closes the demo's last quarter from Scorecards; "Compare to"
// it shows the change per goal; a value the lead records afterwards changes today's side only; a scorecard macro set
// to that snapshot on page 1002 shows the frozen value, labelled as a snapshot, and the member does not see the
// restricted goal in it. Screenshots as exec and member, light and dark.
import type { FrameLocator, Page } from 'playwright-core';
import { lastQuarterOf } from '../../dev/demo';
import { DEMO_TODAY } from '../support/demo-day';
import { describeE2E } from './support/session';

const STRATEGY = 'throughline-strategy';
const MACRO = 'throughline-scorecard';
const CONFIG = 'iframe[data-role="macro-config"]';
const Q = lastQuarterOf(DEMO_TODAY);
const KPI = 'k-dashboard-migration';
const KPI_NAME = 'Customer dashboards on the new engine';
const RESTRICTED_TITLE = 'Acquire and integrate Lumen Metrics';

describeE2E(
  'closing a period and comparing with its snapshot',
  {
    surfaces: ['global', 'scorecard-macro', 'scorecard-macro-config', 'admin'],
    timeout: 150_000,
    shots: 'periods',
    scope: 'suite',
    viewport: { width: 1280, height: 1000 },
  },
  (e2e) => {
    const { problems } = e2e;
    // The exec's workspace in light, loaded once: each later look moves away from Scorecards and back inside the app,
    // which mounts the tab afresh, and it reads the periods and the comparison again (useCall on mount), as a load would.
    let exec: Page;
    // Every other view (the lead, the dark theme, Confluence), loaded in turn.
    let page: Page;
    let thenValue = '';

    const scorecards = async (on: Page, as: string, theme: 'light' | 'dark' = 'light'): Promise<FrameLocator> => {
      await on.goto(e2e.url('/jira/apps/throughline', as, theme));
      const app = e2e.frame(on, STRATEGY);
      await app.getByRole('button', { name: 'Scorecards', exact: true }).click();
      return app;
    };
    const scorecardsAgain = async (): Promise<FrameLocator> => {
      const app = e2e.frame(exec, STRATEGY);
      await app.getByRole('button', { name: 'Goals', exact: true }).click();
      await app.getByRole('heading', { name: 'Strategy goals' }).waitFor({ timeout: 20_000 });
      await app.getByRole('button', { name: 'Scorecards', exact: true }).click();
      return app;
    };
    const compare = async (app: FrameLocator) => {
      // The one closed period, newest first after "Today only".
      await app.getByLabel('Compare to', { exact: true }).selectOption({ index: 1 });
      expect(await app.getByLabel('Compare to', { exact: true }).locator('option:checked').textContent()).toContain(Q.name);
      const row = app.locator(`[data-testid="compare-kpi"][data-kpi="${KPI}"]`);
      await row.waitFor({ timeout: 20_000 });
      return ((await row.getByTestId('compare-value').textContent()) ?? '').trim();
    };

    beforeAll(async () => {
      exec = await e2e.newPage();
      page = await e2e.newPage();
    });

    it('lets the exec close the last quarter from Scorecards and lists what it left unfinished', async () => {
      const app = await scorecards(exec, 'exec');
      const area = app.getByTestId('periods-area');
      await area.getByRole('button', { name: `Close ${Q.name}…` }).click();
      // The figures frozen are today's, and the prompt says so with the day.
      expect(await area.getByTestId('close-warning').textContent()).toMatch(/frozen as they are today, \d{1,2} \w+ \d{4}\. This cannot be undone\.$/);
      await area.getByRole('button', { name: `Close ${Q.name} now` }).click();
      await area
        .getByTestId('carry-list')
        .getByRole('heading', { name: `Unfinished in ${Q.name}` })
        .waitFor({ timeout: 20_000 });
      expect(await area.getByRole('button', { name: `Close ${Q.name}…` }).count()).toBe(0);
      expect(await area.getByTestId('closed-periods').textContent()).toContain(`Closed: ${Q.name} (on `);
      // No older period is put forward in its place (its snapshot would hold today's figures under its name): they
      // wait, folded away, with what closing one now would mean.
      await area.getByText('The latest period to end is closed: none waits.').waitFor({ timeout: 20_000 });
      expect(await area.getByTestId('older-to-close').locator('summary').textContent()).toMatch(/never closed: closing one now would freeze today’s figures/);
      await e2e.shot(app.getByTestId('periods-area'), 'close-light');
    });

    it('compares today with it per goal and KPI; a value recorded afterwards changes today only', async () => {
      let app = await scorecardsAgain();
      const before = await compare(app);
      expect(before).toMatch(/→/);
      thenValue = before.split('→')[0]!.trim();
      expect(thenValue).toMatch(/\d/);
      expect(await app.locator('[data-testid="compare-goal"]').count()).toBeGreaterThan(5);

      const lead = await scorecards(page, 'lead');
      await lead
        .locator(`[data-testid="kpi-row"][data-kpi="${KPI}"]`)
        .getByRole('button', { name: `Record a value of ${KPI_NAME}` })
        .click();
      const form = lead.getByTestId('record-form');
      await form.getByLabel('Value (%)').fill('20');
      await form.getByRole('button', { name: 'Save' }).click();
      await lead
        .getByTestId('scorecard-notice')
        .filter({ hasText: `Recorded 20% for ${KPI_NAME}` })
        .waitFor();

      app = await scorecardsAgain();
      const after = await compare(app);
      expect(after.split('→')[0]!.trim()).toBe(thenValue);
      expect(after).toMatch(/→ 20%/);
      await e2e.shot(app.getByTestId('compare-to'), 'compare-light');
      // The only look at the comparison in the dark theme: a load of its own.
      app = await scorecards(page, 'exec', 'dark');
      await compare(app);
      await e2e.shot(app.getByTestId('compare-to'), 'compare-dark');
    });

    it('shows the frozen values in a scorecard macro set to the snapshot on page 1002, without the restricted goal for the member', async () => {
      await page.goto(e2e.url('/confluence/page/1002?mode=edit', 'exec'));
      await page.getByTestId('insert-macro').click();
      await page.getByRole('menuitem', { name: /Throughline scorecard/ }).click();
      const config = page.frameLocator(CONFIG);
      await config.getByRole('button', { name: 'Save' }).waitFor({ timeout: 20_000 });
      await config.getByLabel('Every goal of a leadership level').check();
      await config.getByLabel('Level', { exact: true }).selectOption('project');
      await config.getByLabel('As of').selectOption({ index: 1 });
      expect(await config.getByLabel('As of').locator('option:checked').textContent()).toContain(`Snapshot of ${Q.name}`);
      await config.getByRole('button', { name: 'Save' }).click();
      await page.locator(CONFIG).waitFor({ state: 'detached', timeout: 15_000 });

      const read = async (as: string, theme: 'light' | 'dark' = 'light') => {
        await page.goto(e2e.url('/confluence/page/1002', as, theme));
        const macro = e2e.frame(page, MACRO);
        await macro.getByTestId('scorecard-snapshot').waitFor({ timeout: 20_000 });
        return macro;
      };
      let macro = await read('exec');
      expect(await macro.getByTestId('scorecard-snapshot').textContent()).toContain(`Snapshot of ${Q.name}`);
      const kpi = macro.locator(`[data-testid="kpi-row"][data-kpi="${KPI}"]`);
      expect(((await kpi.getByTestId('kpi-current').textContent()) ?? '').trim()).toContain(thenValue);
      expect(await macro.getByText(RESTRICTED_TITLE).count()).toBeGreaterThan(0);
      await e2e.shot(page.getByTestId(`macro-${MACRO}`), 'macro-exec-light');

      macro = await read('member');
      expect(await macro.getByText(RESTRICTED_TITLE).count()).toBe(0);
      expect(((await macro.locator(`[data-testid="kpi-row"][data-kpi="${KPI}"]`).getByTestId('kpi-current').textContent()) ?? '').trim()).toContain(thenValue);
      await e2e.shot(page.getByTestId(`macro-${MACRO}`), 'macro-member-light');
      await read('member', 'dark');
      await e2e.shot(page.getByTestId(`macro-${MACRO}`), 'macro-member-dark');
      expect(problems).toEqual([]);
    });
  },
);
