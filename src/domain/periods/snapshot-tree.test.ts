// The tree "as of" a closed period, built from the snapshots: cut to the reader's goals and projects like a live
// tree, judged on the close day, going down to projects only (a snapshot keeps no epics).
import { aGoal, smallCatalog, summaryOf } from '../../../test/builders/goals';
import { anAlignment, aProject, aRollup } from '../../../test/builders/alignment';
import type { GoalSnapshot } from '../../shared/model/period';
import { planSnapshotTree, snapshotHealth, snapshotModel } from './snapshot-tree';

const CLOSED_AT = '2026-09-30T18:00:00.000Z';
const A = aProject('1', 'AAA', 'Apollo');
const R = aProject('9', 'RES', 'Restricted deal');

const aSnapshot = (goalId: string, over: Partial<GoalSnapshot> = {}): GoalSnapshot => ({
  periodId: 'p-q3',
  goal: summaryOf(smallCatalog().find((g) => g.id === goalId) ?? aGoal({ id: goalId })),
  work: {},
  alignedProjects: [],
  kpis: [],
  lastCheckIn: null,
  agreements: { reliesOn: 0, supports: 0, open: 0, commitment: null },
  rule: 'issues-done',
  people: {},
  closedAt: CLOSED_AT,
  closedDay: '2026-09-30',
  ...over,
});

// S → F → P → J; A aligned to J with work there, R aligned to F with work there.
const snaps = (): GoalSnapshot[] => [
  aSnapshot('S'),
  aSnapshot('F', { alignedProjects: ['9'], alignments: [anAlignment('9', 'F', 'functional')], work: aRollup('F', { '9': [2, 1, 0, 3] }).byProject }),
  aSnapshot('P'),
  aSnapshot('J', { alignedProjects: ['1'], work: aRollup('J', { '1': [1, 1, 1, 2] }).byProject }),
];
const everyone = new Set(['S', 'F', 'P', 'J']);

describe('the tree as of a closed period', () => {
  it('counts only the work of the projects the reader may browse now', () => {
    const m = snapshotModel(snaps(), { projects: [A], visible: everyone });
    const plan = planSnapshotTree(m, [{ kind: 'goal', goalId: 'S' }], 8)!;
    const root = plan.items[0]!;
    expect(root.kind === 'row' && root.row.node.totals).toMatchObject({ epics: 1, counts: { todo: 1, inProgress: 1, done: 2 } });
    const projects = plan.items.flatMap((i) => (i.kind === 'row' && i.row.node.kind === 'project' ? [i.row.node.key] : []));
    expect(projects).toEqual(['AAA']);
  });

  it('leaves out the goals the reader may not see, and their work', () => {
    const m = snapshotModel(snaps(), { projects: [A, R], visible: new Set(['S']) });
    expect([...m.graph.byId.keys()]).toEqual(['S']);
    expect(planSnapshotTree(m, [{ kind: 'goal', goalId: 'F' }], 2)).toBeUndefined();
  });

  it('goes down to projects and keeps back no epics, whatever the depth', () => {
    const m = snapshotModel(snaps(), { projects: [A, R], visible: everyone });
    const plan = planSnapshotTree(m, [{ kind: 'goal', goalId: 'S' }], 8)!;
    expect(plan.slots).toEqual([]);
    expect(plan.items.every((i) => i.kind === 'row')).toBe(true);
    const atLimit = planSnapshotTree(m, [{ kind: 'goal', goalId: 'F' }], 1)!;
    const project = atLimit.items.find((i) => i.kind === 'row' && i.row.node.kind === 'project');
    expect(project?.kind === 'row' && project.row.hiddenChildren).toBe(0);
  });

  it('names an aligned project’s level from the snapshot, and from its goal when the snapshot predates kept alignments', () => {
    const m = snapshotModel(snaps(), { projects: [A, R], visible: everyone });
    expect(m.alignmentOf.get('9')).toMatchObject({ goalId: 'F', level: 'functional' });
    expect(m.alignmentOf.get('1')).toMatchObject({ goalId: 'J', level: 'project', leaderId: null, managerId: null });
  });

  it('judges gaps and health on the close day', () => {
    const m = snapshotModel(snaps(), { projects: [A], visible: everyone });
    expect(m.today).toBe('2026-09-30');
    expect(snapshotHealth(aSnapshot('S'))).toMatchObject({ state: 'no-kpis', kpis: 0, asOf: '2026-09-30', computedAt: CLOSED_AT });
  });
});
