// The bridge host against the unmodified @forge/bridge, command by command, through a probe resource mounted
// as an issue panel, a global page and a Confluence macro: context, invoke, fetchProduct, theming, history,
// events, flags, modals, macro config submit, navigation, and the refusal of unknown commands.
import { rmSync } from 'node:fs';
import type { FrameLocator, Page } from 'playwright-core';
import { startHost } from '../../dev/throughline-host';
import { DEMO_TODAY } from '../support/demo-day';
import type { Persona } from './support/host';
import { buildProbe, probeManifest } from './support/probe';
import { describeE2E } from './support/session';

let dir: string;
const startProbeHost = async () => {
  dir = await buildProbe();
  return startHost({ port: 0, inMemory: true, today: DEMO_TODAY, manifest: probeManifest(dir) });
};

// The issue panel's tests share one page (a page load is the dearest thing a browser test does), so pages stay open
// over the suite; each test still answers for the problems reported while it ran.
describeE2E('bridge host commands in Chromium', { startHost: startProbeHost, scope: 'suite' }, (e2e) => {
  const { problems } = e2e;
  let member: Persona;
  let issueKey: string;
  let otherKey: string;
  /** The member's issue page, in the dark theme, which the first test checks; the others do not depend on it. */
  let issuePage: Page | undefined;
  const onIssue = async (): Promise<Page> => (issuePage ??= await e2e.open(`/jira/issue/${issueKey}`, 'member', 'dark'));
  beforeEach(() => {
    problems.length = 0;
  });

  const text = (f: FrameLocator, id: string): Promise<string> =>
    f
      .locator(`[data-testid="${id}"]`)
      .textContent({ timeout: 15_000 })
      .then((t) => t ?? '');
  const json = async (f: FrameLocator, id: string): Promise<Record<string, unknown>> => JSON.parse(await text(f, id)) as Record<string, unknown>;

  beforeAll(() => {
    member = e2e.persona('member');
    const jira = e2e.host.forge.jira;
    const visible = jira.state.issues.filter((i) => jira.can(member.accountId, 'BROWSE_PROJECTS', i.projectId));
    issueKey = visible[0]?.key ?? '';
    otherKey = visible[1]?.key ?? '';
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('answers context, invoke, fetchProduct and theming in an issue panel, and refuses unknown commands', async () => {
    const page = await onIssue();
    const panel = e2e.frame(page, 'probe-panel');
    await panel.locator('[data-testid="ready"]').waitFor({ timeout: 20_000 });
    const ctx = await json(panel, 'context');
    expect(ctx).toMatchObject({ accountId: member.accountId, moduleKey: 'probe-panel', locale: 'en-US', siteUrl: e2e.host.url, theme: { colorMode: 'dark' } });
    expect(ctx.extension).toMatchObject({ type: 'jira:issuePanel', issue: { key: issueKey } });
    expect(await text(panel, 'invoke')).toBe(member.displayName);
    expect(await json(panel, 'fetch')).toEqual({ status: 200, accountId: member.accountId });
    expect(await text(panel, 'unknown')).toContain('noSuchCommand');
    expect(await text(panel, 'submit-outside-config')).toContain('not submittable');
    await panel.locator('html[data-color-mode="dark"]').waitFor();
    expect(problems).toEqual([]);
  });

  it('follows the page’s theme when it changes, with no document loading again', async () => {
    const page = await e2e.open(`/jira/issue/${issueKey}`, 'member');
    const panel = e2e.frame(page, 'probe-panel');
    await panel.locator('[data-testid="ready"]').waitFor({ timeout: 20_000 });
    let loads = 0;
    page.on('request', (r) => void (r.resourceType() === 'document' && loads++));
    const tokens = () =>
      panel.locator('html').evaluate(async (html) => ({
        mode: html.getAttribute('data-color-mode'),
        text: getComputedStyle(html).getPropertyValue('--ds-text').trim(),
        surface: getComputedStyle(html).getPropertyValue('--ds-surface').trim(),
        context: (
          (await (window as unknown as { __bridge: { callBridge(c: string): Promise<unknown> } }).__bridge.callBridge('getContext')) as { theme: unknown }
        ).theme,
      }));
    const light = await tokens();
    expect(light).toMatchObject({ mode: 'light', context: { colorMode: 'light' } });
    expect(light.text).not.toBe('');

    await page.evaluate(() =>
      (window as unknown as { __FORGE_LOCAL_HOST_PAGE__: { setTheme(m: string): Promise<void> } }).__FORGE_LOCAL_HOST_PAGE__.setTheme('dark'),
    );
    const dark = await tokens();
    expect(dark).toMatchObject({ mode: 'dark', context: { colorMode: 'dark' } });
    expect(dark.text).not.toBe(light.text);
    expect(dark.surface).not.toBe(light.surface);
    expect(await page.locator('html').getAttribute('data-color-mode')).toBe('dark');
    expect(new URL(page.url()).searchParams.get('theme')).toBe('dark');
    expect(await page.getByTestId('theme-switch').textContent()).toBe('☀ Light theme');
    // A dialog opened now, and the page after a reload, are dark too.
    await panel.locator('[data-testid="open-modal"]').click();
    const modal = page.frameLocator('iframe[data-role="modal"]');
    expect(await json(modal, 'context')).toMatchObject({ theme: { colorMode: 'dark' } });
    await modal.locator('html[data-color-mode="dark"]').waitFor();
    await modal.locator('[data-testid="close-modal"]').click();
    expect(loads).toBe(1); // the dialog's own document, and nothing else
    await page.reload();
    await panel.locator('[data-testid="ready"]').waitFor({ timeout: 20_000 });
    expect(await tokens()).toEqual(dark);

    // The chrome's theme switch goes back, live as well.
    loads = 0;
    await page.getByTestId('theme-switch').click();
    await page.waitForURL((u) => !u.searchParams.has('theme'));
    expect(await tokens()).toEqual(light);
    expect(loads).toBe(0);
    expect(problems).toEqual([]);
  });

  it('relays events, shows flags with actions, and opens and closes modals', async () => {
    const page = await onIssue();
    const panel = e2e.frame(page, 'probe-panel');
    await panel.locator('[data-testid="ready"]').waitFor({ timeout: 20_000 });
    await panel.locator('[data-testid="emit-event"]').click();
    expect(await json(panel, 'event')).toEqual({ from: 'probe-panel' });
    await panel.locator('[data-testid="show-flag"]').click();
    const flag = page.locator('[data-flag-id="probe-flag"]');
    await flag.waitFor();
    expect(await flag.textContent()).toContain('Saved');
    await flag.getByText('Undo').click();
    expect(await text(panel, 'flag-action')).toBe('undo');
    await panel.locator('[data-testid="open-modal"]').click();
    const modal = page.frameLocator('iframe[data-role="modal"]');
    expect(await json(modal, 'modal-context')).toEqual({ hello: 'modal' });
    await modal.locator('[data-testid="close-modal"]').click();
    expect(await json(panel, 'modal-result')).toEqual({ answer: 42 });
    expect(await page.locator('iframe[data-role="modal"]').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('navigates the top window to a target', async () => {
    // Last on the shared page: it leaves for another issue.
    const page = await onIssue();
    await page.evaluate((key) => document.body.setAttribute('data-navigate-to', key), otherKey);
    const panel = e2e.frame(page, 'probe-panel');
    await panel.locator('[data-testid="ready"]').waitFor({ timeout: 20_000 });
    await panel.locator('body').evaluate((b, key) => b.setAttribute('data-navigate-to', key), otherKey);
    await Promise.all([page.waitForURL(new RegExp(`/jira/issue/${otherKey}\\?as=member`)), panel.locator('[data-testid="navigate"]').click()]);
    await e2e.release(page);
  });

  it('mirrors createHistory routes into the global page URL', async () => {
    const page = await e2e.open('/jira/apps/throughline', 'member');
    const app = e2e.frame(page, 'probe-global');
    await app.locator('[data-testid="ready"]').waitFor({ timeout: 20_000 });
    expect(await text(app, 'route')).toBe('/');
    await app.locator('[data-testid="push-route"]').click();
    await page.waitForURL(/\/jira\/apps\/throughline\/goals\/1\?as=member/);
    expect(await text(app, 'route')).toBe('/goals/1');
    await page.reload();
    await app.locator('[data-testid="ready"]').waitFor({ timeout: 20_000 });
    expect(await text(app, 'route')).toBe('/goals/1');
    await e2e.release(page);
  });

  it('saves a macro config submitted from the config modal and re-renders the macro with it', async () => {
    const page = await e2e.open('/confluence/page/1001?mode=edit', 'member');
    const macro = e2e.frame(page, 'probe-macro');
    await macro.locator('[data-testid="ready"]').waitFor({ timeout: 20_000 });
    expect(await text(macro, 'config')).toBe('null');
    await page.locator('[data-testid="configure-probe-macro"]').click();
    const config = page.frameLocator('iframe[data-role="macro-config"]');
    expect(await text(config, 'config-current')).toBe('null');
    await config.locator('[data-testid="save-config"]').click();
    await page.locator('iframe[data-role="macro-config"]').waitFor({ state: 'detached' });
    await macro.locator('[data-testid="config"]', { hasText: 'depth' }).waitFor({ timeout: 15_000 });
    expect(await json(macro, 'config')).toEqual({ depth: 3 });
    await page.goto(e2e.url('/confluence/page/1001', 'member'));
    expect(await json(macro, 'config')).toEqual({ depth: 3 });
    await e2e.release(page);
    expect(problems).toEqual([]);
  });
});
