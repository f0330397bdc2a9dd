import { describe, expect, it } from 'vitest';
import { ContractError, NetworkError, VendorError } from '@/api/errors';
import { isTransientUploadError } from './send-postdicom';

describe('isTransientUploadError', () => {
  it('retries network failures, 429 and 5xx, and PostDICOM’s status-less rate limits and server errors', () => {
    expect(isTransientUploadError(new NetworkError('postdicom', 'UploadDicomFiles'))).toBe(true);
    expect(isTransientUploadError(new VendorError('scan', 'x', 503, 'down'))).toBe(true);
    expect(
      isTransientUploadError(
        new VendorError('postdicom', 'UploadDicomFiles', 0, 'Too many requests (mock fault scenario).'),
      ),
    ).toBe(true);
    expect(
      isTransientUploadError(
        new VendorError('postdicom', 'UploadDicomFiles', 0, 'Internal server error (mock fault scenario).'),
      ),
    ).toBe(true);
  });

  it('never retries a refusal or a broken answer', () => {
    expect(
      isTransientUploadError(new VendorError('postdicom', 'UploadDicomFiles', 0, 'Folder not found: x.')),
    ).toBe(false);
    expect(isTransientUploadError(new ContractError('postdicom', 'UploadDicomFiles', []))).toBe(false);
    expect(isTransientUploadError(new Error('refused'))).toBe(false);
  });
});
