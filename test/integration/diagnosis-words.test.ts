// The diagnosis's words where the persona walkthrough found them wrong: a process (an ongoing function, no end date)
// is not told to set an end date, and a goal with no work at all is told none is aligned yet, never that the reader
// "can't see" its work (which would hint at hidden work). On the workspace's scorecards and the Confluence macro.
import { GOAL_WITHOUT_WORK } from '../../dev/demo';
import type { GoalScorecard } from '../../src/shared/api/scorecards';
import type { ScorecardMacroView } from '../../src/shared/api/scorecard-macro';
import { demoForge, type DemoForge, type PersonaId } from '../support/local-forge';

const STRATEGY = 'throughline-strategy';
const ONGOING_PROCESSES = ['g-release-train', 'g-support-triage', 'g-customer-onboarding'];

let t: DemoForge;
beforeEach(async () => {
  t = await demoForge();
});

const data = async <T>(who: PersonaId, moduleKey: string, functionKey: string, payload: unknown): Promise<T> => {
  const out = await t.as(who, { moduleKey, functionKey, payload });
  if (!out.ok) throw new Error(`${functionKey} failed: ${JSON.stringify(out.error)}`);
  return out.data as T;
};
const card = (who: PersonaId, goalId: string) => data<GoalScorecard>(who, STRATEGY, 'scorecards/goal', { goalId });

describe('a process without an end date', () => {
  it.each(ONGOING_PROCESSES)('is judged by its outcomes, never asked for an end date: %s', async (goalId) => {
    const { goal, diagnosis } = await card('exec', goalId);
    expect(goal).toMatchObject({ level: 'process', timeframe: { end: null } });
    expect(diagnosis.sentence).not.toMatch(/end date to measure/);
    expect(diagnosis.sentence).not.toMatch(/^Give the goal an end date/);
  });
});

describe('a goal with no work at all', () => {
  it.each<PersonaId>(['exec', 'member', 'outsider'])('tells the %s that no work is aligned to it yet', async (who) => {
    const { diagnosis } = await card(who, GOAL_WITHOUT_WORK);
    expect(diagnosis.sentence).toContain('no work is aligned to it yet');
    expect(diagnosis.sentence).not.toMatch(/can't see/);
    const overview = await data<{ goals: GoalScorecard[] }>(who, STRATEGY, 'scorecards/overview', {});
    expect(overview.goals.find((g) => g.goal.id === GOAL_WITHOUT_WORK)!.diagnosis.sentence).toBe(diagnosis.sentence);
    const macro = await data<ScorecardMacroView>(who, 'throughline-scorecard', 'macro/scorecard', { config: { goalId: GOAL_WITHOUT_WORK } });
    expect(macro.goals[0]!.diagnosis.sentence).toBe(diagnosis.sentence);
  });
});
