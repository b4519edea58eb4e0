// The scorecards end to end: the production bundle of the strategy workspace in the local host's Jira app page,
// in headless Chromium, against the demo organisation. The lead records a value on a KPI of the goal they
// manage and sees its status change; people without a role on a goal get no way to record on it. The lead keeps one
// page for the suite: a test moves it to the Goals tab and back, so Scorecards mounts again and reads the
// scorecards afresh (useScorecards loads on mount), as a new page would.
import type { FrameLocator, Page } from 'playwright-core';
import { describeE2E, type Theme } from './support/session';

const PAGE = '/jira/apps/throughline';
/** The demo KPI on Dashboards 3.0, whose manager is the persona `lead` (dev/demo/kpis.ts). */
const LEAD_KPI = 'k-dashboard-migration';
const LEAD_KPI_NAME = 'Customer dashboards on the new engine';

const SUITE = { surfaces: ['global'], viewport: { width: 1440, height: 1000 }, shots: 'scorecard', scope: 'suite' as const };

describeE2E('scorecards in Chromium', SUITE, (e2e) => {
  const { problems, shot } = e2e;

  const open = async (as: string, theme: Theme = 'light'): Promise<{ page: Page; app: FrameLocator }> => {
    const page = await e2e.open(PAGE, as, theme);
    const app = e2e.frame(page, 'throughline-strategy');
    await app.getByRole('button', { name: 'Scorecards', exact: true }).click();
    await app.getByTestId('organisation-scorecard').waitFor({ timeout: 20_000 });
    return { page, app };
  };
  let lead: { page: Page; app: FrameLocator } | undefined;
  /** The lead's page, opened on first use; afterwards taken to Goals and back by its tabs, with no form left open. */
  const asLead = async (): Promise<{ page: Page; app: FrameLocator }> => {
    if (!lead) return (lead = await open('lead'));
    const { app } = lead;
    await app.getByRole('button', { name: 'Goals', exact: true }).click();
    await app.getByTestId('organisation-scorecard').waitFor({ state: 'detached' });
    await app.getByRole('button', { name: 'Scorecards', exact: true }).click();
    await app.getByTestId('organisation-scorecard').waitFor({ timeout: 20_000 });
    return lead;
  };
  const row = (app: FrameLocator, kpiId: string) => app.locator(`[data-testid="kpi-row"][data-kpi="${kpiId}"]`);
  const statusOf = async (app: FrameLocator, kpiId: string) => ((await row(app, kpiId).getByTestId('kpi-status').textContent()) ?? '').trim();

  it('lets the lead record a value on the KPI of their goal in two clicks, and shows the status change', async () => {
    const { page, app } = await asLead();
    const before = await statusOf(app, LEAD_KPI);
    expect(before).not.toContain('Off track');

    await row(app, LEAD_KPI)
      .getByRole('button', { name: `Record a value of ${LEAD_KPI_NAME}` })
      .click();
    const form = app.getByTestId('record-form');
    const today = await form.getByLabel('Date').inputValue();
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(form.getByLabel('Value (%)').evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await form.getByLabel('Value (%)').fill('20');
    await form.getByRole('button', { name: 'Save' }).click();

    await app
      .getByTestId('scorecard-notice')
      .filter({ hasText: `Recorded 20% for ${LEAD_KPI_NAME}` })
      .waitFor();
    await row(app, LEAD_KPI).getByTestId('kpi-current').filter({ hasText: '20%' }).waitFor();
    expect(await statusOf(app, LEAD_KPI)).toContain('Off track');
    const goal = app.locator('[data-testid="goal-scorecard"][data-goal="g-dashboards-v3"]');
    expect(await goal.getByTestId('diagnosis').textContent()).toContain('0 of 1 KPI on track (1 off track)');
    // Status and forecast are two judgements, and the headers say which is which: today, and on the target date.
    const headers = goal.getByRole('columnheader');
    expect(await headers.filter({ hasText: 'Status today' }).getAttribute('title')).toBe('Where the latest value stands against the target now');
    expect(await headers.filter({ hasText: 'Forecast at target date' }).getAttribute('title')).toMatch(/at risk today can still be in reach/);
    await shot(page, 'lead-recorded');
    expect(problems).toEqual([]);
  });

  it('asks once before saving a value that looks like a slip, reads a decimal comma, and corrects a value from the keyboard', async () => {
    const { app } = await asLead();
    await row(app, LEAD_KPI)
      .getByRole('button', { name: `Record a value of ${LEAD_KPI_NAME}` })
      .click();
    const form = app.getByTestId('record-form');
    await form.getByLabel('Value (%)').fill('940');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByTestId('record-doubt').filter({ hasText: '940% is outside 0–100%' }).waitFor();
    // Nothing was saved: the form is still open, now offering to save anyway.
    await form.getByRole('button', { name: 'Save anyway' }).waitFor();
    await form.getByLabel('Value (%)').fill('94,5 %');
    expect(await form.getByTestId('record-doubt').count()).toBe(0);
    await form.getByRole('button', { name: 'Save', exact: true }).click();
    await app
      .getByTestId('scorecard-notice')
      .filter({ hasText: `Recorded 94.5% for ${LEAD_KPI_NAME}` })
      .waitFor();

    await row(app, LEAD_KPI)
      .getByRole('button', { name: `Values of ${LEAD_KPI_NAME}` })
      .click();
    const history = app.getByTestId('kpi-history');
    await history
      .getByRole('button', { name: /^Correct the value of / })
      .first()
      .click();
    const value = history.getByLabel('Corrected value');
    await expect(value.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // Back to the 20% of the first test, which the check-in below reads as a goal off track.
    await value.fill('20 %');
    await value.press('Enter');
    await history.getByRole('cell', { name: '20%', exact: true }).first().waitFor();
    expect(await history.getByLabel('Corrected value').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('offers the lead no way to record on goals they hold no role on, and the member none at all', async () => {
    const { app } = await asLead();
    await row(app, LEAD_KPI).waitFor();
    expect(
      await row(app, 'k-arr')
        .getByRole('button', { name: /^Record/ })
        .count(),
    ).toBe(0);
    expect(await app.getByRole('button', { name: 'Add KPI' }).count()).toBe(0);
    const member = await open('member', 'dark');
    await row(member.app, LEAD_KPI).waitFor();
    expect(await member.app.getByRole('button', { name: /^Record a value/ }).count()).toBe(0);
    expect(await member.app.getByRole('button', { name: 'Add check-in' }).count()).toBe(0);
    await shot(member.page, 'member-dark');
    expect(problems).toEqual([]);
  });

  it('lets the lead add a check-in on their goal and read it back', async () => {
    const { page, app } = await asLead();
    const goal = app.locator('[data-testid="goal-scorecard"][data-goal="g-dashboards-v3"]');
    // Opening the form moves focus into it; Escape closes it and gives focus back to the button that opened it.
    await goal.getByRole('button', { name: 'Add check-in' }).click();
    const form = goal.getByTestId('check-in-form');
    expect(await form.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await page.keyboard.press('Escape');
    await form.waitFor({ state: 'detached' });
    await goal.locator('button[data-editor-opener]:focus', { hasText: 'Add check-in' }).waitFor();
    await page.keyboard.press('Enter');
    await form.getByLabel('How is it going?').selectOption('on-track');
    await form.getByLabel('Confidence of reaching the goal').selectOption('2');
    await form.getByLabel('Risks').fill('Two enterprise customers need custom widgets first');
    await form.getByRole('button', { name: 'Add check-in' }).click();
    await goal.getByTestId('check-in-list').filter({ hasText: 'Two enterprise customers need custom widgets first' }).waitFor();
    await goal.getByTestId('check-in-due').filter({ hasText: 'on track, confidence low' }).waitFor();
    // The figures call for a shift (its KPI was recorded off track above), its people say on track: the card says
    // they disagree, under the verdict.
    expect(await goal.getByTestId('diagnosis').first().textContent()).toContain('Shift strategy');
    await goal
      .getByTestId('diagnosis-check-in')
      .filter({ hasText: /^Last check-in:On track on .+ \(confidence: low\), while the figures say “Shift strategy”/ })
      .waitFor();
    await shot(page, 'lead-check-in');
    expect(problems).toEqual([]);
  });

  it('lets the exec see the organisation scorecard, and prints without buttons', async () => {
    const { page, app } = await open('exec');
    const rows = app.getByTestId('organisation-row');
    expect(await rows.count()).toBe(3);
    expect(await rows.first().textContent()).toContain('Grow annual recurring revenue to $48M');
    // On a 1024 px screen every KPI table fits: its buttons are in view, not behind a sideways scroll.
    await page.setViewportSize({ width: 1024, height: 1000 });
    await row(app, 'k-arr')
      .getByRole('button', { name: /^Record/ })
      .waitFor();
    const overflowing = await app.locator('.kp-table-wrap').evaluateAll((wraps) => wraps.filter((w) => w.scrollWidth > w.clientWidth + 1).length);
    expect(overflowing).toBe(0);
    const record = await row(app, 'k-arr')
      .getByRole('button', { name: /^Record/ })
      .boundingBox();
    expect(record && record.x + record.width).toBeLessThanOrEqual(1024);
    await page.setViewportSize({ width: 1440, height: 1000 });
    await page.emulateMedia({ media: 'print' });
    expect(await app.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
    expect(
      await row(app, 'k-arr')
        .getByRole('button', { name: /^Record/ })
        .isVisible(),
    ).toBe(false);
    await shot(page, 'exec-print');
    expect(problems).toEqual([]);
  });
});
