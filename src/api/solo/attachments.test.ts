import { soloCareStore } from '@mocks/solo/care-db';
import { soloAttachmentStore } from '@mocks/solo/integration-attachments';
import { client } from '@mocks/solo/integration-test-client';
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryWrapper } from '@/test/query-wrapper';
import { InputError, VendorError } from '../errors';
import {
  deleteSoloAttachment,
  downloadSoloAttachment,
  listSoloAttachments,
  SOLO_ATTACHMENT_MAX_BYTES,
  soloUploadContentType,
  uploadSoloAttachment,
} from './attachments';
import { useDeleteSoloAttachment, useSoloAttachments, useUploadSoloAttachment } from './integration-queries';

const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
function png(size: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(size);
  bytes.set(PNG_HEAD);
  for (let i = PNG_HEAD.length; i < size; i++) bytes[i] = (i * 31) & 0xff;
  return bytes;
}
const pdf = (text = 'hello') => new TextEncoder().encode(`%PDF-1.7\n${text}\n%%EOF`);
const jpeg = () => new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5]);

/** An appointment the care mock seeded, without seeded attachments. */
function anAppointmentId(): string {
  const ids = [...soloCareStore.get().appointments.keys()].sort((a, b) => a - b);
  return String(ids[10]);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('Solo attachments: upload', () => {
  it('uploads a PNG with a file name and downloads exactly the same bytes', async () => {
    const appointmentId = anAppointmentId();
    const bytes = png(70_000);
    const attachment = await uploadSoloAttachment({ appointmentId, file: bytes, fileName: 'wrist.png' });
    expect(attachment).toMatchObject({
      appointmentId,
      title: 'wrist.png',
      mimeType: 'image/png',
      size: 70_000,
      deleted: false,
    });
    const file = await downloadSoloAttachment({ appointmentId, attachmentId: attachment.id });
    expect(file.contentType).toBe('image/png');
    expect(file.fileName).toBe('wrist.png');
    expect(new Uint8Array(await file.blob.arrayBuffer())).toEqual(bytes);
  });

  it('uploads a File (PDF) and keeps an allowed declared alias such as application/x-pdf', async () => {
    const appointmentId = anAppointmentId();
    const file = new File([pdf()], 'report.pdf', { type: 'application/x-pdf' });
    const attachment = await uploadSoloAttachment({ appointmentId, file });
    expect(attachment.title).toBe('report.pdf');
    expect(attachment.mimeType).toBe('application/x-pdf');
    const listed = await listSoloAttachments(appointmentId);
    expect(listed.map((a) => a.id)).toContain(attachment.id);
  });

  it('names a JPEG without a file name "Attachment.jpg"', async () => {
    const attachment = await uploadSoloAttachment({ appointmentId: anAppointmentId(), file: jpeg() });
    expect(attachment).toMatchObject({ title: 'Attachment.jpg', mimeType: 'image/jpeg', size: 9 });
  });

  it('accepts exactly 5 MB and refuses one byte more before sending', async () => {
    const appointmentId = anAppointmentId();
    const ok = await uploadSoloAttachment({ appointmentId, file: png(SOLO_ATTACHMENT_MAX_BYTES) });
    expect(ok.size).toBe(5 * 1024 * 1024);
    const error = await rejection(
      uploadSoloAttachment({ appointmentId, file: png(SOLO_ATTACHMENT_MAX_BYTES + 1) }),
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]).toEqual({
      path: 'bytes',
      message: 'validation.fileTooLarge',
      params: { megabytes: 5 },
    });
  });

  it('refuses by magic bytes: a text file named .pdf and declared application/pdf', async () => {
    const file = new File(['just some text'], 'fake.pdf', { type: 'application/pdf' });
    const error = await rejection(uploadSoloAttachment({ appointmentId: anAppointmentId(), file }));
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).issues[0]).toMatchObject({
      message: 'validation.fileTypeNotAllowed',
      params: { types: 'PDF, PNG, JPEG' },
    });
  });

  it('refuses a real PNG declared as a PDF, and a PNG named .jpg', async () => {
    const declared = new File([png(100)], 'x.png', { type: 'application/pdf' });
    const e1 = await rejection(uploadSoloAttachment({ appointmentId: anAppointmentId(), file: declared }));
    expect((e1 as InputError).issues[0]).toEqual({
      path: 'declaredType',
      message: 'validation.fileTypeMismatch',
      params: { declared: 'application/pdf', actual: 'image/png' },
    });
    const named = await rejection(
      uploadSoloAttachment({ appointmentId: anAppointmentId(), file: png(100), fileName: 'x.jpg' }),
    );
    expect((named as InputError).issues[0]).toMatchObject({
      path: 'fileName',
      message: 'validation.fileExtensionMismatch',
    });
  });

  it('refuses an empty file', async () => {
    const error = await rejection(
      uploadSoloAttachment({ appointmentId: anAppointmentId(), file: new Uint8Array() }),
    );
    expect((error as InputError).issues[0]).toEqual({ path: 'bytes', message: 'validation.fileEmpty' });
  });

  it("the mock answers Solo's documented 400 when the content is not allowed, whatever the header says", async () => {
    // Straight to the mock (the service would refuse it before sending).
    const response = await client.send(`/api/solo/qapi/v1/appointments/${anAppointmentId()}/attachments`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/pdf' },
      body: 'plain text pretending to be a PDF',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: {
        message:
          'Mime type "text/plain" not supported. Available file mime-types: "application/pdf", "application/x-pdf", "image/pdf", "image/png", "image/jpeg"',
      },
    });
  });

  it('the mock refuses more than 5 MB with 413', async () => {
    const response = await client.send(`/api/solo/qapi/v1/appointments/${anAppointmentId()}/attachments`, {
      method: 'POST',
      headers: { 'Content-Type': 'image/png' },
      body: png(SOLO_ATTACHMENT_MAX_BYTES + 1),
    });
    expect(response.status).toBe(413);
  });

  it('answers 404 for an unknown appointment', async () => {
    const error = await rejection(uploadSoloAttachment({ appointmentId: '999999999', file: jpeg() }));
    expect(error).toBeInstanceOf(VendorError);
    expect((error as VendorError).status).toBe(404);
    expect((error as VendorError).vendorMessage).toBe('Appointment not found');
  });

  it('sends the sniffed type unless the declared one is an allowed alias of it', () => {
    expect(soloUploadContentType('application/pdf', 'image/pdf')).toBe('image/pdf');
    expect(soloUploadContentType('application/pdf', 'text/plain')).toBe('application/pdf');
    expect(soloUploadContentType('image/jpeg', 'image/jpg')).toBe('image/jpeg');
    expect(soloUploadContentType('image/png')).toBe('image/png');
  });
});

