// "Expand all" on a goal of the alignment tree explorer, end to end in headless Chromium with the production
// bundle: one click opens the goal's whole subtree down to epics as ordinary rows that collapse and reopen like
// any other; the outsider's fully opened tree shows nothing of the restricted project.
import type { FrameLocator, Page } from 'playwright-core';
import { describeE2E } from './support/session';

const GROW_ARR = 'Grow annual recurring revenue to $48M';
const PRODUCT = 'Ship the analytics features that set us apart';
const STRATEGY_GOALS = [GROW_ARR, 'Make every customer successful and loyal', 'Run a reliable platform at sustainable cost'];

describeE2E('"Expand all" in the alignment tree explorer', { surfaces: ['global'], timeout: 120_000, shots: 'alignment' }, (e2e) => {
  const { problems } = e2e;

  const open = async (as: string): Promise<{ page: Page; app: FrameLocator }> => {
    const page = await e2e.open('/jira/apps/throughline/alignment', as);
    const app = e2e.frame(page, 'throughline-strategy');
    await app.getByRole('tree', { name: 'Alignment tree' }).waitFor({ timeout: 20_000 });
    return { page, app };
  };
  const rowOf = (app: FrameLocator, title: string) => app.getByRole('treeitem', { name: title, exact: true }).getByTestId('tree-row').first();

  it('opens a strategy goal down to its epics in one click, as rows that collapse like any other', async () => {
    const { page, app } = await open('exec');
    const before = await app.getByTestId('tree-row').count();
    await rowOf(app, GROW_ARR)
      .getByRole('button', { name: `Expand all under ${GROW_ARR}` })
      .click();
    await rowOf(app, 'Scheduled report delivery').waitFor({ timeout: 20_000 });
    expect(await app.getByTestId('tree-row').count()).toBeGreaterThan(before + 30);
    expect(await app.getByRole('treeitem', { name: PRODUCT, exact: true }).getAttribute('aria-expanded')).toBe('true');
    expect(await app.getByRole('treeitem', { name: 'Insights App' }).first().getAttribute('aria-expanded')).toBe('true');
    // Epics have nothing below them: no "Expand all" on them, nor on projects.
    expect(await rowOf(app, 'Scheduled report delivery').getByTestId('expand-all').count()).toBe(0);

    await e2e.shot(page, 'expand-all', { fullPage: false });

    await rowOf(app, PRODUCT)
      .getByRole('button', { name: `Collapse ${PRODUCT}` })
      .click();
    await expect(app.getByRole('treeitem', { name: 'Scheduled report delivery', exact: true }).count()).resolves.toBe(0);
    await rowOf(app, PRODUCT)
      .getByRole('button', { name: `Expand ${PRODUCT}` })
      .click();
    await rowOf(app, 'Scheduled report delivery').waitFor();
    await e2e.release(page);
    expect(problems).toEqual([]);
  });

  it('shows the outsider no trace of the restricted project, with every strategy goal opened all the way', async () => {
    const { page, app } = await open('outsider');
    for (const goal of STRATEGY_GOALS) {
      await rowOf(app, goal)
        .getByRole('button', { name: `Expand all under ${goal}` })
        .click();
      await app
        .getByText(/^Loading what serves/)
        .first()
        .waitFor({ state: 'detached', timeout: 20_000 });
    }
    await rowOf(app, 'Documentation').waitFor();
    const text = (await app.locator('body').textContent()) ?? '';
    // The goal behind the restricted work is restricted too: the outsider does not see it either.
    for (const secret of ['ATLAS', 'Project Atlas', 'Due diligence data room', 'Lumen Metrics customer migration plan', 'Acquire and integrate Lumen Metrics'])
      expect(text).not.toContain(secret);
    await e2e.release(page);
    expect(problems).toEqual([]);
  });
});
