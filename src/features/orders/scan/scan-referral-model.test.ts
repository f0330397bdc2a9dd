import { describe, expect, it } from 'vitest';
import type { Person } from '@/api/people/model';
import { scanCreateReferralSchema } from '@/api/scan/referrals';
import { firstStepWithError } from '@/components/forms/form-errors';
import { findScanEarlierAttempt } from '@/lib/orders/scan-dedup';
import { scanPrefill } from '../prefill/person-prefill';
import {
  emptyScanWizard,
  isScanWizardDraft,
  type ScanWizardValues,
  safetyRowsFor,
  scanFormField,
  scanStepFields,
  scanWizardSteps,
  seenScanReferral,
  toScanAttempt,
  toScanGpDetails,
  toScanReferralBody,
  toScanSafetyAnswers,
  validateScanStep,
} from './scan-referral-model';

function filled(patch: Partial<ScanWizardValues> = {}): ScanWizardValues {
  const values = emptyScanWizard();
  values.patient = {
    ...values.patient,
    first_name: ' María José ',
    last_name: 'García López',
    email: 'maria@example.com',
    date_of_birth: '1985-02-28',
    gender: 'female',
    address_postcode: 'SK7 2EB',
  };
  values.modality = 'MRI';
  values.bodyPartIds = ['63', '64'];
  values.referralInformation = 'Persistent pain in both ankles';
  return { ...values, ...patch };
}

const context = { needsAccount: false };

describe('Scan.com wizard: form → payload', () => {
  it('sends the patient, modality, body parts and referral information; the date of birth as YYYY/MM/DD', () => {
    const body = toScanReferralBody(filled());
    expect(body).toEqual({
      patient_information: {
        first_name: 'María José',
        last_name: 'García López',
        email: 'maria@example.com',
        date_of_birth: '1985-02-28',
        address_postcode: 'SK7 2EB',
        gender: 'female',
      },
      modality: 'MRI',
      body_part_ids: [63, 64],
      referral_information: 'Persistent pain in both ankles',
    });
    expect(scanCreateReferralSchema.parse(body).patient_information).toMatchObject({
      date_of_birth_iso: '1985/02/28',
    });
  });

  it('leaves out what was not given', () => {
    const body = toScanReferralBody(filled({ modality: '', bodyPartIds: [], referralInformation: ' ' }));
    expect(body).not.toHaveProperty('modality');
    expect(body).not.toHaveProperty('body_part_ids');
    expect(body).not.toHaveProperty('referral_information');
    expect(body.patient_information).not.toHaveProperty('phone');
  });

  it('GP details and safety answers: details only with a yes', () => {
    expect(
      toScanGpDetails({
        gp_name: 'Dr Who',
        practice_name: 'Practice',
        practice_address: '1 Road',
        practice_postcode: 'SK7 2EB',
        practice_phone: ' ',
      }),
    ).toEqual({
      gp_name: 'Dr Who',
      practice_name: 'Practice',
      practice_address: '1 Road',
      practice_postcode: 'SK7 2EB',
    });
    expect(
      toScanSafetyAnswers([
        { id: 1, answer: 'yes', details: 'Knee implant' },
        { id: 2, answer: 'no', details: 'typed, then answered no' },
      ]),
    ).toEqual([
      { safety_question_id: 1, answer: true, details: 'Knee implant' },
      { safety_question_id: 2, answer: false },
    ]);
  });

  it('keeps given answers when the questions load again', () => {
    expect(safetyRowsFor([{ id: 2 }, { id: 3 }], [{ id: 2, answer: 'no', details: '' }])).toEqual([
      { id: 2, answer: 'no', details: '' },
      { id: 3, answer: '', details: '' },
    ]);
  });
});

describe('Scan.com wizard: checks of the step on screen', () => {
  it('step 1 asks for the Scan.com user only without a session, and checks the patient', () => {
    const values = filled({ step: 0 });
    expect(validateScanStep(values, context).ok).toBe(true);
    const withoutSession = validateScanStep(values, { needsAccount: true });
    expect(withoutSession.ok ? [] : withoutSession.issues.map((i) => i.path)).toEqual([
      'account.first_name',
      'account.last_name',
      'account.email',
    ]);
    const bad = validateScanStep(
      filled({ step: 0, patient: { ...filled().patient, email: 'nope', date_of_birth: '1985-02-30' } }),
      context,
    );
    expect(bad.ok ? [] : bad.issues).toEqual([
      { path: 'patient.email', message: 'validation.email' },
      { path: 'patient.date_of_birth', message: 'validation.noSuchDate' },
    ]);
  });

  it('an empty email or date of birth is required, not badly written', () => {
    const empty = validateScanStep(
      filled({ step: 0, patient: { ...filled().patient, email: ' ', date_of_birth: '' } }),
      context,
    );
    expect(empty.ok ? [] : empty.issues).toEqual([
      { path: 'patient.email', message: 'validation.required' },
      { path: 'patient.date_of_birth', message: 'validation.required' },
    ]);
  });

  it('step 2 needs a modality, then body parts; later steps are not checked early', () => {
    const noModality = validateScanStep(filled({ step: 1, modality: '' }), context);
    expect(noModality.ok ? [] : noModality.issues.map((i) => i.path)).toEqual(['modality']);
    const noParts = validateScanStep(filled({ step: 1, bodyPartIds: [] }), context);
    expect(noParts.ok ? [] : noParts.issues.map((i) => i.path)).toEqual(['bodyPartIds']);
    expect(validateScanStep(filled({ step: 1, referralInformation: '' }), context).ok).toBe(true);
  });

  it('the safety step needs every answer, and details after a yes where the question asks for them', () => {
    const values = filled({
      step: scanWizardSteps.indexOf('safety'),
      safety: [
        { id: 1, answer: 'yes', details: '' },
        { id: 2, answer: '', details: '' },
        { id: 3, answer: 'yes', details: '' },
      ],
    });
    const result = validateScanStep(values, { needsAccount: false, detailsRequired: new Set([1]) });
    expect(result.ok ? [] : result.issues.map((i) => i.path)).toEqual([
      'safety.0.details',
      'safety.1.answer',
    ]);
  });
});

