// The gaps radar's rules, as tables: each rule fires where it should, stays quiet where it should not, and only
// ever speaks of what the viewer may see.
import { aGoal } from '../../../test/builders/goals';
import { aModel, anAlignment, aProject, aRollup, type ModelInput } from '../../../test/builders/alignment';
import type { Goal } from '../../shared/model/goal';
import { countByLevel, findGaps, gapsOfProject, goalGapKinds, type GapFacts } from './gaps';

const A = aProject('1', 'AAA', 'Apollo');
const R = aProject('9', 'RES', 'Restricted deal');

const S = aGoal({ id: 'S', title: 'Strategy' });
const F = aGoal({ id: 'F', title: 'Functional', level: 'functional', parentId: 'S' });
const J = aGoal({ id: 'J', title: 'Project goal', level: 'project', parentId: 'F' });

const gapsOf = (input: Partial<ModelInput> & { goals?: Goal[] }, extra: Partial<Omit<GapFacts, 'model'>> = {}) =>
  findGaps({ model: aModel({ goals: [S, F, J], projects: [A], ...input }), untagged: [], onDeadGoals: [], ...extra });

const ids = (gaps: ReturnType<typeof findGaps>) => gaps.map((g) => g.id);

describe('plans with no execution', () => {
  it.each([
    ['no project and no epic anywhere below', {}, ['goal-no-work:S', 'goal-no-work:F', 'goal-no-work:J']],
    ['a project aligned to the lowest goal', { alignments: [anAlignment('1', 'J')] }, []],
    ['an epic tagged to the middle goal', { rollups: [aRollup('F', { '1': [1, 1, 0, 0] })] }, ['goal-no-work:J']],
    [
      'a roll-up that lists a project with no epics',
      { rollups: [aRollup('J', { '1': [0, 0, 0, 0] })] },
      ['goal-no-work:S', 'goal-no-work:F', 'goal-no-work:J'],
    ],
    // Execution the viewer may not see is still execution: calling it "no execution" would tell them something false.
    ['work only in a project the viewer cannot see', { alignments: [anAlignment('9', 'J')], rollups: [aRollup('J', { '9': [2, 1, 1, 1] })] }, []],
    ['only an epic in a project the viewer cannot see', { rollups: [aRollup('F', { '9': [1, 1, 0, 0] })] }, ['goal-no-work:J']],
    ['the same work, for a viewer who can see it', { projects: [A, R], alignments: [anAlignment('9', 'J')] }, []],
  ])('%s', (_name, input, expected) => {
    expect(ids(gapsOf(input)).filter((id) => id.startsWith('goal-no-work'))).toEqual(expected);
  });

  it('never calls a Self goal a plan without work: it is one person’s own leadership', () => {
    const me = aGoal({ id: 'M', title: 'Learn the engine', level: 'self', parentId: 'J', leaderId: 'acc-me', managerId: 'acc-me' });
    const gaps = gapsOf({ goals: [S, F, J, me], alignments: [anAlignment('1', 'J')] });
    expect(ids(gaps).filter((id) => id.startsWith('goal-no-work'))).toEqual([]);
  });

  it.each([
    ['draft', 'draft'],
    ['achieved', 'achieved'],
    ['archived', 'archived'],
  ] as const)('never flags a %s goal', (_name, status) => {
    const gaps = findGaps({ model: aModel({ goals: [aGoal({ id: 'D', status })], projects: [] }), untagged: [], onDeadGoals: [] });
    expect(gaps).toEqual([]);
  });
});

describe('goals without a leader or a manager', () => {
  it.each([
    ['both named', { leaderId: 'a', managerId: 'b' }, null],
    ['no leader', { leaderId: null }, 'Name a leader for the goal.'],
    ['no manager', { managerId: null }, 'Name a manager for the goal.'],
    ['neither', { leaderId: null, managerId: null }, 'Name a leader and a manager for the goal.'],
  ])('%s', (_name, over, fix) => {
    const g = aGoal({ id: 'S', ...over });
    const gap = findGaps({ model: aModel({ goals: [g], projects: [A], alignments: [anAlignment('1', 'S')] }), untagged: [], onDeadGoals: [] }).find(
      (x) => x.kind === 'goal-missing-roles',
    );
    expect(gap?.fix ?? null).toBe(fix);
    if (gap) expect(gap).toMatchObject({ level: 'strategy', who: 'A strategy editor', link: { target: 'goal', goalId: 'S' } });
  });
});

