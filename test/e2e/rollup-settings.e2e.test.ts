// The progress rule on the admin page, in Chromium: a Jira admin picks another rule and it is saved; someone
// who is not a Jira admin sees the active rule but cannot change it.
import type { Page } from 'playwright-core';
import { describeE2E } from './support/session';

const ADMIN = '/jira/settings/apps/throughline';

describeE2E('the progress rule on the admin page', { surfaces: ['admin'] }, (e2e) => {
  let page: Page;
  const section = () => e2e.frame(page, 'throughline-admin').locator('[data-testid="progress-rule"]');
  /** What storage holds now: the settings entity once saved, the seeded legacy key before. */
  const storedRule = () => {
    const data = e2e.host.forge.kvs.snapshot();
    const item = data.entities.settings?.settings?.value as { record?: { progressRule?: string } } | undefined;
    return (item?.record ?? (data.keys.settings?.value as { progressRule?: string } | undefined))?.progressRule;
  };

  it('lets the exec switch to story points, and the choice sticks', async () => {
    page = await e2e.open(ADMIN, 'exec');
    await section()
      .getByLabel(/Story points done/)
      .check({ timeout: 20_000 });
    await section().getByRole('button', { name: 'Save' }).click();
    await section().getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(storedRule()).toBe('story-points');
    await page.reload();
    expect(
      await section()
        .getByLabel(/Story points done/)
        .isChecked({ timeout: 20_000 }),
    ).toBe(true);
    expect(await section().textContent()).toContain('(active)');
  });

  it('shows the lead the active rule without letting him change it', async () => {
    page = await e2e.open(ADMIN, 'lead');
    await section().getByText('Only Jira admins can change this.').waitFor({ timeout: 20_000 });
    expect(
      await section()
        .getByLabel(/Issues done/)
        .isDisabled(),
    ).toBe(true);
  });
});
