// A verdict says whose KPIs it judges (persona walkthrough): the Scorecards tab's organisation row for a strategy goal
// judges its whole branch, its own card and the Confluence scorecard macro judge its own KPIs, and each says so beside
// the verdict, so "Shift strategy" in one place and "In reach" in another no longer read as a contradiction.
import { describeE2E } from './support/session';

const GROW_ARR = 'g-grow-arr';
const GROW_ARR_TITLE = 'Grow annual recurring revenue to $48M';

describeE2E(
  'whose KPIs a verdict judges',
  { surfaces: ['global', 'scorecard-macro'], viewport: { width: 1440, height: 1000 }, timeout: 90_000, shots: 'diagnosis-scope' },
  (e2e) => {
    it('labels the branch verdict and the goal’s own verdict, in the workspace and in the macro', async () => {
      const page = await e2e.open('/jira/apps/throughline', 'exec');
      const app = e2e.frame(page, 'throughline-strategy');
      await app.getByRole('button', { name: 'Scorecards', exact: true }).click();
      const row = app.getByTestId('organisation-row').filter({ hasText: GROW_ARR_TITLE });
      await row.waitFor({ timeout: 20_000 });
      expect(await row.getByTestId('diagnosis-scope').textContent()).toBe('Whole branch:');
      const card = app.locator(`[data-testid="goal-scorecard"][data-goal="${GROW_ARR}"]`);
      expect(await card.getByTestId('diagnosis-scope').first().textContent()).toBe('Own KPIs:');
      await e2e.shot(app.getByTestId('organisation-scorecard'), 'organisation');

      await page.goto(e2e.url('/confluence/page/1001', 'exec'));
      const macro = e2e.frame(page, 'throughline-scorecard');
      const section = macro.locator(`[data-testid="goal-scorecard"][data-goal="${GROW_ARR}"]`);
      await section.waitFor({ timeout: 30_000 });
      expect(await section.getByTestId('diagnosis-scope').first().textContent()).toBe('Own KPIs:');
      expect(await section.getByTestId('diagnosis-scope').first().getAttribute('title')).toContain('this goal’s own KPIs');
      await e2e.shot(section, 'macro');
      expect(e2e.problems).toEqual([]);
    });
  },
);
