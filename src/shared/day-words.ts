// A calendar day in words, one way everywhere: "28 Nov 2026" (three-letter months, "Sep" whatever the browser's ICU
// says: Chromium's en-GB writes "Sept"), in the server's sentences and on every page.
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** 'YYYY-MM-DD' → "28 Nov 2026". */
export const dayWords = (date: string): string =>
  `${Number(date.slice(8, 10))} ${MONTH_ABBREVIATIONS[Number(date.slice(5, 7)) - 1] ?? '?'} ${date.slice(0, 4)}`;
