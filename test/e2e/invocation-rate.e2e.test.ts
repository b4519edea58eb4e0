// How many invocations one person's use of each surface makes, counted where the production bundle's bridge sends
// them (the local host's /__forge/invoke), against the platform's limit of 1,200 invocations per user per minute.
// Each surface's load and its main actions are counted once the page has gone quiet; the figures are written to
// test-results/invocations.json for the README's arithmetic. The demo organisation is small, but what a load or a
// click invokes does not grow with the site: lists that can grow are read a page per "Show more" click.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FrameLocator, Page, Request } from 'playwright-core';
import { ROOT } from '../../dev/throughline-host';
import { describeE2E } from './support/session';

/** Forge's per-user limit (FORGE-PLATFORM.md). */
const PER_USER_PER_MINUTE = 1200;
/** Far more than any one load or action should make: a surface that invokes in a loop would pass it. */
const MOST_PER_STEP = 15;
/**
 * How long a page must stay without an invocation under way, after its last one answered, to count as quiet. The
 * bundle's only timer before an invocation is the avatar store's 50 ms gathering; a step's later invocations follow
 * an answer, so they start within milliseconds of it.
 */
const QUIET_MS = 500;
const POLL_MS = 25;

const GROW_ARR = 'Grow annual recurring revenue to $48M';
const PRODUCT = 'Ship the analytics features that set us apart';

interface Step {
  surface: string;
  step: string;
  invocations: number;
  functions: Record<string, number>;
}

