/**
 * CSV for spreadsheets: what the worklist's "Export" writes.
 * - UTF-8 with a byte-order mark, so Excel reads "Núñez" as written (without it, it guesses a legacy code page);
 * - CRLF line ends and RFC 4180 quoting: a cell with a comma, a quote, a line break or surrounding spaces is
 *   quoted, and its quotes doubled;
 * - formula-injection safe (OWASP "CSV injection"): a cell starting with `=`, `+`, `-`, `@`, a tab or a
 *   carriage return is prefixed with `'`, so a spreadsheet shows it as text instead of running it.
 */

export const CSV_BOM = '\uFEFF';

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell, neutralised and quoted as needed. */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  if (/[",\r\n]/.test(text) || text !== text.trim()) return `"${text.replaceAll('"', '""')}"`;
  return text;
}

/** Rows (the first is the header) → the file's text, BOM first, CRLF after every row. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return CSV_BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + (rows.length ? '\r\n' : '');
}
