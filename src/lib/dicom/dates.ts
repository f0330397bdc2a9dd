/**
 * DICOM dates (DA `YYYYMMDD`; old ACR-NEMA files write `YYYY.MM.DD`) and date-times (DT
 * `YYYYMMDDHHMMSS.FFFFFF&ZZXX`, any trailing part optional), read leniently and shifted by whole days.
 */

const DA = /^(\d{4})\.?(\d{2})\.?(\d{2})$/;

/** `YYYYMMDD` of a DA value in either form; '' when it is not a date. */
export function normalizeDicomDate(value: string): string {
  const match = DA.exec(value.trim());
  if (!match) return '';
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return '';
  return `${year}${month}${day}`;
}

function formatUtcDate(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${pad(date.getUTCFullYear(), 4)}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

/** A DA value moved by `days` (calendar days, in UTC: no time zone or DST involved). '' when unreadable. */
export function shiftDicomDate(value: string, days: number): string {
  const normalized = normalizeDicomDate(value);
  if (!normalized) return '';
  const date = new Date(
    Date.UTC(Number(normalized.slice(0, 4)), Number(normalized.slice(4, 6)) - 1, Number(normalized.slice(6))),
  );
  date.setUTCDate(date.getUTCDate() + days);
  return formatUtcDate(date);
}

/** A DT value with its date part moved by `days`, the rest kept; a year-only or year-month DT keeps its precision. */
export function shiftDicomDateTime(value: string, days: number): string {
  const text = value.trim();
  const match = /^(\d{8})(.*)$/.exec(text);
  if (!match) {
    const partial = /^(\d{4})(\d{2})?$/.exec(text);
    if (!partial) return '';
    // Year (and month) precision: shift the mid-point so the result stays honest at that precision.
    const shifted = shiftDicomDate(`${partial[1]}${partial[2] ?? '07'}15`, days);
    return partial[2] ? shifted.slice(0, 6) : shifted.slice(0, 4);
  }
  const date = shiftDicomDate(match[1] as string, days);
  return date ? date + (match[2] ?? '') : '';
}
