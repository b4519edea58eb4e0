// Tagging an epic writes to Jira and to storage: a failed lookup must leave nothing written.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import { AppFailure } from '../../shared/errors';
import type { PanelIssue } from '../ports/jira';
import { unaskedViewer } from '../../../test/builders/viewer';
import { tagEpic, type TagEpicDeps } from './tag-epic';

const epic = {
  id: '101',
  key: 'INS-1',
  properties: {},
  editable: true,
  fields: { summary: 'E', issuetype: { name: 'Epic', hierarchyLevel: 1, subtask: false }, project: { id: '10100', key: 'INS', name: 'Insights' } },
} as unknown as PanelIssue;

const depsWith = (namesOf: TagEpicDeps['namesOf']) => {
  const written: string[] = [];
  const deps: TagEpicDeps = {
    issue: async () => epic,
    catalog: async () => ({ revision: 1, goals: [summaryOf(aGoal({ id: 'g-p', level: 'project' }))], people: {} }),
    viewer: unaskedViewer(),
    writeProperty: async () => void written.push('property'),
    deleteProperty: async () => void written.push('delete property'),
    putMirror: async () => void written.push('mirror'),
    deleteMirror: async () => void written.push('delete mirror'),
    audit: async () => void written.push('audit'),
    namesOf,
    now: () => new Date('2026-11-28T10:00:00Z'),
    auditId: () => 'a-1',
  };
  return { deps, written };
};

describe('tagging an epic', () => {
  it('writes nothing when looking up the people’s names fails (Jira busy)', async () => {
    const { deps, written } = depsWith(async () => {
      throw new AppFailure('RATE_LIMITED', 'Jira is busy');
    });
    await expect(tagEpic(deps, 'acc-1', 'INS-1', { goalId: 'g-p', level: 'project', leaderId: 'acc-2' })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(written).toEqual([]);
  });

  it('writes the property, then the mirror, then the audit, once every name is known', async () => {
    const { deps, written } = depsWith(async (ids) => Object.fromEntries(ids.map((id) => [id, `Name of ${id}`])));
    await tagEpic(deps, 'acc-1', 'INS-1', { goalId: 'g-p', level: 'project', leaderId: 'acc-2' });
    expect(written).toEqual(['property', 'mirror', 'audit']);
  });
});
