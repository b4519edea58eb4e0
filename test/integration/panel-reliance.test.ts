// The issue panel's reliance lines judged with the work (persona walkthrough): Dashboards 3.0 relies on the cloud cost
// goal, whose work is behind. The panel's first answer reads no work (its budget), so it cannot tell; `panel/reliance`,
// asked after the panel has drawn, judges it as the goal page does, in the goal page's words, as the viewer.
import { DASHBOARDS_RELIES_ON } from '../../dev/demo';
import type { RelianceLine } from '../../src/shared/api/agreements';
import type { GoalContext } from '../../src/shared/api/panel';
import { EPIC_TAG_PROPERTY } from '../../src/shared/epic-tag';
import { demoForge, hasTag, isEpic, isSubtask, type DemoForge, type PersonaId } from '../support/local-forge';
import { agreementsOf, DASHBOARDS, okData } from './agreements-fixture';

const PANEL = 'throughline-goal-panel';
const PROVIDER = 'g-cloud-cost';

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const storyUnder = (goalId: string) => {
  const epic = t.issue((i) => isEpic(i) && hasTag(i) && (i.properties[EPIC_TAG_PROPERTY] as { goalId: string }).goalId === goalId);
  return t.issue((i) => i.parentId === epic.id && !isSubtask(i));
};
const panelCall = (who: PersonaId, key: string, functionKey: string, payload: unknown) =>
  t.as(who, { moduleKey: PANEL, functionKey, payload, extension: { issue: { key } } });
const panel = async (who: PersonaId, key: string) => okData(await panelCall(who, key, 'panel/context', { issue: key })) as GoalContext;
const judged = async (who: PersonaId, key: string, goalIds: string[]) =>
  (okData(await panelCall(who, key, 'panel/reliance', { issue: key, goalIds })) as { reliesOn: RelianceLine[] }).reliesOn;

describe('an agreed support whose provider’s work is behind, on the issue panel', () => {
  it.each<PersonaId>(['member', 'lead'])('is judged at risk for the %s in the goal page’s words', async (who) => {
    const story = storyUnder(DASHBOARDS);
    const first = (await panel(who, story.key)).reliesOn!.find((l) => l.provider.id === PROVIDER)!;
    // The first answer reads no work: it cannot tell (and the panel says it is checking, not that all is well).
    expect(first).toMatchObject({ state: 'accepted', risk: null });

    const line = (await judged(who, story.key, [DASHBOARDS])).find((l) => l.provider.id === PROVIDER)!;
    const onGoalPage = okData(await agreementsOf(t).forGoal(who, DASHBOARDS)).reliesOn.find((a) => a.id === DASHBOARDS_RELIES_ON)!;
    expect(onGoalPage.risks.length).toBeGreaterThan(0);
    expect(onGoalPage.risks.map((r) => r.reason)).toEqual(expect.arrayContaining([expect.stringMatching(/^(work-behind|shift-execution)$/)]));
    expect(line).toMatchObject({ goalId: DASHBOARDS, neededBy: first.neededBy, risk: onGoalPage.risks[0]!.sentence });
    expect(line.sentence).toContain('at risk');
  });

  it('tells the outsider, who takes no part in the strategy, of no agreement', async () => {
    const key = 'DOCS-1';
    expect(await judged('outsider', key, [DASHBOARDS])).toEqual([]);
  });

  it('refuses a request naming another issue than the one shown', async () => {
    const out = await t.as('member', {
      moduleKey: PANEL,
      functionKey: 'panel/reliance',
      payload: { issue: 'INS-2', goalIds: [DASHBOARDS] },
      extension: { issue: { key: 'INS-3' } },
    });
    expect(out).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });
});
