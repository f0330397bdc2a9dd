import { describe, expect, it } from 'vitest';
import { countRequests, expectInputIssue } from '../../test/input-error.test-helpers';
import { draftReferralInput, startTestScanUser } from '../../test/scan.test-helpers';
import { answerScanSafetyQuestions } from './confirmation';
import { uploadScanDocument } from './documents';
import { createScanReferral, getScanReferral, updateScanReferral } from './referrals';
import { createScanUser } from './users';

describe('Scan.com: bad input is an InputError (field path + translation key), and nothing is sent', () => {
  it('users, referrals, documents and safety answers', async () => {
    await startTestScanUser();
    const sent = countRequests();
    await expectInputIssue(
      createScanUser({ first_name: 'A', last_name: 'B', email: 'nope' }),
      'email',
      'validation.email',
    );
    const patient = draftReferralInput.patient_information;
    await expectInputIssue(
      createScanReferral({ patient_information: { ...patient, date_of_birth: '1999/02/30' } }),
      'patient_information.date_of_birth',
      'validation.noSuchDate',
    );
    await expectInputIssue(
      createScanReferral({ patient_information: { ...patient, date_of_birth: '30 Jan 1999' } }),
      'patient_information.date_of_birth',
      'validation.dateOfBirthFormat',
    );
    await expectInputIssue(updateScanReferral(1, {}), '', 'validation.nothingToUpdate');
    await expectInputIssue(getScanReferral(0), 'referralId', 'validation.tooSmall');
    await expectInputIssue(uploadScanDocument(1, new Blob([])), 'file', 'validation.fileEmpty');
    await expectInputIssue(
      answerScanSafetyQuestions(1, [
        { safety_question_id: 1, answer: false },
        { safety_question_id: 1, answer: true, details: 'x' },
      ]),
      'safety_question_answers',
      'validation.duplicate',
    );
    expect(sent.count).toBe(0);
  });
});
