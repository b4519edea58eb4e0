// An epic's tag written straight to Jira (as anyone who may edit the epic can) is a claim, not an authorization:
// the member writes the `throughline-alignment` property of an INS epic naming the restricted acquisition goal,
// an ordinary status change recounts the epic, and still nothing shows the member that goal. The same tag written
// through the app by someone the goal admits does count, and then admits whoever may browse the work.
import { demoForge, accountOf, isEpic, isSubtask, type DemoForge, type PersonaId } from '../support/local-forge';
import { storedEpic, storedGoal } from './rollup-oracle';

const GOAL = 'g-atlas-integration';
const TITLE = 'Acquire and integrate Lumen Metrics';
const INS = '10100';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const rest = async (persona: PersonaId, method: string, path: string, body?: unknown): Promise<number> => {
  const res = await t.forge.jira.fetch({ kind: 'user', accountId: accountOf(persona) }, path, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? null : JSON.stringify(body),
  });
  await t.forge.eventsDelivered();
  return res.status;
};

const transition = async (persona: PersonaId, key: string, statusName: string) => {
  const res = await t.forge.jira.fetch({ kind: 'user', accountId: accountOf(persona) }, `/rest/api/3/issue/${key}/transitions`, {
    method: 'GET',
    headers: {},
    body: null,
  });
  const id = ((await res.json()) as { transitions: { id: string; name: string }[] }).transitions.find((x) => x.name === statusName)?.id;
  if (!id) throw new Error(`no transition to ${statusName} on ${key}`);
  return rest(persona, 'POST', `/rest/api/3/issue/${key}/transitions`, { transition: { id } });
};

const mentions = (out: unknown) => {
  const text = JSON.stringify(out);
  return text.includes(GOAL) || text.includes(TITLE);
};

/** An INS epic with a story still to do, and that story. */
const insEpicWithWork = () => {
  const epic = t.issue(
    (i) => isEpic(i) && i.projectId === INS && t.forge.jira.state.issues.some((c) => c.parentId === i.id && !isSubtask(c) && c.statusId === '10010'),
  );
  const story = t.issue((c) => c.parentId === epic.id && !isSubtask(c) && c.statusId === '10010');
  return { epic, story };
};

const READS = [
  { moduleKey: 'throughline-strategy', functionKey: 'catalog/list', payload: {} },
  { moduleKey: 'throughline-strategy', functionKey: 'scorecards/overview', payload: {} },
  { moduleKey: 'throughline-strategy', functionKey: 'alignment/tree', payload: { level: 'project' } },
  { moduleKey: 'throughline-strategy', functionKey: 'gaps/list', payload: {} },
  { moduleKey: 'throughline-alignment-tree', functionKey: 'macro/goal-options', payload: {} },
  { moduleKey: 'throughline-scorecard', functionKey: 'macro/scorecard-options', payload: {} },
  { moduleKey: 'throughline-scorecard', functionKey: 'macro/scorecard', payload: { config: { level: 'project' } } },
];

const panel = (persona: PersonaId, key: string) =>
  t.as(persona, { moduleKey: 'throughline-goal-panel', functionKey: 'panel/context', payload: { issue: key }, extension: { issue: { key } } });