describeE2E('invocations per surface and per action', { surfaces: [], timeout: 240_000 }, (e2e) => {
  const steps: Step[] = [];
  let calls: string[] = [];
  /** Requests of the counted pages under way (invocations and everything else), and when one last started or ended. */
  const underWay = new Set<Request>();
  let lastActivity = 0;

  const isInvoke = (r: Request) => r.url().endsWith('/__forge/invoke') && r.method() === 'POST';
  const counted = async (): Promise<Page> => {
    const page = await e2e.newPage();
    page.on('request', (r: Request) => {
      underWay.add(r);
      lastActivity = Date.now();
      if (isInvoke(r)) calls.push(String((JSON.parse(r.postData() ?? '{}') as { functionKey?: unknown }).functionKey ?? '?'));
    });
    const ended = (r: Request) => {
      if (underWay.delete(r)) lastActivity = Date.now();
    };
    page.on('requestfinished', ended);
    page.on('requestfailed', ended);
    return page;
  };

  /**
   * Waits until the page has loaded, no request is under way and none has started or ended for QUIET_MS (30 s at
   * most): Playwright's networkidle, counted from the page's own request events. Playwright's own sometimes never
   * fired in a whole run on a page with nothing under way (the Confluence page, seen twice in four runs).
   */
  const quiet = async (page: Page): Promise<void> => {
    await page.waitForLoadState('load');
    for (const end = Date.now() + 30_000; Date.now() < end;) {
      if (underWay.size === 0 && Date.now() - lastActivity >= QUIET_MS) return;
      await page.waitForTimeout(POLL_MS);
    }
    const invocations = [...underWay].filter(isInvoke).length;
    throw new Error(`the page did not go quiet in 30 s (${underWay.size} requests under way, ${invocations} of them invocations)`);
  };

  const record = async (page: Page, surface: string, step: string, act: () => Promise<unknown>): Promise<void> => {
    calls = [];
    await act();
    await quiet(page);
    const functions: Record<string, number> = {};
    for (const f of calls) functions[f] = (functions[f] ?? 0) + 1;
    steps.push({ surface, step, invocations: calls.length, functions });
  };

  const load = async (surface: string, route: string, as: string, ready: (page: Page) => Promise<unknown>): Promise<Page> => {
    const page = await counted();
    await record(page, surface, 'page load', async () => {
      await page.goto(e2e.url(route, as));
      await ready(page);
    });
    return page;
  };

  const rowOf = (app: FrameLocator, title: string) => app.getByRole('treeitem', { name: title, exact: true }).getByTestId('tree-row').first();
  const workspace = (page: Page) => e2e.frame(page, 'throughline-strategy');

  it('counts each surface load and its main actions', async () => {
    await load('Strategy workspace, Goals', '/jira/apps/throughline', 'exec', (p) =>
      workspace(p).getByRole('button', { name: 'Scorecards', exact: true }).waitFor(),
    );

    const alignment = await load('Alignment tab', '/jira/apps/throughline/alignment', 'exec', (p) =>
      workspace(p).getByRole('tree', { name: 'Alignment tree' }).waitFor({ timeout: 20_000 }),
    );
    const tree = workspace(alignment);
    await record(alignment, 'Alignment tab', `expand one goal`, () =>
      rowOf(tree, GROW_ARR)
        .getByRole('button', { name: `Expand ${GROW_ARR}` })
        .click(),
    );
    await record(alignment, 'Alignment tab', 'Expand all (its first page)', async () => {
      await rowOf(tree, PRODUCT)
        .getByRole('button', { name: `Expand all under ${PRODUCT}` })
        .click();
      await rowOf(tree, 'Scheduled report delivery').waitFor({ timeout: 20_000 });
    });

    await load('Gaps tab', '/jira/apps/throughline/gaps', 'exec', (p) => workspace(p).getByRole('heading').first().waitFor());
    await load('Scorecards tab', '/jira/apps/throughline/scorecards', 'exec', (p) => workspace(p).getByRole('heading').first().waitFor());
    await load('Goal page', '/jira/apps/throughline/goal/g-grow-arr', 'exec', (p) => workspace(p).getByRole('heading', { level: 1 }).first().waitFor());
    await load('My goals', '/jira/apps/throughline/mine', 'lead', (p) => workspace(p).getByRole('heading').first().waitFor());
    await load('Due from you', '/jira/apps/throughline/due', 'member', (p) => workspace(p).getByRole('heading').first().waitFor());
    await load('Issue panel', '/jira/issue/INS-43', 'member', (p) => e2e.frame(p, 'throughline-goal-panel').locator('body').waitFor());
    await load('Project page', '/jira/project/INS', 'lead', (p) => e2e.frame(p, 'throughline-project-page').locator('body').waitFor());
    await load('Confluence page with both macros', '/confluence/page/1001', 'exec', (p) => p.locator('iframe').first().waitFor());

    const worst = steps.reduce((a, b) => (b.invocations > a.invocations ? b : a));
    mkdirSync(path.join(ROOT, 'test-results'), { recursive: true });
    writeFileSync(
      path.join(ROOT, 'test-results', 'invocations.json'),
      JSON.stringify(
        { perUserPerMinute: PER_USER_PER_MINUTE, worst: { surface: worst.surface, step: worst.step, invocations: worst.invocations }, steps },
        null,
        2,
      ),
    );
    for (const s of steps)
      console.log(
        `${s.surface} — ${s.step}: ${s.invocations} (${Object.entries(s.functions)
          .map(([f, n]) => `${f} ×${n}`)
          .join(', ')})`,
      );

    for (const s of steps) expect({ ...s, functions: undefined, withinBound: s.invocations <= MOST_PER_STEP }).toMatchObject({ withinBound: true });
    // A deep link shows its own tab straight away: the Goals tab (and its catalog call) is not mounted first.
    for (const surface of ['Gaps tab', 'My goals', 'Due from you', 'Alignment tab'])
      expect({ surface, catalog: steps.find((s) => s.surface === surface && s.step === 'page load')?.functions['catalog/list'] ?? 0 }).toEqual({
        surface,
        catalog: 0,
      });
    // A person who did the heaviest step once a second, all minute long, would still be far under the limit.
    expect(worst.invocations * 60).toBeLessThan(PER_USER_PER_MINUTE);
    expect(e2e.problems).toEqual([]);
  });
});