describe('Scan.com wizard: vendor errors land on their step', () => {
  it('maps wire names to the fields, and the fields to their step', () => {
    expect(scanFormField('patient_information.date_of_birth_iso', 'referral')).toBe('patient.date_of_birth');
    expect(scanFormField('patient_information.address_postcode', 'referral')).toBe(
      'patient.address_postcode',
    );
    expect(scanFormField('body_part_ids', 'referral')).toBe('bodyPartIds');
    expect(scanFormField('gp_details.practice_postcode', 'referral')).toBe('gp.practice_postcode');
    expect(scanFormField('safety_question_answers[1].details', 'referral')).toBe('safety.1.details');
    expect(scanFormField('time_slot_ids', 'referral')).toBe('slotIds');
    expect(scanFormField('base', 'referral')).toBeNull();
    expect(scanFormField('email', 'user')).toBe('account.email');
    expect(firstStepWithError(['patient.address_postcode'], scanStepFields)).toBe(0);
    expect(firstStepWithError(['slotIds', 'gp.gp_name'], scanStepFields)).toBe(6);
    expect(firstStepWithError(['referralInformation', 'bodyPartIds'], scanStepFields)).toBe(1);
  });
});

describe('Scan.com wizard: the earlier attempt of a retry', () => {
  it('finds the referral this attempt created before its answer was lost', () => {
    const values = filled({ firstSentAt: Date.parse('2026-03-10T10:00:00Z') });
    const referral = {
      id: 1001,
      status: 'draft' as const,
      patient_information: {
        first_name: 'MARIA JOSE',
        last_name: 'García López',
        email: null,
        date_of_birth: '1985-02-28',
        phone: null,
        address_line_1: null,
        address_line_2: null,
        address_city: null,
        address_postcode: null,
        gender: null,
      },
      modality: 'MRI' as const,
      body_part_ids: [63],
      time_slot_ids: [],
      safety_question_answers: [],
      additional_documents: [],
      created_at: '2026-03-10T10:00:01Z',
    };
    const now = Date.parse('2026-03-10T10:01:00Z');
    expect(findScanEarlierAttempt(toScanAttempt(values), [seenScanReferral(referral)], now)).toBe('1001');
    expect(
      findScanEarlierAttempt(toScanAttempt({ ...values, modality: 'CT' }), [seenScanReferral(referral)], now),
    ).toBeNull();
  });
});

describe('Scan.com wizard: drafts and prefill', () => {
  it('accepts its own drafts only', () => {
    expect(isScanWizardDraft(filled({ step: 4, slotIds: [16001, 16002] }))).toBe(true);
    expect(isScanWizardDraft({ ...filled(), step: 99 })).toBe(false);
    expect(isScanWizardDraft({ ...filled(), modality: 'MR' })).toBe(false);
  });

  const person: Person = {
    source: 'eden',
    recordId: 'ORD-1',
    givenNames: 'María José',
    firstSurname: 'García',
    secondSurname: 'López',
    birthDate: '1985-02-28',
    sex: 'F',
    emails: ['maria@example.com'],
    phones: [],
    addresses: [],
    identifiers: [],
    activity: { kind: 'order', modalities: ['MR'], date: null, description: null, status: null },
    record: { vendor: 'eden', order: {} as never },
  };

  it('prefills names, sex and modality in Scan.com’s words (MR → MRI)', () => {
    expect(scanPrefill(person)).toEqual({
      values: {
        'patient.first_name': 'María José',
        'patient.last_name': 'García López',
        'patient.gender': 'female',
        'patient.date_of_birth': '1985-02-28',
        'patient.email': 'maria@example.com',
        modality: 'MRI',
      },
      failures: [],
      source: { vendor: 'eden', recordId: 'ORD-1' },
    });
  });

  it('shows a modality Scan.com does not sell as a failure, never another modality', () => {
    const xa: Person = { ...person, activity: { ...person.activity, modalities: ['XA'] } };
    const { values, failures } = scanPrefill(xa);
    expect(values).not.toHaveProperty('modality');
    expect(failures.map((f) => f.field)).toEqual(['modality']);
  });

  it('a name without a surname is a failure on both name fields', () => {
    const { values, failures } = scanPrefill({ ...person, firstSurname: null, secondSurname: null });
    expect(values).not.toHaveProperty('patient.first_name');
    expect(failures.map((f) => f.field)).toEqual(['patient.first_name', 'patient.last_name']);
  });
});
