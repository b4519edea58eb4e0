// The project alignment page end to end, in headless Chromium with the production bundle: the lead sees the
// project's chain and progress, fixes an untagged epic in one click, and the gap disappears there and from the
// strategy workspace's Gaps tab; a reader who may not edit sees no tag buttons.
import type { FrameLocator, Page } from 'playwright-core';
import { buildDemoOrganisation, ISSUE_TYPES } from '../../dev/demo';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { describeE2E } from './support/session';

const PRODUCT = 'Ship the analytics features that set us apart';

const demo = buildDemoOrganisation();
const untagged = (key: string) =>
  demo.jira.issues.filter((i) => i.issueTypeId === ISSUE_TYPES.epic.id && i.key.startsWith(`${key}-`) && i.properties[EPIC_TAG_PROPERTY] === undefined);
const epic = untagged('INS')[0]!;

describeE2E('the project alignment page in Chromium', { surfaces: ['project-page', 'global'], timeout: 120_000, shots: 'project-page' }, (e2e) => {
  const { problems, shot } = e2e;

  const open = async (route: string, as: string, moduleKey: string): Promise<{ page: Page; app: FrameLocator }> => {
    const page = await e2e.open(route, as);
    return { page, app: e2e.frame(page, moduleKey) };
  };
  const projectPage = (key: string, persona: string) => open(`/jira/project/${key}`, persona, 'throughline-project-page');

  beforeAll(() => {
    expect(epic).toBeDefined();
  });

  it('lets the lead fix an untagged epic from the project page, and the gap disappears', async () => {
    // Before: the epic is a gap on the strategy workspace's Gaps tab (the page stays open for the check after).
    const gaps = await open('/jira/apps/throughline/gaps', 'lead', 'throughline-strategy');
    await gaps.app.getByTestId('gap-list').waitFor({ timeout: 20_000 });
    expect(await gaps.app.getByTestId('gap-list').getByText(`${epic.key} ${epic.summary}`).count()).toBe(1);

    const { page, app } = await projectPage('INS', 'lead');
    const headline = app.getByTestId('project-headline');
    await headline.waitFor({ timeout: 20_000 });
    expect(await headline.textContent()).toContain('Serves the strategy goal “Grow annual recurring revenue to $48M”.');
    // Its gap count says it counts this project's, not the organisation's as the Gaps tab does.
    expect(await app.getByRole('heading', { name: /^Gaps in this project \(\d+\)$/ }).count()).toBe(1);
    expect(await app.getByTestId('chain-goal').allTextContents()).toEqual([
      expect.stringContaining('Grow annual recurring revenue'),
      expect.stringContaining(PRODUCT),
    ]);
    const row = app.getByTestId('untagged-epic').filter({ hasText: epic.key });
    await row.getByRole('button', { name: `Tag with “${PRODUCT}”` }).click();
    await app
      .getByTestId('notice')
      .filter({ hasText: `${epic.key} now serves “${PRODUCT}”.` })
      .waitFor();
    expect(await app.getByTestId('untagged-epic').filter({ hasText: epic.key }).count()).toBe(0);
    const group = app.getByTestId('epic-group').filter({ hasText: PRODUCT });
    await group.getByTestId('tagged-epic').filter({ hasText: epic.key }).waitFor();
    await shot(page, 'lead-tagged');
    await e2e.release(page);

    // After: gone from the Gaps tab too. Away to the Goals tab and back mounts the Gaps tab again, which asks the
    // resolver for the gaps afresh (GapsTab's useCall on mount), as a new page would.
    await e2e.navigate(gaps.page, '/');
    await gaps.app.getByTestId('gap-list').waitFor({ state: 'detached' });
    await e2e.navigate(gaps.page, '/gaps');
    await gaps.app.getByTestId('gap-list').waitFor({ timeout: 20_000 });
    expect(await gaps.app.getByTestId('gap-list').getByText(`${epic.key} ${epic.summary}`).count()).toBe(0);
    await e2e.release(gaps.page);
    expect(problems).toEqual([]);
  });

  it('offers no tagging to a reader who may not edit the project’s issues', async () => {
    const { page, app } = await projectPage('SALES', 'lead');
    await app.getByTestId('project-headline').waitFor({ timeout: 20_000 });
    await app.getByTestId('untagged-epic').first().waitFor();
    expect(await app.getByText('Only people who can edit issues in this project can tag its epics.').count()).toBe(1);
    expect(await app.getByRole('button', { name: /^Tag/ }).count()).toBe(0);
    await e2e.release(page);
    expect(problems).toEqual([]);
  });

  it('offers a project’s settings, while it serves no goal, only to who may administer it', async () => {
    const settingsButtons = (app: FrameLocator) => app.getByRole('button', { name: /^Open (project|DOCS) settings$/ });
    const outsider = await projectPage('DOCS', 'outsider');
    await outsider.app.getByTestId('project-gaps').waitFor({ timeout: 20_000 });
    expect(await outsider.app.getByText('Documentation serves no goal yet').count()).toBe(1);
    expect(await settingsButtons(outsider.app).count()).toBe(0);
    await e2e.release(outsider.page);
    const exec = await projectPage('DOCS', 'exec');
    await exec.app.getByTestId('project-gaps').waitFor({ timeout: 20_000 });
    expect(await settingsButtons(exec.app).allTextContents()).toEqual(['Open project settings', 'Open DOCS settings']);
    await e2e.release(exec.page);
    expect(problems).toEqual([]);
  });
});
