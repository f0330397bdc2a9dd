import dayjs from 'dayjs';
import { z } from 'zod';
import { isIsoDate } from '@/lib/mappings/datetime';
import { refineIsoDate } from '../iso-date';

/**
 * Shapes shared by several method groups. Results keep the vendor's field names (PascalCase), so that a
 * field renamed by the vendor shows as a ContractError naming that very field.
 */

/** Every successful callback carries `Success: true` (a `Success: false` is turned into a VendorError first). */
export const postDicomSuccessSchema = z.object({ Success: z.literal(true), Message: z.string().optional() });
export type PostDicomAck = z.infer<typeof postDicomSuccessSchema>;

/** DICOM modality codes (PS3.3 C.7.3.1.1.1 defined terms, current and common retired ones). */
export const POSTDICOM_MODALITIES = [
  'CR',
  'CT',
  'MR',
  'US',
  'DX',
  'MG',
  'NM',
  'PT',
  'XA',
  'RF',
  'OT',
  'IO',
  'PX',
  'ES',
  'OP',
  'OPT',
  'SC',
  'SR',
  'DOC',
  'ECG',
  'RG',
  'BMD',
  'XC',
  'GM',
  'SM',
  'IVUS',
  'OCT',
  'HD',
  'EPS',
  'KO',
  'PR',
  'SEG',
  'RTIMAGE',
  'RTDOSE',
  'RTSTRUCT',
  'RTPLAN',
  'DG',
  'LS',
  'TG',
  'AU',
  'BI',
  'CP',
  'DM',
  'DS',
  'HC',
  'LP',
  'MA',
  'MS',
  'ST',
  'VF',
  'DR',
  'CD',
  'DD',
  'EC',
  'FA',
  'FS',
  'CF',
  'VL',
  'IVOCT',
  'OAM',
  'OPM',
  'OPV',
  'PLAN',
  'REG',
  'RESP',
  'RWV',
  'SMR',
  'SRF',
  'TEXTUREMAP',
  'M3D',
  'OSS',
  'POS',
  'LEN',
  'KER',
  'VA',
  'XAPS',
  'ASMT',
  'BDUS',
  'FID',
  'IOL',
  'OPTBSV',
  'OPTENF',
  'RTRECORD',
  'STAIN',
  'CTPROTOCOL',
] as const;
export const postDicomModalitySchema = z.enum(POSTDICOM_MODALITIES);
export type PostDicomModality = z.infer<typeof postDicomModalitySchema>;

/** Modalities in results: one code, or several separated by `\` or `,` (as DICOM and PACSs write them). */
export const postDicomResultModalitySchema = z
  .string()
  .refine(
    (value) =>
      value === '' ||
      value.split(/[\\,]/).every((code) => (POSTDICOM_MODALITIES as readonly string[]).includes(code.trim())),
    {
      message: 'Not a DICOM modality code.',
    },
  );

/** `YYYY-MM-DD`, a real calendar date. */
export const postDicomIsoDateSchema = z.string().superRefine(refineIsoDate);

/** `HH:MM`, 24 h. */
export const postDicomHhmmSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'validation.time24hm');

/** `YYYY-MM-DD HH:MM` (CreateOrderWithJSON's PerformedDatetime). */
export const postDicomDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2} ([01]\d|2[0-3]):[0-5]\d$/, 'validation.dateTimeFormat')
  .refine((value) => isIsoDate(value.slice(0, 10)), 'validation.noSuchDate');

/** An id the library gave us (user, institution, order, folder…). Non-empty; the vendor does not promise GUIDs. */
export const postDicomIdSchema = z.string().trim().min(1);
/** A GUID (`00000000-0000-0000-0000-000000000000`), as the doc requires for ScheduledEquipmentUuid. */
export const postDicomGuidSchema = z.guid();

export const postDicomIdListSchema = z.array(postDicomIdSchema);
export const postDicomNonEmptyIdListSchema = z.array(postDicomIdSchema).min(1);

/** "M", "F", "O" or empty. */
export const postDicomPatientSexSchema = z.enum(['M', 'F', 'O', '']);

/**
 * DICOM person name: `LAST NAME^FIRST NAME^MIDDLE NAME` (the vendor splits on `^`).
 * At most five components, no control characters, 64 characters per component group (DICOM PN).
 */
export const postDicomPatientNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(64 * 3 + 2)
  .refine((value) => value.split('^').length <= 5, 'validation.dicomNameComponents')
  .refine((value) => !/[\\\p{Cc}]/u.test(value), 'validation.noControlCharacters');

/** Today's local date, `YYYY-MM-DD`. */
function todayIso(now: Date = new Date()): string {
  return dayjs(now).format('YYYY-MM-DD');
}

/** An expiry date for a share: `YYYY-MM-DD`, today or later (a past date is refused before calling). */
export const postDicomExpireDateSchema = postDicomIsoDateSchema.refine((value) => value >= todayIso(), {
  message: 'validation.dateInPast',
  params: { code: 'expired-date' },
});

export const postDicomEmailSchema = z.email();

/** An order as the search methods return it (`SearchResultList[]`). */
export const postDicomOrderSummarySchema = z.object({
  PatientOrderUuid: postDicomIdSchema,
  PatientOrderInstitutionUuid: postDicomIdSchema,
  PatientName: z.string(),
  PatientId: z.string(),
  OtherPatientId: z.string().optional(),
  PatientBirthDate: z.string().optional(),
  PatientSex: postDicomPatientSexSchema.optional(),
  OrderModality: postDicomResultModalitySchema,
  AccessionNumber: z.string().optional(),
  StudyDescription: z.string().optional(),
  OrderDate: z.string(),
  OrderTime: z.string().optional(),
  InstitutionName: z.string().optional(),
  ConnectedGroupUuid: z.string().nullable().optional(),
  ImageCount: z.number().int().nonnegative().optional(),
  FlagGroupId: z.string().nullable().optional(),
  FlagId: z.string().nullable().optional(),
});
export type PostDicomOrderSummary = z.infer<typeof postDicomOrderSummarySchema>;
