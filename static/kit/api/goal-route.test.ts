import { goalIdOfRoute, goalJql, goalPageLocation, goalRoute, isGoalRoute } from './goal-route';

describe('a goal page route', () => {
  it('round-trips a goal id', () => {
    expect(goalIdOfRoute(goalRoute('g-grow-arr'))).toBe('g-grow-arr');
  });

  it.each([
    ['/goal/g-grow-arr/', 'g-grow-arr'],
    ['/goal/abc_123', 'abc_123'],
  ])('reads %s as the goal %s', (path, id) => {
    expect(goalIdOfRoute(path)).toBe(id);
  });

  it.each(['/', '/alignment', '/goal/', '/goal', '/goal/a/b', '/goal/..', '/goal/%3Cx%3E', `/goal/${'x'.repeat(65)}`, '/xgoal/a'])(
    'is not a goal page: %s',
    (path) => {
      expect(goalIdOfRoute(path)).toBeNull();
    },
  );

  it('is opened from other surfaces through the workspace module', () => {
    expect(goalPageLocation('g-1')).toEqual({ target: 'module', moduleKey: 'throughline-strategy', path: '/goal/g-1' });
  });

  it('names the JQL that finds the goal’s epics', () => {
    expect(goalJql('g-grow-arr')).toBe('throughlineGoal = "g-grow-arr"');
  });

  it.each([
    ['/goal/g-grow-arr', true],
    ['/goal/%3Cx%3E', true],
    ['/goal/', true],
    ['/goal', true],
    ['/goals', false],
    ['/alignment', false],
    ['/', false],
  ])('takes %s as meant for a goal page: %s (a malformed one says not found, not the Goals tab)', (path, meant) => {
    expect(isGoalRoute(path)).toBe(meant);
  });
});