describe('goals that skip a level', () => {
  const P = aGoal({ id: 'P', title: 'Cut costs', level: 'project', parentId: 'S' });
  const skipping = (goals: Goal[]) =>
    findGaps({ model: aModel({ goals, projects: [A], alignments: [anAlignment('1', 'P')] }), untagged: [], onDeadGoals: [] }).filter(
      (x) => x.kind === 'goal-skips-level',
    );

  it('flags a project goal directly under a strategy goal, with its reason and who can fix it', () => {
    expect(skipping([S, F, J, P])).toEqual([
      {
        id: 'goal-skips-level:P',
        kind: 'goal-skips-level',
        level: 'project',
        subject: { kind: 'goal', id: 'P', title: 'Cut costs' },
        why: 'Project goal directly under a strategy goal: no functional team or process goal between, so no team answers for how it serves “Strategy”.',
        who: 'A strategy editor',
        fix: 'Move it under a functional team goal that serves “Strategy”, adding one if none fits.',
        link: { target: 'goal', goalId: 'P' },
      },
    ]);
  });

  it('leaves alone a project goal under a functional team goal, and goals that are not active', () => {
    expect(skipping([S, F, J])).toEqual([]);
    expect(skipping([S, { ...P, status: 'draft' }])).toEqual([]);
  });

  // A parent the viewer may not see is not judged: its level would say something about a goal out of their sight.
  it('says nothing when the viewer cannot see the goal above', () => {
    expect(skipping([P])).toEqual([]);
  });
});

describe('active goals whose timeframe has ended', () => {
  it.each([
    ['ended yesterday', { end: '2026-11-27' }, 'active', true],
    ['ends today', { end: '2026-11-28' }, 'active', false],
    ['has no end', { end: null }, 'active', false],
    ['ended but achieved', { end: '2026-01-31' }, 'achieved', false],
  ] as const)('a goal that %s', (_name, tf, status, flagged) => {
    const g = aGoal({ id: 'S', leaderId: 'acc-leader', status, timeframe: { start: '2026-01-01', ...tf } });
    const gaps = findGaps({ model: aModel({ goals: [g], projects: [A], alignments: [anAlignment('1', 'S')] }), untagged: [], onDeadGoals: [] });
    expect(gaps.some((x) => x.kind === 'timeframe-ended')).toBe(flagged);
    if (flagged)
      expect(gaps.find((x) => x.kind === 'timeframe-ended')).toMatchObject({
        why: expect.stringContaining('ended on 27 Nov 2026 but'),
        who: 'Lee Leader (its leader) or a strategy editor',
      });
  });
});

describe('work without direction and projects without a goal', () => {
  const untagged = [
    { id: '101', key: 'AAA-1', title: 'Chart upgrade', projectId: '1' },
    { id: '901', key: 'RES-1', title: 'Secret epic', projectId: '9' },
  ];

  it('flags an untagged epic of a browsable project, at its project’s level, with a link to the epic', () => {
    const gaps = gapsOf({ alignments: [anAlignment('1', 'J', 'process')] }, { untagged });
    const gap = gaps.find((g) => g.kind === 'epic-untagged');
    expect(gap).toMatchObject({
      id: 'epic-untagged:101',
      level: 'process',
      subject: { key: 'AAA-1', projectKey: 'AAA' },
      link: { target: 'issue', issueKey: 'AAA-1' },
    });
    expect(gap!.why).toMatch(/borrows its project’s goal/);
  });

  it('places an untagged epic of an untagged project at no level, next to its project’s gap', () => {
    const gaps = gapsOf({}, { untagged });
    expect(gaps.filter((g) => g.level === null).map((g) => g.id)).toEqual(['epic-untagged:101', 'project-untagged:1']);
    expect(gaps.find((g) => g.kind === 'project-untagged')).toMatchObject({
      who: 'Administrators of Apollo',
      link: { target: 'projectSettingsDetails', projectKey: 'AAA' },
    });
  });

  it('never lists an epic or project the viewer cannot browse, even when handed one', () => {
    const text = JSON.stringify(gapsOf({ alignments: [anAlignment('9', 'J')] }, { untagged }));
    expect(text).not.toMatch(/RES|Secret epic|Restricted/);
  });
});

