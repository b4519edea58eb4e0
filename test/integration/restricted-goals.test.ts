// Restricted goals through the real resolvers, on the demo organisation: "Acquire and integrate Lumen Metrics" is
// restricted and its work sits in the restricted ATLAS project. People who cannot browse ATLAS (the member, the
// outsider) never get it from any read that lists goals; the exec (an editor and its manager) and the CFO (its
// leader) do.
import { ACCOUNTS } from '../../dev/demo';
import { demoForge, isEpic, type DemoForge } from '../support/local-forge';
import type { Goal } from '../../src/shared/model/goal';

const GOAL = 'g-atlas-integration';
const TITLE = 'Acquire and integrate Lumen Metrics';
const PARENT = 'g-grow-arr';

type Who = 'exec' | 'member' | 'outsider' | 'cfo';

interface Read {
  name: string;
  moduleKey: string;
  functionKey: string;
  payload: unknown;
}

const READS: Read[] = [
  { name: 'the catalog', moduleKey: 'throughline-strategy', functionKey: 'catalog/list', payload: {} },
  { name: 'the tree at the project level', moduleKey: 'throughline-strategy', functionKey: 'alignment/tree', payload: { level: 'project' } },
  { name: 'the tree searched for the goal', moduleKey: 'throughline-strategy', functionKey: 'alignment/tree', payload: { search: 'Lumen' } },
  {
    name: 'the children of its parent',
    moduleKey: 'throughline-strategy',
    functionKey: 'alignment/children',
    payload: { parent: { kind: 'goal', goalId: PARENT } },
  },
  {
    name: 'the subtree of its parent',
    moduleKey: 'throughline-strategy',
    functionKey: 'alignment/subtree',
    payload: { parent: { kind: 'goal', goalId: PARENT }, depth: 3 },
  },
  { name: 'the scorecards', moduleKey: 'throughline-strategy', functionKey: 'scorecards/overview', payload: {} },
  { name: 'the alignment tree macro', moduleKey: 'throughline-alignment-tree', functionKey: 'macro/alignment-tree', payload: { config: {} } },
  { name: 'the alignment tree macro’s goal options', moduleKey: 'throughline-alignment-tree', functionKey: 'macro/goal-options', payload: {} },
  {
    name: 'the scorecard macro at the strategy level',
    moduleKey: 'throughline-scorecard',
    functionKey: 'macro/scorecard',
    payload: { config: { level: 'strategy' } },
  },
  {
    name: 'the scorecard macro at the project level',
    moduleKey: 'throughline-scorecard',
    functionKey: 'macro/scorecard',
    payload: { config: { level: 'project' } },
  },
  { name: 'the scorecard macro’s goal options', moduleKey: 'throughline-scorecard', functionKey: 'macro/scorecard-options', payload: {} },
];

/** Reads where the goal itself (not only its work) is what the exec gets. */
const SHOWS_GOAL_TO_ADMITTED = new Set([
  'the catalog',
  'the tree at the project level',
  'the tree searched for the goal',
  'the children of its parent',
  'the subtree of its parent',
  'the scorecards',
  'the alignment tree macro',
  'the alignment tree macro’s goal options',
  'the scorecard macro at the project level',
  'the scorecard macro’s goal options',
]);

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const as = (who: Who, read: Pick<Read, 'moduleKey' | 'functionKey' | 'payload'>, extension?: Record<string, unknown>) =>
  t.forge.invoke({
    moduleKey: read.moduleKey,
    functionKey: read.functionKey,
    payload: read.payload,
    accountId: ACCOUNTS[who],
    ...(extension ? { extension } : {}),
  }) as Promise<{
    ok: boolean;
    data?: unknown;
    error?: { code: string };
  }>;

const mentions = (out: unknown) => {
  const text = JSON.stringify(out);
  return text.includes(GOAL) || text.includes(TITLE);
};

