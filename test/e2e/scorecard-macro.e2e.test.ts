// The Confluence scorecard macro end to end: the production bundles of the macro, its config view and the
// strategy workspace in the local host, in headless Chromium, against the demo organisation. Unset, the macro
// shows every strategy goal; the exec sets it on a Confluence page to the lead's goal; the lead records a value in
// the strategy workspace in Jira; the exec sees the new status and diagnosis on the page. Screenshots in light and
// dark, and in print.
import type { FrameLocator, Page } from 'playwright-core';
import { pickGoal } from './support/pick-goal';
import { describeE2E, shotsWanted, type Theme } from './support/session';

const CONFLUENCE_PAGE = '/confluence/page/1001';
const MACRO = 'throughline-scorecard';
const CONFIG = 'iframe[data-role="macro-config"]';
/** The demo KPI on Dashboards 3.0, whose manager is the persona `lead` (dev/demo/kpis.ts); 20% puts it off track. */
const GOAL_TITLE = 'Dashboards 3.0';
const KPI = 'k-dashboard-migration';
const KPI_NAME = 'Customer dashboards on the new engine';

const SUITE = {
  surfaces: ['scorecard-macro', 'scorecard-macro-config', 'global'],
  timeout: 120_000,
  viewport: { width: 1280, height: 1000 },
  shots: 'scorecard-macro',
};

