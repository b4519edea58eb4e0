// The alignment journey end to end, in headless Chromium with the production bundles: the exec creates a goal
// under a strategy goal, the lead tags an epic with it from the issue panel, a member sees the chain on a story
// of that epic, and the outsider's forged request for the same story gets NOT_FOUND with no goal data.
import type { FrameLocator, Page } from 'playwright-core';
import { buildDemoOrganisation, ISSUE_TYPES } from '../../dev/demo';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { getJson } from './support/host';
import { pickGoal } from './support/pick-goal';
import { describeE2E } from './support/session';

const GROW_ARR = 'Grow annual recurring revenue to $48M';
const NEW_GOAL = 'Self-serve analytics onboarding';

const demo = buildDemoOrganisation();
const epic = demo.jira.issues.find((i) => i.issueTypeId === ISSUE_TYPES.epic.id && i.key.startsWith('INS-') && i.properties[EPIC_TAG_PROPERTY] === undefined)!;
const story = demo.jira.issues.find((i) => i.parentId === epic.id && i.issueTypeId !== ISSUE_TYPES.subtask.id)!;

describeE2E('the alignment journey in Chromium', { surfaces: ['global', 'issue-panel'], timeout: 120_000, shots: 'journey' }, (e2e) => {
  const { problems, shot } = e2e;

  const open = async (route: string, as: string, moduleKey: string): Promise<{ page: Page; app: FrameLocator }> => {
    const page = await e2e.open(route, as);
    return { page, app: e2e.frame(page, moduleKey) };
  };

  beforeAll(() => {
    expect(epic).toBeDefined();
    expect(story).toBeDefined();
  });

  it('carries a new goal from the catalog, through an epic tag, to the chain a member sees', async () => {
    // 1. The exec creates a project-level goal under a strategy goal.
    const strategy = await open('/jira/apps/throughline', 'exec', 'throughline-strategy');
    await strategy.app.getByTestId('goal-tree').waitFor({ timeout: 20_000 });
    await strategy.app.getByRole('button', { name: 'New goal' }).first().click();
    const form = strategy.app.getByTestId('goal-form');
    await form.getByLabel('Title (required)').fill(NEW_GOAL);
    await form.getByLabel('Level').selectOption('project');
    await form.getByLabel('Parent goal').selectOption({ label: `${GROW_ARR} (Strategy)` });
    await form.getByLabel('Status').selectOption('active');
    await form.getByRole('button', { name: 'Create goal' }).click();
    await strategy.app
      .getByTestId('notice')
      .filter({ hasText: `Created “${NEW_GOAL}”` })
      .waitFor();
    await e2e.release(strategy.page);

    // 2. The lead tags an untagged epic of the project they lead, from its issue panel.
    const lead = await open(`/jira/issue/${epic.key}`, 'lead', 'throughline-goal-panel');
    // Untagged, it says so in the words of the project page and the Gaps tab; its project's goal is only context.
    const noGoal = lead.app.getByTestId('panel-no-goal');
    await noGoal.waitFor({ timeout: 20_000 });
    expect(await noGoal.textContent()).toContain('Work without direction This epic has no goal');
    expect(await noGoal.textContent()).toContain('It only borrows its project’s goal');
    expect(await lead.app.getByTestId('panel-headline').count()).toBe(0);
    await lead.app.getByRole('button', { name: 'Tag this epic' }).click();
    await lead.app.getByLabel('Level of this work').selectOption('project');
    await pickGoal(lead.app, 'tag-goal', NEW_GOAL);
    await lead.app.getByRole('button', { name: 'Save' }).click();
    await lead.app.getByTestId('panel-headline').filter({ hasText: NEW_GOAL }).waitFor();
    await shot(lead.page, 'lead-tagged');
    await e2e.release(lead.page);

    // 3. A member opens a story of that epic and sees the chain up to the strategy goal.
    const member = await open(`/jira/issue/${story.key}`, 'member', 'throughline-goal-panel');
    const headline = member.app.getByTestId('panel-headline');
    await headline.waitFor();
    expect(await headline.textContent()).toBe(`Serves the strategy goal ${GROW_ARR} through ${NEW_GOAL}`);
    const chain = await member.app.getByTestId('chain-goal').allTextContents();
    expect(chain[0]).toContain(GROW_ARR);
    expect(chain[chain.length - 1]).toContain(NEW_GOAL);
    // Each goal carries its KPI health in words and an icon, with the counts and the day in its tooltip.
    const arrHealth = member.app.getByTestId('chain-goal').first().getByTestId('health-marker');
    expect(await arrHealth.getAttribute('data-state')).toBe('at-risk');
    expect(await arrHealth.textContent()).toMatch(/^▲KPIs at risk: 0 of 1 KPI on track, 1 at risk · as of /);
    // The host runs on the demo day (DEMO_TODAY, 2026-11-28), whatever the real date is.
    expect(await arrHealth.getAttribute('title')).toBe('0 of 1 KPI on track, 1 at risk · as of 28 Nov 2026');
    await shot(member.page, 'member-sees-chain');
    await e2e.release(member.page);
    expect(problems).toEqual([]);
  });

  it('answers the outsider’s forged request for that story with NOT_FOUND and no goal data', async () => {
    const { status, body } = await getJson<{ ok: boolean; error?: { code: string } }>(e2e.host, '/__forge/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        moduleKey: 'throughline-goal-panel',
        functionKey: 'panel/context',
        payload: { issue: story.key },
        extension: { issue: { key: story.key } },
        accountId: e2e.persona('outsider').accountId,
      }),
    });
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const text = JSON.stringify(body);
    expect(text).not.toContain(NEW_GOAL);
    expect(text).not.toContain(GROW_ARR);
    expect(text).not.toContain(story.summary);
  });
});
