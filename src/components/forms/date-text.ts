import { parseIsoDate } from '@/lib/mappings/datetime';

/**
 * A date as the user types and reads it (`28/02/1985` in Spanish, `02/28/1985` in English) and as the
 * form keeps it: ISO `YYYY-MM-DD`, the same in every language, so a language switch or a restored draft
 * never changes the day. What cannot be read as a date is kept as typed, for the form to refuse.
 */

export type DatePart = 'day' | 'month' | 'year';

export interface DateLayout {
  /** The order of day, month and year in the locale's numeric dates. */
  order: readonly [DatePart, DatePart, DatePart];
  separator: string;
}

const layouts = new Map<string, DateLayout>();

/** Day, month and year order and separator of a locale's numeric dates (Intl): es → D/M/Y, en → M/D/Y. */
export function dateLayout(locale: string): DateLayout {
  let layout = layouts.get(locale);
  if (!layout) {
    const parts = new Intl.DateTimeFormat(locale, {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      timeZone: 'UTC',
    }).formatToParts(new Date(Date.UTC(2001, 10, 22)));
    const order = parts
      .map((part) => part.type)
      .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
    const separator = parts.find((part) => part.type === 'literal')?.value ?? '/';
    layout = {
      order: order.length === 3 ? (order as unknown as DateLayout['order']) : ['day', 'month', 'year'],
      separator: separator.trim() || '/',
    };
    layouts.set(locale, layout);
  }
  return layout;
}

const ISO_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The form value (ISO, even of a day that does not exist, or raw text) → the text shown in `locale`. */
export function formatDateText(value: string, locale: string): string {
  const match = ISO_SHAPE.exec(value);
  if (!match) return value;
  const parts: Record<DatePart, string> = {
    year: match[1] ?? '',
    month: match[2] ?? '',
    day: match[3] ?? '',
  };
  const { order, separator } = dateLayout(locale);
  return order.map((part) => parts[part]).join(separator);
}

/**
 * What the user typed → the form value. Accepts the locale's order with `/`, `.`, `-` or spaces between
 * parts (one or two digits for day and month, four for the year), or ISO `YYYY-MM-DD`. A well-formed
 * day that does not exist (`30/02/2026`) becomes `2026-02-30`, so the form can say so; anything else
 * stays as typed. Never guesses: no two-digit years, no month names.
 */
export function parseDateText(text: string, locale: string): string {
  const trimmed = text.trim();
  if (trimmed === '') return '';
  if (ISO_SHAPE.test(trimmed)) return trimmed;
  const pieces = trimmed.split(/\s*[/.\-\s]\s*/);
  if (pieces.length !== 3 || !pieces.every((piece) => /^\d+$/.test(piece))) return trimmed;
  const { order } = dateLayout(locale);
  const parts = Object.fromEntries(order.map((part, index) => [part, pieces[index] ?? ''])) as Record<
    DatePart,
    string
  >;
  if (parts.year.length !== 4 || parts.month.length > 2 || parts.day.length > 2) return trimmed;
  return `${parts.year}-${parts.month.padStart(2, '0')}-${parts.day.padStart(2, '0')}`;
}

/** Whether a form value is a real calendar day in ISO form. */
export function isRealDate(value: string): boolean {
  if (!ISO_SHAPE.test(value)) return false;
  try {
    parseIsoDate(value);
    return true;
  } catch {
    return false;
  }
}

export type DateProblem = 'validation.dateFormat' | 'validation.dateNotExist';

/** What is wrong with a date form value, if anything ('' is no date, for "required" to judge). */
export function dateProblem(value: string): DateProblem | null {
  if (value === '' || isRealDate(value)) return null;
  return ISO_SHAPE.test(value) ? 'validation.dateNotExist' : 'validation.dateFormat';
}

/** Today as a calendar day on the user's wall clock, `YYYY-MM-DD`. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
