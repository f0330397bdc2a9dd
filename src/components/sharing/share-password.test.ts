import { describe, expect, it } from 'vitest';
import {
  assessSharePassword,
  GENERATED_SHARE_PASSWORD_LENGTH,
  generateSharePassword,
  SHARE_PASSWORD_MIN_LENGTH,
} from './share-password';

describe('share passwords', () => {
  it('generates strong passwords of the given length, each different, without look-alike characters', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const password = generateSharePassword();
      expect(password).toHaveLength(GENERATED_SHARE_PASSWORD_LENGTH);
      expect(password).not.toMatch(/[0O1lI]/);
      expect(assessSharePassword(password)).toMatchObject({ ok: true, problems: [] });
      seen.add(password);
    }
    expect(seen.size).toBe(200);
    expect(generateSharePassword(24)).toHaveLength(24);
  });

  it('refuses short, one-kind, well-known and patterned passwords', () => {
    expect(assessSharePassword('').problems).toEqual(['tooShort', 'fewKinds']);
    expect(assessSharePassword('Ab3$').problems).toEqual(['tooShort']);
    expect(assessSharePassword('abcdefghijklmnop').problems).toEqual(['fewKinds', 'pattern']);
    expect(assessSharePassword('Password123!').problems).toEqual(['common']);
    expect(assessSharePassword('Contraseña2026!').problems).toEqual(['common']);
    expect(assessSharePassword('aaaaaaaaaaaaaaaa').problems).toEqual(['fewKinds', 'pattern']);
    expect(assessSharePassword('x'.repeat(SHARE_PASSWORD_MIN_LENGTH - 1)).ok).toBe(false);
  });

  it('accepts a long mixed password, non-ASCII letters included, and scores the meter', () => {
    expect(assessSharePassword('Ñandú-rojo-2026')).toMatchObject({ ok: true, score: 3 });
    expect(assessSharePassword('kP7-mW2q!xZ9rT4v')).toMatchObject({ ok: true, score: 4 });
    expect(assessSharePassword('abc').score).toBe(1);
    expect(assessSharePassword('Abcd1234x').score).toBe(2);
  });
});
