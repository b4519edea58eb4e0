// The fingerprint of an import part is cyrb53 and must stay that: a check's state keeps the fingerprints of parts it
// read, and an apply after a deploy compares against them.
import { textHash } from './text-hash';

describe('textHash', () => {
  it('gives cyrb53’s values (the published one for "a" among them)', () => {
    expect(textHash('')).toBe(3338908027751811);
    expect(textHash('a')).toBe(7929297801672961);
    expect(textHash('{"store":"goal","key":"g-grow-arr"}')).toBe(5087406713839550);
    expect(textHash('é✓€')).toBe(6130561100250423);
  });

  it('tells apart parts that differ in one character, or only in order', () => {
    const part = `{"records":[${'{"store":"audit","key":"e-1"},'.repeat(2_000)}]}`;
    const changed = part.slice(0, 30_000) + 'f' + part.slice(30_001);
    expect(textHash(changed)).not.toBe(textHash(part));
    expect(textHash('ab')).not.toBe(textHash('ba'));
    expect(Number.isSafeInteger(textHash(part))).toBe(true);
  });
});
