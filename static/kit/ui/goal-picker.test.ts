import { moveActive, outsideMatch, pickerModel, pickerStatus, matchesQuery, type PickerGoal } from './goal-picker';

const goal = (id: string, title: string, level: PickerGoal['level'] = 'project'): PickerGoal => ({ id, title, level, status: 'active' });
const GOALS = [
  goal('s', 'Grow annual recurring revenue', 'strategy'),
  goal('f', 'Ship the analytics features', 'functional'),
  goal('p1', 'Dashboards 3.0'),
  goal('p2', 'Self-serve analytics onboarding'),
  goal('p3', 'Réseau partner analytics'),
];

describe('the goal picker', () => {
  it('groups the goals by level from the top, titles in order', () => {
    const m = pickerModel(GOALS, '');
    expect(m.groups.map((g) => `${g.label}: ${g.goals.map((x) => x.id).join(',')}`)).toEqual([
      'Strategy goals: s',
      'Functional team goals: f',
      'Project goals: p1,p3,p2',
    ]);
    expect(m.options.map((g) => g.id)).toEqual(['s', 'f', 'p1', 'p3', 'p2']);
  });

  it('filters by every word typed, in any order, ignoring case and accents', () => {
    expect(pickerModel(GOALS, 'ANALYTICS ship').options.map((g) => g.id)).toEqual(['f']);
    expect(pickerModel(GOALS, 'reseau').options.map((g) => g.id)).toEqual(['p3']);
    expect(matchesQuery('Dashboards 3.0', '  ')).toBe(true);
  });

  it('puts titles that start with the query first within their level', () => {
    expect(
      pickerModel(GOALS, 'se')
        .groups.find((g) => g.key === 'project')!
        .goals.map((g) => g.id),
    ).toEqual(['p2', 'p3']);
  });

  it('shows the project’s own goal first, in its own group, and not again under its level', () => {
    const m = pickerModel(GOALS, '', { firstId: 'p2', firstLabel: 'This project’s goal' });
    expect(m.groups[0]).toEqual({ key: 'first', label: 'This project’s goal', goals: [GOALS[3]] });
    expect(m.options.filter((g) => g.id === 'p2')).toHaveLength(1);
    expect(pickerModel(GOALS, 'dash', { firstId: 'p2' }).groups.map((g) => g.key)).toEqual(['project']);
  });

  it('draws at most the limit of a catalog of 1,000 goals and says how many more match', () => {
    const many = Array.from({ length: 1000 }, (_, i) => goal(`g${i}`, `Goal number ${i}`, i % 2 ? 'project' : 'process'));
    const m = pickerModel(many, '', { limit: 50 });
    expect(m.options).toHaveLength(50);
    expect(m.total).toBe(1000);
    expect(m.more).toBe(950);
    expect(pickerStatus(m, '')).toBe('50 of 1000 goals shown; type to narrow them.');
    expect(pickerModel(many, 'number 999').options.map((g) => g.id)).toEqual(['g999']);
  });

  it('finds what was typed among the goals left out, only when nothing offered matches', () => {
    const offered = GOALS.filter((g) => g.level !== 'project');
    const left = GOALS.filter((g) => g.level === 'project');
    expect(outsideMatch(pickerModel(offered, 'dash'), left, 'dash')?.id).toBe('p1');
    // Something offered matches: nothing is said of the rest.
    expect(outsideMatch(pickerModel(offered, 'analytics'), left, 'analytics')).toBeNull();
    expect(outsideMatch(pickerModel(offered, ''), left, '')).toBeNull();
    expect(outsideMatch(pickerModel(offered, 'zzz'), left, 'zzz')).toBeNull();
  });

  it('says when nothing matches', () => {
    expect(pickerStatus(pickerModel(GOALS, 'zzz'), 'zzz')).toBe('No goal matches “zzz”.');
    expect(pickerStatus(pickerModel([], ''), '', 'No goal to choose.')).toBe('No goal to choose.');
  });

  it.each([
    [-1, 'ArrowDown', 0],
    [0, 'ArrowDown', 1],
    [4, 'ArrowDown', 0],
    [0, 'ArrowUp', 4],
    [-1, 'ArrowUp', 4],
    [3, 'Home', 0],
    [1, 'End', 4],
  ] as const)('moves the active option from %p on %s to %p (wrapping)', (from, key, to) => {
    expect(moveActive(from, 5, key)).toBe(to);
  });

  it('has no active option in an empty list', () => {
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });
});
