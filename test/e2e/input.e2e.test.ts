// Input from the work end to end, in headless Chromium with the production bundles, as the demo personas: the
// member says what should change from a story under Dashboards 3.0 and the panel says who will read it; the lead
// (its manager) reads it on the goal's page with her name and the issue as a link, answers, and the member reads
// the answer on the panel; the lead checks in and the check-in takes it. The outsider gets no input action on goals
// out of his sight, and the member cannot read others' input on goals she neither leads nor manages.
import type { FrameLocator, Page } from 'playwright-core';
import { describeE2E } from './support/session';

const PANEL = 'throughline-goal-panel';
const STRATEGY = 'throughline-strategy';
const STORY = 'INS-3';
const GOAL = 'g-dashboards-v3';
const goalUrl = (id: string) => `/jira/apps/throughline/goal/${id}`;
const SAID = 'The migration checklist takes longer than the migration itself. Could we script the three manual steps?';
const ANSWER = 'Yes: we script them this sprint, and the checklist shrinks to one page.';

describeE2E('input from the work', { surfaces: ['issue-panel', 'global'], timeout: 180_000, shots: 'input', scope: 'suite' }, (e2e) => {
  const { problems } = e2e;
  // Pages stay open (scope 'suite') so the lead's goal page serves 2 and 3; each test answers for its own steps.
  beforeEach(() => {
    problems.length = 0;
  });
  let lead: { page: Page; app: FrameLocator } | undefined;

  const shot = (page: Page, name: string) => e2e.shotWhole(page, name);

  const goalPage = async (as: string, id = GOAL) => {
    const page = await e2e.open(goalUrl(id), as);
    const app = e2e.frame(page, STRATEGY);
    return { page, app };
  };

  it('1. lets the member say what should change from a story, and says who will read it', async () => {
    const page = await e2e.open(`/jira/issue/${STORY}`, 'member');
    const panel = e2e.frame(page, PANEL);
    const dashboards = panel.getByTestId('chain-goal').filter({ hasText: 'Dashboards 3.0' });
    await dashboards.getByTestId('say-something').click({ timeout: 30_000 });
    const form = panel.getByTestId('input-form');
    // Written before choosing what kind it is: Send says why it waits; Cancel and opening again lose nothing.
    await form.getByTestId('input-text').fill(SAID);
    expect(await form.getByRole('button', { name: 'Send' }).isDisabled()).toBe(true);
    expect(await form.getByTestId('input-send-hint').textContent()).toBe('Choose “What’s working” or “What should change” above to send it.');
    await form.getByRole('button', { name: 'Cancel' }).click();
    await dashboards.getByRole('button', { name: 'Go on with what you were writing' }).click();
    expect(await form.getByTestId('input-text').inputValue()).toBe(SAID);
    await form.getByLabel('What should change').check();
    expect(await form.getByTestId('input-send-hint').textContent()).toBe('');
    expect(await form.getByText(`${SAID.length} / 1,000 characters`).count()).toBe(1);
    expect(await form.getByTestId('input-readers').textContent()).toContain('Tom Becker and Daniel Okafor, who lead and manage Dashboards 3.0, will read this');
    await form.getByRole('button', { name: 'Send' }).click();
    const confirmation = panel.getByTestId('input-confirmation');
    await confirmation.waitFor();
    expect(await confirmation.textContent()).toContain(
      'Sent. Tom Becker and Daniel Okafor, who lead and manage Dashboards 3.0, will read this, with your name.',
    );
    const mine = panel.getByTestId('my-input-item').filter({ hasText: SAID });
    expect(await mine.textContent()).toContain('Waiting for an answer from Tom Becker or Daniel Okafor.');
    await e2e.shot(page, 'member-sent', { fullPage: false });
    expect(problems).toEqual([]);
  });

  it('2. shows the lead the input with the member’s name and its issue; he answers; the member reads the answer', async () => {
    lead = await goalPage('lead');
    const { page, app } = lead;
    const item = app.getByTestId('goal-input-item').filter({ hasText: SAID });
    await item.waitFor({ timeout: 30_000 });
    expect(await item.getByTestId('input-author').textContent()).toBe('Sofia Lindqvist');
    expect(await item.getByTestId('input-issue').textContent()).toBe(STORY);
    await item.getByRole('button', { name: 'Answer', exact: true }).click();
    await item.getByTestId('triage-text').fill(ANSWER);
    await item.getByRole('button', { name: 'Send answer' }).click();
    const answered = app.locator('[data-testid="goal-input-item"][data-state="answered"]').filter({ hasText: SAID });
    await answered.getByTestId('input-reply').filter({ hasText: ANSWER }).waitFor({ timeout: 20_000 });
    await shot(page, 'lead-answered');

    const member = await e2e.open(`/jira/issue/${STORY}`, 'member');
    const panel = e2e.frame(member, PANEL);
    const mine = panel.getByTestId('my-input-item').filter({ hasText: SAID });
    await mine.getByTestId('input-reply').waitFor({ timeout: 30_000 });
    expect(await mine.getByTestId('input-reply').textContent()).toBe(ANSWER);
    expect(await mine.textContent()).toContain('Daniel Okafor answered on');
    await e2e.shot(member, 'member-reads-answer', { fullPage: false });
    expect(problems).toEqual([]);
  });

  it('3. lists the open input in the lead’s check-in, and the saved check-in says it took one; the answered input’s issue is a link to the story', async () => {
    // The lead's goal page of 2, still open: the check-in form reads the open input when it opens (InputPicker).
    if (!lead) throw new Error('2 opens the lead’s goal page');
    const { page, app } = lead;
    await app.getByRole('button', { name: 'Add check-in' }).click({ timeout: 30_000 });
    const picker = app.getByTestId('check-in-input');
    await picker.waitFor({ timeout: 20_000 });
    // The demo's open input: the snap-to-grid request (left 20 days ago) and the anonymous one about sprint reviews.
    const snap = picker.getByRole('checkbox', { name: /Snap-to-grid/ });
    expect(await picker.getByRole('checkbox').count()).toBeGreaterThanOrEqual(2);
    await snap.check();
    // A new check-in starts from the last one's confidence (the demo's last check-in of Dashboards 3.0): saving it
    // unchanged must not quietly lower it to a default.
    const lastWords = (await app.getByTestId('check-in-due').first().textContent()) ?? '';
    const confidence = app.getByTestId('check-in-form').getByLabel('Confidence of reaching the goal');
    const chosen = await confidence.evaluate((el) => (el as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    expect(lastWords.toLowerCase()).toContain(`confidence ${chosen.toLowerCase()}`);
    await app.getByTestId('check-in-form').getByLabel('What worked, what did not').fill('Layout feedback from the team taken up.');
    await app.getByTestId('check-in-form').getByRole('button', { name: 'Add check-in' }).click();
    await app.getByText('Check-in saved.').waitFor({ timeout: 20_000 });
    // The list reloads after the save (it stays open after adding): wait for it, or for the closed list's button.
    const list = app.getByTestId('check-in-list');
    const closed = app.getByRole('button', { name: 'Show check-ins', exact: true });
    await list.or(closed).first().waitFor({ timeout: 20_000 });
    if ((await list.count()) === 0) await closed.click();
    await list.getByText('took 1 piece of input from the work').waitFor({ timeout: 20_000 });
    // The list says what was written in the form's own words.
    await list.getByText('What worked, what did not', { exact: true }).first().waitFor({ timeout: 20_000 });
    const taken = app.locator('[data-testid="goal-input-item"][data-state="taken"]').filter({ hasText: 'Snap-to-grid' });
    expect(await taken.textContent()).toContain('took it into the check-in of');
    await shot(page, 'lead-checked-in');

    // The issue of the input answered in 2 is a link: it opens the story (last, as it leaves the goal's page).
    const answered = app.locator('[data-testid="goal-input-item"][data-state="answered"]').filter({ hasText: SAID });
    await answered.getByTestId('input-issue').click();
    await page.waitForURL((u) => u.pathname === `/jira/issue/${STORY}`, { timeout: 20_000 });
    expect(problems).toEqual([]);
  });

  it('6. gives the outsider no input action on goals out of his sight, and answers his forged calls NOT_FOUND', async () => {
    const page = await e2e.open('/jira/issue/DOCS-1', 'outsider');
    const panel = e2e.frame(page, PANEL);
    await panel.getByText('Not aligned to any goal').waitFor({ timeout: 30_000 });
    expect(await panel.getByTestId('say-something').count()).toBe(0);
    await e2e.shot(page, 'outsider-docs', { fullPage: false });
    // Calls made by hand from his panel, through the real bridge: input on a goal he cannot see, or from an issue
    // he cannot browse, and the restricted goal's input, all answer as if they did not exist.
    const forged = (functionKey: string, payload: unknown) =>
      page
        .locator(`iframe[data-module-key="${PANEL}"]`)
        .contentFrame()
        .locator('body')
        .evaluate(
          (_b, req) => (window as unknown as { __bridge: { callBridge(c: string, p: unknown): Promise<unknown> } }).__bridge.callBridge('invoke', req),
          { functionKey, payload },
        );
    const codeOf = (out: unknown) => (out as { ok: boolean; error?: { code: string } }).error?.code ?? 'ok';
    expect(codeOf(await forged('panel/input-add', { issue: 'DOCS-1', goalId: 'g-atlas-integration', kind: 'change', text: 'x' }))).toBe('NOT_FOUND');
    expect(codeOf(await forged('panel/input-add', { issue: 'DOCS-1', goalId: 'g-no-such-goal', kind: 'change', text: 'x' }))).toBe('NOT_FOUND');
    // A restricted goal's page, input and all, is a goal that does not exist.
    const restricted = await goalPage('outsider', 'g-atlas-integration');
    await restricted.app.getByTestId('goal-not-found').waitFor({ timeout: 30_000 });
    expect(await restricted.app.getByTestId('goal-input').count()).toBe(0);
    expect(problems).toEqual([]);
    // The Insights story is out of his sight: Jira answers 404 with no issue, and shows no panel.
    const ins = await e2e.open(`/jira/issue/${STORY}`, 'outsider');
    await ins.getByText('You do not have permission to view this issue').waitFor({ timeout: 30_000 });
    expect(await ins.locator(`iframe[data-module-key="${PANEL}"]`).count()).toBe(0);
    expect(problems).toEqual(['console: Failed to load resource: the server responded with a status of 404 (Not Found)']);
  });

  it('6. lets the member, who neither leads nor manages Dashboards 3.0, read only the counts and her own input', async () => {
    const { page, app } = await goalPage('member');
    const section = app.getByTestId('goal-input');
    await section.getByTestId('input-counts').waitFor({ timeout: 30_000 });
    expect(await section.getByTestId('input-counts').textContent()).toMatch(/^4 pieces of input/);
    const items = section.getByTestId('goal-input-item');
    expect(await items.count()).toBe(1);
    expect(await items.first().textContent()).toContain(SAID);
    const text = (await section.textContent()) ?? '';
    for (const other of ['Snap-to-grid', 'Sprint reviews', 'Pairing with support', 'Aisha', 'Lucas', 'Kenji']) expect(text).not.toContain(other);
    expect(await section.getByRole('button', { name: 'Answer', exact: true }).count()).toBe(0);
    await shot(page, 'member-goal-page');
    expect(problems).toEqual([]);
  });
});
