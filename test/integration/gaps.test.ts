// The gaps radar through the real global page resolver on the demo organisation: the deliberate gaps of the demo
// are found, counted per level, explained, and a gap closes as soon as it is fixed.
import { DRAFT_GOAL, GOAL_WITHOUT_MANAGER, GOAL_WITHOUT_WORK, ISSUE_TYPES, PROCESS_GOAL_KPIS_ONLY, UNALIGNED_PROJECT } from '../../dev/demo';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import type { GoalNode } from '../../src/shared/api/alignment';
import { gaps, walk } from './alignment-fixture';
import type { TreeMacroView } from '../../src/shared/api/macros';
import { MACRO_MODULE } from './subtree-fixture';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const untaggedEpics = (t: DemoForge) =>
  t.forge.jira.state.issues.filter((i) => i.issueTypeId === ISSUE_TYPES.epic.id && i.properties[EPIC_TAG_PROPERTY] === undefined);

describe('goals that skip a level', () => {
  const skipped = async (who: PersonaId) =>
    (await gaps(t, who)).gaps
      .filter((g) => g.kind === 'goal-skips-level')
      .map((g) => g.subject.id)
      .sort();

  it('shows the exec every goal of the demo that sits directly under a strategy goal below the functional level', async () => {
    expect(await skipped('exec')).toEqual(['g-atlas-integration', 'g-cloud-cost', GOAL_WITHOUT_WORK].sort());
    const cloud = (await gaps(t, 'exec')).gaps.find((g) => g.id === 'goal-skips-level:g-cloud-cost');
    expect(cloud).toMatchObject({
      level: 'project',
      why: expect.stringMatching(/^Project goal directly under a strategy goal: no functional team or process goal between/),
      who: 'A strategy editor',
      link: { target: 'goal', goalId: 'g-cloud-cost' },
    });
  });

  it('never shows the restricted acquisition goal’s gap to those it does not admit', async () => {
    expect(await skipped('member')).toEqual(['g-cloud-cost', GOAL_WITHOUT_WORK].sort());
    expect(await skipped('outsider')).not.toContain('g-atlas-integration');
  });

  // The heat map is drawn from the counts: they must not count what the list may not show.
  it('counts it per level and kind for the heat map, only as far as the viewer may see', async () => {
    const cell = async (who: PersonaId) => (await gaps(t, who)).counts.find((c) => c.level === 'project')?.byKind['goal-skips-level'] ?? 0;
    expect(await cell('exec')).toBe(2);
    expect(await cell('member')).toBe(1);
    expect(await cell('outsider')).toBe(1);
  });
});

describe('the gaps radar for the exec', () => {
  it('finds the demo’s deliberate gaps, each with why it matters, who can fix it and where', async () => {
    const view = await gaps(t, 'exec');
    const ids = view.gaps.map((g) => g.id);
    expect(ids).toContain(`goal-no-work:${GOAL_WITHOUT_WORK}`);
    expect(ids).toContain(`goal-missing-roles:${GOAL_WITHOUT_MANAGER}`);
    expect(ids).toContain(`project-untagged:${t.demo.jira.projects.find((p) => p.key === UNALIGNED_PROJECT)!.id}`);
    expect(ids.filter((id) => id.startsWith('epic-untagged:')).sort()).toEqual(
      untaggedEpics(t)
        .map((e) => `epic-untagged:${e.id}`)
        .sort(),
    );
    expect(ids.some((id) => id.endsWith(DRAFT_GOAL))).toBe(false);
    for (const g of view.gaps) {
      expect(g.why).toMatch(/^[A-Z].*\.$/);
      expect(g.who.length).toBeGreaterThan(0);
    }
    expect(view.gaps.find((g) => g.id === `goal-no-work:${GOAL_WITHOUT_WORK}`)).toMatchObject({
      level: 'process',
      link: { target: 'goal', goalId: GOAL_WITHOUT_WORK },
    });
  });

  it('counts gaps per level, from the top, adding up to the list', async () => {
    const view = await gaps(t, 'exec');
    expect(view.counts.reduce((n, c) => n + c.total, 0)).toBe(view.gaps.length);
    const order = ['strategy', 'functional', 'process', 'project', 'self', null];
    expect(view.counts.map((c) => order.indexOf(c.level))).toEqual([...view.counts.map((c) => order.indexOf(c.level))].sort((a, b) => a - b));
    for (const c of view.counts) expect(c.total).toBe(view.gaps.filter((g) => g.level === c.level).length);
    expect(view.asOf).toEqual(expect.any(String));
    expect(view.rule).toBe('issues-done');
  });

  it('links each untagged epic to the issue, and places it at its project’s level', async () => {
    const view = await gaps(t, 'exec');
    const ins = view.gaps.find((g) => g.kind === 'epic-untagged' && g.subject.kind === 'epic' && g.subject.projectKey === 'INS')!;
    expect(ins).toMatchObject({
      level: 'functional',
      link: { target: 'issue', issueKey: expect.stringMatching(/^INS-/) },
      who: 'People who can edit issues in Insights App',
    });
    const docs = view.gaps.find((g) => g.kind === 'epic-untagged' && g.subject.kind === 'epic' && g.subject.projectKey === 'DOCS')!;
    expect(docs.level).toBeNull();
  });
});

