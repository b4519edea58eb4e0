// A number in words, one way everywhere: the server's sentences ("99.93% on 7 Dec 2026 is well inside…") and every page
// (the KPI's figure beside it). Thousands separated, no trailing zeros; two decimals below 100 (uptime reads 99.93%,
// not 99.9%), one from 100 up (a figure that large needs no more).
const UP_TO_TWO = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export const numberWords = (v: number): string => UP_TO_TWO.format(Math.abs(v) >= 100 ? Math.round(v * 10) / 10 : v);
