// Goals proposed at every level end to end, in headless Chromium with the production bundles, as the demo personas
// (issue 13, Done when 4 and 5): the member proposes a Self goal under Dashboards 3.0 from its page; the lead, its
// manager, approves; it is at the Self level with her as leader and manager, in her My goals and on her issue panel.
// The lead proposes two project goals under "Reliable, fast engineering delivery" (he neither leads nor manages it):
// the exec declines one with a reason the lead reads, and approves the other, which is then in the catalog, the
// Alignment tree and the epic tag picker. The lead adds a project goal under "Ship the analytics features that set
// us apart" (he manages it) directly, with no approval.
import type { FrameLocator, Page } from 'playwright-core';
import { buildDemoOrganisation, ISSUE_TYPES } from '../../dev/demo';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { describeE2E } from './support/session';

const PANEL = 'throughline-goal-panel';
const STRATEGY = 'throughline-strategy';
const STORY = 'INS-3';
const WORKSPACE = '/jira/apps/throughline';
const SELF_TITLE = "Learn the layout engine's internals";
const DECLINED = 'Run chaos drills every night';
const APPROVED = 'Cut deploy time to five minutes';
const REASON = 'Chaos drills belong to incident response; propose them there.';
const DIRECT = 'Embedded analytics SDK';
const PLATFORM = 'Run a reliable platform at sustainable cost';
const ENGINEERING = 'Reliable, fast engineering delivery';

const demo = buildDemoOrganisation();
const untaggedEpic = demo.jira.issues.find(
  (i) => i.issueTypeId === ISSUE_TYPES.epic.id && i.key.startsWith('INS-') && i.properties[EPIC_TAG_PROPERTY] === undefined,
)!;

