import { describe, expect, it } from 'vitest';
import { impiloCreatePatientSchema } from '@/api/impilo/patients';
import {
  emptyImpiloPatientForm,
  fromImpiloPatient,
  impiloFormFieldFor,
  impiloPatientFormIssues,
  toImpiloPayload,
} from './impilo-patient-form-model';

const filled = () => ({
  ...emptyImpiloPatientForm(),
  firstName: 'Ana',
  lastName: 'Ruiz',
  externalIdentifier: 'HC-1',
  dateOfBirth: '1980-05-02',
});
const issues = (values: ReturnType<typeof filled>) =>
  impiloPatientFormIssues(values, '2026-03-10').map((i) => `${i.path}:${i.message}`);

describe('Impilo patient form', () => {
  it('sends what Impilo takes, with no address when none is typed', () => {
    const payload = toImpiloPayload(filled());
    expect(payload).toEqual({
      firstName: 'Ana',
      lastName: 'Ruiz',
      externalIdentifier: 'HC-1',
      dateOfBirth: '1980-05-02',
      email: undefined,
      phone: undefined,
      siteId: undefined,
      address: undefined,
    });
    expect(impiloCreatePatientSchema.safeParse(payload).success).toBe(true);
  });

  it('needs names and the MRN, and a whole address once one part is typed', () => {
    expect(issues({ ...emptyImpiloPatientForm(), city: 'Austin' })).toEqual([
      'firstName:validation.required',
      'lastName:validation.required',
      'externalIdentifier:validation.required',
      'line1:validation.addressPartRequired',
      'postalCode:validation.addressPartRequired',
      'country:validation.countryCode',
    ]);
    const whole = { ...filled(), line1: '1 Main St', city: 'Austin', postalCode: '78701', country: 'us' };
    expect(issues(whole)).toEqual([]);
    expect(toImpiloPayload(whole).address).toMatchObject({ country: 'US', line2: null, state: null });
  });

  it('checks the birth date, email and phone', () => {
    expect(issues({ ...filled(), dateOfBirth: '2027-01-01', email: 'x@', phone: 'none' })).toEqual([
      'dateOfBirth:validation.birthDateFuture',
      'email:validation.email',
      'phone:validation.phoneNumber',
    ]);
  });

  it('reads a patient back, and maps Impilo’s field paths', () => {
    const back = fromImpiloPatient({
      id: 'x',
      ...toImpiloPayload(filled()),
      email: null,
      address: null,
    } as never);
    expect(back).toMatchObject({ firstName: 'Ana', externalIdentifier: 'HC-1', line1: '' });
    expect(impiloFormFieldFor('address.postalCode')).toBe('postalCode');
    expect(impiloFormFieldFor('externalIdentifier')).toBe('externalIdentifier');
    expect(impiloFormFieldFor('whatever')).toBeNull();
  });
});
