import { describe, expect, it } from 'vitest';
import { countRequests, expectInputIssue } from '../../test/input-error.test-helpers';
import { signedIn } from '../../test/postdicom.test-helpers';
import { uploadPostDicomDocumentFiles } from './documents';
import { createPostDicomFolder } from './folders';
import { createPostDicomOrderWithMinimumParameters } from './order-create';
import { createPostDicomQuickShareLinkWithExpireDate } from './sharing';

describe('PostDICOM: bad input is an InputError (field path + translation key + code), and nothing is called', () => {
  it('orders, folders, shares and documents', async () => {
    const { userUuid, institutionUuid } = await signedIn();
    const sent = countRequests();
    const order = await expectInputIssue(
      createPostDicomOrderWithMinimumParameters({
        userUuid,
        institutionUuid,
        patientName: 'A^B^C^D^E^F',
        patientId: 'P-1',
        modality: 'CT',
        orderDate: '2026-02-30',
      }),
      'patientName',
      'validation.dicomNameComponents',
    );
    expect(order.issuesAt('orderDate')).toEqual([{ path: 'orderDate', message: 'validation.noSuchDate' }]);
    expect(order).toMatchObject({
      vendor: 'postdicom',
      endpoint: 'CreateOrderWithMinimumParameters',
      code: 'invalid-input',
    });
    await expectInputIssue(
      createPostDicomFolder({ userUuid, folderName: 'a//b' }),
      'folderName',
      'validation.folderPathEmptySegment',
    );
    const expired = await expectInputIssue(
      createPostDicomQuickShareLinkWithExpireDate({
        userUuid,
        patientOrderUuidList: ['o'],
        userCanDownloadStudies: false,
        expireDate: '2000-01-01',
      }),
      'expireDate',
      'validation.dateInPast',
    );
    expect(expired.code).toBe('expired-date');
    const document = await expectInputIssue(
      uploadPostDicomDocumentFiles({
        userUuid,
        institutionUuid,
        patientOrderUuid: 'o',
        files: [new File(['x'], 'notes.txt', { type: 'text/plain' })],
      }),
      'files[0]',
      'validation.fileTypeNotAllowed',
    );
    expect(document.code).toBe('unsupported-document-type');
    expect(sent.count).toBe(0);
  });
});
