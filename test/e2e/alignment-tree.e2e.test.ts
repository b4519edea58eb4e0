// The alignment tree explorer end to end, in headless Chromium with the production bundle: the exec opens the
// Alignment tab, sees the strategy goals with progress in words, expands one level by level down to epics; the
// Gaps tab counts per level first; the outsider's tree shows nothing of the restricted project.
import type { FrameLocator, Page } from 'playwright-core';
import { describeE2E } from './support/session';

const GROW_ARR = 'Grow annual recurring revenue to $48M';
const PRODUCT = 'Ship the analytics features that set us apart';

// One suite-long page for the exec's tests, each moving inside the app to what it reads (a page load is the dearest
// thing a browser test does); `problems` therefore gathers over the suite.
describeE2E('the alignment tree explorer in Chromium', { surfaces: ['global'], timeout: 120_000, shots: 'alignment', scope: 'suite' }, (e2e) => {
  const { problems, shot } = e2e;

  const open = async (route: string, as: string): Promise<{ page: Page; app: FrameLocator }> => {
    const page = await e2e.open(route, as);
    return { page, app: e2e.frame(page, 'throughline-strategy') };
  };
  let execPage: { page: Page; app: FrameLocator } | undefined;
  /** The exec's workspace, loaded on its Goals tab by the first test that needs it. */
  const exec = async () => (execPage ??= await open('/jira/apps/throughline', 'exec'));
  /** Shows the Goals tab, so the tab shown before unmounts and forgets its state, as a user leaving it would. */
  const toGoals = async ({ page, app }: { page: Page; app: FrameLocator }) => {
    await e2e.navigate(page, '/');
    await app.locator('button[aria-current="page"]', { hasText: 'Goals' }).waitFor({ timeout: 20_000 });
  };
  /** Moves the exec's workspace to `route`, mounted afresh. */
  const execAt = async (route: string) => {
    const workspace = await exec();
    await toGoals(workspace);
    if (route !== '/') await e2e.navigate(workspace.page, route);
    return workspace;
  };
  const rowOf = (app: FrameLocator, title: string) => app.getByRole('treeitem', { name: title, exact: true }).getByTestId('tree-row').first();

  it('lets the exec open the Alignment tab and expand a strategy goal level by level', async () => {
    const { page, app } = await execAt('/');
    await app.getByRole('button', { name: 'Alignment' }).click();
    await app.getByRole('tree', { name: 'Alignment tree' }).waitFor({ timeout: 20_000 });
    expect(await app.getByTestId('freshness').textContent()).toMatch(/^As of .+ · Progress: Issues done ÷ all issues$/);
    expect(await app.getByTestId('progress-key').textContent()).toMatch(/On track.*At risk.*Off track.*where the work should be by now/);
    const top = rowOf(app, GROW_ARR);
    expect(await top.getByTestId('progress-words').textContent()).toMatch(/^\d{1,3}% done$/);
    expect(await top.getByRole('progressbar').getAttribute('aria-valuenow')).toMatch(/^\d{1,3}$/);

    // Level by level: the strategy goal's children appear only once it is expanded.
    await expect(app.getByRole('treeitem', { name: PRODUCT, exact: true }).count()).resolves.toBe(0);
    await top.getByRole('button', { name: `Expand ${GROW_ARR}` }).click();
    await rowOf(app, PRODUCT).waitFor();
    expect(await app.getByRole('treeitem', { name: GROW_ARR, exact: true }).getAttribute('aria-expanded')).toBe('true');
    await rowOf(app, PRODUCT)
      .getByRole('button', { name: `Expand ${PRODUCT}` })
      .click();
    await rowOf(app, 'Insights App').getByRole('button', { name: 'Expand Insights App' }).click();
    await rowOf(app, 'Scheduled report delivery').waitFor();
    await shot(page, 'exec-expanded');

    // Collapsing hides the branch again; gaps can be switched off.
    await top.getByRole('button', { name: `Collapse ${GROW_ARR}` }).click();
    await expect(app.getByRole('treeitem', { name: PRODUCT, exact: true }).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('works by keyboard as a tree: arrows move, Right opens and enters, Left closes and climbs, Home and End', async () => {
    const { page, app } = await execAt('/');
    await app.getByRole('button', { name: 'Alignment' }).click();
    await app.getByRole('tree', { name: 'Alignment tree' }).waitFor({ timeout: 20_000 });
    const item = (title: string) => app.getByRole('treeitem', { name: title, exact: true });
    const focused = () => app.locator(':focus').getAttribute('aria-label');
    // One tab stop: the first item.
    const tabbable = await app.locator('[role="treeitem"][tabindex="0"]').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(tabbable).toEqual([GROW_ARR]);
    await item(GROW_ARR).focus();
    await page.keyboard.press('ArrowRight');
    await item(PRODUCT).waitFor();
    expect(await item(GROW_ARR).getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(await item(GROW_ARR).locator('[role="treeitem"]').first().getAttribute('aria-label'));
    await page.keyboard.press('ArrowLeft');
    expect(await focused()).toBe(GROW_ARR);
    await page.keyboard.press('ArrowDown');
    expect(await focused()).not.toBe(GROW_ARR);
    await page.keyboard.press('End');
    const last = await app.locator('[role="treeitem"]').last().getAttribute('aria-label');
    expect(await focused()).toBe(last);
    await page.keyboard.press('Home');
    expect(await focused()).toBe(GROW_ARR);
    // The tab stop moved with the focus.
    expect(await app.locator('[role="treeitem"][tabindex="0"]').count()).toBe(1);
    await page.keyboard.press('ArrowLeft');
    expect(await item(GROW_ARR).getAttribute('aria-expanded')).toBe('false');
    await expect(item(PRODUCT).count()).resolves.toBe(0);
    expect(problems).toEqual([]);
  });

  it('filters the tree by level and finds a goal by its title', async () => {
    const { app } = await execAt('/alignment');
    await app.getByRole('tree').waitFor({ timeout: 20_000 });
    await app.getByLabel('Level').selectOption('process');
    await rowOf(app, 'Resolve incidents within their SLO').waitFor();
    expect(await rowOf(app, 'Resolve incidents within their SLO').textContent()).toContain(
      'Under: Run a reliable platform at sustainable cost › Reliable, fast engineering delivery',
    );
    await app.getByLabel('Level').selectOption('');
    await app.getByLabel('Search goals and projects').fill('dashboards');
    await rowOf(app, 'Dashboards 3.0').waitFor();
    expect(await app.getByTestId('tree-row').count()).toBe(1);
    await app.getByLabel('Search goals and projects').fill('zzz-nothing');
    await app.getByText('Nothing matches “zzz-nothing”').waitFor();
    expect(problems).toEqual([]);
  });

  it('shows the gaps per level first, then each gap with who can fix it', async () => {
    const { page, app } = await execAt('/gaps');
    await app.getByTestId('gap-levels').waitFor({ timeout: 20_000 });
    const list = app.getByTestId('gap-list');
    const all = await list.getByTestId('gap').count();
    expect(all).toBeGreaterThan(3);
    // It says what it counts: the whole organisation as the viewer sees it (the project page counts its project's).
    expect(await app.getByTestId('gap-total').textContent()).toContain(`${all} gaps across the goals and work you can see:`);
    await app.getByTestId('gap-level-process').click();
    const process = await list.getByTestId('gap').count();
    expect(process).toBeLessThan(all);
    // Its one "plan with no execution" gap (it may have others since agreements, e.g. not committed to its parent).
    const noWork = list.locator('[data-testid="gap"][data-kind="goal-no-work"]').filter({ hasText: 'Run a customer community programme' });
    expect(await noWork.count()).toBe(1);
    expect(await list.getByTestId('gap').first().textContent()).toContain('Who can fix it:');
    await shot(page, 'gaps-exec');
    // A goal's gap opens that goal's page, where strategy editors fix it.
    await noWork.getByRole('button', { name: 'Open the goal' }).click();
    await app.getByTestId('goal-title').getByText('Run a customer community programme').waitFor({ timeout: 20_000 });
    await e2e.release(page);
    expect(problems).toEqual([]);
  });

  it('shows the outsider no trace of the restricted project, even fully expanded', async () => {
    const { page, app } = await open('/jira/apps/throughline/alignment', 'outsider');
    await app.getByRole('tree').waitFor({ timeout: 20_000 });
    await rowOf(app, GROW_ARR)
      .getByRole('button', { name: `Expand ${GROW_ARR}` })
      .click();
    await rowOf(app, 'Win more enterprise deals').waitFor();
    const text = (await app.locator('body').textContent()) ?? '';
    // The goal behind the restricted work is restricted too: the outsider does not see it either.
    for (const secret of ['ATLAS', 'Project Atlas', 'Due diligence data room', 'Lumen Metrics customer migration plan', 'Acquire and integrate Lumen Metrics'])
      expect(text).not.toContain(secret);
    await e2e.release(page);
    expect(problems).toEqual([]);
  });
});
