import { GOAL_STATUSES } from '../../../src/shared/model/goal';
import { GOAL_HEALTH_STATES } from '../../../src/shared/model/goal-health';
import { GOAL_STATUS_LOOK, HEALTH_LOOK, JIRA_CATEGORY_LOOK, lozengeClass, paceState, type Look } from './looks';

const goalStates: [string, Look][] = [
  ...GOAL_STATUSES.map((s): [string, Look] => [`status ${s}`, GOAL_STATUS_LOOK[s]]),
  ...GOAL_HEALTH_STATES.map((s): [string, Look] => [`health ${s}`, HEALTH_LOOK[s]]),
];

describe('one look per state', () => {
  it('gives every goal status and every health state a look with a word and an icon', () => {
    for (const [, look] of goalStates) {
      expect(look.word).not.toBe('');
      expect(look.icon).not.toBe('');
    }
    expect(goalStates).toHaveLength(GOAL_STATUSES.length + GOAL_HEALTH_STATES.length);
  });

  it('never gives two states the same lozenge, colour token, icon or word', () => {
    for (const key of [(l: Look) => lozengeClass(l), (l: Look) => l.token, (l: Look) => l.word]) {
      const seen = goalStates.map(([, l]) => key(l));
      expect(new Set(seen).size).toBe(seen.length);
    }
  });

  it('tells status (subtle) from KPI health where both are green, amber or red', () => {
    expect(GOAL_STATUS_LOOK.achieved.bold).toBe(false);
    expect(HEALTH_LOOK['on-track'].bold).toBe(true);
    expect(HEALTH_LOOK['off-track'].appearance).toBe('danger');
  });

  it('shows Jira status categories in Jira’s own colours: to do grey, in progress blue, done green', () => {
    expect(JIRA_CATEGORY_LOOK.todo.appearance).toBe('neutral');
    expect(JIRA_CATEGORY_LOOK.inProgress.appearance).toBe('info');
    expect(JIRA_CATEGORY_LOOK.done.appearance).toBe('success');
  });
});

describe('the pace of the work against the time gone by', () => {
  it.each([
    [0.5, 0.5, 'on-track'],
    [0.43, 0.5, 'at-risk'],
    [0.2, 0.5, 'off-track'],
    [1, 0.9, 'on-track'],
    [0.1, 0, 'on-track'],
    [null, 0.5, null],
    [0.5, null, null],
  ])('work %p done with %p of the time gone is %p', (progress, expected, state) => {
    expect(paceState(progress, expected)).toBe(state);
  });
});
