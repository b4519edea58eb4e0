import { initialsOf, rankPeople } from './people';

const people = (...names: string[]) => names.map((displayName, i) => ({ accountId: `a${i}`, displayName }));

describe('the people picker’s order', () => {
  it('lists names that start with what was typed first, then names with a word that does, then the rest', () => {
    const found = people('Maria Tomás', 'Tom Becker', 'Anatoly Tomsk', 'Tomasz Nowak', 'Bartholomew Ito');
    expect(rankPeople(found, 'tom').map((p) => p.displayName)).toEqual(['Tom Becker', 'Tomasz Nowak', 'Maria Tomás', 'Anatoly Tomsk', 'Bartholomew Ito']);
  });

  it('ignores case and accents, and keeps Jira’s order within a rank', () => {
    const found = people('Zoë Ávila', 'Ava Stone', 'Ávalon Bright');
    expect(rankPeople(found, 'AVA').map((p) => p.displayName)).toEqual(['Ava Stone', 'Ávalon Bright', 'Zoë Ávila']);
  });

  it('keeps Jira’s order for an empty query', () => {
    expect(rankPeople(people('B', 'A'), ' ').map((p) => p.displayName)).toEqual(['B', 'A']);
  });

  it('shows initials when there is no avatar', () => {
    expect(initialsOf('Aisha Khan')).toBe('AK');
    expect(initialsOf('Cher')).toBe('C');
  });
});
