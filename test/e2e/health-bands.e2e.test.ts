// The default health bands on the admin page, in Chromium: a Jira admin changes them and they are saved; bands
// that make no sense are explained at the field and cannot be saved; someone who is not a Jira admin sees them
// without being able to change them.
import type { Page } from 'playwright-core';
import { describeE2E } from './support/session';

const ADMIN = '/jira/settings/apps/throughline';

describeE2E('the default health bands on the admin page', { surfaces: ['admin'] }, (e2e) => {
  let page: Page;
  const section = () => e2e.frame(page, 'throughline-admin').locator('[data-testid="health-bands"]');
  /** What storage holds now: the settings entity once saved, the seeded legacy key before. */
  const stored = () => {
    const data = e2e.host.forge.kvs.snapshot();
    const item = data.entities.settings?.settings?.value as { record?: { defaultHealthBands?: unknown } } | undefined;
    return (item?.record ?? (data.keys.settings?.value as { defaultHealthBands?: unknown } | undefined))?.defaultHealthBands;
  };

  it('explains bands that make no sense, then saves the exec’s new bands', async () => {
    page = await e2e.open(ADMIN, 'exec');
    const onTrack = section().getByLabel('On track from');
    const atRisk = section().getByLabel('At risk from');
    expect(await onTrack.inputValue({ timeout: 20_000 })).toBe('95');
    expect(await atRisk.inputValue()).toBe('85');
    const save = section().getByRole('button', { name: 'Save' });

    await atRisk.fill('97');
    await section().getByText('Must not be above the on-track band').waitFor();
    expect(await save.isDisabled()).toBe(true);
    await onTrack.fill('120');
    await section().getByText('Enter a number from 1 to 100').waitFor();
    expect(stored()).toEqual({ onTrackPercent: 95, atRiskPercent: 85 });

    await onTrack.fill('90');
    await atRisk.fill('80');
    await save.click();
    await section().getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    expect(stored()).toEqual({ onTrackPercent: 90, atRiskPercent: 80 });
    await page.reload();
    expect(await section().getByLabel('On track from').inputValue({ timeout: 20_000 })).toBe('90');
  });

  it('shows the lead the bands without letting him change them', async () => {
    page = await e2e.open(ADMIN, 'lead');
    await section().getByText('Only Jira admins can change this.').waitFor({ timeout: 20_000 });
    expect(await section().getByLabel('On track from').isDisabled()).toBe(true);
  });
});
