// Missing and hidden answer alike: for someone a restricted goal does not admit, every read or write addressed to
// that goal or to one of its KPIs answers exactly as for one that does not exist (NOT_FOUND, same words), and
// changes nothing stored.
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';
import { newKpi } from './scorecard-fixture';

const GOAL = 'g-atlas-integration';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

/** The restricted goal has no KPI in the demo: the exec gives it one. */
const hiddenKpi = async () => {
  const out = await t.as('exec', {
    moduleKey: 'throughline-strategy',
    functionKey: 'scorecards/kpi-create',
    payload: { input: newKpi({ goalId: GOAL, name: 'Integration milestones' }) },
  });
  return (out.data as { id: string }).id;
};
const call = (who: PersonaId, functionKey: string, payload: unknown, moduleKey = 'throughline-strategy') => t.as(who, { moduleKey, functionKey, payload });

type Case = [string, (id: string) => [string, unknown, string?], () => Promise<string> | string, string];
const CASES: Case[] = [
  ['a KPI’s measurements', (id) => ['scorecards/measurements', { kpiId: id }], hiddenKpi, 'k-nothing-here'],
  [
    'recording a measurement',
    (id) => ['scorecards/measurement-record', { kpiId: id, input: { date: '2026-11-25', value: 1, note: '' } }],
    hiddenKpi,
    'k-nothing-here',
  ],
  ['a goal’s scorecard', (id) => ['scorecards/goal', { goalId: id }], () => GOAL, 'g-nothing-here'],
  ['a goal’s check-ins', (id) => ['scorecards/check-ins', { goalId: id }], () => GOAL, 'g-nothing-here'],
  [
    'checking in on a goal',
    (id) => ['scorecards/check-in-add', { goalId: id, input: { status: 'on-track', confidence: 3, learnings: '', risks: '', decisions: '' } }],
    () => GOAL,
    'g-nothing-here',
  ],
  ['a goal in the catalog', (id) => ['catalog/get', { id }], () => GOAL, 'g-nothing-here'],
  ['the scorecard macro on a goal', (id) => ['macro/scorecard', { config: { goalId: id } }, 'throughline-scorecard'], () => GOAL, 'g-nothing-here'],
  [
    'the alignment tree macro on a goal',
    (id) => ['macro/alignment-tree', { config: { rootGoalId: id } }, 'throughline-alignment-tree'],
    () => GOAL,
    'g-nothing-here',
  ],
  ['a goal’s children in the tree', (id) => ['alignment/children', { parent: { kind: 'goal', goalId: id } }], () => GOAL, 'g-nothing-here'],
];

describe('a hidden goal and a missing one, for the member', () => {
  it.each(CASES)('answer %s alike', async (_name, request, hidden, missing) => {
    const ask = async (id: string) => {
      const [functionKey, payload, moduleKey] = request(id);
      return call('member', functionKey, payload, moduleKey);
    };
    const hiddenId = await hidden();
    const before = t.forge.kvs.snapshotJson();
    const [h, m] = [await ask(hiddenId), await ask(missing)];
    expect(h).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(h.error).toEqual(m.error);
    expect(t.forge.kvs.snapshotJson()).toEqual(before);
  });
});
