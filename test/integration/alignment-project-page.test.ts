// The project alignment page through its real resolver: the chain up to strategy, epics grouped by goal with
// progress, untagged epics tagged in one click (as the user: Jira decides who may), and the project's gaps.
import { ISSUE_TYPES, LEAD_PROJECT } from '../../dev/demo';
import type { TaggedFromProject } from '../../src/shared/api/project-page';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { levelRank } from '../../src/shared/levels';
import { demoForge, type DemoForge } from '../support/local-forge';
import { expectedTotals, projectIdsOf, projectPage } from './alignment-fixture';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const epicsOf = (key: string, tagged: boolean) =>
  t.forge.jira.state.issues.filter(
    (i) => i.issueTypeId === ISSUE_TYPES.epic.id && i.key.startsWith(`${key}-`) && (i.properties[EPIC_TAG_PROPERTY] !== undefined) === tagged,
  );

describe('the project page', () => {
  it('shows the lead their project’s chain up to strategy, epics by goal with progress, and the untagged epics', async () => {
    const out = await projectPage(t, 'lead', LEAD_PROJECT);
    expect(out.ok).toBe(true);
    const view = out.data!;
    expect(view.project).toMatchObject({ key: 'INS', name: 'Insights App' });
    expect(view.chain.map((l) => l.kind === 'goal' && l.id)).toEqual(['g-product-differentiation', 'g-grow-arr']);
    expect(view.reachesStrategy).toBe(true);
    expect(view.alignment).toMatchObject({ level: 'functional', leader: { displayName: 'Tom Becker' } });
    expect(view.untagged.map((e) => e.key).sort()).toEqual(
      epicsOf('INS', false)
        .map((e) => e.key)
        .sort(),
    );
    expect(view.groups.flatMap((g) => g.epics.map((e) => e.key)).sort()).toEqual(
      epicsOf('INS', true)
        .map((e) => e.key)
        .sort(),
    );
    const dashboards = view.groups.find((g) => g.goalId === 'g-dashboards-v3')!;
    expect(dashboards.goal).toMatchObject({ title: 'Dashboards 3.0', level: 'project' });
    expect(dashboards.totals).toMatchObject(expectedTotals(t, ['g-dashboards-v3'], projectIdsOf(t, ['INS'])));
    expect(view.canTag).toBe(true);
    expect(view.tagLevel).toBe('functional');
    // Every live goal, top level first: a project aligned at the functional level still runs project-level work.
    expect(view.tagGoals.map((g) => g.id)).toEqual(expect.arrayContaining(['g-product-differentiation', 'g-dashboards-v3']));
    expect(view.tagGoals.map((g) => g.level)).toEqual([...view.tagGoals.map((g) => g.level)].sort((a, b) => levelRank(a) - levelRank(b)));
    expect(view.gaps.filter((g) => g.kind === 'epic-untagged')).toHaveLength(view.untagged.length);
  });

  it('tags an epic with a goal below the project’s level at the goal’s level, as the issue panel would', async () => {
    const epic = epicsOf('INS', false)[0]!;
    const out = await projectPage(t, 'lead', 'INS', 'project-page/tag-epic', { issue: epic.key, goalId: 'g-dashboards-v3' });
    expect(out.ok).toBe(true);
    const view = (out.data as unknown as TaggedFromProject).view!;
    expect(view.groups.find((g) => g.goalId === 'g-dashboards-v3')!.epics.map((e) => e.key)).toContain(epic.key);
    expect(t.forge.jira.state.issues.find((i) => i.id === epic.id)!.properties[EPIC_TAG_PROPERTY]).toEqual({ goalId: 'g-dashboards-v3', level: 'project' });
  });

  it('lets the lead tag an untagged epic with the project’s goal in one call; the gap disappears', async () => {
    const epic = epicsOf('INS', false)[0]!;
    const out = await projectPage(t, 'lead', 'INS', 'project-page/tag-epic', { issue: epic.key, goalId: 'g-product-differentiation' });
    expect(out.ok).toBe(true);
    const view = (out.data as unknown as TaggedFromProject).view!;
    expect(view.untagged.map((e) => e.key)).not.toContain(epic.key);
    expect(view.gaps.map((g) => g.id)).not.toContain(`epic-untagged:${epic.id}`);
    expect(view.groups.find((g) => g.goalId === 'g-product-differentiation')!.epics.map((e) => e.key)).toContain(epic.key);
    expect(t.forge.jira.state.issues.find((i) => i.id === epic.id)!.properties[EPIC_TAG_PROPERTY]).toEqual({
      goalId: 'g-product-differentiation',
      level: 'functional',
    });
  });

  it('answers success when the tag is written but reading the page again fails, and the tag is there', async () => {
    const [first, second] = epicsOf('INS', false);
    // A clean tag shows which Jira call writes the property; Jira then goes down right after that call.
    const before = t.forge.jira.log.count();
    await projectPage(t, 'lead', 'INS', 'project-page/tag-epic', { issue: first!.key, goalId: 'g-product-differentiation' });
    const write = t.forge.jira.log
      .entries()
      .slice(before)
      .findIndex((e) => e.method === 'PUT' && e.path.endsWith(`/properties/${EPIC_TAG_PROPERTY}`));
    expect(write).toBeGreaterThanOrEqual(0);
    t.forge.jira.setFaults({ downFrom: write + 2 });
    const out = await projectPage(t, 'lead', 'INS', 'project-page/tag-epic', { issue: second!.key, goalId: 'g-product-differentiation' });
    t.forge.jira.setFaults({});
    expect(out).toEqual({ ok: true, data: { view: null } });
    expect(t.forge.jira.state.issues.find((i) => i.id === second!.id)!.properties[EPIC_TAG_PROPERTY]).toMatchObject({ goalId: 'g-product-differentiation' });
  });

  it('tells a reader who may not edit the project’s issues that they cannot tag, and Jira refuses if they try', async () => {
    const view = (await projectPage(t, 'lead', 'SALES')).data!;
    expect(view.canTag).toBe(false);
    const epic = epicsOf('SALES', false)[0]!;
    const out = await projectPage(t, 'lead', 'SALES', 'project-page/tag-epic', { issue: epic.key, goalId: 'g-lead-qualification' });
    expect(out).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(t.forge.jira.state.issues.find((i) => i.id === epic.id)!.properties[EPIC_TAG_PROPERTY]).toBeUndefined();
  });

  it('refuses to tag, from one project’s page, an epic of another project', async () => {
    const epic = epicsOf('PLAT', false)[0]!;
    const out = await projectPage(t, 'lead', 'INS', 'project-page/tag-epic', { issue: epic.key, goalId: 'g-product-differentiation' });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(t.forge.jira.state.issues.find((i) => i.id === epic.id)!.properties[EPIC_TAG_PROPERTY]).toBeUndefined();
  });

  it('refuses an archived or unknown goal with VALIDATION', async () => {
    const epic = epicsOf('INS', false)[0]!;
    const out = await projectPage(t, 'lead', 'INS', 'project-page/tag-epic', { issue: epic.key, goalId: 'g-nope' });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses a request naming another project than the page it comes from', async () => {
    const out = await t.as('lead', {
      moduleKey: 'throughline-project-page',
      functionKey: 'project-page/view',
      payload: { project: 'PLAT' },
      extension: { project: { key: 'INS' } },
    });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers NOT_FOUND to the outsider on a project they cannot browse, with nothing of it', async () => {
    const out = await projectPage(t, 'outsider', 'INS');
    expect(out).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(out)).not.toContain('Insights App');
  });

  it('shows an untagged project as serving no goal, its epics as work without direction', async () => {
    const view = (await projectPage(t, 'outsider', 'DOCS')).data!;
    expect(view.alignment).toBeNull();
    expect(view.chain).toEqual([]);
    expect(view.canTag).toBe(false);
    expect(view.gaps.map((g) => g.kind).sort()).toEqual(['epic-untagged', 'project-untagged']);
    expect(view.tagLevel).toBe('project');
  });

  it('offers the project’s settings only to who may administer it, and only while it serves no goal', async () => {
    expect((await projectPage(t, 'outsider', 'DOCS')).data!.canAlign).toBe(false);
    expect((await projectPage(t, 'exec', 'DOCS')).data!.canAlign).toBe(true);
    expect((await projectPage(t, 'exec', 'INS')).data!.canAlign).toBe(false);
  });
});
