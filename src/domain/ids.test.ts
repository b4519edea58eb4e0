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

  it('gives a goal the next free id when its slug is taken', () => {
    const taken = new Set(['g-grow-arr', 'g-grow-arr-2']);
    expect(goalIdFor('Grow ARR', (id) => taken.has(id))).toBe('g-grow-arr-3');
    expect(goalIdFor('Grow ARR', () => false)).toBe('g-grow-arr');
  });

  it('makes other ids from a prefix and 16 hex digits of a random UUID', () => {
    expect(entityIdFor('k', () => '0f8c6c1e-7d1a-4b8e-9a53-2f6d1c0b7a11')).toBe('k-0f8c6c1e7d1a4b8e');
  });

  it.each(['Grow ARR to $48M!', '__proto__', '\uD800 odd', 'x'.repeat(500)])('always makes a valid entity id, even from %p', (title) => {
    expect(EntityId.safeParse(goalIdFor(title, () => false)).success).toBe(true);
    expect(EntityId.safeParse(entityIdFor('m', () => 'ffffffff-ffff-ffff-ffff-ffffffffffff')).success).toBe(true);
  });
});
