import { describe, expect, it } from 'vitest';
import { soloDemographicsInputSchema, soloDisplayName } from './demographics';

const issues = (input: unknown) => {
  const result = soloDemographicsInputSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('demographics write rules', () => {
  it('accepts an empty update and the documented example', () => {
    expect(issues({})).toEqual([]);
    expect(
      issues({
        birthDate: '1983-08-15',
        deceased: true,
        deceasedAt: '2020-03-31 10:12 AM',
        isLinkedByEmail: true,
        groupType: 'family',
        groupName: 'Family Name',
        telecom: [{ use: 'home', system: 'phone', value: 'phone' }],
      }),
    ).toEqual([]);
  });

  it('deceasedAt: required when deceased is true, rejected when false or absent, null counts as absent', () => {
    expect(issues({ deceased: true })).toEqual(['deceasedAt: validation.deceasedAtRequired']);
    expect(issues({ deceased: true, deceasedAt: null })).toHaveLength(1);
    expect(issues({ deceased: false, deceasedAt: '2020-03-31 10:12 AM' })).toHaveLength(1);
    expect(issues({ deceasedAt: '2020-03-31 10:12 AM' })).toHaveLength(1);
    expect(issues({ deceased: false, deceasedAt: null })).toEqual([]);
    expect(issues({ deceased: false })).toEqual([]);
  });

  it('deceasedAt and birthDate formats', () => {
    expect(issues({ deceased: true, deceasedAt: '2020-03-31 13:12 PM' })).toHaveLength(1);
    expect(issues({ deceased: true, deceasedAt: '2020-03-31 10:12' })).toHaveLength(1);
    expect(issues({ birthDate: '15/08/1983' })).toHaveLength(1);
    expect(issues({ birthDate: '2023-02-29' })).toHaveLength(1);
    expect(issues({ birthDate: '2024-02-29' })).toEqual([]);
  });

  it('group fields when linked by email; email telecoms', () => {
    expect(issues({ isLinkedByEmail: true })).toHaveLength(2);
    expect(issues({ isLinkedByEmail: true, groupType: 'family' })).toEqual([
      'groupName: validation.requiredWhenLinkedByEmail',
    ]);
    expect(issues({ isLinkedByEmail: false })).toEqual([]);
    expect(issues({ telecom: [{ system: 'email', value: 'x' }] })).toEqual([
      'telecom.0.value: validation.email',
    ]);
    expect(issues({ contact: [{ telecom: [{ system: 'email', value: 'x' }] }] })).toHaveLength(1);
  });
});

describe('soloDisplayName', () => {
  it('joins the first name entry, falling back to family', () => {
    expect(soloDisplayName({ name: [{ firstName: 'Mike', middleName: '', lastName: 'Shinoda' }] })).toBe(
      'Mike Shinoda',
    );
    expect(soloDisplayName({ name: [{ family: 'Mike Shinoda' }] })).toBe('Mike Shinoda');
    expect(soloDisplayName({ name: [] })).toBe('');
    expect(soloDisplayName({})).toBe('');
  });
});