describe('closing a gap', () => {
  it('drops an epic from the gaps as soon as the lead tags it', async () => {
    const epic = untaggedEpics(t).find((e) => e.key.startsWith('INS-'))!;
    expect((await gaps(t, 'lead')).gaps.map((g) => g.id)).toContain(`epic-untagged:${epic.id}`);
    const tagged = await t.as('lead', {
      moduleKey: 'throughline-goal-panel',
      functionKey: 'panel/tag-epic',
      payload: { issue: epic.key, goalId: 'g-dashboards-v3', level: 'project' },
      extension: { issue: { key: epic.key } },
    });
    expect(tagged.ok).toBe(true);
    expect((await gaps(t, 'lead')).gaps.map((g) => g.id)).not.toContain(`epic-untagged:${epic.id}`);
  });

  it('drops the goal without work once a project is aligned to it', async () => {
    const docs = t.demo.jira.projects.find((p) => p.key === UNALIGNED_PROJECT)!;
    const saved = await t.as('exec', {
      moduleKey: 'throughline-project-settings',
      functionKey: 'project-tag/save',
      payload: { project: docs.key, level: 'process', goalId: GOAL_WITHOUT_WORK, leaderId: null, managerId: null, expectedVersion: 0 },
      extension: { project: { key: docs.key } },
    });
    expect(saved.ok).toBe(true);
    const ids = (await gaps(t, 'exec')).gaps.map((g) => g.id);
    expect(ids).not.toContain(`goal-no-work:${GOAL_WITHOUT_WORK}`);
    expect(ids).not.toContain(`project-untagged:${docs.id}`);
  });
});

describe('gaps as the outsider sees them', () => {
  it('speaks only of Documentation and the goal catalog', async () => {
    const view = await gaps(t, 'outsider');
    const projects = new Set(
      view.gaps.flatMap((g) => (g.subject.kind === 'project' ? [g.subject.key] : g.subject.kind === 'epic' ? [g.subject.projectKey] : [])),
    );
    expect([...projects]).toEqual(['DOCS']);
  });

  it('does not call goals whose work lies out of their sight plans with no execution: the same plans as the exec', async () => {
    const noWork = (v: Awaited<ReturnType<typeof gaps>>) =>
      v.gaps
        .filter((g) => g.kind === 'goal-no-work')
        .map((g) => g.id)
        .sort();
    const [outsider, member, exec] = await Promise.all([gaps(t, 'outsider'), gaps(t, 'member'), gaps(t, 'exec')]);
    expect(noWork(exec)).toEqual([`goal-no-work:${GOAL_WITHOUT_WORK}`, `goal-no-work:${PROCESS_GOAL_KPIS_ONLY}`].sort());
    expect(noWork(outsider)).toEqual(noWork(exec));
    expect(noWork(member)).toEqual(noWork(exec));
  });
});

// An executive reads the same goal on the radar, in the explorer and in a Confluence macro: each must name the same
// gaps of it, or the macro's "N gaps in this tree" and the radar's count cannot be reconciled.
describe('the tree, the tree macro and the radar name the same gaps of each goal', () => {
  const radarKinds = async (who: PersonaId) => {
    const out = new Map<string, string[]>();
    for (const g of (await gaps(t, who)).gaps) if (g.subject.kind === 'goal') out.set(g.subject.id, [...(out.get(g.subject.id) ?? []), g.kind].sort());
    return out;
  };
  const rowKinds = (nodes: readonly { kind: string }[]) => {
    const out = new Map<string, string[]>();
    for (const n of nodes as GoalNode[]) if (n.kind === 'goal' && n.gaps.length > 0) out.set(n.goalId, [...n.gaps].sort());
    return out;
  };

  it.each(['exec', 'member', 'outsider'] as const)('as %s, with input left unanswered for 14 days among them', async (who) => {
    const radar = await radarKinds(who);
    expect([...radar.values()].flat()).toContain('input-unanswered');
    const tree = rowKinds(await walk(t, who));
    // A goal the tree reaches shows on the radar with the same kinds, and no goal of the radar is missing from the tree.
    expect(Object.fromEntries(tree)).toEqual(Object.fromEntries(radar));
    const config = { depth: 8 };
    const rows = [];
    let waiting = 0;
    for (let cursor: string | null | undefined = undefined, pages = 0; pages === 0 || cursor; pages++) {
      const out = (await t.as(who, { moduleKey: MACRO_MODULE, functionKey: 'macro/alignment-tree', payload: { config, cursor }, extension: { config } })) as {
        data: TreeMacroView;
      };
      rows.push(...out.data.rows);
      waiting += out.data.gaps.byKind['input-unanswered'] ?? 0;
      cursor = out.data.cursor;
      expect(pages).toBeLessThan(20);
    }
    expect(Object.fromEntries(rowKinds(rows.map((r) => r.node)))).toEqual(Object.fromEntries(radar));
    expect(waiting).toBe([...radar.values()].flat().filter((k) => k === 'input-unanswered').length);
  });
});
