import { z } from 'zod';
import { SOLO_DECEASED_AT_PATTERN, soloIsoDateSchema } from './common';

/**
 * The patient demographics shapes shared by patients and appointments: name, telecom, contact, address,
 * shared email group. Read schemas are lenient (any string the vendor sends); write schemas check formats.
 */

export const soloNameSchema = z.object({
  use: z.string().optional(),
  family: z.string().optional(),
  firstName: z.string().optional(),
  middleName: z.string().optional(),
  lastName: z.string().optional(),
  alias: z.string().optional(),
});
export type SoloName = z.infer<typeof soloNameSchema>;

export const soloTelecomSchema = z.object({
  use: z.string().optional(),
  system: z.string().optional(),
  value: z.string().optional(),
});
export type SoloTelecom = z.infer<typeof soloTelecomSchema>;

/** Write side: an email telecom must hold an email address. */
export const soloTelecomInputSchema = soloTelecomSchema.superRefine((telecom, ctx) => {
  if (telecom.system === 'email' && telecom.value && !z.email().safeParse(telecom.value).success) {
    ctx.addIssue({ code: 'custom', path: ['value'], message: 'validation.email' });
  }
});

export const soloContactSchema = z.object({
  telecom: z.array(soloTelecomSchema).optional(),
  name: z.array(soloNameSchema).optional(),
});
export type SoloContact = z.infer<typeof soloContactSchema>;

export const soloContactInputSchema = z.object({
  telecom: z.array(soloTelecomInputSchema).optional(),
  name: z.array(soloNameSchema).optional(),
});

export const soloAddressSchema = z.object({
  city: z.string().optional(),
  use: z.string().optional(),
  apartment: z.string().optional(),
  country: z.string().optional(),
  state: z.string().optional(),
  postalcode: z.string().optional(),
  line: z.array(z.string()).optional(),
});
export type SoloAddress = z.infer<typeof soloAddressSchema>;

export const soloSharedEmailGroupSchema = z.object({ type: z.string(), name: z.string() });
export type SoloSharedEmailGroup = z.infer<typeof soloSharedEmailGroupSchema>;

const demographicsBase = {
  mrn: z.string().optional(),
  /** Deprecated by the vendor. */
  accountNumber: z.string().optional(),
  name: z.array(soloNameSchema).optional(),
  birthDate: z.string().optional(),
  gender: z.string().optional(),
  maritalStatus: z.string().optional(),
  telecom: z.array(soloTelecomSchema).optional(),
  contact: z.array(soloContactSchema).optional(),
  preferredLanguage: z.string().optional(),
  race: z.string().optional(),
  ethnicity: z.string().optional(),
  address: z.array(soloAddressSchema).optional(),
  active: z.boolean().optional(),
  deceased: z.boolean().optional(),
  deceasedAt: z.string().nullable().optional(),
  /** Deprecated by the vendor. */
  familyMember: z.boolean().optional(),
  isLinkedByEmail: z.boolean().optional(),
};

/** Demographics as Solo answers them (GET patient, and `patient.demographics` of an appointment). */
export const soloDemographicsSchema = z.object({
  ...demographicsBase,
  sharedEmailGroup: soloSharedEmailGroupSchema.nullable().optional(),
});
export type SoloDemographics = z.infer<typeof soloDemographicsSchema>;

/** `deceasedAt` is "specified" when present and not null (assumption 4). */
function isSpecified(value: unknown): boolean {
  return value !== undefined && value !== null;
}

/**
 * The documented write rules: deceasedAt is required if deceased is true, and rejected when deceased is false
 * or absent; groupType/groupName are needed when isLinkedByEmail is true.
 */
export function refineSoloDemographicsWrite(
  value: {
    deceased?: boolean | undefined;
    deceasedAt?: string | null | undefined;
    isLinkedByEmail?: boolean | undefined;
    groupType?: string | undefined;
    groupName?: string | undefined;
  },
  ctx: z.RefinementCtx,
): void {
  if (value.deceased === true && !isSpecified(value.deceasedAt)) {
    ctx.addIssue({
      code: 'custom',
      path: ['deceasedAt'],
      message: 'validation.deceasedAtRequired',
    });
  }
  if (value.deceased !== true && isSpecified(value.deceasedAt)) {
    ctx.addIssue({
      code: 'custom',
      path: ['deceasedAt'],
      message: 'validation.deceasedAtNotAllowed',
    });
  }
  if (value.isLinkedByEmail === true) {
    if (!value.groupType) {
      ctx.addIssue({
        code: 'custom',
        path: ['groupType'],
        message: 'validation.requiredWhenLinkedByEmail',
      });
    }
    if (!value.groupName) {
      ctx.addIssue({
        code: 'custom',
        path: ['groupName'],
        message: 'validation.requiredWhenLinkedByEmail',
      });
    }
  }
}

/** The demographics fields of a create/update body (without the rules, so it can be extended). */
export const soloDemographicsInputShape = {
  ...demographicsBase,
  birthDate: soloIsoDateSchema.optional(),
  telecom: z.array(soloTelecomInputSchema).optional(),
  contact: z.array(soloContactInputSchema).optional(),
  deceasedAt: z.string().regex(SOLO_DECEASED_AT_PATTERN, 'validation.dateTime12h').nullable().optional(),
  groupType: z.string().min(1).optional(),
  groupName: z.string().min(1).optional(),
};

/** The patient update body (every field optional). */
export const soloDemographicsInputSchema = z
  .object(soloDemographicsInputShape)
  .superRefine(refineSoloDemographicsWrite);
export type SoloDemographicsInput = z.input<typeof soloDemographicsInputSchema>;

/** A display name from the first `name` entry. */
export function soloDisplayName(demographics: Pick<SoloDemographics, 'name'>): string {
  const name = demographics.name?.[0];
  if (!name) return '';
  const parts = [name.firstName, name.middleName, name.lastName].filter((part) => part && part.trim() !== '');
  return parts.length > 0 ? parts.join(' ') : (name.family ?? '');
}
