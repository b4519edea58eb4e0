// CSV as spreadsheets read it (RFC 4180): cells quoted when they hold a comma, a quote or a line break, rows ended by
// CRLF, a byte-order mark first so Excel reads UTF-8. Text that a spreadsheet would run as a formula (starting with
// = + - @, a tab or a carriage return) is made inert with a leading apostrophe: goal titles are user text.
export type Cell = string | number | boolean | null | undefined;

// Also after leading spaces or invisible characters (some spreadsheets skip them), and in their fullwidth forms
// (which some spreadsheets read as the ASCII ones): epic titles, project and people names come from Jira untrimmed.
const FORMULA_START = /^[\s\u00a0\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]*[=+\-@\uff1d\uff0b\uff0d\uff20]|^[\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as CSV text; numbers stay numbers (a negative number is no formula). */
export const csvCell = (value: Cell): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const inert = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(inert) ? `"${inert.replace(/"/g, '""')}"` : inert;
};

export const BOM = '\uFEFF';

/** The whole file: the header, then each row, every row as long as the header. */
export const csvText = (header: readonly string[], rows: readonly (readonly Cell[])[]): string =>
  BOM + [header, ...rows].map((row) => header.map((_, i) => csvCell(row[i])).join(',')).join('\r\n') + '\r\n';
