// The goal form's model: what a new form holds, what the form says before the server does, what it sends, and
// where a server error lands.
import { aGoal, inputOf as inputOfGoalBuilder, summaryOf } from '../../../test/builders/goals';
import { GoalInput } from '../../../src/shared/model/goal';
import type { AppError } from '../../../src/shared/errors';
import {
  DESCRIPTION_MAX,
  emptyValues,
  inputOf,
  inputOfGoal,
  mayHaveNoParent,
  mergeOnTop,
  parentOptions,
  placeServerError,
  TITLE_MAX,
  validate,
  valuesOf,
  valuesOfInput,
  type FormValues,
} from './form-model';

const NAMES: Record<string, string> = { 'acc-leader': 'Lee Leader', 'acc-manager': 'Mo Manager' };
const name = (id: string) => NAMES[id] ?? `?${id}`;

/** S (strategy) → F (functional) → P (process) → J (project); S2 a second strategy; X an archived functional goal. */
const catalog = () =>
  [
    aGoal({ id: 'S', title: 'Strategy', level: 'strategy' }),
    aGoal({ id: 'S2', title: 'Another strategy', level: 'strategy' }),
    aGoal({ id: 'F', title: 'Functional', level: 'functional', parentId: 'S' }),
    aGoal({ id: 'P', title: 'Process', level: 'process', parentId: 'F' }),
    aGoal({ id: 'J', title: 'Project', level: 'project', parentId: 'P' }),
    aGoal({ id: 'X', title: 'Archived', level: 'functional', parentId: 'S', status: 'archived' }),
  ].map(summaryOf);

const form = (over: Partial<FormValues> = {}): FormValues => ({ ...emptyValues(), title: 'Grow revenue', ...over });

const validation = (message: string, details?: unknown): AppError => ({ code: 'VALIDATION', message, ...(details === undefined ? {} : { details }) });

describe('a new goal form', () => {
  it('starts as an empty, unrestricted strategy draft in the assess stage, with nobody and no dates', () => {
    expect(emptyValues()).toEqual({
      title: '',
      description: '',
      level: 'strategy',
      parentId: null,
      leader: null,
      manager: null,
      start: '',
      end: '',
      stage: 'assess',
      status: 'draft',
      restricted: false,
    });
  });

  it('gives a fresh object each time, so one form never edits another', () => {
    const a = emptyValues();
    a.title = 'Changed';
    expect(emptyValues().title).toBe('');
  });
});

describe('opening an existing goal in the form', () => {
  it('shows its fields, with the leader and manager by name', () => {
    const g = aGoal({ title: 'Win Europe', description: 'Why', level: 'functional', parentId: 'S', stage: 'roadmap', restricted: true });
    expect(valuesOf(g, name)).toEqual({
      title: 'Win Europe',
      description: 'Why',
      level: 'functional',
      parentId: 'S',
      leader: { accountId: 'acc-leader', displayName: 'Lee Leader' },
      manager: { accountId: 'acc-manager', displayName: 'Mo Manager' },
      start: '2026-01-01',
      end: '2026-12-31',
      stage: 'roadmap',
      status: 'active',
      restricted: true,
    });
  });

  it('shows nobody and empty dates where the goal has none', () => {
    const v = valuesOf(aGoal({ leaderId: null, managerId: null, timeframe: { start: null, end: null } }), name);
    expect([v.leader, v.manager, v.start, v.end]).toEqual([null, null, '', '']);
  });

  it('reads an archived goal as active (the server refuses edits to archived goals anyway)', () => {
    expect(valuesOf(aGoal({ status: 'archived' }), name).status).toBe('active');
  });
});

describe('turning the form into what is sent', () => {
  it('sends the title trimmed, the people as account ids and blank dates as none', () => {
    const input = inputOf(
      form({
        title: '  Grow revenue  ',
        level: 'functional',
        parentId: 'S',
        leader: { accountId: 'acc-leader', displayName: 'Lee Leader' },
        start: '2026-03-01',
        status: 'active',
      }),
    );
    expect(input).toEqual({
      title: 'Grow revenue',
      description: '',
      level: 'functional',
      parentId: 'S',
      leaderId: 'acc-leader',
      managerId: null,
      timeframe: { start: '2026-03-01', end: null },
      stage: 'assess',
      status: 'active',
      restricted: false,
    });
  });

  it('drops the parent of a strategy goal, which sits at the top', () => {
    expect(inputOf(form({ level: 'strategy', parentId: 'S2' })).parentId).toBeNull();
  });

  it('sends something the server contract accepts', () => {
    expect(GoalInput.safeParse(inputOf(form({ level: 'process', parentId: 'F', start: '2026-01-01', end: '2026-06-30' }))).success).toBe(true);
  });

  it('comes back to the same form values from what it sent', () => {
    const v = form({
      description: 'Because',
      level: 'process',
      parentId: 'F',
      leader: { accountId: 'acc-leader', displayName: 'Lee Leader' },
      manager: { accountId: 'acc-manager', displayName: 'Mo Manager' },
      start: '2026-01-01',
      end: '2026-06-30',
      stage: 'execute',
      status: 'achieved',
      restricted: true,
    });
    expect(valuesOfInput(inputOf(v), name)).toEqual(v);
  });

  it('reads an input without the restricted flag as not restricted', () => {
    const { restricted: _r, ...input } = inputOfGoalBuilder(aGoal());
    expect(valuesOfInput(input, name).restricted).toBe(false);
  });
});

