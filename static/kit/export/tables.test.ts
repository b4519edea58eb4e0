import type { Gap, TreeNode } from '../../../src/shared/api/alignment';
import type { SubtreeView } from '../../../src/shared/api/macros';
import { BOM } from './csv';
import { alignmentRows } from './alignment-rows';
import { alignmentCsv, gapsCsv } from './tables';

const totals = { epics: 1, counts: { todo: 1, inProgress: 2, done: 3 }, points: { todo: 0, inProgress: 0, done: 0 } };
const goal = (goalId: string, title: string): TreeNode => ({
  kind: 'goal',
  goalId,
  title,
  level: 'strategy',
  status: 'active',
  leader: { accountId: 'a1', displayName: 'Helen Marsh' },
  manager: null,
  totals,
  progress: 0.5,
  childGoals: 0,
  projects: 1,
  gaps: [],
});
const epic: TreeNode = {
  kind: 'epic',
  issueId: '10',
  key: 'INS-1',
  title: '=cmd()',
  status: { name: 'Done', category: 'done' },
  level: null,
  leader: null,
  manager: null,
  totals,
  progress: 1,
  gaps: [],
};
const lines = (csv: string) => csv.slice(BOM.length).split('\r\n');

describe('the alignment tree as CSV', () => {
  it('writes a row per node with its depth, type, people, work and progress; a title that looks like a formula is inert', () => {
    const csv = alignmentCsv([
      { depth: 0, node: goal('g1', 'Grow, fast'), hiddenChildren: 0 },
      { depth: 1, node: epic, hiddenChildren: 0 },
    ]);
    expect(lines(csv)).toEqual([
      'Depth,Type,Id or key,Title,Level,Status,Leader,Manager,Epics,Issues to do,Issues in progress,Issues done,Progress %,Gaps',
      '0,Goal,g1,"Grow, fast",Strategy,Active,Helen Marsh,,1,1,2,3,50,',
      "1,Epic,INS-1,'=cmd(),,Done,,,1,1,2,3,100,",
      '',
    ]);
  });

  it('reads every page below each root goal, to the full depth', async () => {
    const asked: unknown[] = [];
    const page = (rows: number, cursor: string | null): SubtreeView => ({
      asOf: null,
      rule: 'issues-done',
      rows: Array.from({ length: rows }, () => ({ depth: 1, node: epic, hiddenChildren: 0 })),
      truncated: cursor !== null,
      cursor,
    });
    const pages = [page(2, '0.2'), page(1, null), page(1, null)];
    const rows = await alignmentRows([goal('g1', 'A'), goal('g2', 'B')], async (q) => {
      asked.push(q);
      return pages.shift()!;
    });
    expect(rows).toHaveLength(4);
    expect(asked).toEqual([
      { parent: { kind: 'goal', goalId: 'g1' }, depth: 8 },
      { parent: { kind: 'goal', goalId: 'g1' }, depth: 8, cursor: '0.2' },
      { parent: { kind: 'goal', goalId: 'g2' }, depth: 8 },
    ]);
  });
});

describe('the gaps as CSV', () => {
  it('writes each gap with its level, subject, why, who and how', () => {
    const gap: Gap = {
      id: 'x',
      kind: 'epic-untagged',
      level: null,
      subject: { kind: 'epic', id: '10', key: 'INS-1', title: 'Onboarding', projectId: '1', projectKey: 'INS' },
      why: 'Nobody knows why it is done.',
      who: 'Project admins of INS',
      fix: 'Tag the epic',
      link: { target: 'issue', issueKey: 'INS-1' },
    };
    expect(lines(gapsCsv([gap]))[1]).toMatch(/^[^,]+,No level,Epic,INS-1,Onboarding,INS,Nobody knows why it is done\.,Project admins of INS,Tag the epic$/);
  });
});
