import { z } from 'zod';
import { decryptSoloPayload, encryptSoloPayload } from '@/lib/crypto/solo-cipher';
import { refineIsoDate } from '../iso-date';
import { parseAnswer, parseInput, parseJson } from '../zod-issues';
import { soloEndpoints } from './endpoints';

/*
 * Solo: context-aware linking. The console builds `GET /integrations/linking?arg=<encrypted JSON>`, and
 * Solo redirects the user to the visit. `arg` = URL-encode(Base64(salt) + Base64(IV) + Base64(AES-256-CBC(JSON)))
 * with key = SHA-256(secret + salt) (src/lib/crypto/solo-cipher.ts).
 *
 * Assumptions (change them here):
 * - The strings of the JSON schema must be non-empty (the schema only says "string").
 * - `date` is unix seconds ("utc unix timestamp", like the rest of Solo's API).
 * - The link's host is Solo's web app for the environment, SOLO_LINK_BASE_URL by default (the page's own host).
 * - The shared secret is passed in by the caller. It must not be bundled into the front end: the
 *   integrator decides where links are built (see docs/coverage/solo-integration.md).
 */
export const SOLO_LINK_BASE_URL = 'https://demo.visitnow.org';

export const soloLinkUserTypes = ['patient', 'medicalAssistant', 'provider'] as const;
export type SoloLinkUserType = (typeof soloLinkUserTypes)[number];
export const soloLinkSexes = ['male', 'female', 'other', 'unknown'] as const;
export type SoloLinkSex = (typeof soloLinkSexes)[number];

const text = z.string().trim().min(1);

export const soloLinkPatientSchema = z.object({
  id: text,
  sex: z.enum(soloLinkSexes),
  dob: z.string().superRefine(refineIsoDate),
  firstName: text,
  lastName: text,
});

/** The JSON schema from the vendor page: every property is required. */
export const soloContextLinkSchema = z.object({
  user: text,
  type: z.enum(soloLinkUserTypes),
  visit: text,
  /** Date and time of the visit, UTC unix timestamp (seconds). */
  date: z.number().finite().nonnegative(),
  patient: soloLinkPatientSchema,
});
export type SoloContextLink = z.infer<typeof soloContextLinkSchema>;

export interface SoloLinkOptions {
  /** The secret shared with Solo. */
  secret: string;
  /** Solo's web app origin (or `/api/solo` against the mock); defaults to SOLO_LINK_BASE_URL. */
  baseUrl?: string;
}

/** The encrypted, not yet URL-encoded, `arg` value for a context. */
export async function encryptSoloContext(context: SoloContextLink, secret: string): Promise<string> {
  const valid = parseInput('solo', soloEndpoints.contextLink.name, soloContextLinkSchema, context);
  return encryptSoloPayload(JSON.stringify(valid), secret);
}

/** `…/integrations/linking?arg=<URL-encoded encrypted JSON>` */
export async function buildSoloContextLink(
  context: SoloContextLink,
  options: SoloLinkOptions,
): Promise<string> {
  const arg = await encryptSoloContext(context, options.secret);
  const base = (options.baseUrl ?? SOLO_LINK_BASE_URL).replace(/\/+$/, '');
  return `${base}${soloEndpoints.contextLink.path()}?arg=${encodeURIComponent(arg)}`;
}

/**
 * Reads a link (or a bare, already URL-decoded `arg`) back: decrypts and validates it.
 * Throws SoloCryptoError for a wrong secret, ContractError for a payload that is not JSON or of the wrong shape.
 */
export async function readSoloContextLink(linkOrArg: string, secret: string): Promise<SoloContextLink> {
  let arg = linkOrArg;
  if (linkOrArg.includes('?')) {
    arg = new URL(linkOrArg, 'http://localhost/').searchParams.get('arg') ?? '';
  }
  const endpoint = soloEndpoints.contextLink.name;
  const json = parseJson('solo', endpoint, await decryptSoloPayload(arg, secret));
  return parseAnswer('solo', endpoint, soloContextLinkSchema, json);
}
