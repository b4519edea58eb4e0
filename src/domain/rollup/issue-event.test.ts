// Reading Jira issue events: which ones can change a roll-up, and which parents an issue left.
import { IssueEventPayload } from '../../shared/issue-event';
import { factsOf } from './issue-event';

const POINTS = 'customfield_10016';
const updated = (items: Array<Record<string, unknown>> | null) =>
  IssueEventPayload.parse({
    eventType: 'avi:jira:updated:issue',
    issue: { id: '10300', key: 'INS-7', fields: { issuetype: { name: 'Story', hierarchyLevel: 0 }, parent: { id: '10200', key: 'INS-1' } } },
    atlassianId: 'acc-1',
    ...(items ? { changelog: { id: '1', items } } : {}),
  });

describe('reading an issue event', () => {
  it.each<[string, Array<Record<string, unknown>> | null, boolean]>([
    ['a status change', [{ field: 'status', fieldtype: 'jira', fieldId: 'status', from: '1', to: '3' }], true],
    ['a new parent (IssueParentAssociation)', [{ field: 'IssueParentAssociation', fieldtype: 'jira', from: '10200', to: '10201' }], true],
    ['a new parent (parent field)', [{ field: 'Parent', fieldId: 'parent', from: null, to: '10201' }], true],
    [
      'a move to another project',
      [
        { field: 'project', fieldId: 'project', from: '10100', to: '10101' },
        { field: 'Key', fieldId: 'issuekey' },
      ],
      true,
    ],
    ['new story points', [{ field: 'Story point estimate', fieldId: POINTS, from: null, to: '5' }], true],
    ['a new issue type', [{ field: 'issuetype', fieldId: 'issuetype', from: '10001', to: '10002' }], true],
    ['a summary edit', [{ field: 'summary', fieldId: 'summary', from: null, to: null }], false],
    [
      'labels and assignee',
      [
        { field: 'labels', fieldId: 'labels' },
        { field: 'assignee', fieldId: 'assignee' },
      ],
      false,
    ],
    ['an update without a changelog', null, true],
  ])('%s → affects roll-ups: %p', (_name, items, expected) => {
    expect(factsOf(updated(items), POINTS).affectsRollups).toBe(expected);
  });

  it('counts an epic renamed (or an issue of unknown level), whose roll-up keeps its title, but not a story renamed', () => {
    const renamed = (hierarchyLevel?: number) =>
      IssueEventPayload.parse({
        eventType: 'avi:jira:updated:issue',
        issue: { id: '10200', fields: { issuetype: { name: 'Epic', ...(hierarchyLevel === undefined ? {} : { hierarchyLevel }) } } },
        changelog: { id: '2', items: [{ field: 'summary', fieldId: 'summary', from: null, to: null }] },
      });
    expect(factsOf(renamed(1), POINTS).affectsRollups).toBe(true);
    expect(factsOf(renamed(0), POINTS).affectsRollups).toBe(false);
    expect(factsOf(renamed(), POINTS).affectsRollups).toBe(true);
  });

  it('collects the parents an issue left, ignoring empty and non-numeric values', () => {
    const f = factsOf(
      updated([
        { field: 'IssueParentAssociation', from: '10200', to: '10201' },
        { field: 'Parent', fieldId: 'parent', from: 'x', to: '1' },
        { field: 'Epic Link', from: null, to: '1' },
      ]),
      POINTS,
    );
    expect(f.formerParentIds).toEqual(['10200']);
  });

  it('treats creation and deletion as always relevant and reads the payload’s parent and type', () => {
    const deleted = IssueEventPayload.parse({ eventType: 'avi:jira:deleted:issue', issue: { id: 10500, fields: { issuetype: { hierarchyLevel: 1 } } } });
    expect(factsOf(deleted, POINTS)).toEqual({ kind: 'deleted', issueId: '10500', affectsRollups: true, formerParentIds: [], payloadIsEpic: true });
    const created = factsOf(updated(null), POINTS);
    expect(created.payloadParentId).toBe('10200');
  });

  it('refuses events it does not handle', () => {
    expect(IssueEventPayload.safeParse({ eventType: 'avi:jira:viewed:issue', issue: { id: '1' } }).success).toBe(false);
  });
});
