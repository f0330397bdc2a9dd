import { isIsoDate } from '@/lib/mappings/datetime';

/**
 * What a front-desk user typed into the one search box, and what it can be. Pure and synchronous, so the
 * page can say at once which vendors will be asked and how.
 *
 * A text may be several things at once: "48213" is an MRN or patient id, an accession number, a Solo SPID
 * and a postal code; each vendor is then asked with what it can search by (see src/api/people/search-plan.ts).
 * Rules:
 * - an email address (complete: something@domain.tld) is only an email;
 * - a date of birth is ISO `YYYY-MM-DD` or the user's locale order (`DD/MM/YYYY` in Spanish, `MM/DD/YYYY` in
 *   US English) with `/`, `.` or `-`, a four-digit year, and a day that exists; it is only a date;
 * - a phone number has at least 7 digits and only `+ ( ) - . space` besides; written with such signs it is only
 *   a phone; bare digits are also an identifier;
 * - an identifier (MRN, patient id, accession number, Solo id) is one word of 2–64 characters with a digit;
 * - a Solo SPID is bare digits (a positive 32-bit integer);
 * - a name has letters and no digit; a UK postcode ("SK7 2EB") or 4–8 bare digits is a postal code.
 */
export type QueryKind =
  | 'name'
  | 'identifier'
  | 'accession'
  | 'birthDate'
  | 'email'
  | 'phone'
  | 'soloId'
  | 'spid'
  | 'postalCode';

export type QueryHint = 'emailIncomplete' | 'dateIncomplete' | 'notADate' | null;

export interface RecognizedQuery {
  /** The text, trimmed, inner spaces collapsed. */
  text: string;
  name: string | null;
  /** MRN / patient id / external identifier. */
  identifier: string | null;
  accession: string | null;
  /** ISO `YYYY-MM-DD`. */
  birthDate: string | null;
  /** Lower case. */
  email: string | null;
  /** Digits, with a leading `+` when one was typed. */
  phone: string | null;
  soloId: string | null;
  spid: number | null;
  postalCode: string | null;
  /** What the text was recognised as, in a stable order. */
  kinds: QueryKind[];
  /** Why nothing was recognised in a text that was meant as something (shown under the box). */
  hint: QueryHint;
}

export type DatePart = 'day' | 'month' | 'year';

const orderCache = new Map<string, DatePart[]>();

/** The order of day, month and year in the locale's numeric dates (`es` → day, month, year). */
export function localeDateOrder(locale: string): DatePart[] {
  const cached = orderCache.get(locale);
  if (cached) return cached;
  let order: DatePart[] = ['year', 'month', 'day'];
  try {
    order = new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(Date.UTC(2001, 10, 22, 12)))
      .map((part) => part.type)
      .filter((type): type is DatePart => type === 'day' || type === 'month' || type === 'year');
  } catch {
    // An unknown locale: ISO order.
  }
  if (order.length !== 3) order = ['year', 'month', 'day'];
  orderCache.set(locale, order);
  return order;
}

/** The pattern to show the user, e.g. `DD/MM/YYYY`. */
export function localeDatePattern(locale: string): string {
  const letters: Record<DatePart, string> = { day: 'DD', month: 'MM', year: 'YYYY' };
  return localeDateOrder(locale)
    .map((part) => letters[part])
    .join('/');
}

const pad2 = (value: string) => value.padStart(2, '0');

/** A typed date in ISO or the locale's order → ISO; `null` when it is not a date that exists. */
export function parseTypedDate(text: string, locale: string): string | null {
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return isIsoDate(text) ? text : null;
  const match = /^(\d{1,4})[/.-](\d{1,2}|\d{4})[/.-](\d{1,4})$/.exec(text);
  if (!match) return null;
  const values = [match[1], match[2], match[3]] as string[];
  const order = localeDateOrder(locale);
  const parts: Partial<Record<DatePart, string>> = {};
  order.forEach((part, index) => {
    parts[part] = values[index];
  });
  // A year written first (2026/11/21) is read year, month, day whatever the locale.
  if ((values[0] as string).length === 4)
    Object.assign(parts, { year: values[0], month: values[1], day: values[2] });
  const { year = '', month = '', day = '' } = parts;
  if (year.length !== 4 || month.length > 2 || day.length > 2) return null;
  const iso = `${year}-${pad2(month)}-${pad2(day)}`;
  return isIsoDate(iso) ? iso : null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;
const IDENTIFIER = /^[\p{L}\p{N}][\p{L}\p{N}._/#:-]{1,63}$/u;
const PHONE_CHARS = /^\+?[\d\s().-]+$/;
const UK_POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i;
const SPID_MAX = 2 ** 31 - 1;
const DATE_LIKE = /^\d{1,4}[/.-]\d{1,4}([/.-]\d{0,4})?$/;

const empty = (text: string): RecognizedQuery => ({
  text,
  name: null,
  identifier: null,
  accession: null,
  birthDate: null,
  email: null,
  phone: null,
  soloId: null,
  spid: null,
  postalCode: null,
  kinds: [],
  hint: null,
});

export function recognizeQuery(input: string, locale: string): RecognizedQuery {
  const text = input.trim().replace(/\s+/g, ' ');
  const out = empty(text);
  if (!text) return out;

  if (text.includes('@')) {
    if (EMAIL.test(text)) out.email = text.toLowerCase();
    else out.hint = 'emailIncomplete';
    return withKinds(out);
  }

  const date = parseTypedDate(text, locale);
  if (date) {
    out.birthDate = date;
    return withKinds(out);
  }
  if (DATE_LIKE.test(text)) {
    out.hint =
      /^\d{1,4}[/.-]\d{1,4}[/.-]\d{4}$/.test(text) || /^\d{4}-\d{2}-\d{2}$/.test(text)
        ? 'notADate'
        : 'dateIncomplete';
    return withKinds(out);
  }

  const digits = text.replace(/\D/g, '');
  const bareDigits = /^\d+$/.test(text);
  if (PHONE_CHARS.test(text) && digits.length >= 7) {
    out.phone = `${text.startsWith('+') ? '+' : ''}${digits}`;
    if (!bareDigits) return withKinds(out);
  }

  if (UK_POSTCODE.test(text)) out.postalCode = text.toUpperCase();
  if (bareDigits && text.length >= 4 && text.length <= 8) out.postalCode = text;

  if (!text.includes(' ') && IDENTIFIER.test(text) && /\d/.test(text)) {
    out.identifier = text;
    out.accession = text;
    out.soloId = text;
    if (bareDigits && Number(text) > 0 && Number(text) <= SPID_MAX) out.spid = Number(text);
  }

  if (/\p{L}/u.test(text) && !/\d/.test(text)) out.name = text;
  return withKinds(out);
}

const kindOrder: QueryKind[] = [
  'name',
  'identifier',
  'accession',
  'birthDate',
  'email',
  'phone',
  'soloId',
  'spid',
  'postalCode',
];

function withKinds(query: RecognizedQuery): RecognizedQuery {
  query.kinds = kindOrder.filter((kind) => query[kind] !== null);
  return query;
}
