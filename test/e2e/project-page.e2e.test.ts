// The project alignment page end to end, in headless Chromium with the production bundle: the lead sees the
// project's chain and progress, fixes an untagged epic in one click, and the gap disappears there and from the
// strategy workspace's Gaps tab; a reader who may not edit sees no tag buttons.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, FrameLocator, Page } from 'playwright-core';
import { buildDemoOrganisation, ISSUE_TYPES } from '../../dev/demo';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { ROOT } from '../../dev/runtime/manifest';
import { describeWithChromium, launchChromium } from './support/chromium';
import { ensureBuilt, startTestHost, type Host } from './support/host';

const SHOTS = path.join(ROOT, 'test-results');
const PRODUCT = 'Ship the analytics features that set us apart';

const demo = buildDemoOrganisation();
const untagged = (key: string) => demo.jira.issues.filter((i) => i.issueTypeId === ISSUE_TYPES.epic.id && i.key.startsWith(`${key}-`) && i.properties[EPIC_TAG_PROPERTY] === undefined);
const epic = untagged('INS')[0]!;

describeWithChromium('the project alignment page in Chromium', (executablePath) => {
  jest.setTimeout(120_000);
  let host: Host;
  let browser: Browser;
  const errors: string[] = [];

  const open = async (url: string, frame: string): Promise<{ page: Page; app: FrameLocator }> => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${host.url}${url}`);
    return { page, app: page.frameLocator(frame) };
  };
  const projectPage = (key: string, persona: string) => open(`/jira/project/${key}?as=${persona}`, 'iframe[data-module-key="throughline-project-page"]');
  const shot = async (page: Page, name: string) => {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `project-page-${name}.png`), fullPage: true });
  };

  beforeAll(async () => {
    expect(epic).toBeDefined();
    ensureBuilt('project-page', 'global');
    host = await startTestHost();
    browser = await launchChromium(executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('lets the lead fix an untagged epic from the project page, and the gap disappears', async () => {
    // Before: the epic is a gap on the strategy workspace's Gaps tab.
    const before = await open('/jira/apps/throughline/gaps?as=lead', 'iframe[data-module-key="throughline-strategy"]');
    await before.app.getByTestId('gap-list').waitFor({ timeout: 20_000 });
    expect(await before.app.getByTestId('gap-list').getByText(`${epic.key} ${epic.summary}`).count()).toBe(1);
    await before.page.close();

    const { page, app } = await projectPage('INS', 'lead');
    const headline = app.getByTestId('project-headline');
    await headline.waitFor({ timeout: 20_000 });
    expect(await headline.textContent()).toContain('Serves the strategy goal “Grow annual recurring revenue to $48M”.');
    expect(await app.getByTestId('chain-goal').allTextContents()).toEqual([expect.stringContaining('Grow annual recurring revenue'), expect.stringContaining(PRODUCT)]);
    const row = app.getByTestId('untagged-epic').filter({ hasText: epic.key });
    await row.getByRole('button', { name: `Tag with “${PRODUCT}”` }).click();
    await app.getByTestId('notice').filter({ hasText: `${epic.key} now serves “${PRODUCT}”.` }).waitFor();
    expect(await app.getByTestId('untagged-epic').filter({ hasText: epic.key }).count()).toBe(0);
    const group = app.getByTestId('epic-group').filter({ hasText: PRODUCT });
    await group.getByTestId('tagged-epic').filter({ hasText: epic.key }).waitFor();
    await shot(page, 'lead-tagged');
    await page.close();

    // After: gone from the Gaps tab too.
    const after = await open('/jira/apps/throughline/gaps?as=lead', 'iframe[data-module-key="throughline-strategy"]');
    await after.app.getByTestId('gap-list').waitFor({ timeout: 20_000 });
    expect(await after.app.getByTestId('gap-list').getByText(`${epic.key} ${epic.summary}`).count()).toBe(0);
    await after.page.close();
    expect(errors).toEqual([]);
  });

  it('offers no tagging to a reader who may not edit the project’s issues', async () => {
    const { page, app } = await projectPage('SALES', 'lead');
    await app.getByTestId('project-headline').waitFor({ timeout: 20_000 });
    await app.getByTestId('untagged-epic').first().waitFor();
    expect(await app.getByText('Only people who can edit issues in this project can tag its epics.').count()).toBe(1);
    expect(await app.getByRole('button', { name: /^Tag/ }).count()).toBe(0);
    await page.close();
    expect(errors).toEqual([]);
  });
});
