import { utf8Bytes } from './utf8';

describe('utf8Bytes', () => {
  it('counts as TextEncoder does, for one-, two-, three- and four-byte characters and a lone surrogate', () => {
    for (const text of ['', 'plain', 'é', '✓ done', '😀 and 🇩🇪', 'a\uD800b', '\uDFFF']) {
      expect(utf8Bytes(text)).toBe(new TextEncoder().encode(text).length);
    }
  });
});
