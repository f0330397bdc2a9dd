import type { Faker } from '@faker-js/faker';
import { HttpResponse, http } from 'msw';
import {
  SOLO_ATTACHMENT_MAX_BYTES,
  type SoloAttachment,
  type SoloAttachmentMimeType,
  soloAttachmentMimeTypes,
} from '@/api/solo/attachments';
import { detectMimeType, mimeAliases, sniffMimeType } from '@/lib/file-sniff';
import { mockNow } from '../clock';
import { createFaker } from '../seed';
import { defineStore } from '../store';
import { getSoloAppointment, getSoloAppointmentByExternalId, soloCareStore } from './care-db';
import { atomUtc, SOLO_MOCK_STATUS, soloError } from './integration-config';

/** Appointment attachments, with their bytes (so a download gives back exactly what was uploaded). */
interface StoredAttachment {
  meta: SoloAttachment;
  bytes: Uint8Array<ArrayBuffer>;
}

interface AttachmentState {
  faker: Faker;
  attachments: Map<string, StoredAttachment>;
}

const TINY_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);
const TINY_PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00,
  0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00,
  0x0a, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0x00, 0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0d, 0x0a, 0x2d,
  0xb4, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);

export const soloAttachmentStore = defineStore<AttachmentState>('solo-attachments', () => {
  const faker = createFaker('solo-attachments', 'en');
  const attachments = new Map<string, StoredAttachment>();
  // The three earliest-numbered appointments come with a referral PDF and a photo.
  const appointmentIds = [...soloCareStore.get().appointments.keys()].sort((a, b) => a - b).slice(0, 3);
  for (const appointmentId of appointmentIds) {
    for (const [title, mimeType, bytes] of [
      ['Referral.pdf', 'application/pdf', TINY_PDF],
      ['Attachment.png', 'image/png', TINY_PNG],
    ] as const) {
      const id = faker.string.uuid();
      attachments.set(id, {
        bytes: new Uint8Array(bytes),
        meta: {
          id,
          appointmentId: String(appointmentId),
          title,
          mimeType,
          size: bytes.length,
          uploadedAt: atomUtc(faker.date.recent({ days: 10 })),
          deleted: false,
        },
      });
    }
  }
  return { faker, attachments };
});

/** "The id (or aggregate id) of the Appointment": a SAID, or the appointment's external id. */
function findAppointment(id: string) {
  return /^\d+$/.test(id) ? getSoloAppointment(Number(id)) : getSoloAppointmentByExternalId(id);
}

const appointmentNotFound = () => soloError(SOLO_MOCK_STATUS.notFound, 'Appointment not found');
const attachmentNotFound = () => soloError(SOLO_MOCK_STATUS.notFound, 'Attachment not found');

const allowedList = soloAttachmentMimeTypes.map((type) => `"${type}"`).join(', ');

/** Solo's own message, from the vendor page. */
export const mimeNotSupported = (mime: string) =>
  `Mime type "${mime}" not supported. Available file mime-types: ${allowedList}`;

function findLive(appointmentId: string, attachmentId: string): StoredAttachment | undefined {
  const stored = soloAttachmentStore.get().attachments.get(attachmentId);
  return stored && !stored.meta.deleted && stored.meta.appointmentId === appointmentId ? stored : undefined;
}

const base = '*/api/solo/qapi/v1/appointments/:appointmentId/attachments';

export const soloAttachmentHandlers = [
  http.post(base, async ({ request, params }) => {
    const bytes = new Uint8Array(await request.arrayBuffer());
    // No await below: checks and the write happen together.
    const appointment = findAppointment(String(params.appointmentId));
    if (!appointment) return appointmentNotFound();
    if (bytes.length > SOLO_ATTACHMENT_MAX_BYTES) {
      return soloError(SOLO_MOCK_STATUS.tooLarge, 'File is too large. Max file size: 5Mb');
    }
    // Like the vendor, trust the content, not the Content-Type header.
    const sniffed = sniffMimeType(bytes);
    if (!sniffed) return soloError(SOLO_MOCK_STATUS.badRequest, mimeNotSupported(detectMimeType(bytes)));
    const declared = (request.headers.get('Content-Type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
    const mimeType: SoloAttachmentMimeType =
      soloAttachmentMimeTypes.find((type) => type === declared && mimeAliases[sniffed].includes(type)) ??
      sniffed;
    const state = soloAttachmentStore.get();
    const id = state.faker.string.uuid();
    const fileName = new URL(request.url).searchParams.get('fileName')?.trim();
    const meta: SoloAttachment = {
      id,
      appointmentId: String(appointment.id),
      title:
        fileName ||
        `Attachment.${sniffed === 'application/pdf' ? 'pdf' : sniffed === 'image/png' ? 'png' : 'jpg'}`,
      mimeType,
      size: bytes.length,
      uploadedAt: atomUtc(mockNow()),
      deleted: false,
    };
    state.attachments.set(id, { meta, bytes });
    return HttpResponse.json(meta, { status: SOLO_MOCK_STATUS.created });
  }),

  http.get(base, ({ params }) => {
    const appointment = findAppointment(String(params.appointmentId));
    if (!appointment) return appointmentNotFound();
    const attachments = [...soloAttachmentStore.get().attachments.values()]
      .map((stored) => stored.meta)
      .filter((meta) => meta.appointmentId === String(appointment.id) && !meta.deleted)
      .sort((a, b) => a.uploadedAt.localeCompare(b.uploadedAt) || a.id.localeCompare(b.id));
    return HttpResponse.json({ attachments });
  }),

  // Not documented by the vendor: see soloEndpoints.downloadAttachment in src/api/solo/endpoints.ts.
  http.get(`${base}/:attachmentId`, ({ params }) => {
    const appointment = findAppointment(String(params.appointmentId));
    if (!appointment) return appointmentNotFound();
    const stored = findLive(String(appointment.id), String(params.attachmentId));
    if (!stored) return attachmentNotFound();
    return new HttpResponse(stored.bytes.slice(), {
      headers: {
        'Content-Type': stored.meta.mimeType,
        'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(stored.meta.title)}`,
      },
    });
  }),

  http.delete(`${base}/:attachmentId`, ({ params }) => {
    const appointment = findAppointment(String(params.appointmentId));
    if (!appointment) return appointmentNotFound();
    const stored = findLive(String(appointment.id), String(params.attachmentId));
    if (!stored) return attachmentNotFound();
    stored.meta = { ...stored.meta, deleted: true };
    return new HttpResponse(null, { status: 204 });
  }),
];
