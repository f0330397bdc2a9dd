import { isTransient, VendorError } from '@/api/errors';
import type { PostDicomUploadProgress } from '@/api/postdicom/client';
import {
  type PostDicomAnonymizedTagInput,
  uploadPostDicomDicomFiles,
  uploadPostDicomDicomFilesIntoFolder,
  uploadPostDicomDicomFilesIntoFolderWithAnonymization,
  uploadPostDicomDicomFilesWithAnonymization,
} from '@/api/postdicom/dicom-files';

/**
 * One file to PostDICOM through the adapter's four upload variants: to the root or into a folder, with or
 * without the vendor's own anonymization (which sets the tags given, `anonymizedData`).
 */

export interface PostDicomDestination {
  userUuid: string;
  institutionUuid: string;
  folderUuid: string | null;
  /** The vendor's anonymization: the tags it sets. Null: none. */
  anonymizedData: PostDicomAnonymizedTagInput[] | null;
}

/** Reading is a fifth of the work the library reports, sending the rest. */
function fractionOf(event: PostDicomUploadProgress): number {
  if (event.state === 'File Upload Completed') return 1;
  return event.state === 'Reading' ? event.progress / 500 : 0.2 + (event.progress / 100) * 0.8;
}

export function sendToPostDicom(destination: PostDicomDestination) {
  return async (file: File, onProgress: (fraction: number) => void): Promise<void> => {
    const base = {
      userUuid: destination.userUuid,
      institutionUuid: destination.institutionUuid,
      files: [file],
    };
    const options = { onProgress: (event: PostDicomUploadProgress) => onProgress(fractionOf(event)) };
    const { folderUuid, anonymizedData } = destination;
    if (anonymizedData && folderUuid) {
      await uploadPostDicomDicomFilesIntoFolderWithAnonymization(
        { ...base, folderUuid, anonymizedData },
        options,
      );
    } else if (anonymizedData) {
      await uploadPostDicomDicomFilesWithAnonymization({ ...base, anonymizedData }, options);
    } else if (folderUuid) {
      await uploadPostDicomDicomFilesIntoFolder({ ...base, folderUuid }, options);
    } else {
      await uploadPostDicomDicomFiles(base, options);
    }
  };
}

/**
 * Failures worth waiting and trying again: network, time-outs, 429 and 5xx. PostDICOM's library reports
 * failures without an HTTP status (`{ Success: false, Message }`, status 0), so its message tells rate limits
 * and server errors apart from refusals (an invalid file, a missing folder), which are never retried.
 */
export function isTransientUploadError(error: unknown): boolean {
  if (isTransient(error)) return true;
  if (error instanceof VendorError && error.vendor === 'postdicom' && error.status === 0) {
    return /too many requests|rate limit|server error|unavailable|timed? ?out|network|try again/i.test(
      error.vendorMessage,
    );
  }
  return false;
}
