// The cycle made visible, end to end in headless Chromium with the production bundles: each goal's stage on the
// Alignment tree's rows and in the issue panel's chain, with what it asks of the leader and of the manager; a goal
// in the Refine stage invites the work's input on the panel, one in Execute does not. Coverage per level above the
// tree; the Gaps tab's heat map of level × kind, whose cells list their gaps (by mouse and by keyboard). The exec's
// workspace loads once and moves inside the app between its routes (e2e.navigate), as its own links do; the file
// writes nothing, so each route shows what a new load would.
import type { FrameLocator, Page } from 'playwright-core';
import { describeE2E, type Theme } from './support/session';

const PANEL = 'throughline-goal-panel';
const STRATEGY = 'throughline-strategy';
const INCIDENTS = 'Resolve incidents within their SLO';
const ENGINEERING = 'Reliable, fast engineering delivery';

const WORKSPACE = '/jira/apps/throughline';

// One story on shared pages: `problems` gathers what every page reports until the suite ends.
describeE2E('the cycle made visible', { surfaces: ['issue-panel', 'global', 'alignment-macro'], timeout: 120_000, shots: 'cycle', scope: 'suite' }, (e2e) => {
  const { problems } = e2e;

  const open = async (route: string, as: string, theme?: Theme): Promise<{ page: Page; app: FrameLocator }> => {
    const page = await e2e.open(route, as, theme);
    return { page, app: e2e.frame(page, STRATEGY) };
  };
  let workspace: Page | undefined;
  /** The exec's workspace (light) on a route of the app: a page load the first time, then a move inside the app. */
  const execAt = async (route: string): Promise<{ page: Page; app: FrameLocator }> => {
    if (!workspace) {
      const opened = await open(WORKSPACE + route, 'exec');
      workspace = opened.page;
      return opened;
    }
    await e2e.navigate(workspace, route);
    return { page: workspace, app: e2e.frame(workspace, STRATEGY) };
  };

  it('shows each goal’s stage on the Alignment tree, with what it asks of the leader and the manager', async () => {
    const { page, app } = await execAt('/alignment');
    const row = app.getByRole('treeitem', { name: 'Make every customer successful and loyal', exact: true }).getByTestId('tree-row').first();
    const tag = row.getByTestId('stage-tag');
    await tag.waitFor({ timeout: 20_000 });
    expect(await tag.getAttribute('data-stage')).toBe('refine');
    expect(await tag.textContent()).toMatch(/^Stage: Refine \(The leader asks everyone involved .*\. The manager answers .*\.\)$/);
    await e2e.shot(page, 'tree-stage');
    expect(problems).toEqual([]);
  });

  it('shows each goal’s stage and the skipped-level gap on the Confluence tree macro', async () => {
    const page = await e2e.open('/confluence/page/1001', 'exec');
    const macro = e2e.frame(page, 'throughline-alignment-tree');
    const row = macro
      .getByTestId('macro-row')
      .filter({ has: macro.getByTestId('row-title').getByText('Make every customer successful and loyal', { exact: true }) });
    await row.getByTestId('stage-tag').waitFor({ timeout: 30_000 });
    expect(await row.getByTestId('stage-tag').getAttribute('data-stage')).toBe('refine');
    const community = macro
      .getByTestId('macro-row')
      .filter({ has: macro.getByTestId('row-title').getByText('Run a customer community programme', { exact: true }) });
    expect(await community.getByTestId('row-gaps').textContent()).toContain('Skipped level');
    expect(await macro.locator('[data-testid="gap-summary"] [data-kind="goal-skips-level"]').count()).toBe(1);
    await e2e.release(page);
    expect(problems).toEqual([]);
  });

  it('shows coverage per level above the tree: goals, those with work and those with KPIs', async () => {
    const { app } = await execAt('/alignment');
    const coverage = app.getByTestId('coverage');
    await coverage.waitFor({ timeout: 20_000 });
    // The process level: seven active goals, two with no work behind them (the customer community programme, and
    // keeping on-call sustainable, measured by its KPI only).
    const process = coverage.getByTestId('coverage-process');
    expect((await process.locator('td').allTextContents()).map((s) => s.trim())).toEqual(['7', '5 of 7 ⚠ (2 without work)', '4 of 7 ⚠ (3 without KPIs)']);
    expect(await coverage.getByTestId('coverage-self').locator('td').allTextContents()).toEqual([
      '1',
      '0 of 1 ⚠ (1 without work)',
      '0 of 1 ⚠ (1 without KPIs)',
    ]);
    expect(problems).toEqual([]);
  });

  it.each(['light', 'dark'] as const)('lists the gaps of one heat map cell when it is picked (%s)', async (theme) => {
    // The light page is the exec's workspace; the dark one is a page of its own (the theme is set per page load).
    const { page, app } = theme === 'light' ? await execAt('/gaps') : await open(`${WORKSPACE}/gaps`, 'exec', theme);
    const map = app.getByTestId('gap-heat-map');
    await map.waitFor({ timeout: 20_000 });
    const list = app.getByTestId('gap-list');
    const all = await list.getByTestId('gap').count();
    const cell = map.getByTestId('heat-project-goal-skips-level');
    expect(await cell.textContent()).toBe('2');
    expect(await cell.getAttribute('aria-label')).toBe('2 gaps: Skipped level, Project. List them below');
    if (theme === 'light') await cell.click();
    else {
      await cell.focus();
      await page.keyboard.press('Enter');
    }
    expect(await cell.getAttribute('aria-pressed')).toBe('true');
    await app.getByTestId('gap-cell-listed').waitFor();
    expect(await list.getByTestId('gap').count()).toBe(2);
    expect(await list.locator('[data-testid="gap"][data-kind="goal-skips-level"]').count()).toBe(2);
    expect(await list.textContent()).toContain('Project goal directly under a strategy goal: no functional team or process goal between');
    await e2e.shot(map, `heat-map-${theme}`);
    // Pressed again, every gap is listed.
    await cell.click();
    expect(await list.getByTestId('gap').count()).toBe(all);
    if (page !== workspace) await e2e.release(page);
    expect(problems).toEqual([]);
  });

  it('draws the burn-up of a goal’s work on its page, and for the outsider says its work is out of his sight', async () => {
    const { app } = await execAt('/goal/g-dashboards-v3');
    const chart = app.getByTestId('burn-up');
    await chart.waitFor({ timeout: 30_000 });
    expect(await chart.getByTestId('burn-up-words').textContent()).toMatch(
      /^.+: \d+ of \d+ issues done \(\d+%\)\. On .+: (\d+ of \d+|none of it had been created yet)\.$/,
    );
    expect(await chart.locator('svg').getAttribute('aria-label')).toBe(await chart.getByTestId('burn-up-words').textContent());
    await e2e.shot(chart, 'burn-up');

    const outsider = await open('/jira/apps/throughline/goal/g-dashboards-v3', 'outsider');
    await outsider.app.getByText('Its work is in projects you cannot browse.').first().waitFor({ timeout: 30_000 });
    expect(await outsider.app.getByTestId('burn-up').count()).toBe(0);
    await e2e.release(outsider.page);
    expect(problems).toEqual([]);
  });

  it('shows the stage of each goal in the panel’s chain, and invites input on the goal in Refine only', async () => {
    const page = await e2e.open('/jira/issue/REL-2', 'member');
    const panel = e2e.frame(page, PANEL);
    const incidents = panel.getByTestId('chain-goal').filter({ hasText: INCIDENTS });
    await incidents.waitFor({ timeout: 30_000 });
    const details = incidents.getByTestId('stage-details');
    expect(await details.getAttribute('data-stage')).toBe('refine');
    // The disclosure opens with the keyboard and says what the stage asks of each role.
    await details.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await details.getByTestId('stage-asks').textContent()).toMatch(/The leader .*The manager /);

    const invitation = incidents.getByTestId('input-invitation');
    expect(await invitation.textContent()).toContain('This goal is being refined: tell its leader and manager what is working and what should change.');
    await invitation.getByRole('button', { name: `Say something about ${INCIDENTS}` }).click();
    await incidents.getByTestId('input-form').waitFor();

    const engineering = panel.getByTestId('chain-goal').filter({ hasText: ENGINEERING });
    expect(await engineering.getByTestId('stage-details').getAttribute('data-stage')).toBe('execute');
    expect(await engineering.getByTestId('input-invitation').count()).toBe(0);
    expect(await engineering.getByTestId('say-something').count()).toBe(1);
    await e2e.shot(page, 'panel-stage', { fullPage: false });
    await e2e.release(page);
    expect(problems).toEqual([]);
  });
});
