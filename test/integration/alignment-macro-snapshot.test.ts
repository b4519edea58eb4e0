// The alignment tree macro "as of" a closed period (issue 14 §3): the tree read from the period's immutable snapshots,
// labelled with the period, exactly as permission-true as the live tree (the member and the outsider see neither the
// restricted goal nor ATLAS work; totals count only what each may browse now); values recorded after the close do not
// change it; an unknown period, an open one and a hidden root answer with coded errors.
import { lastQuarterOf, RESTRICTED_PROJECT } from '../../dev/demo';
import type { GoalNode } from '../../src/shared/api/alignment';
import type { MacroGoalOptions, SubtreeRow } from '../../src/shared/api/macros';
import { DEMO_TODAY } from '../support/demo-day';
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import { leakIn, macro, macroRaw, MACRO_MODULE, secretsOf } from './subtree-fixture';

const STRATEGY = 'throughline-strategy';
const Q = lastQuarterOf(DEMO_TODAY);
const RESTRICTED_GOAL = 'g-atlas-integration';
const LEAD_GOAL = 'g-dashboards-v3';
const LEAD_KPI = 'k-dashboard-migration';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const close = async () => {
  const out = await t.as('exec', { moduleKey: STRATEGY, functionKey: 'periods/close', payload: { periodId: Q.id } });
  expect(out.ok).toBe(true);
};
const goalRows = (rows: readonly SubtreeRow[]) =>
  rows.flatMap((r) => (r.node.kind === 'goal' ? [[r.node.goalId, r.node.totals, r.node.progress] as const] : []));
const goalOf = (rows: readonly SubtreeRow[], goalId: string) =>
  rows.find((r) => r.node.kind === 'goal' && r.node.goalId === goalId)?.node as GoalNode | undefined;

describe('the alignment tree macro as of a closed period', () => {
  it('offers the closed period in its config, newest first, and nothing before a close', async () => {
    const options = async () =>
      (await t.as('member', { moduleKey: MACRO_MODULE, functionKey: 'macro/goal-options', payload: {} })) as { ok: true; data: MacroGoalOptions };
    expect((await options()).data.periods).toEqual([]);
    await close();
    expect((await options()).data.periods).toEqual([{ id: Q.id, name: Q.name, closedDay: DEMO_TODAY }]);
  });

  it.each<PersonaId>(['exec', 'member', 'outsider'])(
    'shows %s the tree as it stood at the close, labelled as a snapshot, with the totals of what they may browse',
    async (persona) => {
      const live = await macro(t, persona, { depth: 3 });
      await close();
      const snap = await macro(t, persona, { depth: 3, asOf: Q.id });
      expect(snap.snapshot).toEqual({ periodId: Q.id, name: Q.name, closedAt: expect.any(String), closedDay: DEMO_TODAY });
      expect(snap.asOf).toBe(snap.snapshot!.closedAt);
      expect(snap.config).toMatchObject({ depth: 3, asOf: Q.id });
      // Nothing changed between the read and the close: each goal the same, with the same totals, for this reader.
      expect(goalRows(snap.rows)).toEqual(goalRows(live.rows));
      // A snapshot keeps no epics: projects are its deepest rows, with their frozen totals.
      expect(snap.rows.some((r) => r.node.kind === 'epic')).toBe(false);
      expect(snap.rows.some((r) => r.node.kind === 'project' && r.node.totals.epics > 0)).toBe(true);
    },
  );

  it.each<PersonaId>(['member', 'outsider'])('never shows %s the restricted goal or anything of the restricted project', async (persona) => {
    await close();
    const secrets = secretsOf(t, RESTRICTED_PROJECT);
    const answers = [await macro(t, persona, { depth: 8, asOf: Q.id }), await macro(t, persona, { rootGoalId: 'g-grow-arr', depth: 8, asOf: Q.id })];
    expect(leakIn(answers, secrets)).toBeNull();
    expect(JSON.stringify(answers)).not.toContain(RESTRICTED_GOAL);
    const hidden = await macroRaw(t, persona, { rootGoalId: RESTRICTED_GOAL, asOf: Q.id });
    expect(hidden).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(hidden).toEqual(await macroRaw(t, persona, { rootGoalId: 'g-no-such-goal', asOf: Q.id }));
  });

  it('shows the exec the restricted goal, and the outsider less work under the goal ATLAS serves', async () => {
    await close();
    const exec = await macro(t, 'exec', { depth: 8, asOf: Q.id });
    expect(goalOf(exec.rows, RESTRICTED_GOAL)).toBeDefined();
    const outsider = await macro(t, 'outsider', { rootGoalId: 'g-grow-arr', depth: 1, asOf: Q.id });
    const execRoot = await macro(t, 'exec', { rootGoalId: 'g-grow-arr', depth: 1, asOf: Q.id });
    expect(outsider.rows[0]!.node.totals.epics).toBeLessThan(execRoot.rows[0]!.node.totals.epics);
  });

  it('keeps the tree as it was when a value is recorded after the close', async () => {
    await close();
    const before = goalOf((await macro(t, 'lead', { rootGoalId: LEAD_GOAL, depth: 2, asOf: Q.id })).rows, LEAD_GOAL)!;
    const liveBefore = goalOf((await macro(t, 'lead', { rootGoalId: LEAD_GOAL, depth: 2 })).rows, LEAD_GOAL)!;
    const recorded = await t.as('lead', {
      moduleKey: STRATEGY,
      functionKey: 'scorecards/measurement-record',
      payload: { kpiId: LEAD_KPI, input: { date: DEMO_TODAY, value: 100, note: 'after the close' } },
    });
    expect(recorded.ok).toBe(true);
    const liveAfter = goalOf((await macro(t, 'lead', { rootGoalId: LEAD_GOAL, depth: 2 })).rows, LEAD_GOAL)!;
    expect(liveAfter.health).not.toEqual(liveBefore.health);
    const after = goalOf((await macro(t, 'lead', { rootGoalId: LEAD_GOAL, depth: 2, asOf: Q.id })).rows, LEAD_GOAL)!;
    expect(after).toEqual(before);
    expect(after.health).toMatchObject({ state: liveBefore.health!.state, asOf: DEMO_TODAY });
  });

  it('answers NOT_FOUND for a period that does not exist and VALIDATION for one not closed yet', async () => {
    expect(await macroRaw(t, 'exec', { asOf: 'p-no-such-period' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const open = await macroRaw(t, 'exec', { asOf: Q.id });
    expect(open).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('not closed yet') } });
  });
});
