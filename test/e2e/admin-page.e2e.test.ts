// The admin page end to end: the production bundle with the unmodified @forge/bridge, inside the local host's
// Jira settings page, in headless Chromium. Persona switching, dark theme, and a console free of errors.
import type { FrameLocator, Page } from 'playwright-core';
import { describeE2E } from './support/session';

const ADMIN = '/jira/settings/apps/throughline';

describeE2E('admin page in Chromium', { surfaces: ['admin'], shots: 'admin', requestFailed: true }, (e2e) => {
  let page: Page;
  const { problems, persona } = e2e;
  const app = (): FrameLocator => e2e.frame(page, 'throughline-admin');
  const waitForYou = (name: string) => app().locator('[data-testid="status-you"]', { hasText: name }).waitFor({ timeout: 20_000 });

  it('shows the status as the exec, with Jira and storage reachable', async () => {
    const exec = persona('exec');
    page = await e2e.open(ADMIN, 'exec');
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

  it('follows the persona switcher', async () => {
    const outsider = persona('outsider');
    page = await e2e.open(ADMIN, 'exec');
    await waitForYou(persona('exec').displayName);
    await Promise.all([page.waitForURL(/as=outsider/), page.selectOption('[data-testid="persona-switcher"]', 'outsider')]);
    await waitForYou(outsider.displayName);
    expect(await page.locator('[data-testid="persona-switcher"]').inputValue()).toBe('outsider');
    expect(problems).toEqual([]);
  });

  it('offers to save the editor groups only once they changed', async () => {
    page = await e2e.open(ADMIN, 'exec');
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
    page = await e2e.open(ADMIN, 'exec');
    await waitForYou(persona('exec').displayName);
    const section = app().locator('section[aria-labelledby="editors-heading"]');
    await section.getByRole('textbox').fill('strategy-ofice');
    await section.getByRole('button', { name: 'Add group' }).click();
    await section.getByRole('button', { name: 'Save', exact: true }).click();
    await section.getByText(/Jira has no group called “strategy-ofice”/).waitFor({ timeout: 15_000 });
    expect(await section.getByTestId('groups-unsaved').count()).toBe(1);
    // The refusal is expected: only the console is checked, not the failed call.
    expect(problems.filter((p) => !/VALIDATION|400|group/i.test(p))).toEqual([]);
  });

  it('themes the app dark with the design tokens', async () => {
    page = await e2e.open(ADMIN, 'exec', 'dark');
    await waitForYou(persona('exec').displayName);
    await app().locator('html[data-color-mode="dark"]').waitFor({ timeout: 10_000 });
    const frame = page.frames().find((f) => f.url().includes('/__forge/resource/admin/'));
    const surface = await frame?.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--ds-surface').trim());
    expect(surface).toBeTruthy();
    expect(surface?.toLowerCase()).not.toBe('#ffffff');
    await e2e.shot(page, 'exec-dark');
    expect(problems).toEqual([]);
  });
});
