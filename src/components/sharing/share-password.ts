/**
 * Share passwords: what recipients of a PostDICOM folder share type to open it. The vendor sets no rule, so
 * the console's own (ASSUMED, change them here): at least SHARE_PASSWORD_MIN_LENGTH characters, at least
 * three of the four kinds (lower case, upper case, digits, symbols), not a well-known password, not one
 * repeated character or a run such as `123456…`. The generator draws from WebCrypto.
 */

export const SHARE_PASSWORD_MIN_LENGTH = 12;
export const GENERATED_SHARE_PASSWORD_LENGTH = 16;

export type SharePasswordProblem = 'tooShort' | 'fewKinds' | 'common' | 'pattern';

export interface SharePasswordAssessment {
  ok: boolean;
  /** 0 (none) to 4 (strong), for the meter. */
  score: 0 | 1 | 2 | 3 | 4;
  problems: SharePasswordProblem[];
}

// Without look-alikes (0/O, 1/l/I), so a password read over the phone is typed right.
const LOWER = 'abcdefghijkmnopqrstuvwxyz';
const UPPER = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';
const SYMBOLS = '-_.!#%+=?@';
const ALL = LOWER + UPPER + DIGITS + SYMBOLS;

/** Passwords that are refused whatever their length (lower-cased, digits and symbols stripped from the ends). */
const COMMON = new Set([
  'password',
  'passw0rd',
  'contraseña',
  'contrasena',
  'qwerty',
  'qwertyuiop',
  'letmein',
  'welcome',
  'bienvenido',
  'admin',
  'administrator',
  'iloveyou',
  'monkey',
  'dragon',
  'sunshine',
  'football',
  'abc',
  'abcdef',
  'secret',
  'changeme',
  'hospital',
  'clinica',
  'radiology',
  'radiologia',
]);

/** An unbiased random index below `max` (rejection sampling on WebCrypto bytes). */
function randomIndex(max: number): number {
  const limit = 256 - (256 % max);
  const byte = new Uint8Array(1);
  for (;;) {
    globalThis.crypto.getRandomValues(byte);
    const value = byte[0] ?? 0;
    if (value < limit) return value % max;
  }
}

function pick(alphabet: string): string {
  return alphabet.charAt(randomIndex(alphabet.length));
}

/** A random password of `length` characters with every kind in it (WebCrypto). */
export function generateSharePassword(length: number = GENERATED_SHARE_PASSWORD_LENGTH): string {
  const size = Math.max(length, 8);
  const chars = [pick(LOWER), pick(UPPER), pick(DIGITS), pick(SYMBOLS)];
  while (chars.length < size) chars.push(pick(ALL));
  // Fisher–Yates, so the guaranteed kinds are not always first.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = randomIndex(i + 1);
    [chars[i], chars[j]] = [chars[j] as string, chars[i] as string];
  }
  return chars.join('');
}

function kinds(password: string): number {
  return [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((re) => re.test(password)).length;
}

function isPattern(password: string): boolean {
  if (/^(.)\1*$/u.test(password)) return true;
  const codes = [...password].map((c) => c.codePointAt(0) ?? 0);
  const step = (codes[1] ?? 0) - (codes[0] ?? 0);
  return Math.abs(step) === 1 && codes.every((code, i) => i === 0 || code - (codes[i - 1] ?? 0) === step);
}

function isCommon(password: string): boolean {
  const core = password
    .toLowerCase()
    .replace(/^[\d\W_]+|[\d\W_]+$/gu, '')
    .trim();
  return core === '' || COMMON.has(core);
}

/** Whether a typed password may be used, and how strong it looks. */
export function assessSharePassword(password: string): SharePasswordAssessment {
  const problems: SharePasswordProblem[] = [];
  const length = [...password].length;
  if (length < SHARE_PASSWORD_MIN_LENGTH) problems.push('tooShort');
  if (kinds(password) < 3) problems.push('fewKinds');
  if (length > 0 && isCommon(password)) problems.push('common');
  if (length > 1 && isPattern(password)) problems.push('pattern');
  const ok = problems.length === 0;
  let score: SharePasswordAssessment['score'] = 0;
  if (length > 0) score = 1;
  if (ok) score = length >= 16 && kinds(password) === 4 ? 4 : 3;
  else if (length >= 8 && !problems.includes('common') && !problems.includes('pattern')) score = 2;
  return { ok, score, problems };
}
