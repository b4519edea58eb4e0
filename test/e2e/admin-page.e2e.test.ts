// The admin page end to end: the production bundle with the unmodified @forge/bridge, inside the local host's
// Jira settings page, in headless Chromium. Persona switching, dark theme, and a console free of errors.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, ConsoleMessage, FrameLocator, Page } from 'playwright-core';
import { ROOT } from '../../dev/runtime/manifest';
import { describeWithChromium, launchChromium } from './support/chromium';
import { ensureBuilt, personas, startTestHost, type Host, type Persona } from './support/host';

const ADMIN = '/jira/settings/apps/throughline';
const FRAME = 'iframe[data-module-key="throughline-admin"]';
/** Messages that say nothing about the app (none so far; add a pattern with a reason when needed). */
const HARMLESS: RegExp[] = [];

describeWithChromium('admin page in Chromium', (executablePath) => {
  jest.setTimeout(90_000);
  let host: Host;
  let browser: Browser;
  let people: Record<string, Persona>;
  let page: Page;
  const problems: string[] = [];

  const persona = (id: string): Persona => {
    const p = people[id];
    if (!p) throw new Error(`no persona ${id}`);
    return p;
  };
  const app = (): FrameLocator => page.frameLocator(FRAME);
  const waitForYou = (name: string) => app().locator('[data-testid="status-you"]', { hasText: name }).waitFor({ timeout: 20_000 });

  beforeAll(async () => {
    ensureBuilt('admin');
    host = await startTestHost();
    people = await personas(host);
    browser = await launchChromium(executablePath);
  });
  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  beforeEach(async () => {
    problems.length = 0;
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (m: ConsoleMessage) => {
      if (m.type() === 'error' && !HARMLESS.some((re) => re.test(m.text()))) problems.push(`console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  });
  afterEach(async () => {
    await page.close();
  });

  it('shows the status as the exec, with Jira and storage reachable', async () => {
    const exec = persona('exec');
    await page.goto(`${host.url}${ADMIN}?as=exec`);
    await waitForYou(exec.displayName);
    for (const card of ['probe-jira', 'probe-storage']) {
      const text = (await app().locator(`[data-testid="${card}"]`).textContent()) ?? '';
      expect(text).toContain('Reachable');
      expect(text).not.toContain('Not reachable');
    }
    const box = await page.locator(FRAME).boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(400);
    mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'admin-exec.png'), fullPage: true });
    expect(problems).toEqual([]);
  });

  it('follows the persona switcher', async () => {
    const outsider = persona('outsider');
    await page.goto(`${host.url}${ADMIN}?as=exec`);
    await waitForYou(persona('exec').displayName);
    await Promise.all([page.waitForURL(/as=outsider/), page.selectOption('[data-testid="persona-switcher"]', 'outsider')]);
    await waitForYou(outsider.displayName);
    expect(await page.locator('[data-testid="persona-switcher"]').inputValue()).toBe('outsider');
    expect(problems).toEqual([]);
  });

  it('themes the app dark with the design tokens', async () => {
    await page.goto(`${host.url}${ADMIN}?as=exec&theme=dark`);
    await waitForYou(persona('exec').displayName);
    await app().locator('html[data-color-mode="dark"]').waitFor({ timeout: 10_000 });
    const frame = page.frames().find((f) => f.url().includes('/__forge/resource/admin/'));
    const surface = await frame?.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ds-surface').trim());
    expect(surface).toBeTruthy();
    expect(surface?.toLowerCase()).not.toBe('#ffffff');
    await page.screenshot({ path: path.join(ROOT, 'test-results', 'admin-exec-dark.png'), fullPage: true });
    expect(problems).toEqual([]);
  });
});
