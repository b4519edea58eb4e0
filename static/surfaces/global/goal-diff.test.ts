// What differs between two versions of a goal, and how each value reads, as the history and the conflict view show it.
import { aGoal } from '../../../test/builders/goals';
import { changedFields, describeValue, FIELD_LABEL, fieldOf, GOAL_FIELDS, isGoalField, sameValue, type Namer } from './goal-diff';

const names: Namer = {
  person: (id) => ({ 'acc-leader': 'Lee Leader', 'acc-manager': 'Mo Manager' })[id] ?? id,
  goal: (id) => ({ S: 'Grow revenue' })[id] ?? `A goal that no longer exists (${id})`,
};

describe('which fields differ between two versions of a goal', () => {
  it('finds none between a goal and itself, whatever its version or timestamps', () => {
    expect(changedFields(aGoal(), aGoal({ version: 7, updatedAt: '2026-12-01T00:00:00.000Z', updatedBy: 'acc-other' }))).toEqual([]);
  });

  it('lists the fields that differ, in the order the form shows them', () => {
    const before = aGoal();
    const after = aGoal({ status: 'achieved', title: 'Grow revenue faster', timeframe: { start: '2026-01-01', end: '2027-06-30' }, leaderId: null });
    expect(changedFields(before, after)).toEqual(['title', 'leaderId', 'timeframe', 'status']);
  });

  it('lists every field a created goal sets, but not the parent a strategy goal does not have', () => {
    expect(changedFields(undefined, aGoal({ description: 'Why', restricted: true }))).toEqual(GOAL_FIELDS.filter((f) => f !== 'parentId'));
  });

  it.each([
    ['description', undefined, ''],
    ['description', null, ''],
    ['restricted', undefined, false],
    ['timeframe', undefined, { start: null, end: null }],
    ['timeframe', { start: '2026-01-01', end: null }, { end: null, start: '2026-01-01' }],
    ['parentId', undefined, null],
  ] as const)('reads %s %p the same as %p', (field, a, b) => {
    expect(sameValue(field, a, b)).toBe(true);
  });

  it.each([
    ['description', '', ' '],
    ['restricted', false, true],
    ['timeframe', { start: null, end: null }, { start: '2026-01-01', end: null }],
    ['leaderId', 'acc-leader', null],
    ['title', 'Grow', 'grow'],
  ] as const)('reads %s %p and %p as different', (field, a, b) => {
    expect(sameValue(field, a, b)).toBe(false);
  });

  it('reads a missing or non-object version as having no fields', () => {
    expect(changedFields('junk', null)).toEqual([]);
    expect(fieldOf(null, 'title')).toBeUndefined();
    expect(fieldOf(aGoal({ title: 'Grow' }), 'title')).toBe('Grow');
  });
});

describe('the fields by name', () => {
  it('labels every goal field', () => {
    expect(GOAL_FIELDS.map((f) => FIELD_LABEL[f])).toEqual([
      'Title',
      'Description',
      'Level',
      'Parent goal',
      'Leader',
      'Manager',
      'Timeframe',
      'Cycle stage',
      'Status',
      'Restricted',
    ]);
  });

  it.each([
    ['title', true],
    ['restricted', true],
    ['version', false],
    ['input.title', false],
    ['', false],
  ])('knows whether %p is a goal field: %p', (s, expected) => {
    expect(isGoalField(s)).toBe(expected);
  });
});

describe('a value in words', () => {
  it.each([
    ['title', 'Grow revenue', 'Grow revenue'],
    ['title', undefined, '—'],
    ['description', 'Because we must', 'Because we must'],
    ['description', '   ', 'No description'],
    ['description', undefined, 'No description'],
    ['level', 'functional', 'Functional team'],
    ['level', 'galaxy', '—'],
    ['parentId', 'S', 'Grow revenue'],
    ['parentId', 'gone', 'A goal that no longer exists (gone)'],
    ['parentId', null, 'None'],
    ['leaderId', 'acc-leader', 'Lee Leader'],
    ['leaderId', 'acc-unknown', 'acc-unknown'],
    ['leaderId', null, 'No leader'],
    ['managerId', 'acc-manager', 'Mo Manager'],
    ['managerId', null, 'No manager'],
    ['timeframe', { start: '2026-01-01', end: '2026-12-31' }, '1 Jan 2026 – 31 Dec 2026'],
    ['timeframe', { start: null, end: null }, 'No timeframe'],
    ['timeframe', 'soon', 'No timeframe'],
    ['stage', 'vision', 'Develop the vision'],
    ['stage', 'later', '—'],
    ['status', 'archived', 'Archived'],
    ['status', 'lost', '—'],
    ['restricted', true, 'Restricted'],
    ['restricted', undefined, 'Not restricted'],
  ] as const)('shows %s %p as %p', (field, value, expected) => {
    expect(describeValue(field, value, names)).toBe(expected);
  });

  it('clips a long description to 140 characters with an ellipsis', () => {
    const words = describeValue('description', 'x'.repeat(200), names);
    expect(words).toBe(`${'x'.repeat(139)}…`);
    expect(describeValue('description', 'y'.repeat(140), names)).toBe('y'.repeat(140));
  });
});
