import { describe, expect, it } from 'vitest';
import { MappingError } from './errors';
import {
  fromDicomPersonName,
  fromEdenName,
  fromFirstLast,
  type PersonName,
  splitFamilyName,
  toDicomPersonName,
  toEdenName,
  toFirstLast,
} from './person-name';

const name = (patch: Partial<PersonName>): PersonName => ({
  given: 'Juan',
  middle: null,
  firstSurname: null,
  secondSurname: null,
  prefix: null,
  suffix: null,
  ...patch,
});

describe('DICOM person names', () => {
  it('writes LAST^FIRST^MIDDLE with both Spanish surnames in the family component', () => {
    expect(toDicomPersonName(name({ firstSurname: 'García', secondSurname: 'López' }))).toBe(
      'García López^Juan',
    );
    expect(toDicomPersonName(name({ given: 'John', middle: 'Robert', firstSurname: 'Doe' }))).toBe(
      'Doe^John^Robert',
    );
    expect(toDicomPersonName(name({ firstSurname: 'Doe', prefix: 'Dr', suffix: 'Jr' }))).toBe(
      'Doe^Juan^^Dr^Jr',
    );
    expect(toDicomPersonName(name({ firstSurname: null }))).toBe('^Juan');
    expect(toDicomPersonName(name({ given: '', firstSurname: 'Doe' }))).toBe('Doe');
  });

  it('reads PN back, splitting the family name into two surnames', () => {
    expect(fromDicomPersonName('GARCÍA LÓPEZ^JUAN CARLOS')).toMatchObject({
      given: 'JUAN CARLOS',
      firstSurname: 'GARCÍA',
      secondSurname: 'LÓPEZ',
      middle: null,
    });
    expect(fromDicomPersonName('Doe^John^Robert^Dr^Jr')).toEqual({
      given: 'John',
      middle: 'Robert',
      firstSurname: 'Doe',
      secondSurname: null,
      prefix: 'Dr',
      suffix: 'Jr',
      ideographic: null,
      phonetic: null,
    });
    expect(fromDicomPersonName('Yamada^Tarou=山田^太郎=やまだ^たろう')).toMatchObject({
      firstSurname: 'Yamada',
      ideographic: '山田^太郎',
      phonetic: 'やまだ^たろう',
    });
  });

  it('keeps particles with the surname that follows them', () => {
    expect(splitFamilyName('De la Cruz García')).toEqual({
      firstSurname: 'De la Cruz',
      secondSurname: 'García',
    });
    expect(splitFamilyName('Pérez de los Santos')).toEqual({
      firstSurname: 'Pérez',
      secondSurname: 'de los Santos',
    });
    expect(splitFamilyName('van der Berg')).toEqual({ firstSurname: 'van der Berg', secondSurname: null });
    expect(splitFamilyName('Smith de')).toEqual({ firstSurname: 'Smith de', secondSurname: null });
    expect(splitFamilyName('  ')).toEqual({ firstSurname: null, secondSurname: null });
  });

  it('refuses to guess with more than two surnames, unless asked to keep the whole family name', () => {
    expect(() => splitFamilyName('García López Martínez')).toThrow(MappingError);
    expect(splitFamilyName('García López Martínez', { surnames: 'whole' })).toEqual({
      firstSurname: 'García López Martínez',
      secondSurname: null,
    });
    expect(fromDicomPersonName('A B C^X', { surnames: 'whole' }).firstSurname).toBe('A B C');
  });

  it('round-trips names, including compound and particle surnames', () => {
    const cases: PersonName[] = [
      name({ firstSurname: 'García', secondSurname: 'López' }),
      name({ given: 'María José', firstSurname: 'De la Cruz', secondSurname: 'Fernández' }),
      name({ given: 'Ana', middle: 'Lucía', firstSurname: 'Ruiz', prefix: 'Dra.', suffix: 'III' }),
      name({ given: 'Pieter', firstSurname: 'van der Berg' }),
      name({ given: 'Ana', firstSurname: 'Ruiz' }),
    ];
    for (const c of cases) {
      const { ideographic: _i, phonetic: _p, ...back } = fromDicomPersonName(toDicomPersonName(c));
      expect(back).toEqual(c);
    }
  });

  it('refuses surnames that would not read back the same', () => {
    expect(() =>
      toDicomPersonName(name({ firstSurname: 'García López', secondSurname: 'Martínez' })),
    ).toThrow(MappingError);
  });

  it.each(['A^B', 'A=B', 'A\\B', 'A\nB'])('refuses %j in a component (DICOM has no escape)', (bad) => {
    expect(() => toDicomPersonName(name({ given: bad, firstSurname: 'Doe' }))).toThrow(MappingError);
    expect(() => toDicomPersonName(name({ firstSurname: bad }))).toThrow(MappingError);
  });

  it('accepts exactly 64 characters', () =>
    expect(toDicomPersonName(name({ given: 'X'.repeat(60), firstSurname: 'Doe' }))).toHaveLength(64));

  it('refuses more than 64 characters, empty names, and malformed PN', () => {
    expect(() => toDicomPersonName(name({ given: 'X'.repeat(61), firstSurname: 'Doe' }))).toThrow(
      MappingError,
    );
    expect(() => toDicomPersonName(name({ given: ' ' }))).toThrow(MappingError);
    expect(() => fromDicomPersonName('')).toThrow(MappingError);
    expect(() => fromDicomPersonName('^^^')).toThrow(MappingError);
    expect(() => fromDicomPersonName('a^b^c^d^e^f')).toThrow(MappingError);
    expect(() => fromDicomPersonName('a=b=c=d')).toThrow(MappingError);
    expect(() => fromDicomPersonName(`${'X'.repeat(65)}`)).toThrow(MappingError);
    expect(() => fromDicomPersonName('A\\B^C')).toThrow(MappingError);
  });
});