describe('an epic tag naming a restricted goal, written outside the app', () => {
  const forge = async () => {
    const { epic, story } = insEpicWithWork();
    const tag = { goalId: GOAL, level: 'project' };
    expect(await rest('member', 'PUT', `/rest/api/3/issue/${epic.id}/properties/throughline-alignment`, tag)).toBeLessThan(300);
    expect(await transition('member', story.key, 'In Progress')).toBe(204);
    return { epic, story };
  };

  it('is not counted under the goal by the recount', async () => {
    const { epic } = await forge();
    expect(storedEpic(t.forge.kvs, epic.id)!.goalId).not.toBe(GOAL);
    expect(Object.keys(storedGoal(t.forge.kvs, GOAL)?.byProject ?? {})).not.toContain(INS);
  });

  it('shows the member nothing of the goal: not in the lists, the macros, the scorecards or on the issue panel', async () => {
    const { epic, story } = await forge();
    for (const read of READS) {
      const out = await t.as('member', read);
      expect(out.ok).toBe(true);
      expect(mentions(out)).toBe(false);
    }
    for (const key of [epic.key, story.key]) {
      const out = await panel('member', key);
      expect(out.ok).toBe(true);
      expect(mentions(out)).toBe(false);
    }
    expect(await t.as('member', { moduleKey: 'throughline-strategy', functionKey: 'scorecards/goal', payload: { goalId: GOAL } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await t.as('member', { moduleKey: 'throughline-strategy', functionKey: 'scorecards/check-ins', payload: { goalId: GOAL } })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('is not shown on the epic’s own panel, which reads the property before any recount', async () => {
    const { epic } = insEpicWithWork();
    expect(await rest('member', 'PUT', `/rest/api/3/issue/${epic.id}/properties/throughline-alignment`, { goalId: GOAL, level: 'project' })).toBeLessThan(300);
    const out = await panel('member', epic.key);
    expect(out.ok).toBe(true);
    expect(mentions(out)).toBe(false);
  });

  it('is not made true by the hourly reconcile either', async () => {
    const { epic } = await forge();
    await t.forge.runScheduledTrigger('throughline-reconcile-rollups');
    expect(storedEpic(t.forge.kvs, epic.id)!.goalId).not.toBe(GOAL);
    expect(mentions(await t.as('member', READS[0]!))).toBe(false);
  });
});

describe('a tag written outside the app tells nothing of which goal ids exist', () => {
  // Anyone who may edit an epic can write its property with a guessed id (ids are readable slugs): what the member
  // reads afterwards must be the same whether the id names the restricted goal or no goal at all.
  const readsAfterForging = async (goalId: string) => {
    const { epic, story } = insEpicWithWork();
    expect(await rest('member', 'PUT', `/rest/api/3/issue/${epic.id}/properties/throughline-alignment`, { goalId, level: 'project' })).toBeLessThan(300);
    const reads: Array<[string, unknown]> = [['the epic’s panel', await panel('member', epic.key)]];
    expect(await transition('member', story.key, 'In Progress')).toBe(204);
    reads.push(['the epic’s panel after the recount', await panel('member', epic.key)], ['the story’s panel', await panel('member', story.key)]);
    for (const read of READS) reads.push([read.functionKey, await t.as('member', read)]);
    // The roll-ups' computed-at moments differ by the milliseconds between the two runs; nothing else may.
    const same = (out: unknown) =>
      JSON.stringify(out)
        .replaceAll(goalId, '<guess>')
        .replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, '<moment>');
    return reads.map(([name, out]) => ({ name, answer: same(out) }));
  };

  it('answers the member alike for the restricted goal’s id and an id no goal has, on the panels, the lists and the gaps', async () => {
    const hidden = await readsAfterForging(GOAL);
    t = await demoForge();
    const missing = await readsAfterForging('g-nope-nope');
    hidden.forEach((read, i) => expect(read).toEqual(missing[i]));
  });
});

describe('the same tag written through the app by someone the goal admits', () => {
  it('counts under the goal, and admits the member, who may browse the work', async () => {
    const { epic } = insEpicWithWork();
    const out = await t.as('exec', {
      moduleKey: 'throughline-goal-panel',
      functionKey: 'panel/tag-epic',
      payload: { issue: epic.key, goalId: GOAL, level: 'project' },
      extension: { issue: { key: epic.key } },
    });
    expect(out.ok).toBe(true);
    expect(storedEpic(t.forge.kvs, epic.id)!.goalId).toBe(GOAL);
    expect(Object.keys(storedGoal(t.forge.kvs, GOAL)!.byProject)).toContain(INS);
    expect(mentions(await t.as('member', READS[0]!))).toBe(true);
    expect(mentions(await panel('member', epic.key))).toBe(true);
  });
});
