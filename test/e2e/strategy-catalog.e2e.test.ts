// The strategy workspace's goal catalog end to end: the production bundle inside the local host's Jira app
// page, in headless Chromium, against the demo organisation. Each test says what a user sees. The exec and the
// member each keep one page for the whole suite: a test moves it to another tab and back, so the catalog mounts
// again and fetches the goals afresh (useCatalog loads on mount), as a new page would, without loading one.
import type { FrameLocator } from 'playwright-core';
import { aGoal, createGoal, invokeCatalog, type StoredGoal } from './support/catalog-fixture';
import { describeE2E, shotsWanted, type Theme } from './support/session';

const PAGE = '/jira/apps/throughline';
/** The demo's strategy goal about revenue (dev/demo/goals.ts, g-grow-arr). */
const GROW_ARR = 'Grow annual recurring revenue to $48M';

const SUITE = { surfaces: ['global'], viewport: { width: 1440, height: 1000 }, shots: 'strategy', scope: 'suite' as const };

describeE2E('strategy goal catalog in Chromium', SUITE, (e2e) => {
  const { problems, persona } = e2e;
  const dialogs: string[] = [];
  const execId = () => persona('exec').accountId;

  /** Opens the strategy page as a persona and waits for the goal tree; dialogs are dismissed and noted. */
  const open = async (as: string, theme: Theme = 'light'): Promise<FrameLocator> => {
    const page = await e2e.newPage();
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(e2e.url(PAGE, as, theme));
    const app = e2e.frame(page, 'throughline-strategy');
    await app.getByTestId('goal-tree').waitFor({ timeout: 20_000 });
    return app;
  };
  const kept = new Map<string, FrameLocator>();
  /**
   * The persona's page of the suite, opened on first use; afterwards moved to another tab and back (the product's
   * navigation), so the catalog shows what is stored now, with no form, panel or filter left from before.
   */
  const strategyAs = async (as: string): Promise<FrameLocator> => {
    const app = kept.get(as);
    if (!app) {
      const opened = await open(as);
      kept.set(as, opened);
      return opened;
    }
    const page = app.owner().page();
    await e2e.navigate(page, '/mine');
    await app.getByTestId('goal-tree').waitFor({ state: 'detached' });
    await e2e.navigate(page, '/');
    await app.getByTestId('goal-tree').waitFor({ timeout: 20_000 });
    return app;
  };
  const shot = (app: FrameLocator, name: string) => e2e.shot(app.owner().page(), name);
  const titleButton = (app: FrameLocator, title: string) => app.getByTestId('goal-tree').getByRole('button', { name: title, exact: true });
  const rowOf = (app: FrameLocator, title: string) =>
    app
      .getByTestId('goal-row')
      .filter({ has: app.getByRole('button', { name: title, exact: true }) })
      .last();
  const panel = (app: FrameLocator) => app.getByTestId('side-panel');

  beforeEach(() => {
    dialogs.length = 0;
  });

  it('lets the exec create a functional goal under a strategy goal, with a leader picked by name', async () => {
    const app = await strategyAs('exec');
    await app.getByRole('button', { name: 'New goal' }).first().click();
    const form = app.getByTestId('goal-form');
    await form.getByLabel('Title (required)').fill('Win the mid-market');
    await form.getByLabel('Level').selectOption('functional');
    await form.getByLabel('Parent goal').selectOption({ label: `${GROW_ARR} (Strategy)` });
    await form.getByLabel('Leader').fill('Olivia');
    await form.getByRole('option', { name: 'Olivia Grant' }).click();
    await expect(form.getByTestId('goal-leader-chosen').textContent()).resolves.toContain('Olivia Grant');
    await form.getByLabel('Status').selectOption('active');
    await form.getByRole('button', { name: 'Create goal' }).click();

    await app.getByTestId('notice').filter({ hasText: 'Created “Win the mid-market”' }).waitFor();
    const underParent = app.getByRole('list', { name: `Goals under ${GROW_ARR}` });
    await underParent.getByRole('button', { name: 'Win the mid-market', exact: true }).waitFor();
    const row = (await rowOf(app, 'Win the mid-market').textContent()) ?? '';
    expect(row).toContain('Functional team');
    expect(row).toContain('Leader Olivia Grant');
    expect(row).toContain('No manager');
    await shot(app, 'created');
    expect(problems).toEqual([]);
  });

  it('lets the exec edit a goal and shows the change in its history', async () => {
    await createGoal(e2e.host, execId(), aGoal({ title: 'Expand into the DACH region', parentId: 'g-grow-arr' }));
    const app = await strategyAs('exec');
    await app.getByRole('button', { name: 'Edit Expand into the DACH region' }).click();
    const form = app.getByTestId('goal-form');
    await form.getByLabel('Title (required)').fill('Expand into Germany, Austria and Switzerland');
    await form.getByLabel('Cycle stage').selectOption('roadmap');
    await form.getByRole('button', { name: 'Save changes' }).click();

    await app.getByTestId('notice').filter({ hasText: 'Saved “Expand into Germany, Austria and Switzerland”' }).waitFor();
    await titleButton(app, 'Expand into Germany, Austria and Switzerland').waitFor();
    expect(await titleButton(app, 'Expand into the DACH region').count()).toBe(0);
    const history = panel(app).getByTestId('history-entry').first();
    await history.filter({ hasText: 'changed title, cycle stage' }).waitFor();
    const text = (await history.textContent()) ?? '';
    expect(text).toContain(persona('exec').displayName);
    expect(text).toContain('Expand into the DACH region');
    expect(text).toContain('Assess');
    expect(text).toContain('Roadmap');
    expect(problems).toEqual([]);
  });

  it('shows a second editor what the first one changed instead of overwriting it, then applies theirs on top', async () => {
    const goal = await createGoal(e2e.host, execId(), aGoal({ title: 'Launch the partner programme', parentId: 'g-grow-arr' }));
    const first = await strategyAs('exec');
    // A second editor: another page of its own, as a second person would have.
    const second = await open('exec');
    await first.getByRole('button', { name: 'Edit Launch the partner programme' }).click();
    await second.getByRole('button', { name: 'Edit Launch the partner programme' }).click();
    // Both editors have the goal open (version 1) before either saves.
    for (const app of [first, second]) await app.getByTestId('goal-form').getByLabel('Title (required)').waitFor();

    await first.getByTestId('goal-form').getByLabel('Description').fill('Twenty resellers signed by the autumn.');
    await first.getByTestId('goal-form').getByRole('button', { name: 'Save changes' }).click();
    await first.getByTestId('notice').filter({ hasText: 'Saved' }).waitFor();

    const form = second.getByTestId('goal-form');
    await form.getByLabel('Title (required)').fill('Launch the partner programme in EMEA');
    await form.getByRole('button', { name: 'Save changes' }).click();
    const conflict = second.getByTestId('conflict-view');
    await conflict.getByRole('heading', { name: 'Someone else changed this goal' }).waitFor();
    const description = (await conflict.locator('tr[data-field="description"]').textContent()) ?? '';
    expect(description).toContain('Twenty resellers signed by the autumn.');
    const title = (await conflict.locator('tr[data-field="title"]').textContent()) ?? '';
    expect(title).toContain('Launch the partner programme in EMEA');
    await conflict.getByRole('button', { name: 'Use theirs (discard mine)' }).waitFor();
    await shot(second, 'conflict');

    await conflict.getByRole('button', { name: 'Apply mine on top' }).click();
    await second.getByTestId('notice').filter({ hasText: 'Saved “Launch the partner programme in EMEA”' }).waitFor();
    const stored = await invokeCatalog<{ goal: StoredGoal }>(e2e.host, execId(), 'catalog/get', { id: goal.id });
    expect(stored.data?.goal).toMatchObject({
      title: 'Launch the partner programme in EMEA',
      description: 'Twenty resellers signed by the autumn.',
      version: 3,
    });
    await e2e.release(second.owner().page());
    expect(problems).toEqual([]);
  });

  it('shows the member the tree to read, without any way to change it', async () => {
    const app = await strategyAs('member');
    await titleButton(app, GROW_ARR).waitFor();
    await app.getByTestId('read-only-note').filter({ hasText: 'Only strategy editors can change goals' }).waitFor();
    for (const name of [/^New goal$/, /^Edit /, /^Archive /, /^Restore /]) {
      expect(await app.getByRole('button', { name }).count()).toBe(0);
    }
    await titleButton(app, GROW_ARR).click();
    await panel(app).getByTestId('goal-details').waitFor();
    expect(
      await panel(app)
        .getByRole('button', { name: /^(Edit|Archive) / })
        .count(),
    ).toBe(0);
    await shot(app, 'member');
    expect(problems).toEqual([]);
  });

  it('marks the restricted goal for the exec and leaves it out of the member’s catalog', async () => {
    const restricted = 'Acquire and integrate Lumen Metrics';
    const exec = await strategyAs('exec');
    await titleButton(exec, restricted).waitFor();
    const row = exec.getByTestId('goal-restricted');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain('Restricted');
    const member = await strategyAs('member');
    await titleButton(member, GROW_ARR).waitFor();
    expect(await titleButton(member, restricted).count()).toBe(0);
    expect(await member.getByTestId('goal-restricted').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('shows a title written as markup literally, and runs none of it', async () => {
    const markup = '<img src=x onerror=alert(1)>';
    await createGoal(e2e.host, execId(), aGoal({ title: markup, level: 'strategy', status: 'draft', description: '<script>alert(2)</script>' }));
    const app = await strategyAs('exec');
    await titleButton(app, markup).waitFor();
    expect(await titleButton(app, markup).textContent()).toBe(markup);
    // No image but people's avatars (the kit's own): the markup made none.
    expect(await app.locator('img:not(.tl-avatar img)').count()).toBe(0);
    await titleButton(app, markup).click();
    await panel(app).getByTestId('goal-description').filter({ hasText: '<script>alert(2)</script>' }).waitFor();
    expect(await panel(app).getByRole('heading', { name: markup }).count()).toBe(1);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
  });

  it('says what still uses a goal when the exec tries to archive it', async () => {
    const app = await strategyAs('exec');
    await app.getByRole('button', { name: 'Archive Resolve incidents within their SLO' }).click();
    await panel(app).getByRole('button', { name: 'Archive goal' }).click();
    const inUse = panel(app).getByTestId('goal-in-use');
    await inUse.waitFor();
    expect(await inUse.getByTestId('in-use-tagged').textContent()).toMatch(
      /1 project and 2 epics are tagged with this goal; reassign them to another goal first\./,
    );
    // Named as the exec sees them in Jira, not as ids.
    const work = await inUse.getByTestId('in-use-work').getByRole('listitem').allTextContents();
    expect(work[0]).toMatch(/^Project REL /);
    expect(work.slice(1).map((t) => t.replace(/^Epic REL-\d+ /, ''))).toEqual(
      expect.arrayContaining(['SLO dashboards and alerting', 'On-call runbook overhaul']),
    );

    await app.getByRole('button', { name: 'Archive Reliable, fast engineering delivery' }).click();
    await panel(app).getByRole('button', { name: 'Archive goal' }).click();
    const children = panel(app).getByTestId('in-use-children');
    await children.waitFor();
    expect(await children.getByRole('listitem').allTextContents()).toEqual([
      'Resolve incidents within their SLO',
      'Ship every two weeks with confidence',
      'Keep on-call sustainable',
    ]);
    await shot(app, 'in-use');
    // Still there, still active: nothing was archived.
    expect(await rowOf(app, 'Reliable, fast engineering delivery').textContent()).toContain('Active');
    expect(problems).toEqual([]);
  });

  it('archives a goal nothing uses, hides it, and restores it from the archived view', async () => {
    await createGoal(e2e.host, execId(), aGoal({ title: 'Sponsor a data conference', parentId: 'g-grow-arr' }));
    const app = await strategyAs('exec');
    await app.getByRole('button', { name: 'Archive Sponsor a data conference' }).click();
    await panel(app).getByRole('button', { name: 'Archive goal' }).click();
    await app.getByTestId('notice').filter({ hasText: 'Archived “Sponsor a data conference”' }).waitFor();
    // The notice shows as the catalog is read again; the goal leaves the tree when that answer arrives.
    await titleButton(app, 'Sponsor a data conference').waitFor({ state: 'detached' });
    await expect(titleButton(app, 'Sponsor a data conference').count()).resolves.toBe(0);

    await app.getByLabel('Show archived').check();
    await app.getByTestId('goal-tree').getByRole('button', { name: 'Restore Sponsor a data conference' }).click();
    await app.getByTestId('notice').filter({ hasText: 'Restored “Sponsor a data conference”' }).waitFor();
    await app.getByLabel('Show archived').uncheck();
    await titleButton(app, 'Sponsor a data conference').waitFor();
    expect(problems).toEqual([]);
  });

  it('puts the server’s refusal next to the field it is about', async () => {
    const parent = await createGoal(e2e.host, execId(), aGoal({ title: 'Open a Singapore office', parentId: 'g-grow-arr' }));
    const app = await strategyAs('exec');
    await app.getByRole('button', { name: 'New goal' }).click();
    const form = app.getByTestId('goal-form');
    await form.getByLabel('Title (required)').fill('Hire a country manager');
    await form.getByLabel('Level').selectOption('project');
    await form.getByLabel('Parent goal').selectOption({ label: 'Open a Singapore office (Functional team)' });
    // Meanwhile the parent is archived elsewhere: only the server can know.
    const archived = await invokeCatalog(e2e.host, execId(), 'catalog/archive', { id: parent.id, expectedVersion: parent.version });
    expect(archived.ok).toBe(true);
    await form.getByRole('button', { name: 'Create goal' }).click();
    await form.getByTestId('err-parentId').filter({ hasText: 'The parent goal “Open a Singapore office” is archived' }).waitFor();
    expect(await titleButton(app, 'Hire a country manager').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('finds goals by title and keeps the path to the strategy visible', async () => {
    const search = async (app: FrameLocator) => {
      await app.getByLabel('Search by title').fill('incidents');
      await app.getByTestId('catalog-shown').filter({ hasText: '1 of' }).waitFor();
    };
    const app = await strategyAs('exec');
    await search(app);
    const visible = await app.getByTestId('goal-title').allTextContents();
    expect(visible).toEqual(['Run a reliable platform at sustainable cost', 'Reliable, fast engineering delivery', 'Resolve incidents within their SLO']);

    // The goals whose KPIs need attention: each match shows why on its row; the rest of its path is context.
    await app.getByLabel('Search by title').fill('');
    await app.getByLabel('Needs attention').check();
    await app
      .getByTestId('catalog-shown')
      .filter({ hasText: /^\d+ of \d+ goals match$/ })
      .waitFor();
    const [matched] = ((await app.getByTestId('catalog-shown').textContent()) ?? '').split(' ');
    // Rows above a match (context) keep their own marker, whatever it says.
    const markers = await app
      .locator('.sc-row:not(.sc-row--context) [data-testid="health-marker"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-state')));
    expect(markers.length).toBe(Number(matched));
    expect(markers.length).toBeGreaterThan(0);
    expect(new Set(markers).size > 0 && markers.every((s) => s === 'off-track' || s === 'at-risk' || s === 'stale')).toBe(true);
    await app.getByLabel('Needs attention').uncheck();
    // The picture is of the dark theme, a page of its own; the catalog in dark is checked by typography.e2e.
    if (shotsWanted()) {
      const dark = await open('exec', 'dark');
      await search(dark);
      await shot(dark, 'search-dark');
    }
    expect(problems).toEqual([]);
  });
});
