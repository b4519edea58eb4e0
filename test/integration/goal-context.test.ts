// The goal behind an issue, through the real panel resolver on the emulators with the demo organisation.
import { demoForge, hasTag, isEpic, isSubtask, type DemoForge } from '../support/local-forge';
import type { GoalContext } from '../../src/shared/api/panel';

const MODULE = 'throughline-goal-panel';
let t: DemoForge;

const context = async (persona: Parameters<DemoForge['as']>[0], key: string) =>
  t.as(persona, { moduleKey: MODULE, functionKey: 'panel/context', payload: { issue: key }, extension: { issue: { key } } });

beforeAll(async () => {
  t = await demoForge();
});

describe('the goal behind an issue', () => {
  it('shows a story in a tagged epic the chain up to the strategy goal', async () => {
    const epic = t.issue((i) => isEpic(i) && hasTag(i) && i.key.startsWith('INS-'));
    const story = t.issue((i) => i.parentId === epic.id && !isSubtask(i));
    const out = await context('member', story.key);
    expect(out.ok).toBe(true);
    const c = out.data as GoalContext;
    expect(c.source).toBe('epic');
    expect(c.epic?.key).toBe(epic.key);
    expect(c.reachesStrategy).toBe(true);
    expect(c.chain.at(-1)).toMatchObject({ kind: 'goal', level: 'strategy' });
    expect(c.chain[0]).toMatchObject({ kind: 'goal', leader: { displayName: expect.any(String) } });
  });

  it('gives every goal of the chain its stage of the cycle, as the catalog holds it', async () => {
    const epic = t.issue((i) => isEpic(i) && hasTag(i) && i.key.startsWith('INS-'));
    const story = t.issue((i) => i.parentId === epic.id && !isSubtask(i));
    const c = (await context('member', story.key)).data as GoalContext;
    const stages = new Map(t.demo.strategy.goals.map((g) => [g.id, g.stage]));
    const goals = c.chain.filter((l) => l.kind === 'goal');
    expect(goals.length).toBeGreaterThan(1);
    for (const g of goals) expect({ id: g.id, stage: g.stage }).toEqual({ id: g.id, stage: stages.get(g.id) });
  });

  it('stays within one Jira call and three storage reads for a story (the catalog, the records batch, the viewer’s own input)', async () => {
    const epic = t.issue((i) => isEpic(i) && hasTag(i));
    const story = t.issue((i) => i.parentId === epic.id && !isSubtask(i));
    t.forge.jira.log.reset();
    t.forge.kvs.log.reset();
    const out = await context('member', story.key);
    expect(out.ok).toBe(true);
    expect(t.forge.jira.log.count()).toBe(1);
    expect(t.forge.kvs.log.count()).toBeLessThanOrEqual(3);
  });

  it('falls back to the project goal when the epic is untagged, and says so', async () => {
    const epic = t.issue((i) => isEpic(i) && !hasTag(i) && i.key.startsWith('INS-'));
    const story = t.issue((i) => i.parentId === epic.id && !isSubtask(i));
    const c = (await context('member', story.key)).data as GoalContext;
    expect(c.source).toBe('project');
    expect(c.epicTag).toBeNull();
    expect(c.chain.length).toBeGreaterThan(0);
  });

  it('works for a subtask, two steps up', async () => {
    const epic = t.issue(
      (i) =>
        isEpic(i) &&
        hasTag(i) &&
        i.key.startsWith('INS-') &&
        t.forge.jira.state.issues.some((s) => s.parentId === i.id && t.forge.jira.state.issues.some((x) => x.parentId === s.id)),
    );
    const story = t.issue((i) => i.parentId === epic.id && t.forge.jira.state.issues.some((x) => x.parentId === i.id));
    const sub = t.issue((i) => i.parentId === story.id && isSubtask(i));
    const c = (await context('member', sub.key)).data as GoalContext;
    expect(c.issue.isSubtask).toBe(true);
    expect(c.epic?.key).toBe(epic.key);
    expect(c.source).toBe('epic');
  });

  it('says plainly when nothing is aligned (untagged epic in an unaligned project)', async () => {
    const docsEpic = t.issue((i) => isEpic(i) && !hasTag(i) && i.key.startsWith('DOCS-'));
    const c = (await context('outsider', docsEpic.key)).data as GoalContext;
    expect(c).toMatchObject({ source: 'none', chain: [], reachesStrategy: false });
  });

  it('answers NOT_FOUND with no goal data to someone who cannot browse the issue (a forged request)', async () => {
    const epic = t.issue((i) => isEpic(i) && hasTag(i) && i.key.startsWith('INS-'));
    const story = t.issue((i) => i.parentId === epic.id);
    const out = await context('outsider', story.key);
    expect(out).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const text = JSON.stringify(out);
    for (const g of t.demo.strategy.goals) expect(text).not.toContain(g.title);
    expect(text).not.toContain(story.summary);
  });

  it('refuses a payload that names another issue than the panel shows', async () => {
    const out = await t.as('member', { moduleKey: MODULE, functionKey: 'panel/context', payload: { issue: 'INS-1' }, extension: { issue: { key: 'INS-2' } } });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it.each([
    ['a number', { issue: 42 }],
    ['a missing issue', {}],
    ['a script tag', { issue: '<script>alert(1)</script>' }],
    ['path traversal', { issue: '../../myself' }],
    ['an extra field', { issue: 'INS-1', admin: true }],
  ])('refuses %s with VALIDATION', async (_name, payload) => {
    const out = await t.as('member', { moduleKey: MODULE, functionKey: 'panel/context', payload });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('answers UNAUTHENTICATED without a principal', async () => {
    const out = await t.as(null, { moduleKey: MODULE, functionKey: 'panel/context', payload: { issue: 'INS-1' } });
    expect(out).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
