import { DueFocus } from '../../../src/shared/api/due';
import {
  agreementOfSearch,
  dueItemTarget,
  focusOfSearch,
  GOAL_FOCI,
  goalIdOfRoute,
  goalJql,
  goalPageLocation,
  goalRoute,
  isGoalRoute,
  kpiOfSearch,
} from './goal-route';

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

describe('a goal page opened at one part of it', () => {
  it('puts the part in the search and reads it back', () => {
    expect(goalRoute('g-grow-arr', 'kpis')).toBe('/goal/g-grow-arr?focus=kpis');
    expect(focusOfSearch('?focus=kpis')).toBe('kpis');
    expect(focusOfSearch('?x=1&focus=check-in')).toBe('check-in');
  });

  it.each(['', '?focus=', '?focus=delete', '?focus=__proto__', '?focus=KPIS'])('opens at the top for %j', (search) => {
    expect(focusOfSearch(search)).toBeNull();
  });

  it('opens at one agreement’s card, and only in the agreements part', () => {
    expect(goalRoute('g-dashboards-v3', 'agreements', 'ag-123abc')).toBe('/goal/g-dashboards-v3?focus=agreements&agreement=ag-123abc');
    expect(agreementOfSearch('?focus=agreements&agreement=ag-123abc')).toBe('ag-123abc');
    expect(agreementOfSearch('?focus=kpis&agreement=ag-123abc')).toBeNull();
    expect(agreementOfSearch('?focus=agreements&agreement=%3Cscript%3E')).toBeNull();
    expect(goalRoute('g-dashboards-v3', 'kpis', 'k-arr')).toBe('/goal/g-dashboards-v3?focus=kpis&kpi=k-arr');
    expect(kpiOfSearch('?focus=agreements&agreement=ag-1')).toBeNull();
  });

  it('sends a "Due from you" item to its KPI or its agreement', () => {
    expect(dueItemTarget({ kind: 'measurement', id: 'measurement:k-arr', kpiId: 'k-arr' })).toBe('k-arr');
    expect(dueItemTarget({ kind: 'agreement', id: 'agreement:ag-9f' })).toBe('ag-9f');
    expect(dueItemTarget({ kind: 'check-in', id: 'check-in:g-x' })).toBeUndefined();
  });

  it('knows every part "Due from you" sends people to', () => {
    expect([...GOAL_FOCI].sort()).toEqual([...DueFocus.options].sort());
  });
});
