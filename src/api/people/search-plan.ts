import type { IdentitySource } from '@/lib/patients/patient-key';
import type { RecognizedQuery } from '@/lib/patients/query-recognition';

/**
 * Which vendors one search asks, and how: each vendor gets the search it does best for what was typed, or is
 * not asked, with the reason (shown on its status chip). Pure: the page shows the plan before anything loads.
 *
 * - PostDICOM: orders by patient name, patient id or accession number (GetPatientOrderList);
 * - Impilo: the patients list with `name`, `email`, `externalIdentifier`, `dateOfBirthMin`/`Max`, `postalCode`;
 * - Eden: orders by `patient_identifier`, month by month back to 12 months (its list takes one month at most);
 * - Scan.com: the current user's referrals, filtered in the console (a referral is visible to its creator only);
 * - Solo: no search at all: a direct lookup when the text looks like a Solo id or an SPID.
 */
export const searchVendors = [
  'solo',
  'impilo',
  'eden',
  'postdicom',
  'scan',
] as const satisfies readonly IdentitySource[];
export type SearchVendor = (typeof searchVendors)[number];

/** One filter a vendor is asked with (`field` is the vendor's own parameter name). */
export interface SearchCriterion {
  field:
    | 'patientName'
    | 'patientId'
    | 'accessionNumber'
    | 'name'
    | 'email'
    | 'externalIdentifier'
    | 'dateOfBirth'
    | 'postalCode'
    | 'patient_identifier'
    | 'phone'
    | 'referralId'
    | 'id'
    | 'spid';
  value: string;
  /**
   * The full name typed, when `value` is only its longest word: the vendor's own name search matches one
   * piece of text, so "josé garcía" would miss "GARCIA LOPEZ^JOSE". The vendor is asked for the longest
   * word and the console keeps the records where every typed word starts a word of the name.
   */
  match?: string;
}

export type NotAskedReason =
  | 'emptyQuery'
  | 'excluded'
  | 'soloIdOnly'
  | 'edenIdentifierOnly'
  | 'postDicomFields'
  | 'impiloFields'
  | 'scanNoSession'
  | 'scanFields';

export type VendorPlan =
  | { vendor: SearchVendor; asked: false; reason: NotAskedReason }
  | { vendor: SearchVendor; asked: true; criteria: SearchCriterion[] };

export interface SearchContext {
  /** Whether a Scan.com user is signed in in this tab (its referrals can be listed). */
  scanSession: boolean;
  /** The vendor filter: vendors left out are not asked. Empty or undefined: all. */
  vendors?: readonly SearchVendor[] | undefined;
}

/** PostDICOM's accession numbers are DICOM SH: at most 16 characters. */
const POSTDICOM_ACCESSION_MAX = 16;

/** Accents off: DICOM names are written in plain ASCII by most modalities ("GARCIA", not "GARCÍA"). */
function withoutAccents(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '');
}

/** A name criterion: the whole text when it is one word, else its longest word plus the full text to match. */
function nameCriterion(field: 'patientName' | 'name', text: string, fold = false): SearchCriterion {
  const words = text.split(' ').filter(Boolean);
  const longest = words.reduce((best, word) => (word.length > best.length ? word : best), '');
  const value = fold ? withoutAccents(longest) : longest;
  return words.length > 1
    ? { field, value, match: text }
    : { field, value: fold ? withoutAccents(text) : text };
}

/**
 * Impilo compares names as typed: a name with accents is asked for as typed and without its accents, as
 * records typed without them ("Ines Gonzalez") are common.
 */
function impiloNameCriteria(text: string): SearchCriterion[] {
  const typed = nameCriterion('name', text);
  const folded = nameCriterion('name', text, true);
  return folded.value === typed.value ? [typed] : [typed, folded];
}

function criteria(...list: (SearchCriterion | false | null | undefined)[]): SearchCriterion[] {
  return list.filter((item): item is SearchCriterion => Boolean(item));
}

function planFor(vendor: SearchVendor, q: RecognizedQuery, context: SearchContext): VendorPlan {
  const ask = (list: SearchCriterion[], reason: NotAskedReason): VendorPlan =>
    list.length ? { vendor, asked: true, criteria: list } : { vendor, asked: false, reason };
  switch (vendor) {
    case 'postdicom':
      return ask(
        criteria(
          q.name !== null && nameCriterion('patientName', q.name, true),
          q.identifier !== null && { field: 'patientId', value: q.identifier },
          q.accession !== null &&
            q.accession.length <= POSTDICOM_ACCESSION_MAX && { field: 'accessionNumber', value: q.accession },
        ),
        'postDicomFields',
      );
    case 'impilo':
      return ask(
        criteria(
          ...(q.name === null ? [] : impiloNameCriteria(q.name)),
          q.email !== null && { field: 'email', value: q.email },
          q.identifier !== null && { field: 'externalIdentifier', value: q.identifier },
          q.birthDate !== null && { field: 'dateOfBirth', value: q.birthDate },
          q.postalCode !== null && { field: 'postalCode', value: q.postalCode },
        ),
        'impiloFields',
      );
    case 'eden':
      return ask(
        criteria(q.identifier !== null && { field: 'patient_identifier', value: q.identifier }),
        'edenIdentifierOnly',
      );
    case 'scan':
      if (!context.scanSession) return { vendor, asked: false, reason: 'scanNoSession' };
      return ask(
        criteria(
          q.name !== null && { field: 'name', value: q.name },
          q.email !== null && { field: 'email', value: q.email },
          q.phone !== null && { field: 'phone', value: q.phone },
          q.birthDate !== null && { field: 'dateOfBirth', value: q.birthDate },
          q.postalCode !== null && { field: 'postalCode', value: q.postalCode },
          q.spid !== null && { field: 'referralId', value: String(q.spid) },
        ),
        'scanFields',
      );
    case 'solo':
      return ask(
        criteria(
          q.soloId !== null && { field: 'id', value: q.soloId },
          q.spid !== null && { field: 'spid', value: String(q.spid) },
        ),
        'soloIdOnly',
      );
  }
}

/** The plan of every vendor, in the console's vendor order. */
export function planSearch(query: RecognizedQuery, context: SearchContext): VendorPlan[] {
  return searchVendors.map((vendor) => {
    if (!query.text) return { vendor, asked: false, reason: 'emptyQuery' };
    if (context.vendors?.length && !context.vendors.includes(vendor))
      return { vendor, asked: false, reason: 'excluded' };
    return planFor(vendor, query, context);
  });
}

/** A stable text of a plan's criteria, for query keys. */
export function criteriaKey(plan: VendorPlan): string {
  return plan.asked
    ? plan.criteria.map((c) => `${c.field}=${c.value}${c.match ? `~${c.match}` : ''}`).join('&')
    : '';
}
