import { EntityId } from '../shared/model/common';
import { entityIdFor, goalIdFor, slugOf } from './ids';

describe('making ids', () => {
  it.each([
    ['Grow ARR to $48M!', 'grow-arr-to-48m'],
    ['Réduire les coûts', 'reduire-les-couts'],
    ['  --  ', 'goal'],
    ['日本語の目標', 'goal'],
    ['a'.repeat(39) + ' b', 'a'.repeat(39)],
  ])('slugs %p as %p', (title, slug) => {
    expect(slugOf(title)).toBe(slug);
  });

  const uuids = (...hex: string[]) => {
    let i = 0;
    return () => hex[Math.min(i++, hex.length - 1)]!;
  };

  it('gives a goal its slug and six random hex digits, whatever the catalog holds', () => {
    expect(goalIdFor('Grow ARR', () => false, uuids('3f9a1c0e-7d1a-4b8e-9a53-2f6d1c0b7a11'))).toBe('g-grow-arr-3f9a1c');
    // Taken or not, the plain slug is never the id: an id never tells whether another goal with that title exists.
    const seen = new Set<string>();
    expect(goalIdFor('Grow ARR', (id) => (seen.add(id), false), uuids('00aa11bb-0000-4000-8000-000000000000'))).toBe('g-grow-arr-00aa11');
    expect([...seen]).toEqual(['g-grow-arr-00aa11']);
  });

  it('draws again on the rare clash, and ends with a longer draw', () => {
    const taken = new Set(['g-grow-arr-aaaaaa']);
    expect(goalIdFor('Grow ARR', (id) => taken.has(id), uuids('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', 'bbbbbbbb-0000-4000-8000-000000000000'))).toBe(
      'g-grow-arr-bbbbbb',
    );
    expect(goalIdFor('Grow ARR', () => true, uuids('cccccccc-dddd-4eee-8fff-000000000000'))).toBe('g-grow-arr-ccccccccdddd4eee');
  });

  it('makes other ids from a prefix and 16 hex digits of a random UUID', () => {
    expect(entityIdFor('k', () => '0f8c6c1e-7d1a-4b8e-9a53-2f6d1c0b7a11')).toBe('k-0f8c6c1e7d1a4b8e');
  });

  it.each(['Grow ARR to $48M!', '__proto__', '\uD800 odd', 'x'.repeat(500)])('always makes a valid entity id, even from %p', (title) => {
    expect(
      EntityId.safeParse(
        goalIdFor(
          title,
          () => true,
          () => 'ffffffff-ffff-ffff-ffff-ffffffffffff',
        ),
      ).success,
    ).toBe(true);
    expect(EntityId.safeParse(entityIdFor('m', () => 'ffffffff-ffff-ffff-ffff-ffffffffffff')).success).toBe(true);
  });
});