describe('Solo attachments: list and delete', () => {
  it('lists the seeded attachments of an appointment', async () => {
    const seeded = [...soloAttachmentStore.get().attachments.values()][0]?.meta;
    expect(seeded).toBeDefined();
    const list = await listSoloAttachments(seeded?.appointmentId ?? '');
    expect(list.map((a) => a.title).sort()).toEqual(['Attachment.png', 'Referral.pdf']);
  });

  it('lists an empty collection and 404s an unknown appointment', async () => {
    expect(await listSoloAttachments(anAppointmentId())).toEqual([]);
    const error = await rejection(listSoloAttachments('424242424'));
    expect((error as VendorError).status).toBe(404);
  });

  it('deletes an attachment: gone from the list, then 404 on a second delete and on download', async () => {
    const appointmentId = anAppointmentId();
    const { id } = await uploadSoloAttachment({ appointmentId, file: jpeg() });
    await deleteSoloAttachment({ appointmentId, attachmentId: id });
    expect(await listSoloAttachments(appointmentId)).toEqual([]);
    const again = await rejection(deleteSoloAttachment({ appointmentId, attachmentId: id }));
    expect((again as VendorError).status).toBe(404);
    expect((again as VendorError).vendorMessage).toBe('Attachment not found');
    const download = await rejection(downloadSoloAttachment({ appointmentId, attachmentId: id }));
    expect((download as VendorError).status).toBe(404);
  });
});

describe('Solo attachments: hooks', () => {
  it('useUploadSoloAttachment and useDeleteSoloAttachment refresh useSoloAttachments', async () => {
    const appointmentId = anAppointmentId();
    const { wrapper } = createQueryWrapper();
    const { result } = renderHook(
      () => ({
        list: useSoloAttachments(appointmentId),
        upload: useUploadSoloAttachment(),
        remove: useDeleteSoloAttachment(),
      }),
      { wrapper },
    );
    await waitFor(() => expect(result.current.list.data).toEqual([]));
    let uploadedId = '';
    await act(async () => {
      uploadedId = (await result.current.upload.mutateAsync({ appointmentId, file: pdf() })).id;
    });
    await waitFor(() => expect(result.current.list.data?.map((a) => a.id)).toEqual([uploadedId]));
    await act(async () => {
      await result.current.remove.mutateAsync({ appointmentId, attachmentId: uploadedId });
    });
    await waitFor(() => expect(result.current.list.data).toEqual([]));
  });
});
