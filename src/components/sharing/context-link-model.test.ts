import { describe, expect, it } from 'vitest';
import { type ContextLinkFormValues, emptyContextLinkForm, toSoloContextLink } from './context-link-model';

const filled: ContextLinkFormValues = {
  user: ' dra.núñez ',
  type: 'provider',
  visit: '3110001',
  visitDay: '2026-03-11',
  visitTime: '09:30',
  patient: {
    id: 'EXT-000042',
    sex: 'female',
    dob: '1990-04-12',
    firstName: 'María José',
    lastName: 'Núñez Ødegård-李',
  },
};

describe('context-link form → the linking JSON of Solo’s doc', () => {
  it('turns the visit’s wall-clock time in the user’s zone into a UTC unix timestamp, names as typed', () => {
    const result = toSoloContextLink(filled, 'Europe/Madrid');
    expect(result).toEqual({
      ok: true,
      value: {
        user: 'dra.núñez',
        type: 'provider',
        visit: '3110001',
        date: Date.parse('2026-03-11T08:30:00Z') / 1000,
        patient: {
          id: 'EXT-000042',
          sex: 'female',
          dob: '1990-04-12',
          firstName: 'María José',
          lastName: 'Núñez Ødegård-李',
        },
      },
    });
    const ny = toSoloContextLink(filled, 'America/New_York');
    expect(ny.ok && ny.value.date).toBe(Date.parse('2026-03-11T13:30:00Z') / 1000);
  });

  it('keeps the documented key order (user, type, visit, date, patient)', () => {
    const result = toSoloContextLink(filled, 'UTC');
    expect(result.ok && Object.keys(result.value)).toEqual(['user', 'type', 'visit', 'date', 'patient']);
    expect(result.ok && Object.keys(result.value.patient)).toEqual([
      'id',
      'sex',
      'dob',
      'firstName',
      'lastName',
    ]);
  });

  it('names every missing field, on the form’s own paths', () => {
    const result = toSoloContextLink(emptyContextLinkForm(), 'Europe/Madrid');
    expect(result.ok ? [] : result.issues.map((i) => `${i.path}:${i.message}`)).toEqual([
      'visitDay:validation.required',
      'visitTime:validation.required',
      'user:validation.required',
      'type:validation.required',
      'visit:validation.required',
      'patient.id:validation.required',
      'patient.sex:validation.required',
      'patient.dob:validation.required',
      'patient.firstName:validation.required',
      'patient.lastName:validation.required',
    ]);
  });

  it('refuses a date of birth that does not exist, a malformed time, and a time the clocks skip', () => {
    const bad = (patch: Partial<ContextLinkFormValues>, zone = 'Europe/Madrid') => {
      const result = toSoloContextLink({ ...filled, ...patch }, zone);
      return result.ok ? [] : result.issues.map((i) => `${i.path}:${i.message}`);
    };
    expect(bad({ patient: { ...filled.patient, dob: '1990-02-30' } })).toEqual([
      'patient.dob:validation.noSuchDate',
    ]);
    expect(bad({ visitTime: '9.30' })).toEqual(['visitTime:validation.time24hm']);
    expect(bad({ visitDay: '11/03/2026' })).toEqual(['visitDay:validation.isoDate']);
    // Madrid springs forward at 02:00 on 2026-03-29: 02:30 does not exist.
    expect(bad({ visitDay: '2026-03-29', visitTime: '02:30' })).toEqual([
      'visitTime:validation.noSuchLocalTime',
    ]);
  });
});