describe('a restricted goal', () => {
  describe.each<Who>(['member', 'outsider'])('for the %s, who cannot browse its work', (who) => {
    it.each(READS.map((r) => [r.name, r] as const))('is not in %s', async (_name, read) => {
      const out = await as(who, read);
      expect(out.ok).toBe(true);
      expect(mentions(out)).toBe(false);
    });

    it.each<[string, Read]>([
      ['its scorecard', { name: '', moduleKey: 'throughline-strategy', functionKey: 'scorecards/goal', payload: { goalId: GOAL } }],
      [
        'its children in the tree',
        { name: '', moduleKey: 'throughline-strategy', functionKey: 'alignment/children', payload: { parent: { kind: 'goal', goalId: GOAL } } },
      ],
      ['its check-ins', { name: '', moduleKey: 'throughline-strategy', functionKey: 'scorecards/check-ins', payload: { goalId: GOAL } }],
      ['its detail in the catalog', { name: '', moduleKey: 'throughline-strategy', functionKey: 'catalog/get', payload: { id: GOAL } }],
      [
        'the scorecard macro showing it',
        { name: '', moduleKey: 'throughline-scorecard', functionKey: 'macro/scorecard', payload: { config: { goalId: GOAL } } },
      ],
    ])('answers %s as NOT_FOUND', async (_name, read) => {
      expect(await as(who, read)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('is not in the gaps radar', async () => {
      const out = await as(who, { moduleKey: 'throughline-strategy', functionKey: 'gaps/list', payload: {} });
      expect(out.ok).toBe(true);
      expect(mentions(out)).toBe(false);
    });

    it('still shows the rest of the catalog', async () => {
      const out = await as(who, READS[0]!);
      const ids = (out.data as { goals: { id: string }[] }).goals.map((g) => g.id);
      expect(ids).toEqual(t.demo.strategy.goals.map((g) => g.id).filter((id) => id !== GOAL));
    });
  });

  describe.each<Who>(['exec', 'cfo'])('for the %s, whom it admits', (who) => {
    it.each(READS.filter((r) => SHOWS_GOAL_TO_ADMITTED.has(r.name)).map((r) => [r.name, r] as const))('is in %s', async (_name, read) => {
      const out = await as(who, read);
      expect(out.ok).toBe(true);
      expect(mentions(out)).toBe(true);
    });

    it('has its scorecard and check-ins', async () => {
      expect(await as(who, { moduleKey: 'throughline-strategy', functionKey: 'scorecards/goal', payload: { goalId: GOAL } })).toMatchObject({
        ok: true,
        data: { goal: { id: GOAL } },
      });
      const checkIns = await as(who, { moduleKey: 'throughline-strategy', functionKey: 'scorecards/check-ins', payload: { goalId: GOAL } });
      expect(checkIns.ok).toBe(true);
      expect(checkIns.data).not.toHaveLength(0);
    });
  });
});

describe('the tag pickers', () => {
  const insEpic = () => t.issue((i) => isEpic(i) && i.projectId === '10100').key;
  const tagOptions = (who: Who) =>
    as(who, { moduleKey: 'throughline-goal-panel', functionKey: 'panel/tag-options', payload: { issue: insEpic() } }, { issue: { key: insEpic() } });
  const projectTag = (who: Who) =>
    as(who, { moduleKey: 'throughline-project-settings', functionKey: 'project-tag/get', payload: { project: 'INS' } }, { project: { key: 'INS' } });

  it('do not offer the restricted goal to the member, in the epic tag editor or the project settings', async () => {
    for (const out of [await tagOptions('member'), await projectTag('member')]) {
      expect(out.ok).toBe(true);
      expect(mentions(out)).toBe(false);
    }
  });

  it('offer it to the exec', async () => {
    for (const out of [await tagOptions('exec'), await projectTag('exec')]) {
      expect(out.ok).toBe(true);
      expect(mentions(out)).toBe(true);
    }
  });

  it('do not offer it on the project page of the unaligned project the outsider may browse, and do offer it to the exec', async () => {
    // DOCS has no alignment, so its epics take project-level goals, the restricted goal's level.
    const page = (who: Who) =>
      as(who, { moduleKey: 'throughline-project-page', functionKey: 'project-page/view', payload: { project: 'DOCS' } }, { project: { key: 'DOCS' } });
    const outsider = await page('outsider');
    expect(outsider.ok).toBe(true);
    expect(mentions(outsider)).toBe(false);
    expect(mentions(await page('exec'))).toBe(true);
  });

  it('refuse to tag an epic with it by naming its id', async () => {
    const key = insEpic();
    const out = await as(
      'member',
      { moduleKey: 'throughline-goal-panel', functionKey: 'panel/tag-epic', payload: { issue: key, goalId: GOAL, level: 'project' } },
      { issue: { key } },
    );
    expect(out.ok).toBe(false);
    expect(t.forge.jira.state.issues.find((i) => i.key === key)!.properties['throughline-alignment']).not.toMatchObject({ goalId: GOAL });
  });
});

describe('the people the catalog lists', () => {
  it('leaves out someone whose only role is on the restricted goal, for those it does not admit', async () => {
    const t = await demoForge();
    const call = (who: Who | 'exec', functionKey: string, payload: unknown) =>
      t.forge.invoke({ moduleKey: 'throughline-strategy', functionKey, payload, accountId: ACCOUNTS[who] });
    const roles = new Set(t.demo.strategy.goals.flatMap((g) => [g.leaderId, g.managerId]));
    const personas: string[] = ['exec', 'lead', 'member', 'outsider', 'cfo'];
    const [name, nobody] = Object.entries(ACCOUNTS).find(([key, id]) => !roles.has(id) && !personas.includes(key))!;
    const goal = ((await call('exec', 'catalog/get', { id: GOAL })) as { data: { goal: Goal } }).data.goal;
    const { title, description, level, parentId, managerId, timeframe, stage, status } = goal;
    const input = { title, description, level, parentId, leaderId: nobody, managerId, timeframe, stage, status };
    expect(await call('exec', 'catalog/update', { id: GOAL, expectedVersion: goal.version, input })).toMatchObject({ ok: true });
    const listed = async (who: Who) =>
      ((await call(who, 'catalog/list', {})) as { data: { people: { accountId: string }[] } }).data.people.map((p) => p.accountId);
    expect({ name, listed: (await listed('exec')).includes(nobody) }).toEqual({ name, listed: true });
    for (const who of ['member', 'outsider'] as const) expect({ who, listed: (await listed(who)).includes(nobody) }).toEqual({ who, listed: false });
    // Everyone the member's goals name is still there, and everyone else the exec's list names but that goal.
    const visible = ((await call('member', 'catalog/list', {})) as { data: { goals: Goal[] } }).data.goals;
    const named = visible.flatMap((g) => [g.leaderId, g.managerId]).filter((x): x is string => x !== null);
    expect(await listed('member')).toEqual(expect.arrayContaining(named));
    expect((await listed('member')).sort()).toEqual((await listed('exec')).filter((id) => id !== nobody).sort());
  });
});

describe('the history of a goal that was once under the restricted goal', () => {
  it('does not name the restricted goal to those it does not admit, and names it to the exec', async () => {
    const t = await demoForge();
    const call = (who: Who, functionKey: string, payload: unknown) =>
      t.forge.invoke({ moduleKey: 'throughline-strategy', functionKey, payload, accountId: ACCOUNTS[who] }) as Promise<{ ok: boolean; data: never }>;
    const input = {
      title: 'Integrate the Lumen dashboards',
      description: '',
      level: 'self',
      parentId: GOAL,
      leaderId: ACCOUNTS.exec,
      managerId: ACCOUNTS.exec,
      timeframe: { start: null, end: null },
      stage: 'execute',
      status: 'active',
    };
    const made = (await call('exec', 'catalog/create', { input })).data as Goal;
    const moved = await call('exec', 'catalog/update', { id: made.id, expectedVersion: made.version, input: { ...input, parentId: 'g-dashboards-v3' } });
    expect(moved.ok).toBe(true);
    const history = async (who: Who) => JSON.stringify(((await call(who, 'catalog/get', { id: made.id })).data as { history: unknown[] }).history);
    expect(await history('exec')).toContain(GOAL);
    for (const who of ['member', 'outsider'] as const) {
      const text = await history(who);
      expect(text).toContain('"parentId":"(not shown)"');
      expect(text).not.toContain(GOAL);
    }
  });
});

describe('editing a restricted goal', () => {
  it('keeps it restricted when the form sends no flag, and lifts it only when told', async () => {
    const strategy = (functionKey: string, payload: unknown) => as('exec', { moduleKey: 'throughline-strategy', functionKey, payload });
    const current = async () => ((await strategy('catalog/get', { id: GOAL })).data as { goal: Goal }).goal;
    const inputOf = ({ title, description, level, parentId, leaderId, managerId, timeframe, stage, status }: Goal) => ({
      title,
      description,
      level,
      parentId,
      leaderId,
      managerId,
      timeframe,
      stage,
      status: status === 'archived' ? 'active' : status,
    });
    const before = await current();
    expect(
      await strategy('catalog/update', { id: GOAL, expectedVersion: before.version, input: { ...inputOf(before), title: `${TITLE} (renamed)` } }),
    ).toMatchObject({ ok: true, data: { restricted: true } });
    const after = await current();
    expect(await strategy('catalog/update', { id: GOAL, expectedVersion: after.version, input: { ...inputOf(after), restricted: false } })).toMatchObject({
      ok: true,
      data: { restricted: false },
    });
    expect(mentions(await as('outsider', READS[0]!))).toBe(true);
  });
});