describeE2E('goals proposed at every level', { surfaces: ['issue-panel', 'global'], timeout: 240_000, shots: 'proposals', scope: 'suite' }, (e2e) => {
  const { problems } = e2e;
  // Pages stay open across the story (scope 'suite'), each test still answering for what its own steps reported.
  beforeEach(() => {
    problems.length = 0;
  });

  const shot = (page: Page, name: string) => e2e.shotWhole(page, name);

  // One workspace page per persona, loaded once: a later visit moves inside the app (e2e.navigate), which mounts
  // the route afresh, and every part of it reads the server again on mount (useGoalPage, useCall), so a decision
  // taken meanwhile on another persona's page is shown, as after a load.
  const workspaces = new Map<string, Page>();
  const workspace = async (as: string, route: string): Promise<{ page: Page; app: FrameLocator }> => {
    const path = `${WORKSPACE}${route === '/' ? '' : route}`;
    let page = workspaces.get(as);
    if (page === undefined) {
      page = await e2e.open(path, as);
      workspaces.set(as, page);
    } else {
      // The same route again would keep its mounted view, and read nothing again.
      if (new URL(page.url()).pathname === path) throw new Error(`${as} is on ${route} already`);
      await e2e.navigate(page, route);
    }
    return { page, app: e2e.frame(page, STRATEGY) };
  };

  const goalPage = async (as: string, id: string): Promise<{ page: Page; app: FrameLocator }> => {
    const { page, app } = await workspace(as, `/goal/${id}`);
    // This goal's page, not the one the persona had open before.
    await app
      .getByTestId('goal-id')
      .filter({ hasText: new RegExp(`^${id}$`) })
      .waitFor({ timeout: 30_000 });
    await app.getByTestId('sub-goals-zone').waitFor({ timeout: 30_000 });
    return { page, app };
  };

  const propose = async (app: FrameLocator, button: string, title: string, level?: string) => {
    await app.getByTestId(button).click();
    const form = app.getByTestId('sub-goal-form');
    await form.getByTestId('sub-goal-title').fill(title);
    if (level) await form.getByTestId('sub-goal-level').selectOption(level);
    await form.getByTestId('sub-goal-submit').click();
    await app.getByTestId('notice').filter({ hasText: title }).waitFor({ timeout: 20_000 });
  };

  const proposalOf = (app: FrameLocator, title: string) => app.getByTestId('proposal').filter({ hasText: title });

  it('4. the member proposes a Self goal under Dashboards 3.0; the lead approves; it is hers at the Self level', async () => {
    const member = await goalPage('member', 'g-dashboards-v3');
    expect(await member.app.getByTestId('add-sub-goal').count()).toBe(0);
    // Dates in the wrong order first: the reason is said beside the dates, in words, with no error code; nothing is sent.
    await member.app.getByTestId('propose-self-goal').click();
    const form = member.app.getByTestId('sub-goal-form');
    await form.getByTestId('sub-goal-title').fill(SELF_TITLE);
    await form.getByLabel('Starts (optional)').fill('2027-02-01');
    await form.getByLabel('Ends (optional)').fill('2027-01-01');
    await form.getByTestId('sub-goal-submit').click();
    await form.locator('.tl-field-error').filter({ hasText: 'The timeframe ends before it starts' }).waitFor({ timeout: 20_000 });
    expect(await form.getByLabel('Ends (optional)').getAttribute('aria-invalid')).toBe('true');
    expect(await form.textContent()).not.toContain('VALIDATION');
    expect(await form.getByRole('alert').count()).toBe(0);
    await form.getByLabel('Starts (optional)').fill('');
    await form.getByLabel('Ends (optional)').fill('');
    await form.getByTestId('sub-goal-submit').click();
    await member.app.getByTestId('notice').filter({ hasText: SELF_TITLE }).waitFor({ timeout: 20_000 });
    const mine = proposalOf(member.app, SELF_TITLE);
    expect(await mine.getAttribute('data-state')).toBe('pending');
    expect(await mine.getByTestId('approve').count()).toBe(0);
    await shot(member.page, 'member-proposed-self');

    const lead = await goalPage('lead', 'g-dashboards-v3');
    const pending = proposalOf(lead.app, SELF_TITLE);
    await pending.getByTestId('approve').click();
    await lead.app.locator('[data-testid="proposal"][data-state="approved"]').filter({ hasText: SELF_TITLE }).waitFor({ timeout: 20_000 });
    await shot(lead.page, 'lead-approved-self');

    // My goals: at the Self level, led and managed by her.
    const { page: my, app: myApp } = await workspace('member', '/mine');
    const row = myApp.getByTestId('my-goal').filter({ hasText: SELF_TITLE });
    await row.waitFor({ timeout: 30_000 });
    expect(await row.getAttribute('data-level')).toBe('self');
    expect(await row.textContent()).toContain('You lead and manage it');
    expect(await myApp.locator('[data-testid="proposal"][data-state="approved"]').filter({ hasText: SELF_TITLE }).count()).toBe(1);
    await shot(my, 'member-my-goals');
    // Her one waiting proposal was approved, so the room line speaks of none waiting; check-ins and values due are a click away.
    expect(await myApp.getByTestId('pending-room').textContent()).toBe('Up to 5 of your proposals may wait for a decision at once.');
    await myApp.getByTestId('due-pointer').getByRole('button', { name: 'Due from you' }).click();
    await myApp.getByTestId('due-page').waitFor({ timeout: 20_000 });

    // Her issue panel on a story under Dashboards 3.0.
    const panelPage = await e2e.open(`/jira/issue/${STORY}`, 'member');
    const panel = e2e.frame(panelPage, PANEL);
    await panel.getByTestId('panel-self-goal').filter({ hasText: SELF_TITLE }).waitFor({ timeout: 30_000 });
    expect(await panel.getByTestId('panel-self-goal').textContent()).toContain('under Dashboards 3.0');
    await e2e.shot(panelPage, 'member-panel-self-goal', { fullPage: false });
    expect(problems).toEqual([]);
  });

  it('5a. the lead proposes two project goals under engineering delivery; the exec declines one with a reason the lead reads', async () => {
    const lead = await goalPage('lead', 'g-engineering-excellence');
    expect(await lead.app.getByTestId('add-sub-goal').count()).toBe(0);
    await propose(lead.app, 'propose-sub-goal', DECLINED, 'project');
    await propose(lead.app, 'propose-sub-goal', APPROVED, 'project');

    const exec = await goalPage('exec', 'g-engineering-excellence');
    const first = proposalOf(exec.app, DECLINED);
    await first.getByTestId('decline').click();
    await first.getByTestId('decline-reason').fill(REASON);
    await first.getByTestId('decline-send').click();
    await exec.app.locator('[data-testid="proposal"][data-state="declined"]').filter({ hasText: DECLINED }).waitFor({ timeout: 20_000 });
    await proposalOf(exec.app, APPROVED).getByTestId('approve').click();
    await exec.app.locator('[data-testid="proposal"][data-state="approved"]').filter({ hasText: APPROVED }).waitFor({ timeout: 20_000 });
    await shot(exec.page, 'exec-decided');

    // The lead reads the reason on My goals and on the goal's page.
    const { page: my, app: myApp } = await workspace('lead', '/mine');
    const declined = myApp.locator('[data-testid="proposal"][data-state="declined"]').filter({ hasText: DECLINED });
    await declined.waitFor({ timeout: 30_000 });
    expect(await declined.getByTestId('proposal-reason').textContent()).toBe(REASON);
    await shot(my, 'lead-my-goals');
    const again = await goalPage('lead', 'g-engineering-excellence');
    expect(await proposalOf(again.app, DECLINED).getByTestId('proposal-reason').textContent()).toBe(REASON);

    // The member, who can see the goal, is not shown the declined proposal.
    const member = await goalPage('member', 'g-engineering-excellence');
    expect(await proposalOf(member.app, DECLINED).count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('5b. the approved one is in the catalog, the Alignment tree and the epic tag picker', async () => {
    const { page, app } = await workspace('lead', '/');
    await app.getByTestId('goal-tree').getByText(APPROVED).first().waitFor({ timeout: 30_000 });

    await app.getByRole('button', { name: 'Alignment' }).click();
    await app.getByRole('tree', { name: 'Alignment tree' }).waitFor({ timeout: 20_000 });
    const rowOf = (title: string) => app.getByRole('treeitem', { name: title, exact: true }).getByTestId('tree-row').first();
    await rowOf(PLATFORM)
      .getByRole('button', { name: `Expand ${PLATFORM}` })
      .click();
    await rowOf(ENGINEERING)
      .getByRole('button', { name: `Expand ${ENGINEERING}` })
      .click();
    await rowOf(APPROVED).waitFor({ timeout: 20_000 });
    await shot(page, 'lead-tree');

    const epic = await e2e.open(`/jira/issue/${untaggedEpic.key}`, 'lead');
    const panel = e2e.frame(epic, PANEL);
    await panel.getByRole('button', { name: 'Tag this epic' }).click({ timeout: 30_000 });
    await panel.getByLabel('Level of this work').selectOption('project');
    // The searchable goal picker: typing the start of the title offers the approved goal.
    const box = panel.getByRole('combobox', { name: 'Goal' });
    await box.pressSequentially(APPROVED.slice(0, 12));
    const options = await panel.locator('#tag-goal-list').getByRole('option').allTextContents();
    expect(options.some((o) => o.includes(APPROVED))).toBe(true);
    expect(problems).toEqual([]);
  });

  it('5c. the lead adds a project goal under the goal he manages, directly, with no approval', async () => {
    const lead = await goalPage('lead', 'g-product-differentiation');
    expect(await lead.app.getByTestId('propose-sub-goal').count()).toBe(0);
    await lead.app.getByTestId('add-sub-goal').click();
    const form = lead.app.getByTestId('sub-goal-form');
    await form.getByTestId('sub-goal-title').fill(DIRECT);
    await form.getByTestId('sub-goal-level').selectOption('project');
    await form.getByTestId('sub-goal-submit').click();
    await lead.app
      .getByTestId('notice')
      .filter({ hasText: `Added “${DIRECT}”` })
      .waitFor({ timeout: 20_000 });
    expect(await lead.app.getByTestId('proposal').filter({ hasText: DIRECT }).count()).toBe(0);
    await shot(lead.page, 'lead-added-directly');

    const { app } = await workspace('exec', '/');
    await app.getByTestId('goal-tree').getByText(DIRECT).first().waitFor({ timeout: 30_000 });
    expect(problems).toEqual([]);
  });
  it('5d. the lead adds a Self goal for the member under Dashboards 3.0: one person leads and manages it', async () => {
    const lead = await goalPage('lead', 'g-dashboards-v3');
    await lead.app.getByTestId('add-sub-goal').click();
    const form = lead.app.getByTestId('sub-goal-form');
    await form.getByTestId('sub-goal-title').fill('Own the chart accessibility review');
    // Only a Self goal may follow a project goal, and a Self goal is one person's: one picker, not a leader and a manager.
    expect(await form.getByTestId('sub-goal-only-level').textContent()).toBe('Level: Self, the only level that can follow “Dashboards 3.0”.');
    expect(await form.getByLabel('Leader').count()).toBe(0);
    expect(await form.getByLabel('Manager').count()).toBe(0);
    // Typed but not chosen from the list: the button waits, and says why.
    await form.getByLabel('Whose goal it is').fill('Sofia');
    expect(await form.getByTestId('sub-goal-submit').isDisabled()).toBe(true);
    await form.getByText('Choose whose goal it is from the list to add it.').waitFor();
    await form.getByRole('option', { name: 'Sofia Lindqvist' }).click();
    await form.getByTestId('sub-goal-submit').click();
    await lead.app.getByTestId('notice').filter({ hasText: 'Added “Own the chart accessibility review”' }).waitFor({ timeout: 20_000 });
    expect(problems).toEqual([]);
  });

  it('5e. the lead takes back a proposal nobody has decided yet', async () => {
    const lead = await goalPage('lead', 'g-engineering-excellence');
    await propose(lead.app, 'propose-sub-goal', 'Rotate the release captain', 'project');
    const item = proposalOf(lead.app, 'Rotate the release captain');
    await item.getByTestId('withdraw').click();
    await item.getByTestId('withdraw-confirm').click();
    await lead.app.getByTestId('notice').filter({ hasText: 'Withdrew “Rotate the release captain”' }).waitFor({ timeout: 20_000 });
    await proposalOf(lead.app, 'Rotate the release captain').and(lead.app.locator('[data-state="withdrawn"]')).waitFor({ timeout: 20_000 });
    expect(await proposalOf(lead.app, 'Rotate the release captain').getByTestId('proposal-decision').textContent()).toBe(
      'You withdrew it before anyone decided.',
    );
    expect(problems).toEqual([]);
  });

  it('6. gives the outsider no propose action on goals out of his sight, and answers his forged calls NOT_FOUND', async () => {
    const page = await e2e.open(`${WORKSPACE}/goal/g-atlas-integration`, 'outsider');
    const app = e2e.frame(page, STRATEGY);
    await app.getByTestId('goal-not-found').waitFor({ timeout: 30_000 });
    expect(await app.getByTestId('propose-sub-goal').count()).toBe(0);
    expect(await app.getByTestId('add-sub-goal').count()).toBe(0);
    // Calls made by hand from the workspace frame, through the real bridge: proposing under the restricted goal and
    // under one that does not exist answer alike, and nothing is proposed.
    const forged = (functionKey: string, payload: unknown) =>
      page
        .locator(`iframe[data-module-key="${STRATEGY}"]`)
        .contentFrame()
        .locator('body')
        .evaluate(
          (_b, req) => (window as unknown as { __bridge: { callBridge(c: string, p: unknown): Promise<unknown> } }).__bridge.callBridge('invoke', req),
          { functionKey, payload },
        );
    const input = { title: 'Audit the deal room', description: '', level: 'self', leaderId: null, managerId: null, timeframe: { start: null, end: null } };
    const answer = (out: unknown) => out as { ok: boolean; error?: { code: string; message: string } };
    const hidden = answer(await forged('goals/propose', { parentId: 'g-atlas-integration', input }));
    const missing = answer(await forged('goals/propose', { parentId: 'g-no-such-goal', input }));
    expect(hidden.error?.code).toBe('NOT_FOUND');
    expect(hidden.error).toEqual(missing.error);
    expect(answer(await forged('goals/proposals', { goalId: 'g-atlas-integration' })).error?.code).toBe('NOT_FOUND');
    expect(problems).toEqual([]);
  });
});