describe('Eden and Scan.com names', () => {
  it('Eden ↔ PersonName ↔ DICOM', () => {
    const eden = {
      patient_name: 'Juan Carlos',
      patient_first_surname: 'García',
      patient_last_surname: 'López',
    };
    const person = fromEdenName(eden);
    expect(toDicomPersonName(person)).toBe('García López^Juan Carlos');
    expect(toEdenName(fromDicomPersonName('García López^Juan Carlos'))).toEqual(eden);
    expect(toEdenName(person)).toEqual(eden);
    expect(toEdenName(name({ middle: 'Pablo', firstSurname: 'Ruiz' }))).toEqual({
      patient_name: 'Juan Pablo',
      patient_first_surname: 'Ruiz',
      patient_last_surname: null,
    });
  });

  it('Eden refusals', () => {
    expect(() => fromEdenName({ patient_name: ' ' })).toThrow(MappingError);
    expect(() => fromEdenName({ patient_name: 'A', patient_last_surname: 'B' })).toThrow(MappingError);
    expect(() => toEdenName(name({ given: '', firstSurname: 'Doe' }))).toThrow(MappingError);
  });

  it('Scan.com first_name / last_name', () => {
    const person = name({ given: 'Juan', middle: 'Pablo', firstSurname: 'García', secondSurname: 'López' });
    expect(toFirstLast(person)).toEqual({ first_name: 'Juan Pablo', last_name: 'García López' });
    expect(fromFirstLast({ first_name: 'Juan', last_name: 'García López' })).toEqual(
      name({ firstSurname: 'García', secondSurname: 'López' }),
    );
    expect(() => toFirstLast(name({}))).toThrow(MappingError);
    expect(() => fromFirstLast({ first_name: '', last_name: 'Doe' })).toThrow(MappingError);
    expect(() => fromFirstLast({ first_name: 'J', last_name: '' })).toThrow(MappingError);
  });
});
