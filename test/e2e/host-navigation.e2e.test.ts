// The product's own navigation inside an app's page (the host's history and popstate, as Jira's back button or
// its links within a global page): the app follows to the new route without its page or frame loading again.
// The other end-to-end files move between the workspace's routes this way (e2e.navigate) to spare page loads.
import { describeE2E } from './support/session';

describeE2E('moving inside an app’s page', { surfaces: ['global'] }, (e2e) => {
  it('shows a goal’s page, then Gaps, with no document loaded after the first', async () => {
    const page = await e2e.open('/jira/apps/throughline', 'exec');
    const app = e2e.frame(page, 'throughline-strategy');
    await app.locator('h1, h2').first().waitFor();
    let documents = 0;
    page.on('request', (r) => {
      if (r.resourceType() === 'document') documents++;
    });
    await e2e.navigate(page, '/goal/g-grow-arr');
    await app.getByTestId('goal-id').waitFor();
    expect(await app.getByTestId('goal-id').textContent()).toBe('g-grow-arr');
    expect(new URL(page.url()).pathname).toBe('/jira/apps/throughline/goal/g-grow-arr');
    expect(new URL(page.url()).searchParams.get('as')).toBe('exec');
    await e2e.navigate(page, '/gaps');
    await app.getByTestId('gap').first().waitFor();
    expect(await app.getByTestId('goal-id').count()).toBe(0);
    expect(documents).toBe(0);
    expect(e2e.problems).toEqual([]);
  });

  it('takes a page back blank, as a new page would be, and hands it out again', async () => {
    const page = await e2e.open('/jira/issue/INS-43', 'member');
    await e2e.frame(page, 'throughline-goal-panel').locator('body').waitFor();
    let heard = 0;
    page.on('console', () => heard++);
    await page.setViewportSize({ width: 600, height: 400 });
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    await page.route('**/*', (r) => r.abort());
    await e2e.release(page);

    const again = await e2e.newPage();
    expect(again).toBe(page);
    expect(again.url()).toBe('about:blank');
    expect(again.viewportSize()).toEqual({ width: 1280, height: 900 });
    expect(await again.evaluate(() => [matchMedia('print').matches, matchMedia('(prefers-color-scheme: dark)').matches])).toEqual([false, false]);
    await again.evaluate(() => console.log('after the hand-back'));
    expect(heard).toBe(0);
    // No route left from before: the load goes through, as the persona the URL names.
    await again.goto(e2e.url('/jira/issue/DOCS-1', 'outsider'));
    await e2e.frame(again, 'throughline-goal-panel').getByText('Not aligned to any goal').waitFor({ timeout: 30_000 });
    expect(await again.locator('.host-avatar').getAttribute('title')).toBe('Chris Vale');
    expect(e2e.problems).toEqual([]);
  });

  it('refuses to move a page whose app keeps no route', async () => {
    const page = await e2e.open('/jira/issue/INS-43', 'member');
    await expect(e2e.navigate(page, '/gaps')).rejects.toThrow('no app route');
  });
});
