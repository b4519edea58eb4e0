// The progress rule on the admin page, in Chromium: a Jira admin picks another rule and it is saved; someone
// who is not a Jira admin sees the active rule but cannot change it.
import type { Browser, Page } from 'playwright-core';
import { describeWithChromium, launchChromium } from './support/chromium';
import { ensureBuilt, startTestHost, type Host } from './support/host';

const ADMIN = '/jira/settings/apps/throughline';
const FRAME = 'iframe[data-module-key="throughline-admin"]';

describeWithChromium('the progress rule on the admin page', (executablePath) => {
  jest.setTimeout(90_000);
  let host: Host;
  let browser: Browser;
  let page: Page;
  const section = () => page.frameLocator(FRAME).locator('[data-testid="progress-rule"]');
  const storedRule = () => (host.forge.kvs.snapshot().keys.settings?.value as { progressRule?: string } | undefined)?.progressRule;

  beforeAll(async () => {
    ensureBuilt('admin');
    host = await startTestHost();
    browser = await launchChromium(executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });
  beforeEach(async () => {
    page = await browser.newPage();
  });
  afterEach(async () => {
    await page.close();
  });

  it('lets the exec switch to story points, and the choice sticks', async () => {
    await page.goto(`${host.url}${ADMIN}?as=exec`);
    await section().getByLabel(/Story points done/).check({ timeout: 20_000 });
    await section().getByRole('button', { name: 'Save' }).click();
    await section().getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(storedRule()).toBe('story-points');
    await page.reload();
    expect(await section().getByLabel(/Story points done/).isChecked({ timeout: 20_000 })).toBe(true);
    expect(await section().textContent()).toContain('(active)');
  });

  it('shows the lead the active rule without letting him change it', async () => {
    await page.goto(`${host.url}${ADMIN}?as=lead`);
    await section().getByText('Only Jira admins can change this.').waitFor({ timeout: 20_000 });
    expect(await section().getByLabel(/Issues done/).isDisabled()).toBe(true);
  });
});
