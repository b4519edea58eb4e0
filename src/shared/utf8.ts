// The size text takes as UTF-8, counted without encoding it: what the platform carries and stores is measured so.

/** UTF-8 bytes of a string (a surrogate pair is 4; a lone surrogate 3, as an encoder would replace it). */
export const utf8Bytes = (text: string): number => {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
};
