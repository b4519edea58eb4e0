// The issue panel on an untagged epic (persona walkthrough): the outsider on DOCS-1, who may not edit it, is told so
// and whom to ask, never that they "can see this epic's goal"; the lead's "Tag this epic" form is inset from the
// panel's edge like the rest of the panel, and finds a goal below the level chosen by its name.
import { describeE2E } from './support/session';

const PANEL = 'throughline-goal-panel';

describeE2E('the issue panel on an untagged epic', { surfaces: ['issue-panel'], timeout: 90_000, shots: 'panel-untagged' }, (e2e) => {
  it('tells the outsider on DOCS-1 what is true for them', async () => {
    const page = await e2e.open('/jira/issue/DOCS-1', 'outsider');
    const panel = e2e.frame(page, PANEL);
    await panel.getByText('Not aligned to any goal').waitFor({ timeout: 30_000 });
    const text = (await panel.locator('body').textContent()) ?? '';
    expect(text).toContain('You cannot tag it yourself: that needs permission to edit this epic.');
    expect(text).not.toContain('You can see this epic’s goal');
    expect(await panel.getByRole('button', { name: 'Tag this epic' }).count()).toBe(0);
    await e2e.shot(page, 'outsider-docs-1', { fullPage: false });
    expect(e2e.problems).toEqual([]);
  });

  it('insets the lead’s “Tag this epic” form from the panel’s edge', async () => {
    const page = await e2e.open('/jira/issue/INS-42', 'lead');
    const panel = e2e.frame(page, PANEL);
    await panel.getByRole('button', { name: 'Tag this epic' }).first().click({ timeout: 30_000 });
    const form = panel.locator('form').filter({ hasText: 'Which goal does INS-42 serve?' });
    await form.waitFor({ timeout: 20_000 });
    const padding = await form.evaluate((f) => ['paddingLeft', 'paddingRight', 'paddingTop'].map((k) => parseFloat(getComputedStyle(f)[k as 'paddingLeft'])));
    for (const p of padding) expect(p).toBeGreaterThanOrEqual(8);
    await e2e.shot(page, 'lead-tag-form', { fullPage: false });

    // A goal below the level chosen is not offered; typing its name says why, and one click picks it at its level.
    await form.getByLabel('Level of this work').selectOption('functional');
    await form.getByRole('combobox', { name: 'Goal' }).fill('Dash');
    await form.getByText('“Dashboards 3.0” is a Project goal, below the level of this work (Functional team).').waitFor();
    await form.getByTestId('tag-goal-outside').click();
    expect(await form.getByLabel('Level of this work').inputValue()).toBe('project');
    await form.getByText('Dashboards 3.0').first().waitFor();
    expect(await form.getByRole('button', { name: 'Save' }).isEnabled()).toBe(true);
    await e2e.shot(page, 'lead-tag-form-below', { fullPage: false });
    expect(e2e.problems).toEqual([]);
  });
});
