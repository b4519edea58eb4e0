// The goal behind an issue: from the epic's tag, else the project's, else nothing, with the chain above it.
import { aGoal, smallCatalog, summaryOf } from '../../../test/builders/goals';
import type { ProjectAlignment } from '../../shared/model/project-alignment';
import { composeGoalContext, type GoalContextFacts } from './goal-context';

const project: ProjectAlignment = {
  projectId: '10100',
  level: 'process',
  goalId: 'P',
  leaderId: 'acc-pl',
  managerId: null,
  version: 1,
  updatedAt: '2026-01-01T00:00:00Z',
  updatedBy: 'acc-exec',
  names: { 'acc-pl': 'Pat Lead' },
};

const facts = (over: Partial<GoalContextFacts> = {}): GoalContextFacts => ({
  issue: {
    id: '1',
    key: 'INS-2',
    summary: 'Story',
    typeName: 'Story',
    isEpic: false,
    isSubtask: false,
    project: { id: '10100', key: 'INS', name: 'Insights' },
  },
  epic: { id: '9', key: 'INS-1', summary: 'Epic' },
  epicTag: { goalId: 'J', level: 'project' },
  projectAlignment: project,
  goals: smallCatalog().map(summaryOf),
  people: { 'acc-leader': 'Lee Leader', 'acc-manager': 'Max Manager' },
  canTagEpic: true,
  ...over,
});

const chainIds = (c: ReturnType<typeof composeGoalContext>) => c.chain.map((l) => l.id);

describe('the goal behind an issue', () => {
  it('comes from the epic tag when the epic is tagged', () => {
    const c = composeGoalContext(facts());
    expect(c.source).toBe('epic');
    expect(chainIds(c)).toEqual(['J', 'P', 'F', 'S']);
    expect(c.reachesStrategy).toBe(true);
    expect(c.chain[0]).toMatchObject({ leader: { displayName: 'Lee Leader' }, manager: { displayName: 'Max Manager' } });
  });

  it('falls back to the project tag when the epic is untagged, and says so', () => {
    const c = composeGoalContext(facts({ epicTag: null }));
    expect(c.source).toBe('project');
    expect(chainIds(c)).toEqual(['P', 'F', 'S']);
    expect(c.projectAlignment).toMatchObject({ leader: { displayName: 'Pat Lead' }, manager: null });
  });

  it('says plainly when nothing is aligned', () => {
    const c = composeGoalContext(facts({ epicTag: null, projectAlignment: null }));
    expect(c).toMatchObject({ source: 'none', chain: [], reachesStrategy: false });
  });

  it('shows an archived goal as archived, not as an error', () => {
    const goals = [...smallCatalog().map(summaryOf), summaryOf(aGoal({ id: 'Z', level: 'project', parentId: 'S', status: 'archived' }))];
    const c = composeGoalContext(facts({ epicTag: { goalId: 'Z', level: 'project' }, goals }));
    expect(c.chain[0]).toMatchObject({ id: 'Z', status: 'archived' });
  });

  it('shows a deleted goal as missing', () => {
    const c = composeGoalContext(facts({ epicTag: { goalId: 'deleted', level: 'project' } }));
    expect(c.chain).toEqual([{ kind: 'missing', id: 'deleted' }]);
    expect(c.reachesStrategy).toBe(false);
  });

  it('offers tagging only on an epic the viewer may edit', () => {
    expect(composeGoalContext(facts()).canTagEpic).toBe(false);
    const epicIssue = { ...facts().issue, isEpic: true };
    expect(composeGoalContext(facts({ issue: epicIssue, canTagEpic: true })).canTagEpic).toBe(true);
    expect(composeGoalContext(facts({ issue: epicIssue, canTagEpic: false })).canTagEpic).toBe(false);
  });

  it('names an unknown person as such rather than showing an id', () => {
    const c = composeGoalContext(facts({ people: {} }));
    expect(c.chain[0]).toMatchObject({ leader: { accountId: 'acc-leader', displayName: 'Unknown user' } });
  });

  it('gives each goal of the chain its KPI health, and none to a goal not evaluated yet', () => {
    const health = (state: 'on-track' | 'off-track') => ({
      state,
      kpis: 1,
      onTrack: state === 'on-track' ? 1 : 0,
      atRisk: 0,
      offTrack: state === 'off-track' ? 1 : 0,
      stale: 0,
      noData: 0,
      asOf: '2026-11-28',
      computedAt: '2026-11-28T03:00:00.000Z',
    });
    const c = composeGoalContext(facts({ health: { J: health('off-track'), S: health('on-track') } }));
    expect(c.chain.map((l) => [l.id, l.kind === 'goal' ? (l.health?.state ?? null) : 'missing'])).toEqual([
      ['J', 'off-track'],
      ['P', null],
      ['F', null],
      ['S', 'on-track'],
    ]);
  });
});
