// A fingerprint of an uploaded part of an import file (53 bits, cyrb53): taken when the part is checked and compared
// whenever it is read again, so what an import writes is the text that was checked. Not a defence against a forger:
// the one who uploads is the admin who may import anything valid.
// Math.imul read once: a global looked up on every character is slow wherever globals are not plain (Jest's vm
// context made the hash of a 3 MB file take seconds instead of milliseconds).
const { imul } = Math;

export const textHash = (s: string): number => {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = imul(h1 ^ c, 2654435761);
    h2 = imul(h2 ^ c, 1597334677);
  }
  h1 = imul(h1 ^ (h1 >>> 16), 2246822507) ^ imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = imul(h2 ^ (h2 >>> 16), 2246822507) ^ imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
};
