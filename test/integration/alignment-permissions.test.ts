// Permission-true trees and gaps: each persona's tree holds only the projects and epics that persona may browse,
// and its totals count only those. The outsider's whole tree, every search and the gaps radar reveal nothing of
// the restricted project: no titles, no keys, no ids, no counts.
import { ISSUE_TYPES, RESTRICTED_PROJECT } from '../../dev/demo';
import type { GoalNode } from '../../src/shared/api/alignment';
import { LEVELS } from '../../src/shared/levels';
import { accountOf, demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import { childrenRaw, expectedTotals, gaps, projectIdsOf, projectPage, subtree, tree, walk } from './alignment-fixture';
import { macro } from './subtree-fixture';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const STAFF = ['INS', 'PLAT', 'REL', 'GROW', 'SALES', 'CS', 'DOCS'];
const BROWSES: Record<PersonaId, string[]> = { exec: [...STAFF, 'ATLAS'], lead: STAFF, member: STAFF, outsider: ['DOCS'] };

/** Everything of the restricted project a leak could show: key, name, id, epic and story titles, issue keys and ids. */
const secrets = (t: DemoForge): string[] => {
  const atlas = t.demo.jira.projects.find((p) => p.key === RESTRICTED_PROJECT)!;
  const issues = t.demo.jira.issues.filter((i) => i.projectId === atlas.id);
  // Generic sub-task titles ('Draft', 'Publish') also name work elsewhere: only titles unique to the project count.
  const elsewhere = new Set(t.demo.jira.issues.filter((i) => i.projectId !== atlas.id).map((i) => i.summary));
  const titles = issues.map((i) => i.summary).filter((s) => !elsewhere.has(s));
  return [atlas.key, atlas.name, `"${atlas.id}"`, ...titles, ...issues.map((i) => `${i.key}"`), ...issues.map((i) => `"${i.id}"`)];
};

describe.each(Object.entries(BROWSES) as [PersonaId, string[]][])('the tree of %s', (persona, keys) => {
  it('totals every strategy goal over exactly the projects this persona may browse', async () => {
    const view = await tree(t, persona);
    for (const n of view.nodes as GoalNode[]) {
      expect({ goal: n.goalId, epics: n.totals.epics, counts: n.totals.counts }).toEqual({
        goal: n.goalId,
        ...expectedTotals(t, subtree(t, n.goalId), projectIdsOf(t, keys)),
      });
    }
  });

  it('shows projects only where this persona may browse them, at every level of the tree', async () => {
    const nodes = await walk(t, persona);
    const shown = new Set(nodes.flatMap((n) => (n.kind === 'project' ? [n.key] : [])));
    expect([...shown].every((k) => keys.includes(k))).toBe(true);
    const epicKeys = nodes.flatMap((n) => (n.kind === 'epic' ? [n.key.split('-')[0]] : []));
    expect(epicKeys.every((k) => keys.includes(k!))).toBe(true);
  });
});

describe('what the restricted project shows', () => {
  it('appears in the exec’s tree, so the outsider test below looks for the right things', async () => {
    const text = JSON.stringify(await walk(t, 'exec'));
    expect(text).toContain('Project Atlas');
    expect(text).toContain('Lumen Metrics customer migration plan');
  });

  it.each(['member', 'lead', 'outsider'] as PersonaId[])('nothing of it reaches %s: not in the tree, a search, a level filter or the gaps', async (persona) => {
    const answers: unknown[] = [await walk(t, persona), await gaps(t, persona)];
    for (const search of ['atlas', 'ATLAS', 'Lumen', 'due diligence', 'Project Atlas']) answers.push(await tree(t, persona, { search }));
    for (const level of LEVELS) answers.push(await tree(t, persona, { level }));
    const text = JSON.stringify(answers);
    for (const secret of secrets(t)) expect({ persona, leaked: text.includes(secret) ? secret : null }).toEqual({ persona, leaked: null });
  });

  it('gives the outsider totals equal to what Documentation alone gives', async () => {
    const nodes = (await walk(t, 'outsider')).filter((n): n is GoalNode => n.kind === 'goal');
    const docsOnly = projectIdsOf(t, ['DOCS']);
    for (const n of nodes) {
      expect({ goal: n.goalId, epics: n.totals.epics, counts: n.totals.counts }).toEqual({
        goal: n.goalId,
        ...expectedTotals(t, subtree(t, n.goalId), docsOnly),
      });
    }
    // The goal behind the restricted work is restricted too: the outsider does not get it at all.
    expect(nodes.find((n) => n.goalId === 'g-atlas-integration')).toBeUndefined();
  });

  it('answers the outsider’s forged request for the restricted project’s epics exactly like a project that does not exist', async () => {
    const atlasId = projectIdsOf(t, [RESTRICTED_PROJECT])[0]!;
    const forged = await childrenRaw(t, 'outsider', { kind: 'project', goalId: 'g-atlas-integration', projectId: atlasId });
    const missing = await childrenRaw(t, 'outsider', { kind: 'project', goalId: 'g-atlas-integration', projectId: '99999' });
    expect(forged).toEqual(missing);
    expect(forged).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('keeps the restricted project page closed to the member', async () => {
    const out = await projectPage(t, 'member', RESTRICTED_PROJECT);
    expect(out).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(JSON.stringify(out)).not.toContain('Due diligence data room');
  });

  it('counts none of the restricted epics in the member’s untagged work', async () => {
    const atlasEpic = t.forge.jira.state.issues.find((i) => i.issueTypeId === ISSUE_TYPES.epic.id && i.key.startsWith(`${RESTRICTED_PROJECT}-`))!;
    delete atlasEpic.properties['throughline-alignment'];
    const exec = await gaps(t, 'exec');
    const member = await gaps(t, 'member');
    expect(exec.gaps.some((g) => g.subject.kind === 'epic' && g.subject.key === atlasEpic.key)).toBe(true);
    expect(JSON.stringify(member)).not.toContain(atlasEpic.key);
  });
});

describe('Jira’s answer to the viewer is the only permission filter', () => {
  it('asks which projects the viewer may browse once, as the viewer, and shows a project the moment Jira grants it and not before', async () => {
    const atlas = t.forge.jira.state.projects.find((p) => p.key === RESTRICTED_PROJECT)!;
    const keysShown = async () => new Set((await macro(t, 'member', { depth: 8 })).rows.flatMap((r) => (r.node.kind === 'project' ? [r.node.key] : [])));
    t.forge.jira.log.reset();
    expect(await keysShown()).not.toContain(RESTRICTED_PROJECT);
    const asked = t.forge.jira.log.entries().filter((e) => e.path === '/rest/api/3/permissions/project');
    expect(asked.map((e) => e.actor.kind)).toEqual(['user']);
    // Without the filter the member would see ATLAS already; with it, only once Jira says so.
    atlas.grants.push({ permission: 'BROWSE_PROJECTS', accountId: accountOf('member') });
    expect(await keysShown()).toContain(RESTRICTED_PROJECT);
  });
});
