import { describe, expect, it } from 'vitest';
import { server } from '../../../mocks/node';
import { createTestReferral, startTestScanUser } from '../../test/scan.test-helpers';
import { InputError } from '../errors';
import { SCAN_MAX_DOCUMENT_BYTES, uploadScanDocument } from './documents';
import { scanEndpoints } from './endpoints';
import { getScanReferral } from './referrals';
import { getScanSessionSnapshot } from './session';

describe('Scan.com additional documents', () => {
  it('uploads one file as multipart "file" and lists it on the referral', async () => {
    await startTestScanUser();
    const referral = await createTestReferral();
    const file = new File(['%PDF-1.4 previous report'], 'report.pdf', { type: 'application/pdf' });
    const document = await uploadScanDocument(referral.id, file);
    expect(document).toMatchObject({
      file_name: 'report.pdf',
      content_type: 'application/pdf',
      size: file.size,
    });
    expect((await getScanReferral(referral.id)).additional_documents).toHaveLength(1);
  });

  it('accepts exactly 25 MB and refuses 25 MB + 1 byte before sending it', async () => {
    await startTestScanUser();
    const referral = await createTestReferral();
    const sent: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.url.includes('additional_documents')) sent.push(request.url);
    });
    await expect(
      uploadScanDocument(referral.id, new File([new Uint8Array(SCAN_MAX_DOCUMENT_BYTES)], 'big.bin')),
    ).resolves.toMatchObject({ size: SCAN_MAX_DOCUMENT_BYTES });
    const error = await uploadScanDocument(
      referral.id,
      new File([new Uint8Array(SCAN_MAX_DOCUMENT_BYTES + 1)], 'too-big.bin'),
    ).catch((e: unknown) => e);
    server.events.removeAllListeners();
    expect(error).toBeInstanceOf(InputError);
    expect(sent).toHaveLength(1);
  });

  it('the mock refuses more than 25 MB and more than one file per request', async () => {
    await startTestScanUser();
    const referral = await createTestReferral();
    // Straight to the mock (the service would not send these): it must enforce the rules itself.
    const token = await (async () => {
      let seen = '';
      server.events.on('request:start', ({ request }) => {
        seen = request.headers.get('Authorization') ?? seen;
      });
      await getScanReferral(referral.id);
      server.events.removeAllListeners();
      return seen;
    })();
    expect(getScanSessionSnapshot().active).toBe(true);
    const url = new URL(
      `/api/scan${scanEndpoints.uploadDocument.path({ referral_id: referral.id })}`,
      location.href,
    );
    const big = new FormData();
    big.append('file', new File([new Uint8Array(SCAN_MAX_DOCUMENT_BYTES + 1)], 'too-big.bin'));
    const tooBig = await fetch(url, { method: 'POST', body: big, headers: { Authorization: token } });
    expect(tooBig.status).toBe(422);
    expect(await tooBig.json()).toMatchObject({ success: false, validation_errors: [{ field: 'file' }] });
    const two = new FormData();
    two.append('file', new File(['a'], 'a.txt'));
    two.append('file', new File(['b'], 'b.txt'));
    const twoFiles = await fetch(url, { method: 'POST', body: two, headers: { Authorization: token } });
    expect(twoFiles.status).toBe(422);
  });

  it('refuses an empty file, and another user’s referral answers 404', async () => {
    await startTestScanUser();
    const referral = await createTestReferral();
    await expect(uploadScanDocument(referral.id, new File([], 'empty.txt'))).rejects.toBeInstanceOf(
      InputError,
    );
    await startTestScanUser('Other');
    await expect(uploadScanDocument(referral.id, new File(['x'], 'x.txt'))).rejects.toMatchObject({
      status: 404,
    });
  });
});
