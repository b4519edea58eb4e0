// Who sees a restricted goal: editors, the people of it or a goal below it, and those who may browse work serving it.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import { claimsToVouch, restrictedSubtreeIds, visibleGoalIds, visibleGoals, vouchedTag, workIndexOf, type GoalViewer, type WorkIndex } from './visibility';

// S → F → R (restricted) → J; S → O (open sibling). R is led by 'acc-r', J managed by 'acc-j'.
const catalog = (over: { rRestricted?: boolean; sRestricted?: boolean } = {}) =>
  [
    aGoal({ id: 'S', level: 'strategy', leaderId: 'acc-s', managerId: null, restricted: over.sRestricted ?? false }),
    aGoal({ id: 'F', level: 'functional', parentId: 'S', leaderId: null, managerId: null }),
    aGoal({ id: 'O', level: 'functional', parentId: 'S', leaderId: null, managerId: null }),
    aGoal({ id: 'R', level: 'process', parentId: 'F', leaderId: 'acc-r', managerId: null, restricted: over.rRestricted ?? true }),
    aGoal({ id: 'J', level: 'project', parentId: 'R', leaderId: null, managerId: 'acc-j' }),
  ].map(summaryOf);

const viewer = (over: Partial<GoalViewer> = {}): GoalViewer => ({ accountId: 'acc-x', isEditor: false, browsableProjectIds: new Set(), ...over });
const work: WorkIndex = new Map([
  ['R', ['100']],
  ['J', ['200']],
  ['O', ['300']],
]);
const sorted = (ids: Set<string>) => [...ids].sort();

describe('which goals a viewer sees', () => {
  it.each<[string, GoalViewer, ReturnType<typeof catalog>, string[]]>([
    ['everyone sees a catalog without restricted goals', viewer(), catalog({ rRestricted: false }), ['F', 'J', 'O', 'R', 'S']],
    ['an outsider sees neither a restricted goal nor what is below it', viewer(), catalog(), ['F', 'O', 'S']],
    ['a strategy editor sees everything', viewer({ isEditor: true }), catalog(), ['F', 'J', 'O', 'R', 'S']],
    ['its leader sees it and what is below it', viewer({ accountId: 'acc-r' }), catalog(), ['F', 'J', 'O', 'R', 'S']],
    ['the manager of a goal below it sees it', viewer({ accountId: 'acc-j' }), catalog(), ['F', 'J', 'O', 'R', 'S']],
    ['whoever may browse a project serving it sees it', viewer({ browsableProjectIds: new Set(['100']) }), catalog(), ['F', 'J', 'O', 'R', 'S']],
    ['whoever may browse a project serving a goal below it sees it', viewer({ browsableProjectIds: new Set(['200']) }), catalog(), ['F', 'J', 'O', 'R', 'S']],
    ['browsing work of an unrelated goal does not admit', viewer({ browsableProjectIds: new Set(['300']) }), catalog(), ['F', 'O', 'S']],
    ['a hidden restricted strategy goal hides the whole tree under it', viewer(), catalog({ sRestricted: true, rRestricted: false }), []],
    [
      'work below admits through every restricted ancestor',
      viewer({ browsableProjectIds: new Set(['200']) }),
      catalog({ sRestricted: true }),
      ['F', 'J', 'O', 'R', 'S'],
    ],
    [
      'work that admits to a lower goal does not reach a sibling branch',
      viewer({ browsableProjectIds: new Set(['300']) }),
      catalog({ sRestricted: true }),
      ['F', 'O', 'S'],
    ],
    ['a leader high up is not admitted to a restricted goal below', viewer({ accountId: 'acc-s' }), catalog(), ['F', 'O', 'S']],
  ])('%s', (_name, who, goals, expected) => {
    expect(sorted(visibleGoalIds(goals, who, work))).toEqual(expected);
  });

  it('keeps the catalog order', () => {
    expect(visibleGoals(catalog(), viewer(), work).map((g) => g.id)).toEqual(['S', 'F', 'O']);
  });

  it('ends on a cycle in bad data', () => {
    const loop = [
      aGoal({ id: 'A', parentId: 'B', restricted: true, leaderId: null, managerId: null }),
      aGoal({ id: 'B', parentId: 'A', leaderId: null, managerId: null }),
    ].map(summaryOf);
    expect(sorted(visibleGoalIds(loop, viewer(), new Map()))).toEqual([]);
  });
});

describe('the work index', () => {
  it('counts project alignments and projects with epics tagged to the goal, not empty roll-up entries', () => {
    const points = { todo: 0, inProgress: 0, done: 0 };
    const counts = { todo: 0, inProgress: 0, done: 0 };
    const index = workIndexOf(
      [{ projectId: '1', goalId: 'A' }],
      new Map([['A', { byProject: { '2': { epics: 3, counts, points }, '3': { epics: 0, counts, points } } }]]),
    );
    expect(index.get('A')).toEqual(['1', '2']);
  });
});

describe('an epic tag read from Jira', () => {
  const restricted = restrictedSubtreeIds(catalog());

  it('takes the restricted goal and every goal below it as the ones a tag must be vouched for', () => {
    expect([...restricted].sort()).toEqual(['J', 'R']);
  });

  it.each<[string, string, string | undefined, boolean]>([
    ['an open goal, with no mirror', 'O', undefined, true],
    ['an open goal, the mirror naming another', 'O', 'F', true],
    ['the restricted goal, confirmed by the mirror', 'R', 'R', true],
    ['the restricted goal, with no mirror (written outside the app)', 'R', undefined, false],
    ['the restricted goal, the mirror naming another', 'R', 'O', false],
    ['a goal below the restricted one, with no mirror', 'J', undefined, false],
  ])('counts a tag naming %s: %s', (_name, goalId, mirrored, counts) => {
    const tag = { goalId, level: 'project' as const };
    expect(vouchedTag(tag, mirrored, restricted)).toEqual(counts ? tag : null);
  });
});

describe('claimsToVouch', () => {
  it('asks the mirror for a tag naming the restricted subtree or no goal at all, and for no other', () => {
    const suspect = claimsToVouch(catalog());
    expect(['R', 'J', 'g-nope'].filter((id) => suspect.has(id))).toEqual(['R', 'J', 'g-nope']);
    expect(['S', 'F', 'O'].filter((id) => suspect.has(id))).toEqual([]);
  });

  it('makes a tag naming no goal count only when the app wrote it, as one naming a restricted goal does', () => {
    const suspect = claimsToVouch(catalog());
    for (const goalId of ['R', 'g-nope']) {
      const tag = { goalId, level: 'project' as const };
      expect(vouchedTag(tag, undefined, suspect)).toBeNull();
      expect(vouchedTag(tag, 'O', suspect)).toBeNull();
      expect(vouchedTag(tag, goalId, suspect)).toBe(tag);
    }
    expect(vouchedTag({ goalId: 'O', level: 'project' as const }, undefined, suspect)).toEqual({ goalId: 'O', level: 'project' });
  });
});