describe('work tagged to an archived goal', () => {
  const dead = aGoal({ id: 'X', title: 'Old bet', level: 'project', parentId: 'F', status: 'archived' });

  it.each([
    ['a project aligned to it', { alignments: [anAlignment('1', 'X')] }, {}, ['archived-goal-work:1']],
    [
      'an epic tagged to it',
      { alignments: [anAlignment('1', 'J')] },
      { onDeadGoals: [{ id: '5', key: 'AAA-5', title: 'Old', projectId: '1', goalId: 'X', level: 'project' as const }] },
      ['archived-goal-work:5'],
    ],
    [
      'an epic tagged to a goal that no longer exists',
      { alignments: [anAlignment('1', 'J')] },
      { onDeadGoals: [{ id: '6', key: 'AAA-6', title: 'Lost', projectId: '1', goalId: 'gone', level: null }] },
      ['archived-goal-work:6'],
    ],
    [
      'an epic said to be on a dead goal that is live',
      { alignments: [anAlignment('1', 'J')] },
      { onDeadGoals: [{ id: '7', key: 'AAA-7', title: 'Fine', projectId: '1', goalId: 'J', level: null }] },
      [],
    ],
  ])('%s', (_name, input, extra, expected) => {
    const gaps = gapsOf({ goals: [S, F, J, dead], ...input }, extra);
    expect(ids(gaps.filter((g) => g.kind === 'archived-goal-work'))).toEqual(expected);
  });

  it('names the archived goal in why it matters', () => {
    const [gap] = gapsOf({ goals: [S, F, J, dead], alignments: [anAlignment('1', 'X')] }).filter((g) => g.kind === 'archived-goal-work');
    expect(gap!.why).toBe('It serves the archived goal “Old bet”, so its progress counts toward a goal no one pursues.');
  });
});

describe('counting and filtering gaps', () => {
  it('orders gaps from the top level down, work at no level last, and counts them per level and kind', () => {
    const noManager = aGoal({ id: 'S', managerId: null });
    const gaps = findGaps({
      model: aModel({ goals: [noManager, F, J], projects: [A] }),
      untagged: [{ id: '101', key: 'AAA-1', title: 'x', projectId: '1' }],
      onDeadGoals: [],
    });
    expect(gaps.map((g) => g.level)).toEqual(['strategy', 'strategy', 'functional', 'project', null, null]);
    expect(countByLevel(gaps)).toEqual([
      { level: 'strategy', total: 2, byKind: { 'goal-no-work': 1, 'goal-missing-roles': 1 } },
      { level: 'functional', total: 1, byKind: { 'goal-no-work': 1 } },
      { level: 'project', total: 1, byKind: { 'goal-no-work': 1 } },
      { level: null, total: 2, byKind: { 'epic-untagged': 1, 'project-untagged': 1 } },
    ]);
  });

  it('gives a project page its own gaps, its epics’ gaps and those of the goals in its chain', () => {
    const B = aProject('2', 'BBB');
    const gaps = findGaps({
      model: aModel({ goals: [S, F, J], projects: [A, B] }),
      untagged: [
        { id: '101', key: 'AAA-1', title: 'x', projectId: '1' },
        { id: '201', key: 'BBB-1', title: 'y', projectId: '2' },
      ],
      onDeadGoals: [],
    });
    expect(ids(gapsOfProject(gaps, '1', ['J', 'F']))).toEqual(['goal-no-work:F', 'goal-no-work:J', 'epic-untagged:101', 'project-untagged:1']);
  });
});

// The tree's rows, the tree macro and the radar say the same of a goal: its row carries every kind the radar lists
// for it, the input left unanswered among them, from the waiting input the model was loaded with.
describe('input left unanswered, on the radar and on the tree alike', () => {
  const old = aGoal({ id: 'O', title: 'Old bet', level: 'project', parentId: 'F', status: 'archived' });
  const waiting = new Map([
    ['J', { count: 2, oldest: '2026-10-01' }],
    ['O', { count: 1, oldest: '2026-10-02' }],
  ]);
  const model = { ...aModel({ goals: [S, F, J, old], projects: [A], alignments: [anAlignment('1', 'J')] }), waitingInput: waiting };

  it('puts the gap on the goal whose input waits, and on no other, archived goals aside', () => {
    expect(model.graph.byId.size).toBe(4);
    expect(goalGapKinds(model, J)).toEqual(['input-unanswered']);
    expect(goalGapKinds(model, F)).toEqual([]);
    expect(goalGapKinds(model, old)).toEqual([]);
    expect(goalGapKinds({ ...model, waitingInput: undefined }, J)).toEqual([]);
  });

  it('lists on the radar exactly the kinds each goal row carries, from the model alone', () => {
    const radar = findGaps({ model, untagged: [], onDeadGoals: [] });
    expect(ids(radar)).toContain('input-unanswered:J');
    for (const g of [S, F, J, old]) {
      const listed = radar.filter((x) => x.subject.kind === 'goal' && x.subject.id === g.id).map((x) => x.kind);
      expect({ goal: g.id, kinds: [...goalGapKinds(model, g)].sort() }).toEqual({ goal: g.id, kinds: [...listed].sort() });
    }
  });

  it('takes the waiting input the caller gives over the model’s', () => {
    const radar = findGaps({ model, untagged: [], onDeadGoals: [], waitingInput: new Map() });
    expect(radar.some((x) => x.kind === 'input-unanswered')).toBe(false);
  });
});