describeE2E('the scorecard macro in Chromium', SUITE, (e2e) => {
  const { problems, newPage } = e2e;

  const openConfluence = async (page: Page, as: string, opts: { theme?: Theme; edit?: boolean } = {}): Promise<FrameLocator> => {
    await page.goto(e2e.url(`${CONFLUENCE_PAGE}${opts.edit ? '?mode=edit' : ''}`, as, opts.theme ?? 'light'));
    return e2e.frame(page, MACRO);
  };
  const shot = (page: Page, name: string) => e2e.shot(page.getByTestId(`macro-${MACRO}`), name);
  const row = (macro: FrameLocator) => macro.locator(`[data-testid="kpi-row"][data-kpi="${KPI}"]`);
  const statusOf = async (macro: FrameLocator) => ((await row(macro).getByTestId('kpi-status').textContent()) ?? '').trim();
  const diagnosisOf = async (macro: FrameLocator) => ((await macro.getByTestId('diagnosis').first().textContent()) ?? '').trim();

  const configure = async (page: Page, choose: (config: FrameLocator) => Promise<void>) => {
    await page.getByTestId(`configure-${MACRO}`).click();
    // Once in a full run under load the config view never opened (its frame never attached; the file alone always
    // passes): a click the local host's page did not take yet is made once more, and only then is the view awaited.
    const opened = await page
      .locator(CONFIG)
      .waitFor({ timeout: 10_000 })
      .then(
        () => true,
        () => false,
      );
    if (!opened) await page.getByTestId(`configure-${MACRO}`).click();
    const config = page.frameLocator(CONFIG);
    await config.getByRole('button', { name: 'Save' }).waitFor({ timeout: 30_000 });
    await choose(config);
    await config.getByRole('button', { name: 'Save' }).click();
    await page.locator(CONFIG).waitFor({ state: 'detached' });
  };

  const recordAsLead = async (value: number) => {
    const page = await newPage();
    await page.goto(e2e.url('/jira/apps/throughline', 'lead', 'light'));
    const app = e2e.frame(page, 'throughline-strategy');
    await app.getByRole('button', { name: 'Scorecards', exact: true }).click();
    const kpi = app.locator(`[data-testid="kpi-row"][data-kpi="${KPI}"]`);
    await kpi.getByRole('button', { name: `Record a value of ${KPI_NAME}` }).click();
    const form = app.getByTestId('record-form');
    await form.getByLabel('Value (%)').fill(String(value));
    await form.getByRole('button', { name: 'Save' }).click();
    await app
      .getByTestId('scorecard-notice')
      .filter({ hasText: `Recorded ${value}% for ${KPI_NAME}` })
      .waitFor();
  };

  it('shows every strategy goal until it is configured, then the lead’s goal; a value the lead records changes its status and diagnosis', async () => {
    const page = await newPage();
    let macro = await openConfluence(page, 'exec');
    await macro.getByTestId('scorecard-summary').waitFor({ timeout: 20_000 });
    expect(await macro.getByRole('heading', { level: 2 }).textContent()).toBe('Strategy goals');
    expect(await macro.getByTestId('goal-scorecard').count()).toBe(3);
    // Readers see the scorecard only: the note on choosing what it shows is for the page's editor.
    expect(await macro.getByTestId('scorecard-default-note').count()).toBe(0);
    expect(await macro.getByTestId('scorecard-not-configured').count()).toBe(0);

    macro = await openConfluence(page, 'exec', { edit: true });
    await macro.getByTestId('scorecard-default-note').filter({ hasText: 'Showing all strategy goals' }).waitFor({ timeout: 20_000 });
    expect(await macro.getByTestId('scorecard-default-note').textContent()).toContain('Configure');
    await configure(page, async (config) => {
      await config.getByLabel('One goal’s scorecard').check();
      await pickGoal(config, 'sc-goal', GOAL_TITLE, 'dashboards');
    });
    await row(macro).waitFor({ timeout: 20_000 });
    const before = { status: await statusOf(macro), diagnosis: await diagnosisOf(macro) };
    expect(before.status).toContain('On track');
    expect(await macro.getByRole('heading', { level: 2 }).textContent()).toBe('Dashboards 3.0');
    // Read-only: no action of any kind; the only buttons are links to goals' pages (an at-risk agreement's provider).
    expect(await macro.locator('button:not(.tl-goal-link)').count()).toBe(0);
    expect(await macro.getByTestId('scorecard-default-note').count()).toBe(0);

    await recordAsLead(20);

    // The published page read afresh, in the dark theme: what it says does not depend on the theme, so one load
    // serves both; the light picture is taken when pictures are asked for.
    const dark = await openConfluence(page, 'exec', { theme: 'dark' });
    await row(dark).getByTestId('kpi-current').filter({ hasText: '20%' }).waitFor({ timeout: 20_000 });
    const after = { status: await statusOf(dark), diagnosis: await diagnosisOf(dark) };
    expect(after.status).toContain('Off track');
    expect(after.status).not.toBe(before.status);
    expect(after.diagnosis).toContain('0 of 1 KPI on track (1 off track)');
    expect(after.diagnosis).not.toBe(before.diagnosis);
    expect(await row(dark).textContent()).toMatch(/Operational efficiency/);
    expect(await statusOf(dark)).toContain('Off track');
    await shot(page, 'goal-dark');
    if (shotsWanted()) {
      macro = await openConfluence(page, 'exec');
      await row(macro).getByTestId('kpi-current').filter({ hasText: '20%' }).waitFor({ timeout: 20_000 });
      await shot(page, 'goal-light');
    }
    expect(problems).toEqual([]);
  });

  it('shows every goal of a level with a summary line, pre-fills its config, and prints without shadows', async () => {
    const page = await newPage();
    const macro = await openConfluence(page, 'exec', { edit: true });
    await configure(page, async (config) => {
      await config.getByLabel('Every goal of a leadership level').check();
      await config.getByLabel('Level', { exact: true }).selectOption('strategy');
    });
    await macro.getByTestId('scorecard-summary').waitFor({ timeout: 20_000 });
    expect(await macro.getByTestId('goal-scorecard').count()).toBe(3);
    expect(await macro.getByTestId('scorecard-summary').textContent()).toMatch(/^3 goals · \d+ KPIs of their own:/);
    // Above the cards, each strategy goal over its whole branch, as the Scorecards tab in Jira shows it.
    const branches = macro.getByTestId('macro-organisation-row');
    expect(await branches.count()).toBe(3);
    expect(await branches.first().getByTestId('diagnosis-scope').textContent()).toBe('Whole branch:');
    await shot(page, 'level-light');

    // The config view opens on what is saved; Cancel closes it without a change.
    await page.getByTestId(`configure-${MACRO}`).click();
    const config = page.frameLocator(CONFIG);
    await config.getByRole('button', { name: 'Cancel' }).waitFor({ timeout: 20_000 });
    // Atlassian's order: Cancel, then the primary Save; the modal names the macro, the form does not repeat it.
    expect(await config.getByRole('button').allTextContents()).toEqual(['Cancel', 'Save']);
    expect(await config.getByRole('heading', { name: 'Throughline scorecard' }).count()).toBe(0);
    // No level without goals is offered.
    expect(await config.getByLabel('Level', { exact: true }).locator('option').allTextContents()).not.toContainEqual(
      expect.stringMatching(/\(0 goals\)|no goals/),
    );
    expect(await config.getByLabel('Every goal of a leadership level').isChecked()).toBe(true);
    expect(await config.getByLabel('Level', { exact: true }).inputValue()).toBe('strategy');
    await config.getByRole('button', { name: 'Cancel' }).click();
    await page.locator(CONFIG).waitFor({ state: 'detached' });

    const dark = await openConfluence(page, 'exec', { theme: 'dark' });
    await dark.getByTestId('scorecard-summary').waitFor({ timeout: 20_000 });
    await shot(page, 'level-dark');
    await page.emulateMedia({ media: 'print' });
    const card = dark.getByTestId('goal-scorecard').first();
    expect(await card.evaluate((el) => getComputedStyle(el).boxShadow)).toBe('none');
    expect(await card.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    expect(await card.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    await shot(page, 'level-print');
    expect(problems).toEqual([]);
  });
});
