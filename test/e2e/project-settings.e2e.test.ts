// Project tagging end to end: the production bundle with the unmodified @forge/bridge, inside the local host's
// project settings page, in headless Chromium. The lead aligns the project he administers; everyone else reads.
// The page keeps no route to move within, so each persona's page of a project is opened once and the lead's INS
// page serves the whole story: saved and reloaded, outdone by the exec, refused an archived goal, then driven by
// keyboard and by level.
import type { FrameLocator, Page, Request } from 'playwright-core';
import { pickGoal } from './support/pick-goal';
import { describeE2E, type Theme } from './support/session';

const settings = (project: string) => `/jira/project/${project}/settings`;

const SUITE = { surfaces: ['project-settings'], shots: 'project-settings', requestFailed: true, scope: 'suite' as const };

describeE2E('project settings in Chromium', SUITE, (e2e) => {
  const { problems } = e2e;

  const open = async (route: string, as: string, theme?: Theme): Promise<{ page: Page; app: FrameLocator }> => {
    const page = await e2e.open(route, as, theme);
    const app = e2e.frame(page, 'throughline-project-settings');
    await app.getByRole('heading', { level: 1, name: /^Throughline alignment for / }).waitFor({ timeout: 20_000 });
    return { page, app };
  };
  let leadOnIns: { page: Page; app: FrameLocator } | undefined;
  /** The lead's page of INS, opened by the first test that needs it and kept for the suite. */
  const insAsLead = async () => (leadOnIns ??= await open(settings('INS'), 'lead'));
  /** Resolves once no call to the app has been under way for 300 ms (one already under way ends within that). */
  const invokesSettled = async (page: Page): Promise<void> => {
    const pending = new Set<Request>();
    const isInvoke = (r: Request) => r.url().endsWith('/__forge/invoke');
    page.on('request', (r) => void (isInvoke(r) && pending.add(r)));
    page.on('requestfinished', (r) => void pending.delete(r));
    page.on('requestfailed', (r) => void pending.delete(r));
    for (let quiet = 0; quiet < 300;) {
      await page.waitForTimeout(50);
      quiet = pending.size > 0 ? 0 : quiet + 50;
    }
  };
  const text = async (app: FrameLocator, testId: string): Promise<string> => (await app.getByTestId(testId).textContent()) ?? '';
  const pickPerson = async (app: FrameLocator, field: 'leaderId' | 'managerId', query: string, name: string) => {
    const chosen = app.getByTestId(`${field}-chosen`);
    if (await chosen.count()) await chosen.getByRole('button', { name: /^Clear/ }).click();
    await app.locator(`#${field}`).fill(query);
    await app.locator(`#${field}-list`).getByRole('option', { name }).click();
    await app.getByTestId(`${field}-chosen`).getByText(name).waitFor();
  };
  const expectNoControls = async (app: FrameLocator) => {
    await app.getByTestId('read-only').waitFor();
    expect(await app.getByTestId('read-only').textContent()).toContain('Only project administrators can change this');
    expect(await app.getByTestId('alignment-form').count()).toBe(0);
    // Links to goal pages are navigation, not controls.
    expect(await app.locator('input, select, textarea, button:not([data-goal-link])').count()).toBe(0);
  };

  it('lets the lead align INS: level, goal and manager by name, saved and still there after a reload', async () => {
    const { page, app } = await insAsLead();
    expect(await text(app, 'summary-level')).toContain('Functional team');
    await app.getByRole('radio', { name: /^Project/ }).check();
    // The functional goal INS served is above the project level, so it stays; pick a project goal instead.
    await pickGoal(app, 'ps-goal', 'Dashboards 3.0', 'dashboards');
    expect(await text(app, 'goal-preview')).toContain('Grow annual recurring revenue to $48M › Ship the analytics features that set us apart › Dashboards 3.0');
    await pickPerson(app, 'managerId', 'aish', 'Aisha Khan');
    await app.getByRole('button', { name: 'Save alignment' }).click();
    await app.getByTestId('notice').getByText('Work in Insights App now traces to “Dashboards 3.0”.').waitFor();
    await page.locator('[data-flag-id]', { hasText: 'Alignment saved' }).waitFor();
    await e2e.shot(page, 'lead');

    // What the save set going (the new manager's avatar, asked for a moment after the form draws) finishes first: a
    // reload would cancel it, and this suite reports cancelled requests.
    await invokesSettled(page);
    await page.reload();
    await app.getByTestId('summary').waitFor({ timeout: 20_000 });
    expect(await text(app, 'summary-level')).toContain('Project');
    expect(await text(app, 'summary-goal')).toContain('Dashboards 3.0');
    expect(await text(app, 'summary-goal')).toContain('Traces to strategy');
    expect(await text(app, 'summary-manager')).toBe('Aisha Khan');
    expect(await text(app, 'summary-leader')).toBe('Tom Becker');
    expect(await app.getByRole('button', { name: 'Save alignment' }).isDisabled()).toBe(true);
    expect(problems).toEqual([]);
  });

  it('tells the lead someone else changed the alignment, and reloads their version', async () => {
    // The lead's page as the reload above left it: it holds the alignment's version from before the exec saves.
    const mine = await insAsLead();
    const theirs = await open(settings('INS'), 'exec');
    await pickPerson(theirs.app, 'leaderId', 'anika', 'Anika Sharma');
    await theirs.app.getByRole('button', { name: 'Save alignment' }).click();
    await theirs.app.getByTestId('notice').waitFor();

    await pickPerson(mine.app, 'managerId', 'kenji', 'Kenji Watanabe');
    await mine.app.getByRole('button', { name: 'Save alignment' }).click();
    await mine.app.getByTestId('conflict').getByText('Someone else changed this project’s alignment').waitFor();
    await mine.app.getByRole('button', { name: 'Reload their version' }).click();
    await mine.app
      .getByTestId('notice')
      .getByText(/^Reloaded/)
      .waitFor();
    expect(await text(mine.app, 'summary-leader')).toBe('Anika Sharma');
    expect(await text(mine.app, 'summary-manager')).toBe('Aisha Khan');
    expect(await mine.app.getByTestId('leaderId-chosen').textContent()).toContain('Anika Sharma');
    expect(problems).toEqual([]);
  });

  it('puts the server’s refusal next to the goal when the goal is archived while the page is open', async () => {
    const { app } = await insAsLead();
    await app.getByRole('radio', { name: /^Process/ }).check();
    await pickGoal(app, 'ps-goal', 'Run a customer community programme', 'community');
    const archived = (await e2e.host.forge.invoke({
      moduleKey: 'throughline-strategy',
      functionKey: 'catalog/archive',
      payload: { id: 'g-customer-community', expectedVersion: 1 },
      accountId: e2e.host.forge.jira.state.users.find((u) => u.displayName === 'Helen Marsh')?.accountId ?? '',
    })) as { ok: boolean };
    expect(archived.ok).toBe(true);
    await app.getByRole('button', { name: 'Save alignment' }).click();
    expect(await app.getByTestId('error-goalId').textContent()).toContain('archived');
    expect(await text(app, 'summary-goal')).toContain('Dashboards 3.0');
    expect(problems).toEqual([]);
  });

  it('lets the lead choose the goal by keyboard alone: type to filter, arrows to move, Enter to pick, Escape to close', async () => {
    const { app } = await insAsLead();
    await app.getByRole('radio', { name: /^Project/ }).check();
    const chosen = app.getByTestId('ps-goal-chosen');
    if (await chosen.count()) await chosen.getByRole('button', { name: /^Change/ }).press('Enter');
    const box = app.getByRole('combobox', { name: 'Goal it serves' });
    await box.focus();
    // Arrow down opens the list and makes the first option active; Escape closes it without choosing.
    await box.press('ArrowDown');
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    expect(await box.getAttribute('aria-activedescendant')).toBe('ps-goal-opt-0');
    await box.press('Escape');
    expect(await box.getAttribute('aria-expanded')).toBe('false');
    // Typing opens and filters; arrows move through the matches, wrapping; Enter picks the active one.
    await box.pressSequentially('dash');
    expect(await app.locator('#ps-goal-list').getByRole('option').allTextContents()).toEqual(['Dashboards 3.0']);
    await box.press('ArrowDown');
    await box.press('Enter');
    await app.getByTestId('ps-goal-chosen').filter({ hasText: 'Dashboards 3.0' }).waitFor();
    // Focus lands on "Change", so the choice can be undone from the keyboard too.
    expect(await app.getByRole('button', { name: /^Change the goal/ }).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('offers only goals at the chosen level or above, grouped by level', async () => {
    const { app } = await insAsLead();
    await app.getByRole('radio', { name: /^Functional team/ }).check();
    // The project goal chosen before is below a functional team: it is cleared, and the page says why.
    expect(await app.getByTestId('ps-goal-chosen').count()).toBe(0);
    await app.locator('#ps-goal').click();
    const groups = await app.locator('#ps-goal-list .tl-picker-group').allTextContents();
    expect(groups).toEqual(['Strategy goals', 'Functional team goals']);
    await app.locator('#ps-goal').press('Escape');
    await app.getByText(/“Dashboards 3.0” is a project goal/).waitFor();
    await app.getByRole('button', { name: 'Save alignment' }).click();
    expect(await text(app, 'error-goalId')).toContain('Pick the goal this project serves');
    expect(problems).toEqual([]);
  });

  it('shows the member INS read-only, with no form at all', async () => {
    const { page, app } = await open(settings('INS'), 'member');
    expect(await text(app, 'summary-goal')).toContain('Dashboards 3.0');
    await expectNoControls(app);
    await e2e.shot(page, 'member');
    expect(problems).toEqual([]);
  });

  it('shows the lead GROW, which he does not administer, read-only', async () => {
    const { app } = await open(settings('GROW'), 'lead');
    expect(await text(app, 'summary-goal')).toContain('Build a predictable marketing pipeline');
    await expectNoControls(app);
    expect(problems).toEqual([]);
  });

  it('shows an untagged project as work that traces to no strategy goal, in the dark theme', async () => {
    const { page, app } = await open(settings('DOCS'), 'exec', 'dark');
    expect(await text(app, 'summary-untagged')).toContain('Work in Documentation does not trace to any strategy goal');
    await app.locator('html[data-color-mode="dark"]').waitFor({ timeout: 10_000 });
    await e2e.shot(page, 'untagged-dark');
    expect(problems).toEqual([]);
  });
});
