import { z } from 'zod';
import {
  extensionFamily,
  mimeAliases,
  mimeFamily,
  type SniffedMimeType,
  sniffMimeType,
} from '@/lib/file-sniff';
import type { CallOptions } from '../http';
import { parseAnswer, parseInput } from '../zod-issues';
import { soloClient } from './client';
import { type SoloDownloadedFile, soloBinaryAnswerSchema, soloEmptyResponseSchema } from './common';
import { soloEndpoints } from './endpoints';

/*
 * Solo: appointment attachments (upload, list, delete; download: see the assumption below).
 *
 * Assumptions (the vendor page leaves these open; change them here):
 * - "Max file size: 5Mb" is read as 5 MiB = 5 × 1024 × 1024 bytes.
 * - An empty file (0 bytes) is refused: it cannot be a PDF, PNG or JPEG.
 * - The vendor detects the type from the content (its error names "text/plain" for a body sent as
 *   application/pdf), so the console sniffs magic bytes too and refuses a file whose declared type or
 *   name extension contradicts its bytes.
 * - Download is NOT documented. The console assumes `GET /qapi/v1/appointments/{appointmentId}/attachments/{attachmentId}`
 *   answering the file's bytes (see `soloEndpoints.downloadAttachment`).
 * - `appointmentId` in answers is a string (the page shows a UUID "aggregate id"); a number is accepted and
 *   turned into a string.
 * - Delete answers an empty body (the page shows only the JSON content type).
 */

export const SOLO_ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;

export const soloAttachmentMimeTypes = [
  'application/pdf',
  'application/x-pdf',
  'image/pdf',
  'image/png',
  'image/jpeg',
] as const;
export type SoloAttachmentMimeType = (typeof soloAttachmentMimeTypes)[number];
export const soloAttachmentMimeTypeSchema = z.enum(soloAttachmentMimeTypes);

const idSchema = z.union([z.string().min(1), z.number().int()]).transform(String);

export const soloAttachmentSchema = z.object({
  id: z.string().min(1),
  appointmentId: idSchema,
  title: z.string(),
  mimeType: soloAttachmentMimeTypeSchema,
  size: z.number().int().nonnegative().max(SOLO_ATTACHMENT_MAX_BYTES),
  uploadedAt: z.iso.datetime({ offset: true }),
  deleted: z.boolean(),
});
export type SoloAttachment = z.infer<typeof soloAttachmentSchema>;

export const soloAttachmentListSchema = z.object({ attachments: z.array(soloAttachmentSchema) });
export type SoloAttachmentList = z.infer<typeof soloAttachmentListSchema>;

const appointmentIdSchema = z.string().trim().min(1);
const attachmentRefSchema = z.object({
  appointmentId: appointmentIdSchema,
  attachmentId: z.string().trim().min(1),
});

/** What `uploadSoloAttachment` checks before sending: the file as bytes plus what the user's system said. */
export const soloAttachmentUploadSchema = z
  .object({
    appointmentId: appointmentIdSchema,
    /** Shown in Solo's UI; optional (`?fileName=`). */
    fileName: z.string().trim().min(1).max(255).optional(),
    bytes: z.instanceof(Uint8Array),
    /** The type the browser declared (`File.type`); may be empty. */
    declaredType: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    const size = value.bytes.length;
    if (size === 0) {
      ctx.addIssue({ code: 'custom', path: ['bytes'], message: 'validation.fileEmpty' });
      return;
    }
    if (size > SOLO_ATTACHMENT_MAX_BYTES) {
      ctx.addIssue({
        code: 'custom',
        path: ['bytes'],
        message: 'validation.fileTooLarge',
        params: { megabytes: SOLO_ATTACHMENT_MAX_BYTES / 1024 / 1024 },
      });
    }
    const sniffed = sniffMimeType(value.bytes);
    if (!sniffed) {
      ctx.addIssue({
        code: 'custom',
        path: ['bytes'],
        message: 'validation.fileTypeNotAllowed',
        params: { types: 'PDF, PNG, JPEG' },
      });
      return;
    }
    if (value.declaredType && mimeFamily(value.declaredType) !== sniffed) {
      ctx.addIssue({
        code: 'custom',
        path: ['declaredType'],
        message: 'validation.fileTypeMismatch',
        params: { declared: value.declaredType, actual: sniffed },
      });
    }
    const byName = value.fileName ? extensionFamily(value.fileName) : null;
    if (byName && byName !== sniffed) {
      ctx.addIssue({
        code: 'custom',
        path: ['fileName'],
        message: 'validation.fileExtensionMismatch',
        params: { actual: sniffed },
      });
    }
  });
