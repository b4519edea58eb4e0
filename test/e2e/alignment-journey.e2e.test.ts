// The alignment journey end to end, in headless Chromium with the production bundles: the exec creates a goal
// under a strategy goal, the lead tags an epic with it from the issue panel, a member sees the chain on a story
// of that epic, and the outsider's forged request for the same story gets NOT_FOUND with no goal data.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { buildDemoOrganisation, ISSUE_TYPES } from '../../dev/demo';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { ROOT } from '../../dev/runtime/manifest';
import { describeWithChromium, launchChromium } from './support/chromium';
import { ensureBuilt, getJson, personas, startTestHost, type Host, type Persona } from './support/host';

const GROW_ARR = 'Grow annual recurring revenue to $48M';
const NEW_GOAL = 'Self-serve analytics onboarding';
const SHOTS = path.join(ROOT, 'test-results');

const demo = buildDemoOrganisation();
const epic = demo.jira.issues.find((i) => i.issueTypeId === ISSUE_TYPES.epic.id && i.key.startsWith('INS-') && i.properties[EPIC_TAG_PROPERTY] === undefined)!;
const story = demo.jira.issues.find((i) => i.parentId === epic.id && i.issueTypeId !== ISSUE_TYPES.subtask.id)!;

describeWithChromium('the alignment journey in Chromium', (executablePath) => {
  jest.setTimeout(120_000);
  let host: Host;
  let browser: Browser;
  let people: Record<string, Persona>;
  const errors: string[] = [];

  const open = async (url: string, frame: string): Promise<{ page: Page; app: FrameLocator }> => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.url}${url}`);
    return { page, app: page.frameLocator(frame) };
  };
  const shot = async (page: Page, name: string) => {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `journey-${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    expect(epic).toBeDefined();
    expect(story).toBeDefined();
    ensureBuilt('global', 'issue-panel');
    host = await startTestHost();
    people = await personas(host);
    browser = await launchChromium(executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('carries a new goal from the catalog, through an epic tag, to the chain a member sees', async () => {
    // 1. The exec creates a project-level goal under a strategy goal.
    const strategy = await open('/jira/apps/throughline?as=exec', 'iframe[data-module-key="throughline-strategy"]');
    await strategy.app.getByTestId('goal-tree').waitFor({ timeout: 20_000 });
    await strategy.app.getByRole('button', { name: 'New goal' }).first().click();
    const form = strategy.app.getByTestId('goal-form');
    await form.getByLabel('Title (required)').fill(NEW_GOAL);
    await form.getByLabel('Level').selectOption('project');
    await form.getByLabel('Parent goal').selectOption({ label: `${GROW_ARR} (Strategy)` });
    await form.getByLabel('Status').selectOption('active');
    await form.getByRole('button', { name: 'Create goal' }).click();
    await strategy.app.getByTestId('notice').filter({ hasText: `Created “${NEW_GOAL}”` }).waitFor();
    await strategy.page.close();

    // 2. The lead tags an untagged epic of the project they lead, from its issue panel.
    const lead = await open(`/jira/issue/${epic.key}?as=lead`, 'iframe[data-module-key="throughline-goal-panel"]');
    await lead.app.getByRole('button', { name: 'Tag this epic' }).click();
    await lead.app.getByLabel('Level of this work').selectOption('project');
    await lead.app.getByLabel('Goal').selectOption({ label: NEW_GOAL });
    await lead.app.getByRole('button', { name: 'Save' }).click();
    await lead.app.getByTestId('panel-headline').filter({ hasText: NEW_GOAL }).waitFor();
    await shot(lead.page, 'lead-tagged');
    await lead.page.close();

    // 3. A member opens a story of that epic and sees the chain up to the strategy goal.
    const member = await open(`/jira/issue/${story.key}?as=member`, 'iframe[data-module-key="throughline-goal-panel"]');
    const headline = member.app.getByTestId('panel-headline');
    await headline.waitFor();
    expect(await headline.textContent()).toBe(`Serves the strategy goal ${GROW_ARR} through ${NEW_GOAL}`);
    const chain = await member.app.getByTestId('chain-goal').allTextContents();
    expect(chain[0]).toContain(GROW_ARR);
    expect(chain[chain.length - 1]).toContain(NEW_GOAL);
    await shot(member.page, 'member-sees-chain');
    await member.page.close();
    expect(errors).toEqual([]);
  });

  it('answers the outsider’s forged request for that story with NOT_FOUND and no goal data', async () => {
    const { status, body } = await getJson<{ ok: boolean; error?: { code: string } }>(host, '/__forge/invoke', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        moduleKey: 'throughline-goal-panel',
        functionKey: 'panel/context',
        payload: { issue: story.key },
        extension: { issue: { key: story.key } },
        accountId: people.outsider!.accountId,
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
