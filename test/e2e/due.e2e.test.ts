// "Due from you" in headless Chromium with the production bundle and the unmodified @forge/bridge, on the demo day:
// the lead sees what he owes, overdue first; "Commit" opens Dashboards 3.0's page at its agreements, where he commits,
// and the item is gone when he comes back; the member, who leads nothing, is told why the list is empty.
import type { Page } from 'playwright-core';
import { STRATEGY_MODULE } from './support/catalog-fixture';
import { describeE2E, waitInWindow } from './support/session';

const DUE = '/jira/apps/throughline/due';

describeE2E(
  'due from you',
  { surfaces: ['global', 'issue-panel'], timeout: 120_000, shots: 'due', scope: 'suite', viewport: { width: 1280, height: 1000 } },
  (e2e) => {
    /** The lead's list, where his panel's line took him: the story of his list goes on there, one page load. */
    let leadsList: Page | undefined;
    const leadOnDue = async (): Promise<Page> => (leadsList ??= await e2e.open(DUE, 'lead'));

    it('tells the lead on any issue how much is due from him, and the line opens the list; the member gets no line', async () => {
      const page = await e2e.open('/jira/issue/INS-43', 'lead');
      const panel = e2e.frame(page, 'throughline-goal-panel');
      const line = panel.getByTestId('panel-due');
      await line.waitFor({ timeout: 30_000 });
      expect(await line.textContent()).toBe('7 things due from you, 2 overdue as the leader or manager of goals');
      await e2e.shot(page, 'lead-panel-due');
      await line.getByRole('button').click();
      await page.waitForURL((u) => u.pathname === DUE, { timeout: 20_000 });
      await e2e.frame(page, STRATEGY_MODULE).getByTestId('due-total').filter({ hasText: '7 things due, 2 overdue' }).waitFor({ timeout: 30_000 });
      leadsList = page;

      const member = await e2e.open('/jira/issue/INS-43', 'member');
      const theirs = e2e.frame(member, 'throughline-goal-panel');
      await theirs.getByTestId('chain-goal').first().waitFor({ timeout: 30_000 });
      expect(await theirs.getByTestId('panel-due').count()).toBe(0);
      await e2e.release(member);
      expect(e2e.problems).toEqual([]);
    });

    it('lists what the lead owes, overdue first; an action opens the goal where it is done, and the item goes once done', async () => {
      const page = await leadOnDue();
      const app = e2e.frame(page, STRATEGY_MODULE);
      const items = app.getByTestId('due-item');
      await items.first().waitFor({ timeout: 30_000 });
      expect(await app.getByTestId('due-total').textContent()).toBe('7 things due, 2 overdue');
      expect(await items.first().getAttribute('data-kind')).toBe('input');
      expect(await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-kind')))).toEqual([
        'input',
        'check-in',
        'agreement',
        'measurement',
        'commitment',
        'commitment',
        'untagged-epics',
      ]);
      expect(await items.first().textContent()).toMatch(/^Overdue/);
      await e2e.shot(page, 'lead-due');

      const commit = app.locator('[data-id="commitment:g-dashboards-v3"]');
      await commit.getByRole('button', { name: 'Commit on “Dashboards 3.0”' }).click();
      await app.getByTestId('goal-title').filter({ hasText: 'Dashboards 3.0' }).waitFor({ timeout: 30_000 });
      // The page opens at its agreements, where the commitment is made: their heading has the focus.
      await app.locator('#gp-agreements:focus').waitFor({ timeout: 30_000 });
      await waitInWindow(app.locator('#gp-agreements'));
      const block = app.getByTestId('commitment');
      await block.getByRole('button', { name: /^Commit/ }).click();
      const form = app.getByTestId('commit-form');
      await form.getByRole('textbox').fill('Dashboards 3.0 for every customer by the end of January');
      await form.getByRole('button', { name: 'Commit', exact: true }).click();
      await block.getByTestId('commitment-headline').filter({ hasText: 'Committed by Daniel Okafor' }).waitFor({ timeout: 20_000 });

      await app.getByRole('button', { name: 'Due from you', exact: true }).click();
      await app.getByTestId('due-total').filter({ hasText: '6 things due, 2 overdue' }).waitFor({ timeout: 30_000 });
      expect(await app.locator('[data-id="commitment:g-dashboards-v3"]').count()).toBe(0);
      expect(e2e.problems).toEqual([]);
    });

    it('opens the overdue check-in’s form, the due value’s form and the agreement to answer; each item goes once done', async () => {
      const page = await leadOnDue();
      const app = e2e.frame(page, STRATEGY_MODULE);
      const backToDue = async (left: string) => {
        await app.getByRole('button', { name: 'Due from you', exact: true }).click();
        await app.getByTestId('due-total').filter({ hasText: left }).waitFor({ timeout: 30_000 });
      };
      await app.getByTestId('due-total').waitFor({ timeout: 30_000 });

      // The overdue check-in: "Check in" opens the goal's page with the check-in form open and its first field focused.
      const checkIn = app.locator('[data-id="check-in:g-sso-scim"]');
      expect(await checkIn.textContent()).toMatch(/^Overdue/);
      await checkIn.getByRole('button', { name: /^Check in on/ }).click();
      const form = app.getByTestId('check-in-form');
      await form.waitFor({ timeout: 30_000 });
      await app.locator('[data-testid="check-in-form"] select:focus').waitFor({ timeout: 10_000 });
      // ... in the window, though the page's parts above it load after it and push it down.
      await waitInWindow(app.locator('[data-testid="check-in-form"] select:focus'));
      await e2e.shot(page, 'lead-check-in-from-due');
      await form.getByLabel('What worked, what did not').fill('SCIM beta customers found two group-sync bugs; both fixed.');
      await form.getByRole('button', { name: 'Add check-in' }).click();
      await form.waitFor({ state: 'detached', timeout: 20_000 });
      await backToDue('5 things due, 1 overdue');
      expect(await app.locator('[data-id="check-in:g-sso-scim"]').count()).toBe(0);

      // The due value: "Record a value" opens that KPI's form on Dashboards 3.0's page, in the window even when the
      // agreements above the KPIs answer late (as on a busy site) and push the form down after it opened.
      await page.route('**/__forge/invoke', async (route) => {
        if (route.request().postData()?.includes('"agreements/for-goal"')) await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await app
        .locator('[data-id="measurement:k-dashboard-migration"]')
        .getByRole('button', { name: /^Record a value on/ })
        .click();
      const record = app.locator('[data-kpi="k-dashboard-migration"]').getByTestId('record-form');
      await record.waitFor({ timeout: 30_000 });
      await waitInWindow(record.getByLabel('Value (%)'));
      await app.getByTestId('relies-on').waitFor({ timeout: 10_000 });
      await waitInWindow(record.getByLabel('Value (%)'));
      await page.unroute('**/__forge/invoke');
      await record.getByLabel('Value (%)').fill('93');
      await record.getByRole('button', { name: 'Save' }).click();
      await record.waitFor({ state: 'detached', timeout: 20_000 });
      await backToDue('4 things due, 1 overdue');
      expect(await app.locator('[data-id="measurement:k-dashboard-migration"]').count()).toBe(0);

      // The counter to answer: "Answer" opens the page at that agreement's card, where the lead accepts it.
      await app
        .locator('[data-id="agreement:ag-sso-on-call"]')
        .getByRole('button', { name: /^Answer on/ })
        .click();
      await app.locator('#ag-ag-sso-on-call-title:focus').waitFor({ timeout: 30_000 });
      await waitInWindow(app.locator('#ag-ag-sso-on-call-title'));
      await app.getByTestId('relies-on').getByRole('button', { name: 'Accept the counter' }).click();
      await app
        .getByTestId('relies-on')
        .getByTestId('agreement-headline')
        .filter({ hasText: /^Agreed/ })
        .waitFor({ timeout: 20_000 });
      await backToDue('3 things due, 1 overdue');
      expect(await app.locator('[data-id="agreement:ag-sso-on-call"]').count()).toBe(0);
      await e2e.release(page);
      expect(e2e.problems).toEqual([]);
    });

    it('shows the exec, a Jira admin, the projects with epics without a goal as one thing, with a button per project', async () => {
      const page = await e2e.open(DUE, 'exec');
      const app = e2e.frame(page, STRATEGY_MODULE);
      const group = app.locator('[data-testid="due-item"][data-kind="untagged-epics"]');
      await group.waitFor({ timeout: 30_000 });
      expect(await group.count()).toBe(1);
      const projects = group.getByTestId('untagged-project');
      expect(await projects.count()).toBeGreaterThanOrEqual(3);
      expect(await group.getByRole('button', { name: 'Tag epics in Insights App' }).count()).toBe(1);
      const items = await app.getByTestId('due-item').count();
      expect(await app.getByTestId('due-total').textContent()).toMatch(new RegExp(`^${items} things? due`));
      await e2e.shot(page, 'exec-due');
      await e2e.release(page);
      expect(e2e.problems).toEqual([]);
    });

    it('tells the member, who leads and manages nothing, why nothing is due', async () => {
      const page = await e2e.open(DUE, 'member');
      const app = e2e.frame(page, STRATEGY_MODULE);
      await app.getByRole('heading', { name: 'Nothing is due from you' }).waitFor({ timeout: 30_000 });
      expect(await app.getByTestId('due-item').count()).toBe(0);
      await e2e.release(page);
      expect(e2e.problems).toEqual([]);
    });
  },
);
