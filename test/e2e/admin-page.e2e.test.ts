// The admin page end to end: the production bundle with the unmodified @forge/bridge, inside the local host's
// Jira settings page, in headless Chromium. Persona switching, dark theme, and a console free of errors.
// The exec's tests read one page: the editor groups are left as each test found them or do not matter to the next,
// dark is the live theme switch a user makes, and the persona switch (a load of its own) comes last.
import type { FrameLocator, Page } from 'playwright-core';
import { describeE2E } from './support/session';

const ADMIN = '/jira/settings/apps/throughline';

/** Switches the page's colour mode live, as a user does in the product: every frame follows, nothing loads again. */

describeE2E('admin page in Chromium', { surfaces: ['admin'], shots: 'admin', requestFailed: true, scope: 'suite' }, (e2e) => {
  let shown: Page | undefined;
  const { problems, persona } = e2e;
  const app = (): FrameLocator => {
    if (!shown) throw new Error('no admin page open yet');
    return e2e.frame(shown, 'throughline-admin');
  };
  const waitForYou = (name: string) => app().locator('[data-testid="status-you"]', { hasText: name }).waitFor({ timeout: 20_000 });

  /** The exec's admin page, opened by the first test that needs it (inside the test, so its load's errors count there). */
  const execPage = async (): Promise<Page> => (shown ??= await e2e.open(ADMIN, 'exec'));
  // The suite keeps its page from test to test; each test still answers only for what the page reported during it.
  beforeEach(() => {
    problems.length = 0;
  });

  it('shows the status as the exec, with Jira and storage reachable', async () => {
    const exec = persona('exec');
    const page = await execPage();
    await waitForYou(exec.displayName);
    for (const card of ['probe-jira', 'probe-storage']) {
      const text = (await app().locator(`[data-testid="${card}"]`).textContent()) ?? '';
      expect(text).toContain('Reachable');
      expect(text).not.toContain('Not reachable');
    }
    const box = await app().owner().boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(400);
    await e2e.shot(page, 'exec');
    expect(problems).toEqual([]);
  });

  it('offers to save the editor groups only once they changed', async () => {
    await execPage();
    await waitForYou(persona('exec').displayName);
    const section = app().locator('section[aria-labelledby="editors-heading"]');
    const save = section.getByRole('button', { name: 'Save', exact: true });
    expect(await save.isDisabled()).toBe(true);
    await section.getByRole('textbox').fill('northwind-staff');
    await section.getByRole('button', { name: 'Add group' }).click();
    expect(await save.isEnabled()).toBe(true);
    expect(await section.getByTestId('groups-unsaved').textContent()).toContain('Unsaved changes');
    await section.getByRole('button', { name: 'Remove northwind-staff' }).click();
    expect(await save.isDisabled()).toBe(true);
    expect(await section.getByTestId('groups-unsaved').count()).toBe(0);
    expect(problems).toEqual([]);
  });

  it('refuses a group Jira does not have, and says which', async () => {
    await execPage();
    await waitForYou(persona('exec').displayName);
    const section = app().locator('section[aria-labelledby="editors-heading"]');
    // The test before left the groups as it found them: nothing unsaved.
    expect(await section.getByTestId('groups-unsaved').count()).toBe(0);
    await section.getByRole('textbox').fill('strategy-ofice');
    await section.getByRole('button', { name: 'Add group' }).click();
    await section.getByRole('button', { name: 'Save', exact: true }).click();
    await section.getByText(/Jira has no group called “strategy-ofice”/).waitFor({ timeout: 15_000 });
    expect(await section.getByTestId('groups-unsaved').count()).toBe(1);
    // The refusal is expected: only the console is checked, not the failed call.
    expect(problems.filter((p) => !/VALIDATION|400|group/i.test(p))).toEqual([]);
  });

  it('themes the app dark with the design tokens', async () => {
    const page = await execPage();
    await e2e.theme(page, 'dark');
    await waitForYou(persona('exec').displayName);
    await app().locator('html[data-color-mode="dark"]').waitFor({ timeout: 10_000 });
    const frame = page.frames().find((f) => f.url().includes('/__forge/resource/admin/'));
    const surface = await frame?.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ds-surface').trim());
    expect(surface).toBeTruthy();
    expect(surface?.toLowerCase()).not.toBe('#ffffff');
    await e2e.shot(page, 'exec-dark');
    expect(problems).toEqual([]);
  });

  // Last: switching persona loads the page again as the outsider.
  it('follows the persona switcher', async () => {
    const outsider = persona('outsider');
    const page = await execPage();
    await e2e.theme(page, 'light');
    await waitForYou(persona('exec').displayName);
    await Promise.all([page.waitForURL(/as=outsider/), page.selectOption('[data-testid="persona-switcher"]', 'outsider')]);
    await waitForYou(outsider.displayName);
    expect(await page.locator('[data-testid="persona-switcher"]').inputValue()).toBe('outsider');
    expect(problems).toEqual([]);
  });
});
