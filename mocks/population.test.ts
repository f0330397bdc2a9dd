import { describe, expect, it } from 'vitest';
import {
  heldBy,
  POPULATION_SIZES,
  population,
  populationExamples,
  recordDicomName,
  recordName,
} from './population';

describe('the shared population', () => {
  it('is the same every time (fixed seed)', () => {
    const a = population();
    expect(a.length).toBe(
      POPULATION_SIZES.linked + POPULATION_SIZES.namesakePairs * 2 + POPULATION_SIZES.bulk,
    );
    expect(JSON.stringify(a.slice(0, 50))).toMatchSnapshot();
  });

  it('holds at least 20 persons in 3 or more vendors, linked by the same MRN in each', () => {
    const many = population().filter((p) => p.records.length >= 3);
    expect(many.length).toBeGreaterThanOrEqual(20);
    const mrns = new Set(population().map((p) => p.mrn));
    expect(mrns.size).toBe(population().length);
  });

  it('holds at least 10 pairs of different persons with the same name and another birth date', () => {
    const byName = new Map<string, Set<string>>();
    for (const p of population().filter((x) => x.kind === 'namesake')) {
      const key = `${p.given}|${p.firstSurname}|${p.secondSurname}`;
      byName.set(key, (byName.get(key) ?? new Set()).add(p.birthDate));
    }
    expect([...byName.values()].filter((dates) => dates.size === 2).length).toBeGreaterThanOrEqual(10);
  });

  it('writes the records of one person the way real records differ', () => {
    const { sameAcrossThree, possible } = populationExamples();
    const variations = new Set(population().flatMap((p) => p.records.flatMap((r) => r.variations)));
    expect([...variations].sort()).toEqual([
      'noAccents',
      'noMrn',
      'noSecondSurname',
      'otherEmail',
      'swapped',
      'upperCase',
    ]);
    const pd = sameAcrossThree.records.find((r) => r.vendor === 'postdicom');
    if (!pd) throw new Error('no PostDICOM record');
    expect(recordDicomName(sameAcrossThree, pd)).toMatch(/^[A-Z' -]+\^[A-Z' -]+$/);
    const impilo = possible.records.find((r) => r.vendor === 'impilo');
    if (!impilo) throw new Error('no Impilo record');
    expect(impilo.variations).toContain('noMrn');
    expect(recordName(possible, { vendor: 'impilo', variations: ['swapped'], count: 1 })).toMatchObject({
      given: possible.firstSurname,
      firstSurname: possible.given,
    });
  });

  it('has enough records that a one-letter name search answers over 10,000', () => {
    const count = (vendor: 'postdicom' | 'impilo') =>
      heldBy(vendor)
        .filter(({ person }) =>
          /a/i.test(`${person.given} ${person.firstSurname} ${person.secondSurname ?? ''}`),
        )
        .reduce((sum, { record }) => sum + (vendor === 'postdicom' ? record.count : 1), 0);
    expect(count('postdicom') + Math.min(count('impilo'), 5000)).toBeGreaterThan(10_000);
  });
});
