// Strategy editors, as a table.
import { isStrategyEditor } from './permissions';

describe('who edits strategy', () => {
  it.each([
    ['a Jira admin in no group', { isJiraAdmin: true, groups: [] }, [], true],
    ['a member of a configured group', { isJiraAdmin: false, groups: ['staff', 'strategy'] }, ['strategy'], true],
    ['a member of other groups only', { isJiraAdmin: false, groups: ['staff'] }, ['strategy'], false],
    ['anyone when no group is configured', { isJiraAdmin: false, groups: ['staff'] }, [], false],
    ['a near-miss group name', { isJiraAdmin: false, groups: ['Strategy'] }, ['strategy'], false],
  ])('%s → %s', (_name, facts, groups, expected) => {
    expect(isStrategyEditor(facts, { strategyEditorGroups: groups })).toBe(expected);
  });
});
