import { describe, expect, it } from 'vitest';
import { localeDateOrder, localeDatePattern, parseTypedDate, recognizeQuery } from './query-recognition';

describe('query recognition', () => {
  it('reads a name (accents, several words) as a name only', () => {
    const q = recognizeQuery('  José   García ', 'es');
    expect(q.text).toBe('José García');
    expect(q.kinds).toEqual(['name']);
    expect(q.name).toBe('José García');
    expect(recognizeQuery('a', 'en').kinds).toEqual(['name']);
    expect(recognizeQuery("O'Brien", 'en').kinds).toEqual(['name']);
  });

  it('reads an MRN-like word as identifier, accession and Solo id', () => {
    const q = recognizeQuery('MRN-0012345', 'en');
    expect(q.kinds).toEqual(['identifier', 'accession', 'soloId']);
    expect(q.identifier).toBe('MRN-0012345');
    expect(q.spid).toBeNull();
  });

  it('reads bare digits as identifier, accession, Solo id, SPID and postal code', () => {
    const q = recognizeQuery('48213', 'en');
    expect(q.kinds).toEqual(['identifier', 'accession', 'soloId', 'spid', 'postalCode']);
    expect(q.spid).toBe(48213);
    const long = recognizeQuery('5512345678', 'en');
    expect(long.kinds).toEqual(['identifier', 'accession', 'phone', 'soloId']);
    expect(long.phone).toBe('5512345678');
    expect(long.spid).toBeNull(); // beyond a 32-bit integer
    expect(recognizeQuery('0', 'en').spid).toBeNull();
  });

  it('reads a formatted phone number as a phone only', () => {
    expect(recognizeQuery('+52 55 1234 5678', 'es')).toMatchObject({
      kinds: ['phone'],
      phone: '+525512345678',
    });
    expect(recognizeQuery('(555) 123-4567', 'en')).toMatchObject({ kinds: ['phone'], phone: '5551234567' });
    // Too few digits for a phone: nothing.
    expect(recognizeQuery('(55) 12', 'en').kinds).toEqual([]);
  });

  it('reads an email only when complete, and says so when not', () => {
    expect(recognizeQuery('Ana.Garcia@Example.org', 'en')).toMatchObject({
      kinds: ['email'],
      email: 'ana.garcia@example.org',
    });
    expect(recognizeQuery('ana@exam', 'en')).toMatchObject({ kinds: [], hint: 'emailIncomplete' });
  });

  it('reads dates in ISO and in the locale order, refusing days that do not exist', () => {
    expect(recognizeQuery('1980-05-12', 'en')).toMatchObject({
      kinds: ['birthDate'],
      birthDate: '1980-05-12',
    });
    expect(recognizeQuery('12/05/1980', 'es').birthDate).toBe('1980-05-12');
    expect(recognizeQuery('12/05/1980', 'en').birthDate).toBe('1980-12-05');
    expect(recognizeQuery('5.3.1971', 'es').birthDate).toBe('1971-03-05');
    expect(recognizeQuery('1971/03/05', 'es').birthDate).toBe('1971-03-05');
    expect(recognizeQuery('31/02/1980', 'es')).toMatchObject({ kinds: [], hint: 'notADate' });
    expect(recognizeQuery('12/05', 'es')).toMatchObject({ kinds: [], hint: 'dateIncomplete' });
    expect(recognizeQuery('12/05/80', 'es').birthDate).toBeNull();
  });

  it('reads a UK postcode as a postal code', () => {
    expect(recognizeQuery('SK7 2EB', 'en')).toMatchObject({ kinds: ['postalCode'], postalCode: 'SK7 2EB' });
  });

  it('gives nothing for an empty box', () => {
    expect(recognizeQuery('   ', 'en')).toMatchObject({ text: '', kinds: [], hint: null });
  });

  it('knows the locale order of numeric dates', () => {
    expect(localeDateOrder('es')).toEqual(['day', 'month', 'year']);
    expect(localeDateOrder('en')).toEqual(['month', 'day', 'year']);
    expect(localeDatePattern('es')).toBe('DD/MM/YYYY');
    expect(localeDatePattern('en-GB')).toBe('DD/MM/YYYY');
    expect(parseTypedDate('2024-02-29', 'en')).toBe('2024-02-29');
    expect(parseTypedDate('2023-02-29', 'en')).toBeNull();
  });
});