describe('which goals may go without a parent', () => {
  it.each([
    ['strategy', 'active', true],
    ['strategy', 'draft', true],
    ['functional', 'draft', true],
    ['functional', 'active', false],
    ['project', 'achieved', false],
    ['self', 'draft', true],
  ] as const)('a %s goal that is %s: %s', (level, status, expected) => {
    expect(mayHaveNoParent({ level, status })).toBe(expected);
  });
});

describe('the parent goals offered', () => {
  const titles = (level: Parameters<typeof parentOptions>[1], editingId: string | null = null) => parentOptions(catalog(), level, editingId).map((g) => g.id);

  it('offers none to a strategy goal', () => {
    expect(titles('strategy')).toEqual([]);
  });

  it('offers live goals at the same or a higher level, from the top and by title within a level', () => {
    expect(titles('process')).toEqual(['S2', 'S', 'F', 'P']);
    expect(titles('functional')).toEqual(['S2', 'S', 'F']);
  });

  it('never offers an archived goal', () => {
    expect(titles('self')).not.toContain('X');
  });

  it('never offers the goal being edited or any goal below it', () => {
    expect(titles('project', 'F')).toEqual(['S2', 'S']);
    expect(titles('project', 'P')).toEqual(['S2', 'S', 'F']);
  });
});

describe('checking the form before saving', () => {
  const goals = catalog();

  it('finds nothing wrong with a complete goal placed under a fitting parent', () => {
    expect(validate(form({ level: 'functional', parentId: 'S', status: 'active', start: '2026-01-01', end: '2026-01-01' }), goals, null)).toEqual({});
  });

  it.each([
    ['an empty title', form({ title: '' }), { title: 'Give the goal a title.' }],
    ['a title of spaces', form({ title: '   ' }), { title: 'Give the goal a title.' }],
    ['a title one character too long', form({ title: 'x'.repeat(256) }), { title: 'Keep the title to 255 characters (now 256).' }],
    ['a description one character too long', form({ description: 'x'.repeat(10_001) }), { description: 'Keep the description to 10,000 characters.' }],
    ['a timeframe that ends before it starts', form({ start: '2026-06-01', end: '2026-05-31' }), { timeframe: 'The timeframe ends before it starts.' }],
    [
      'a live functional goal without a parent',
      form({ level: 'functional', status: 'active' }),
      { parentId: 'A functional team goal needs a parent goal unless it is a draft.' },
    ],
    [
      'a parent below the goal',
      form({ level: 'functional', parentId: 'P', status: 'active' }),
      { parentId: 'This parent cannot hold a functional team goal: pick one at the same or a higher level.' },
    ],
    [
      'an archived parent',
      form({ level: 'process', parentId: 'X', status: 'active' }),
      { parentId: 'This parent cannot hold a process goal: pick one at the same or a higher level.' },
    ],
    [
      'a parent that does not exist',
      form({ level: 'process', parentId: 'gone', status: 'active' }),
      { parentId: 'This parent cannot hold a process goal: pick one at the same or a higher level.' },
    ],
  ])('says what is wrong with %s', (_case, values, expected) => {
    expect(validate(values, goals, null)).toEqual(expected);
  });

  it('refuses to move a goal under one of its own sub-goals', () => {
    expect(validate(form({ level: 'functional', parentId: 'F', status: 'active' }), goals, 'F')).toEqual({
      parentId: 'This parent cannot hold a functional team goal: pick one at the same or a higher level.',
    });
  });

  it('lets a draft sit without a parent, and ignores a stale parent on a strategy goal', () => {
    expect(validate(form({ level: 'project', status: 'draft' }), goals, null)).toEqual({});
    expect(validate(form({ level: 'strategy', parentId: 'P', status: 'active' }), goals, null)).toEqual({});
  });

  it('counts the title without its surrounding spaces, as the server does', () => {
    expect(validate(form({ title: ` ${'x'.repeat(TITLE_MAX)} ` }), goals, null)).toEqual({});
  });

  it('reports every problem at once', () => {
    expect(Object.keys(validate(form({ title: '', start: '2026-02-01', end: '2026-01-01', level: 'process', status: 'active' }), goals, null)).sort()).toEqual([
      'parentId',
      'timeframe',
      'title',
    ]);
  });

  it('uses the same length limits as the server contract', () => {
    const base = inputOf(form());
    expect(GoalInput.safeParse({ ...base, title: 'x'.repeat(TITLE_MAX) }).success).toBe(true);
    expect(GoalInput.safeParse({ ...base, title: 'x'.repeat(TITLE_MAX + 1) }).success).toBe(false);
    expect(GoalInput.safeParse({ ...base, description: 'x'.repeat(DESCRIPTION_MAX) }).success).toBe(true);
    expect(GoalInput.safeParse({ ...base, description: 'x'.repeat(DESCRIPTION_MAX + 1) }).success).toBe(false);
  });
});

