// "Due from you" in headless Chromium with the production bundle and the unmodified @forge/bridge, on the demo day:
// the lead sees what he owes, overdue first; "Commit" opens Dashboards 3.0's page at its agreements, where he commits,
// and the item is gone when he comes back; the member, who leads nothing, is told why the list is empty.
import { STRATEGY_MODULE } from './support/catalog-fixture';
import { describeE2E } from './support/session';

const DUE = '/jira/apps/throughline/due';

describeE2E('due from you', { surfaces: ['global'], timeout: 120_000, shots: 'due', scope: 'suite', viewport: { width: 1280, height: 1000 } }, (e2e) => {
  it('lists what the lead owes, overdue first; an action opens the goal where it is done, and the item goes once done', async () => {
    const page = await e2e.open(DUE, 'lead');
    const app = e2e.frame(page, STRATEGY_MODULE);
    const items = app.getByTestId('due-item');
    await items.first().waitFor({ timeout: 30_000 });
    expect(await app.getByTestId('due-total').textContent()).toBe('4 things due, 1 overdue');
    expect(await items.first().getAttribute('data-kind')).toBe('input');
    expect(await items.first().textContent()).toMatch(/^Overdue/);
    await e2e.shot(page, 'lead-due');

    const commit = app.locator('[data-id="commitment:g-dashboards-v3"]');
    await commit.getByRole('button', { name: 'Commit on “Dashboards 3.0”' }).click();
    await app.getByTestId('goal-title').filter({ hasText: 'Dashboards 3.0' }).waitFor({ timeout: 30_000 });
    // The page opens at its agreements, where the commitment is made: their heading has the focus.
    await app.locator('#gp-agreements:focus').waitFor({ timeout: 30_000 });
    const block = app.getByTestId('commitment');
    await block.getByRole('button', { name: /^Commit/ }).click();
    const form = app.getByTestId('commit-form');
    await form.getByRole('textbox').fill('Dashboards 3.0 for every customer by the end of January');
    await form.getByRole('button', { name: 'Commit', exact: true }).click();
    await block.getByTestId('commitment-headline').filter({ hasText: 'Committed by Daniel Okafor' }).waitFor({ timeout: 20_000 });

    await app.getByRole('button', { name: 'Due from you', exact: true }).click();
    await app.getByTestId('due-total').filter({ hasText: '3 things due, 1 overdue' }).waitFor({ timeout: 30_000 });
    expect(await app.locator('[data-id="commitment:g-dashboards-v3"]').count()).toBe(0);
    await page.close();
    expect(e2e.problems).toEqual([]);
  });

  it('tells the member, who leads and manages nothing, why nothing is due', async () => {
    const page = await e2e.open(DUE, 'member');
    const app = e2e.frame(page, STRATEGY_MODULE);
    await app.getByRole('heading', { name: 'Nothing is due from you' }).waitFor({ timeout: 30_000 });
    expect(await app.getByTestId('due-item').count()).toBe(0);
    await page.close();
    expect(e2e.problems).toEqual([]);
  });
});
