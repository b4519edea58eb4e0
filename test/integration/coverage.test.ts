// Coverage per level on the Alignment tab's first screen, through the real global page resolver on the demo
// organisation: goals, goals with work and goals with KPIs, as each persona may see them, at no extra cost.
import { GOAL_WITHOUT_WORK, PROCESS_GOAL_KPIS_ONLY, UNALIGNED_PROJECT } from '../../dev/demo';
import type { LevelCoverage } from '../../src/shared/api/alignment';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { LEVELS } from '../../src/shared/levels';
import type { Goal } from '../../src/shared/model/goal';
import { demoForge, isEpic, type DemoForge, type PersonaId } from '../support/local-forge';
import { projectIdsOf, tree } from './alignment-fixture';

let t: DemoForge;
beforeAll(async () => {
  t = await demoForge();
});

const coverage = async (who: PersonaId): Promise<LevelCoverage[]> => (await tree(t, who)).coverage ?? [];
const column = (rows: readonly LevelCoverage[], key: 'goals' | 'withWork' | 'withKpis') => rows.map((r) => r[key]);

/** The oracle: per level from the top, how many of these goals pass the test. */
const perLevel = (goals: readonly Goal[], keep: (g: Goal) => boolean = () => true) => LEVELS.map((l) => goals.filter((g) => g.level === l && keep(g)).length);
const active = () => t.demo.strategy.goals.filter((g) => g.status === 'active');
const withKpis = (g: Goal) => t.demo.strategy.kpis.some((k) => k.goalId === g.id);

/** The goals with a DOCS epic tagged to them or below them: all the work the outsider may browse. */
const servedFromDocs = (): Set<string> => {
  const docs = projectIdsOf(t, [UNALIGNED_PROJECT]);
  const tagged = t.forge.jira.state.issues
    .filter((i) => isEpic(i) && docs.includes(i.projectId))
    .map((i) => (i.properties[EPIC_TAG_PROPERTY] as { goalId?: string } | undefined)?.goalId)
    .filter((id): id is string => id !== undefined);
  const parent = new Map(t.demo.strategy.goals.map((g) => [g.id, g.parentId]));
  const out = new Set<string>();
  for (const id of tagged) for (let at: string | null | undefined = id; at; at = parent.get(at)) out.add(at);
  return out;
};

describe('coverage per level, as each persona may see it', () => {
  it('gives the exec every active goal per level from the top, those with work and those with KPIs', async () => {
    const rows = await coverage('exec');
    expect(rows.map((r) => r.level)).toEqual([...LEVELS]);
    expect(column(rows, 'goals')).toEqual(perLevel(active()));
    expect(column(rows, 'withKpis')).toEqual(perLevel(active(), withKpis));
    // Not covered: the demo's goal without work, the process goal measured by its KPI only, and the Self goal (a
    // person's own leadership, with no epics of its own).
    const workless = new Set([GOAL_WITHOUT_WORK, PROCESS_GOAL_KPIS_ONLY]);
    expect(column(rows, 'withWork')).toEqual(perLevel(active(), (g) => !workless.has(g.id) && g.level !== 'self'));
  });

  it('never counts a restricted goal for someone it does not admit', async () => {
    const visible = active().filter((g) => !g.restricted);
    expect(column(await coverage('member'), 'goals')).toEqual(perLevel(visible));
    expect(column(await coverage('outsider'), 'goals')).toEqual(perLevel(visible));
    expect(column(await coverage('outsider'), 'withKpis')).toEqual(perLevel(visible, withKpis));
  });

  // The outsider browses only DOCS: work elsewhere must not be counted, or the counts would say it exists.
  it('counts for the outsider only the work he may browse', async () => {
    const served = servedFromDocs();
    const visible = active().filter((g) => !g.restricted);
    expect(column(await coverage('outsider'), 'withWork')).toEqual(perLevel(visible, (g) => served.has(g.id)));
  });

  it('comes with the first screen, at no extra Jira call and within its storage budget', async () => {
    t.forge.jira.log.reset();
    t.forge.kvs.log.reset();
    await coverage('exec');
    expect(t.forge.jira.log.count()).toBe(1);
    expect(t.forge.kvs.log.count()).toBeLessThanOrEqual(10);
  });
});