describe('placing a server validation error', () => {
  it('puts an error that names a form field beside that field', () => {
    expect(placeServerError(validation('The parent goal “Old” is archived', [{ path: 'parentId', message: 'The parent goal “Old” is archived' }]))).toEqual({
      fields: { parentId: 'The parent goal “Old” is archived' },
      top: null,
    });
  });

  it('keeps an error that names no form field at the top', () => {
    expect(placeServerError(validation('Sub-goals would sit above this goal', { field: 'children' }))).toEqual({
      fields: {},
      top: 'Sub-goals would sit above this goal',
    });
    expect(placeServerError(validation('Restore this goal before editing it'))).toEqual({ fields: {}, top: 'Restore this goal before editing it' });
  });

  it('puts schema issues beside their fields, and a second complaint about a field at the top rather than lose it', () => {
    const placed = placeServerError(
      validation('The request was not valid', [
        { path: 'input.title', message: 'Too long' },
        { path: 'input.title', message: 'Second complaint' },
        { path: 'input.timeframe.end', message: 'expected a date as YYYY-MM-DD' },
      ]),
    );
    expect(placed).toEqual({ fields: { title: 'Too long', timeframe: 'expected a date as YYYY-MM-DD' }, top: 'title: Second complaint' });
  });

  it('leaves nothing at the top when every issue sits beside its field', () => {
    expect(placeServerError(validation('The request was not valid', [{ path: 'input.stage', message: 'Invalid option' }]))).toEqual({
      fields: { stage: 'Invalid option' },
      top: null,
    });
  });

  it('tells the issues that name no field at the top, with their path', () => {
    const placed = placeServerError(
      validation('The request was not valid', [
        { path: 'input.title', message: 'Too long' },
        { path: 'expectedVersion', message: 'expected a number' },
      ]),
    );
    expect(placed).toEqual({ fields: { title: 'Too long' }, top: 'expectedVersion: expected a number' });
  });

  it('prefixes the server message when no issue names a field', () => {
    const placed = placeServerError(
      validation('The request was not valid', [{ path: 'id', message: 'not an id' }, { path: '', message: 'unexpected key' }, 'junk']),
    );
    expect(placed).toEqual({ fields: {}, top: 'The request was not valid: id: not an id; unexpected key' });
  });

  it('falls back to the server message when the issues say nothing usable', () => {
    expect(placeServerError(validation('The request was not valid', [null, { path: 'input.title' }]))).toEqual({
      fields: {},
      top: 'The request was not valid',
    });
  });
});

describe('the fields of a stored goal as an input', () => {
  it('keeps every editable field and reads archived as active', () => {
    const g = aGoal({ status: 'archived', restricted: true, parentId: 'S', level: 'functional' });
    expect(inputOfGoal(g)).toEqual({ ...inputOfGoalBuilder(g), status: 'active' });
  });
});

describe('applying my edit on top of theirs after a conflict', () => {
  const base = aGoal({ title: 'Grow revenue', description: 'Old', stage: 'assess', version: 1 });

  it('keeps their change to a field I did not touch and my change to the field I did', () => {
    const theirs = { ...base, description: 'Their description', version: 2 };
    const mine = inputOfGoalBuilder(base, { title: 'My title' });
    expect(mergeOnTop(base, theirs, mine)).toEqual(inputOfGoalBuilder(base, { title: 'My title', description: 'Their description' }));
  });

  it('lets my value win where we both changed the same field', () => {
    const theirs = { ...base, stage: 'roadmap' as const, version: 2 };
    const mine = inputOfGoalBuilder(base, { stage: 'execute' });
    expect(mergeOnTop(base, theirs, mine).stage).toBe('execute');
  });

  it('takes all of theirs when I changed nothing', () => {
    const theirs = { ...base, title: 'Theirs', timeframe: { start: '2027-01-01', end: null }, restricted: true, version: 2 };
    expect(mergeOnTop(base, theirs, inputOfGoalBuilder(base))).toEqual(inputOfGoal(theirs));
  });

  it('does not count a missing restricted flag in my input as lifting their restriction', () => {
    const theirs = { ...base, restricted: true, version: 2 };
    const { restricted: _r, ...mine } = inputOfGoalBuilder(base);
    expect(mergeOnTop(base, theirs, mine).restricted).toBe(true);
  });
});
