import { installPostDicomMock } from '@mocks/postdicom/install';
import { createDicomFile, type DicomKeywordValues } from '@/lib/dicom/write';
import { initializePostDicom } from '../api/postdicom/account';
import {
  configurePostDicomTimeouts,
  POSTDICOM_CALL_TIMEOUT_MS,
  POSTDICOM_UPLOAD_IDLE_TIMEOUT_MS,
  resetPostDicomSession,
} from '../api/postdicom/client';
import {
  configurePostDicomLoader,
  POSTDICOM_LIBRARY_URL,
  POSTDICOM_LOAD_TIMEOUT_MS,
} from '../api/postdicom/loader';

/** For tests only: installs the simulated library, forgets any session, restores default timeouts. */
export function freshPostDicom(): void {
  installPostDicomMock();
  resetPostDicomSession();
  configurePostDicomTimeouts({
    call: POSTDICOM_CALL_TIMEOUT_MS,
    uploadIdle: POSTDICOM_UPLOAD_IDLE_TIMEOUT_MS,
  });
  configurePostDicomLoader({ libraryUrl: POSTDICOM_LIBRARY_URL, loadTimeoutMs: POSTDICOM_LOAD_TIMEOUT_MS });
}

/** Installs the simulation and initializes: the first user's and institution's uuids. */
export async function signedIn() {
  freshPostDicom();
  const account = await initializePostDicom();
  const [user, other] = account.UserList;
  const [institution, otherInstitution] = account.InstitutionList;
  if (!user || !other || !institution || !otherInstitution)
    throw new Error('The seeded account is incomplete.');
  return {
    account,
    userUuid: user.UserUuid,
    otherUserUuid: other.UserUuid,
    institutionUuid: institution.InstitutionUuid,
    otherInstitutionUuid: otherInstitution.InstitutionUuid,
  };
}

export const UNKNOWN_UUID = '00000000-0000-4000-8000-000000000000';

/** A small DICOM File (Part-10 unless `transferSyntaxUid: null`). */
export async function dicomFile(
  name: string,
  values: DicomKeywordValues = {},
  transferSyntaxUid?: string | null,
) {
  const bytes = await createDicomFile(
    { PatientName: 'PRUEBA^ANA', PatientID: 'T-1', Modality: 'CT', StudyDate: '20260110', ...values },
    { transferSyntaxUid },
  );
  return new File([bytes], name, { type: 'application/dicom' });
}
