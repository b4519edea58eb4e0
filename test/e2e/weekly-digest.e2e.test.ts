// Reminders end to end (issue 14's second "Done when"), in headless Chromium with the production bundle: the exec
// turns the weekly reminders on in the app's settings; running the digest job on the host leaves one mail for the
// lead on the host's "Sent mail" page, listing his items and nothing about drafts; a second run in the same week
// sends nothing more.
import { describeE2E } from './support/session';

const ADMIN = '/jira/settings/apps/throughline';
const JOB = 'throughline-weekly-digest';

describeE2E('weekly reminders', { surfaces: ['admin'], timeout: 120_000, shots: 'digest', scope: 'suite' }, (e2e) => {
  const runJob = async () => {
    const res = await fetch(`${e2e.host.url}/__forge/scheduled/${JOB}`, { method: 'POST' });
    expect(res.status).toBe(200);
    return (await res.json()) as { result: { body: string } };
  };

  it('lets the exec turn them on; the job mails the lead once a week, listing his items', async () => {
    const page = await e2e.open(ADMIN, 'exec');
    const section = e2e.frame(page, 'throughline-admin').getByTestId('weekly-digest');
    const box = section.getByRole('checkbox', { name: /Send the weekly reminder mail/ });
    await box.waitFor({ timeout: 30_000 });
    expect(await box.isChecked()).toBe(false);
    await box.check();
    await section.getByRole('button', { name: 'Save', exact: true }).click();
    await section.getByRole('status').filter({ hasText: 'Saved' }).waitFor({ timeout: 20_000 });
    await e2e.shot(page, 'exec-settings');

    expect(JSON.parse((await runJob()).result.body)).toMatchObject({ enabled: true });
    const mail = await e2e.open('/jira/sent-mail', 'exec');
    const lead = e2e.persona('lead');
    const forLead = mail.locator(`[data-testid="mail"][data-to~="${lead.accountId}"]`);
    expect(await forLead.count()).toBe(1);
    expect(await forLead.getByTestId('mail-subject').textContent()).toBe('Throughline: 6 things due from you, 2 overdue');
    expect(await forLead.getByTestId('mail-to').textContent()).toBe(lead.displayName);
    const body = (await forLead.getByTestId('mail-body').textContent()) ?? '';
    expect(body).toContain('Triage on “Dashboards 3.0”');
    expect(body).not.toMatch(/draft/i);
    await e2e.shot(mail, 'sent-mail');
    const all = await mail.getByTestId('mail').count();

    expect(JSON.parse((await runJob()).result.body)).toMatchObject({ sent: 0 });
    await mail.reload();
    expect(await mail.getByTestId('mail').count()).toBe(all);
    expect(e2e.problems).toEqual([]);
  });
});
