import { describe, expect, it } from 'vitest';
import {
  deIdentifySubject,
  identifySubject,
  maskIdentifier,
  patientInitials,
  readablePersonName,
} from './de-identify';

const subject = {
  patientName: 'NÚÑEZ GARCÍA^MARÍA^JOSÉ',
  patientId: '30123456',
  studyDescription: 'RM de rodilla',
  studyDate: '2026-03-02',
  modality: 'MR',
  accessionNumber: 'AN2603020007',
};

describe('de-identification in the share register', () => {
  it('gives two initials, given name first, for DICOM and written-out names (non-ASCII included)', () => {
    expect(patientInitials('NÚÑEZ GARCÍA^MARÍA^JOSÉ')).toBe('M. N.');
    expect(patientInitials('DOE^JOHN')).toBe('J. D.');
    expect(patientInitials('^^JOSÉ')).toBe('J.');
    expect(patientInitials('Ångström Øre')).toBe('Å. Ø.');
    expect(patientInitials('María José Núñez')).toBe('M. N.');
    expect(patientInitials('')).toBe('');
    expect(patientInitials(undefined)).toBe('');
  });

  it('writes DICOM names as people read them', () => {
    expect(readablePersonName('NÚÑEZ GARCÍA^MARÍA^JOSÉ')).toBe('NÚÑEZ GARCÍA, MARÍA JOSÉ');
    expect(readablePersonName('DOE^JOHN')).toBe('DOE, JOHN');
    expect(readablePersonName('María Núñez')).toBe('María Núñez');
  });

  it('masks identifiers but the last two characters', () => {
    expect(maskIdentifier('30123456')).toBe('••••56');
    expect(maskIdentifier('EXT-000042')).toBe('••••42');
    expect(maskIdentifier('123')).toBe('••••');
    expect(maskIdentifier('')).toBe('');
  });

  it('shows neither the name, the full id, the description nor the exact date by default', () => {
    const shown = deIdentifySubject(subject);
    expect(shown).toEqual({ patient: 'M. N. · ••••56', study: 'MR · 2026' });
    const text = JSON.stringify(shown);
    for (const secret of ['NÚÑEZ', 'MARÍA', '30123456', 'rodilla', '2026-03-02', 'AN2603020007'])
      expect(text).not.toContain(secret);
  });

  it('shows everything once revealed', () => {
    expect(identifySubject(subject)).toEqual({
      patient: 'NÚÑEZ GARCÍA, MARÍA JOSÉ · 30123456',
      study: 'MR · RM de rodilla · 2026-03-02 · AN2603020007',
    });
  });
});