export type SoloAttachmentUploadInput = z.input<typeof soloAttachmentUploadSchema>;

/** The Content-Type to send: the declared one when Solo allows it and it agrees with the bytes, else the sniffed one. */
export function soloUploadContentType(
  sniffed: SniffedMimeType,
  declaredType?: string,
): SoloAttachmentMimeType {
  const declared = declaredType?.split(';')[0]?.trim().toLowerCase();
  const allowed = soloAttachmentMimeTypes.find((type) => type === declared);
  if (allowed && mimeAliases[sniffed].includes(allowed)) return allowed;
  return sniffed;
}

export interface SoloUploadAttachmentParams {
  appointmentId: string;
  file: Blob | Uint8Array;
  fileName?: string;
}

async function toBytes(file: Blob | Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  // `ArrayBuffer.isView`, not `instanceof Uint8Array`: arrays from another realm (a worker, jsdom's
  // TextEncoder) are not instances of this realm's Uint8Array.
  if (ArrayBuffer.isView(file)) return new Uint8Array(file.buffer, file.byteOffset, file.byteLength).slice();
  return new Uint8Array(await file.arrayBuffer());
}

/** `POST /qapi/v1/appointments/{appointmentId}/attachments{?fileName}`: binary body, ≤ 5 MB, PDF/PNG/JPEG. */
export async function uploadSoloAttachment(
  params: SoloUploadAttachmentParams,
  options: CallOptions = {},
): Promise<SoloAttachment> {
  const bytes = await toBytes(params.file);
  const fileName =
    params.fileName ??
    (typeof File !== 'undefined' && params.file instanceof File ? params.file.name : undefined);
  const declaredType = ArrayBuffer.isView(params.file) ? undefined : params.file.type;
  const input = parseInput('solo', soloEndpoints.uploadAttachment.name, soloAttachmentUploadSchema, {
    appointmentId: params.appointmentId,
    fileName: fileName || undefined,
    bytes,
    declaredType: declaredType || undefined,
  });
  const sniffed = sniffMimeType(input.bytes);
  const contentType = sniffed
    ? soloUploadContentType(sniffed, input.declaredType)
    : 'application/octet-stream';
  return soloClient.request({
    ...soloEndpoints.uploadAttachment.at({ appointmentId: input.appointmentId }),
    query: { fileName: input.fileName },
    binary: input.bytes,
    contentType,
    schema: soloAttachmentSchema,
    ...options,
  });
}

/** `GET /qapi/v1/appointments/{appointmentId}/attachments` */
export async function listSoloAttachments(
  appointmentId: string,
  options: CallOptions = {},
): Promise<SoloAttachment[]> {
  const id = parseInput('solo', soloEndpoints.listAttachments.name, appointmentIdSchema, appointmentId, {
    at: 'appointmentId',
  });
  const answer = await soloClient.request({
    ...soloEndpoints.listAttachments.at({ appointmentId: id }),
    schema: soloAttachmentListSchema,
    ...options,
  });
  return answer.attachments;
}

/** `DELETE /qapi/v1/appointments/{appointmentId}/attachments/{attachmentId}` */
export async function deleteSoloAttachment(
  params: { appointmentId: string; attachmentId: string },
  options: CallOptions = {},
): Promise<void> {
  const { appointmentId, attachmentId } = parseInput(
    'solo',
    soloEndpoints.deleteAttachment.name,
    attachmentRefSchema,
    params,
  );
  await soloClient.request({
    ...soloEndpoints.deleteAttachment.at({ appointmentId, attachmentId }),
    schema: soloEmptyResponseSchema,
    ...options,
  });
}

/** The attachment's bytes (undocumented endpoint; see the assumptions at the top of this file). */
export async function downloadSoloAttachment(
  params: { appointmentId: string; attachmentId: string },
  options: CallOptions = {},
): Promise<SoloDownloadedFile> {
  const endpoint = soloEndpoints.downloadAttachment;
  const { appointmentId, attachmentId } = parseInput('solo', endpoint.name, attachmentRefSchema, params);
  const answer = await soloClient.requestBinary({
    ...soloEndpoints.downloadAttachment.at({ appointmentId, attachmentId }),
    ...options,
  });
  return parseAnswer(
    'solo',
    endpoint.name,
    soloBinaryAnswerSchema.extend({
      contentType: z.string().refine((type) => mimeFamily(type) !== null, 'Not a PDF, PNG or JPEG.'),
    }),
    answer,
  );
}
