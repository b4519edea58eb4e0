// Names for ids: people from the catalog (or a form), goals by title, and words for what the catalog does not know.
import { aGoal, summaryOf } from '../../../test/builders/goals';
import { makeNamer, withPeople } from './namer';

const view = { people: [{ accountId: 'acc-leader', displayName: 'Lee Leader' }], goals: [summaryOf(aGoal({ id: 'S', title: 'Grow revenue' }))] };

describe('naming people and goals from the catalog', () => {
  const names = makeNamer(view, { 'acc-extra': 'Ext Ra' });

  it('names a person the catalog knows, and one passed in besides', () => {
    expect([names.person('acc-leader'), names.person('acc-extra')]).toEqual(['Lee Leader', 'Ext Ra']);
  });

  it('shows the account id of a person nobody knows, and says it does not know them', () => {
    expect(names.person('acc-stranger')).toBe('acc-stranger');
    expect(names.knownPerson('acc-stranger')).toBeUndefined();
    expect(names.knownPerson('acc-leader')).toBe('Lee Leader');
  });

  it('names a goal by title, and says when it no longer exists', () => {
    expect(names.goal('S')).toBe('Grow revenue');
    expect(names.goal('gone')).toBe('A goal that no longer exists, or that you may not see');
  });

  it("lets a name passed in replace the catalog's", () => {
    expect(makeNamer(view, { 'acc-leader': 'Lee L. (renamed)' }).person('acc-leader')).toBe('Lee L. (renamed)');
  });
});

describe('naming people picked in a form', () => {
  const names = withPeople(makeNamer(view), [
    { accountId: 'acc-new', displayName: 'New Person' },
    null,
    { accountId: 'acc-leader', displayName: 'Stale name' },
  ]);

  it('knows a person picked in the form who is not in the catalog yet', () => {
    expect(names.person('acc-new')).toBe('New Person');
    expect(names.knownPerson('acc-new')).toBe('New Person');
  });

  it("prefers the catalog's name for a person it already knows", () => {
    expect(names.person('acc-leader')).toBe('Lee Leader');
  });

  it('still shows the account id of a stranger and names goals as before', () => {
    expect(names.person('acc-stranger')).toBe('acc-stranger');
    expect(names.knownPerson('acc-stranger')).toBeUndefined();
    expect(names.goal('S')).toBe('Grow revenue');
  });
});
