// A goal's page end to end, in headless Chromium with the production bundles: one URL per goal in the strategy
// workspace, with its facts, health, KPI charts, work and history, in light and dark; links from the issue
// panel's chain (same tab) and from the Confluence tree macro (a new tab) land on it; a restricted goal's URL
// tells the outsider no more than a missing goal's. The exec's and the outsider's pages are each loaded once and
// moved between the workspace's routes as its own navigation does; dark is switched live, as a user switches theme.
import type { Page } from 'playwright-core';
import { describeE2E } from './support/session';

const STRATEGY = 'throughline-strategy';
const GROW_ARR = 'g-grow-arr';
const GROW_ARR_TITLE = 'Grow annual recurring revenue to $48M';
const RESTRICTED = 'g-atlas-integration';
/** A goal the outsider may see (its DOCS work). */
const ONBOARDING = 'g-customer-onboarding';
const APP = '/jira/apps/throughline';
const goalUrl = (id: string) => `${APP}/goal/${id}`;

/** Switches the page's colour mode live, as a user does in the product: every frame follows, nothing loads again. */

describeE2E('a goal’s page', { surfaces: ['global', 'issue-panel', 'alignment-macro'], timeout: 150_000, shots: 'goal-page', scope: 'suite' }, (e2e) => {
  const { problems } = e2e;
  // The suite keeps a persona's workspace page from test to test; each test still answers only for what was
  // reported while it ran, and pages a test opens for itself close after it.
  const own: Page[] = [];
  beforeEach(() => {
    problems.length = 0;
  });
  afterEach(() => Promise.all(own.splice(0).map((p) => e2e.release(p))));
  const open = async (route: string, as: string): Promise<Page> => {
    const page = await e2e.open(route, as);
    own.push(page);
    return page;
  };
  const kept = new Map<string, Page>();
  /** The persona's workspace page moved to an app route (`/goal/g-x`) with no load, or opened there the first time. */
  const at = async (as: string, route: string): Promise<Page> => {
    const page = kept.get(as);
    if (page) {
      await e2e.navigate(page, route);
      return page;
    }
    const opened = await e2e.open(`${APP}${route === '/' ? '' : route}`, as);
    kept.set(as, opened);
    return opened;
  };

  const shot = (page: Page, name: string) => e2e.shotWhole(page, name);

  it.each(['light', 'dark'] as const)('shows the exec everything about a goal at its own URL (%s)', async (theme) => {
    const page = await at('exec', `/goal/${GROW_ARR}`);
    await e2e.theme(page, theme);
    const app = e2e.frame(page, STRATEGY);
    await app.getByTestId('goal-title').waitFor({ timeout: 30_000 });
    expect(await app.locator('html').getAttribute('data-color-mode')).toBe(theme);
    expect(await app.getByTestId('goal-title').textContent()).toBe(GROW_ARR_TITLE);
    expect(await app.getByTestId('stage-meaning').textContent()).toMatch(/\w+\./);
    expect(await app.getByTestId('goal-id').textContent()).toBe(GROW_ARR);
    expect(await app.getByTestId('goal-jql').textContent()).toBe(`throughlineGoal = "${GROW_ARR}"`);
    await app.getByTestId('diagnosis').waitFor();
    await app.getByTestId('goal-work').waitFor({ timeout: 20_000 });
    await app.getByTestId('goal-history').or(app.getByText('No changes recorded yet: the goal is as it was first saved.')).first().waitFor();
    await app.getByRole('button', { name: 'Edit' }).waitFor();
    await shot(page, `exec-${theme}`);
    expect(problems).toEqual([]);
  });

  it('tells the outsider a restricted goal does not exist or cannot be seen, in the words a missing goal gets', async () => {
    const words = async (id: string, name: string) => {
      // Through a goal the outsider sees, so that the words read are this route's answer and not the last one's.
      if (kept.has('outsider'))
        await e2e
          .frame(await at('outsider', `/goal/${ONBOARDING}`), STRATEGY)
          .getByTestId('goal-title')
          .waitFor({ timeout: 30_000 });
      const page = await at('outsider', `/goal/${id}`);
      const app = e2e.frame(page, STRATEGY);
      await app.getByTestId('goal-not-found').waitFor({ timeout: 30_000 });
      await shot(page, name);
      expect(await app.getByTestId('goal-title').count()).toBe(0);
      return app.getByTestId('goal-not-found').textContent();
    };
    const hidden = await words(RESTRICTED, 'outsider-restricted');
    expect(hidden).toContain('This goal does not exist, or you cannot see it');
    expect(hidden).not.toContain('Lumen');
    expect(await words('g-no-such-goal', 'outsider-missing')).toBe(hidden);
    // A mangled link (no possible goal id) says the same, instead of opening the Goals tab.
    expect(await words('not.a.goal', 'outsider-malformed')).toBe(hidden);
  });

  it('shows the outsider a goal’s work only where they may browse it: DOCS, not the CS epic serving the same goal', async () => {
    const page = await at('outsider', `/goal/${ONBOARDING}`);
    const app = e2e.frame(page, STRATEGY);
    await app.getByTestId('goal-title').waitFor({ timeout: 30_000 });
    const work = app.getByTestId('goal-work');
    await work.waitFor({ timeout: 20_000 });
    const projects = await work.locator('section.gp-project').evaluateAll((ss) => ss.map((x) => x.getAttribute('aria-label')));
    const epics = await work.getByTestId('goal-epic').allTextContents();
    expect(projects).toEqual(['Documentation (DOCS)']);
    expect(epics.length).toBeGreaterThan(0);
    expect(epics.filter((t) => !t.startsWith('DOCS-'))).toEqual([]);
    expect(epics.join(' ')).toContain('Getting-started guides');
    // The Customer Success epic that serves the same goal, and anything of the restricted project, stay out of sight.
    const text = (await app.getByTestId('goal-page').textContent()) ?? '';
    for (const hidden of ['Customer onboarding playbook', 'Lumen', 'ATLAS-']) expect(text).not.toContain(hidden);
    await shot(page, 'outsider-docs-work');
    expect(problems).toEqual([]);
  });

  it('takes the member from a story’s goal chain to the strategy goal’s page', async () => {
    const page = await open('/jira/issue/INS-43', 'member');
    const panel = e2e.frame(page, 'throughline-goal-panel');
    const strategy = panel.getByTestId('chain-goal').filter({ hasText: 'Strategy' }).getByTestId('chain-goal-link');
    await strategy.waitFor({ timeout: 30_000 });
    const title = (await strategy.textContent()) ?? '';
    // Each person with their Jira avatar (loaded, from the emulator's avatarUrls as the host draws them) and name.
    const leader = panel.getByTestId('chain-goal').filter({ hasText: 'Strategy' }).getByTestId('person').first();
    const picture = leader.locator('[data-testid="avatar"] img');
    await picture.waitFor({ timeout: 20_000 });
    await picture.evaluate((img: HTMLImageElement) => (img.complete ? undefined : new Promise((done) => img.addEventListener('load', done, { once: true }))));
    expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    expect(await picture.getAttribute('alt')).toBe('');
    expect(await picture.getAttribute('src')).toContain('/__forge/avatars/initials/');
    expect(await leader.textContent()).toBe('Richard Adeyemi');
    await e2e.shot(page, 'member-panel', { fullPage: false });
    await strategy.click();
    await page.waitForURL((u) => u.pathname.startsWith('/jira/apps/throughline/goal/'), { timeout: 20_000 });
    const app = e2e.frame(page, STRATEGY);
    await app.getByTestId('goal-title').waitFor({ timeout: 30_000 });
    expect(await app.getByTestId('goal-title').textContent()).toBe(title);
    expect(new URL(page.url()).pathname).toBe(goalUrl(GROW_ARR));
    await app.getByTestId('goal-work').waitFor({ timeout: 20_000 });
    expect(await app.getByTestId('goal-work').textContent()).not.toContain('Lumen');
    await shot(page, 'member-light');
    expect(problems).toEqual([]);
  });

  it('opens a goal of the Confluence tree macro in a new tab, on its page', async () => {
    const page = await open('/confluence/page/1001', 'exec');
    const macro = e2e.frame(page, 'throughline-alignment-tree');
    const link = macro.locator(`[data-goal-link="${GROW_ARR}"]`).first();
    await link.waitFor({ timeout: 30_000 });
    const opened = page.context().waitForEvent('page', { timeout: 20_000 });
    await link.click();
    const tab = await opened;
    await tab.waitForURL((u) => u.pathname === goalUrl(GROW_ARR), { timeout: 20_000 });
    const app = tab.frameLocator(`iframe[data-module-key="${STRATEGY}"]`);
    await app.getByTestId('goal-title').waitFor({ timeout: 30_000 });
    expect(await app.getByTestId('goal-title').textContent()).toBe(GROW_ARR_TITLE);
    expect(page.url()).toContain('/confluence/page/1001');
    await tab.close();
  });

  it('opens the goal of a gap from the Gaps tab with “Open the goal”', async () => {
    const page = await at('exec', '/gaps');
    await e2e.theme(page, 'light');
    const app = e2e.frame(page, STRATEGY);
    const gap = app.locator('[data-testid="gap"][data-kind="goal-no-work"]').filter({ hasText: 'Run a customer community programme' });
    await gap.getByRole('button', { name: 'Open the goal' }).click({ timeout: 30_000 });
    await app.getByTestId('goal-title').waitFor({ timeout: 30_000 });
    expect(await app.getByTestId('goal-title').textContent()).toBe('Run a customer community programme');
    await page.waitForURL((u) => u.pathname.startsWith('/jira/apps/throughline/goal/'));
    // On the goal's own page its gap says who fixes it, with no button that would open this same page again.
    const own = app.getByTestId('goal-gaps').locator('[data-testid="gap"][data-kind="goal-no-work"]');
    await own.waitFor({ timeout: 30_000 });
    expect(await own.getByRole('button').count()).toBe(0);
    await shot(page, 'gap-goal-light');
  });
});
