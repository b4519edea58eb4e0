// A gap's fix button: its words per target, and none on the page it would open.
import type { FixTarget } from '../../../src/shared/api/alignment';
import { fixLinkFrom, openLabel } from './gap-fix';

describe('a gap’s fix button', () => {
  it.each<[FixTarget, string]>([
    [{ target: 'issue', issueKey: 'INS-7' }, 'Open INS-7'],
    [{ target: 'projectSettingsDetails', projectKey: 'INS' }, 'Open INS settings'],
    [{ target: 'goal', goalId: 'g-a' }, 'Open the goal'],
  ])('names where it goes: %j', (link, words) => {
    expect(openLabel(link)).toBe(words);
  });

  it('is left out on the page of the goal it would open, and kept everywhere else', () => {
    const here: FixTarget = { target: 'goal', goalId: 'g-dashboards-v3' };
    expect(fixLinkFrom(here, 'g-dashboards-v3')).toBeNull();
    expect(fixLinkFrom(here, 'g-other')).toEqual(here);
    expect(fixLinkFrom(here)).toEqual(here);
    expect(fixLinkFrom({ target: 'issue', issueKey: 'INS-7' }, 'g-dashboards-v3')).toEqual({ target: 'issue', issueKey: 'INS-7' });
  });
});
