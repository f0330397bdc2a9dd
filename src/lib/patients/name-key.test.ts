import { describe, expect, it } from 'vitest';
import { foldText, nameMatches, personNameKey } from './name-key';

const name = (given: string, firstSurname: string | null, secondSurname: string | null = null) => ({
  given,
  firstSurname,
  secondSurname,
});

describe('name keys', () => {
  it('folds accents, case and punctuation', () => {
    expect(foldText('  JOSÉ-María  Núñez ')).toBe('jose maria nunez');
    expect(foldText("O'Brien")).toBe('o brien');
  });

  it('is the same for the variations of one person', () => {
    const key = personNameKey(name('José Luis', 'García', 'López'));
    expect(key).toBe('garcia|jose');
    expect(personNameKey(name('JOSE', 'GARCIA', 'LOPEZ'))).toBe(key); // upper case, accents dropped
    expect(personNameKey(name('Jose', 'Garcia'))).toBe(key); // second surname missing
    expect(personNameKey(name('García', 'José'))).toBe(key); // given name and surname swapped
  });

  it('differs for another person', () => {
    expect(personNameKey(name('Josefa', 'García'))).not.toBe(personNameKey(name('José', 'García')));
    expect(personNameKey(name('José', 'Garcés'))).not.toBe(personNameKey(name('José', 'García')));
  });

  it('is null without a given name or a surname', () => {
    expect(personNameKey(name('José', null))).toBeNull();
    expect(personNameKey(name('', 'García'))).toBeNull();
  });

  it('matches typed words as the starts of the name words, in any order', () => {
    const jose = name('José Luis', 'de la Cruz', 'López');
    expect(nameMatches(jose, 'cruz jos')).toBe(true);
    expect(nameMatches(jose, 'LOPEZ')).toBe(true);
    expect(nameMatches(jose, 'lu')).toBe(true);
    expect(nameMatches(jose, 'uis')).toBe(false);
    expect(nameMatches(jose, '')).toBe(false);
  });
});
