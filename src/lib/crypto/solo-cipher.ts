/**
 * Teladoc Health Solo's payload encryption (context-aware links and webhook payloads), on WebCrypto.
 *
 *   key  = SHA-256(secret bytes (UTF-8) ‖ salt bytes)     (salt: 8 random bytes)
 *   data = AES-256-CBC(key, iv, plaintext), PKCS#7 padding (iv: 16 random bytes)
 *   text = Base64(salt) ‖ Base64(iv) ‖ Base64(data)
 *
 * The three Base64 parts are simply concatenated: Base64 of 8 bytes is always 12 characters (`…=`),
 * of 16 bytes always 24 (`…==`), so a reader splits by length: [0, 12), [12, 36), [36, …).
 * (The vendor's example `BizXKL9L4EQ=YuhTK5qXNtOCmbuaHMq5tA==DUPdvDC…` and its PHP `substr` reader agree.)
 * Links additionally URL-encode the text; that is the caller's job (see src/api/solo/linking.ts).
 * Framework-free; needs only `globalThis.crypto` (browsers, Node ≥ 20).
 */

export const SALT_BYTES = 8;
export const IV_BYTES = 16;
/** Base64 length of the salt and of the IV. */
export const SALT_B64_LENGTH = 12;
export const IV_B64_LENGTH = 24;

export class SoloCryptoError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SoloCryptoError';
  }
}

const encoder = new TextEncoder();

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) {
    binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  }
  return btoa(binary);
}

export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text) || text.length % 4 !== 0) {
    throw new SoloCryptoError('Not valid Base64.');
  }
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function bytesToHex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function hexToBytes(hex: string): Uint8Array<ArrayBuffer> {
  if (!/^(?:[0-9a-fA-F]{2})*$/.test(hex)) throw new SoloCryptoError('Not valid hex.');
  const bytes = new Uint8Array(hex.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

function copy(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.length);
  out.set(bytes);
  return out;
}

function subtle(): SubtleCrypto {
  const api = globalThis.crypto?.subtle;
  if (!api)
    throw new SoloCryptoError('WebCrypto (crypto.subtle) is not available here (needs a secure context).');
  return api;
}

/** The raw 32-byte AES key: SHA-256(secret ‖ salt). */
export async function deriveSoloKeyBytes(secret: string, salt: Uint8Array): Promise<Uint8Array<ArrayBuffer>> {
  const secretBytes = encoder.encode(secret);
  const material = new Uint8Array(secretBytes.length + salt.length);
  material.set(secretBytes, 0);
  material.set(salt, secretBytes.length);
  return new Uint8Array(await subtle().digest('SHA-256', material));
}

async function importKey(secret: string, salt: Uint8Array, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  const raw = await deriveSoloKeyBytes(secret, salt);
  return subtle().importKey('raw', raw, { name: 'AES-CBC' }, false, [usage]);
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(length);
  globalThis.crypto.getRandomValues(bytes);
  return bytes;
}

export interface EncryptOptions {
  /** Only for reproducible tests: by default a fresh random salt and IV are drawn for every message. */
  salt?: Uint8Array;
  iv?: Uint8Array;
}

/** Encrypts `plaintext` (UTF-8) into Solo's `Base64(salt) + Base64(iv) + Base64(ciphertext)` text. */
export async function encryptSoloPayload(
  plaintext: string,
  secret: string,
  options: EncryptOptions = {},
): Promise<string> {
  const salt = options.salt ? copy(options.salt) : randomBytes(SALT_BYTES);
  const iv = options.iv ? copy(options.iv) : randomBytes(IV_BYTES);
  if (salt.length !== SALT_BYTES) throw new SoloCryptoError(`The salt must be ${SALT_BYTES} bytes.`);
  if (iv.length !== IV_BYTES) throw new SoloCryptoError(`The IV must be ${IV_BYTES} bytes.`);
  const key = await importKey(secret, salt, 'encrypt');
  const data = new Uint8Array(
    await subtle().encrypt({ name: 'AES-CBC', iv }, key, encoder.encode(plaintext)),
  );
  return bytesToBase64(salt) + bytesToBase64(iv) + bytesToBase64(data);
}

export interface SoloCipherParts {
  salt: Uint8Array<ArrayBuffer>;
  iv: Uint8Array<ArrayBuffer>;
  ciphertext: Uint8Array<ArrayBuffer>;
}

/** Splits the text into its three parts by length; throws SoloCryptoError when it cannot be one. */
export function splitSoloPayload(text: string): SoloCipherParts {
  const trimmed = text.trim();
  const head = SALT_B64_LENGTH + IV_B64_LENGTH;
  if (trimmed.length < head + 24) throw new SoloCryptoError('The encrypted text is too short.');
  const salt = base64ToBytes(trimmed.slice(0, SALT_B64_LENGTH));
  const iv = base64ToBytes(trimmed.slice(SALT_B64_LENGTH, head));
  const ciphertext = base64ToBytes(trimmed.slice(head));
  if (salt.length !== SALT_BYTES || iv.length !== IV_BYTES) {
    throw new SoloCryptoError('The salt or IV part has the wrong length.');
  }
  if (ciphertext.length === 0 || ciphertext.length % 16 !== 0) {
    throw new SoloCryptoError('The ciphertext is not a whole number of AES blocks.');
  }
  return { salt, iv, ciphertext };
}

/** Decrypts Solo's text back to the UTF-8 plaintext. A wrong secret or tampered text throws SoloCryptoError. */
export async function decryptSoloPayload(text: string, secret: string): Promise<string> {
  const { salt, iv, ciphertext } = splitSoloPayload(text);
  const key = await importKey(secret, salt, 'decrypt');
  let plain: ArrayBuffer;
  try {
    plain = await subtle().decrypt({ name: 'AES-CBC', iv }, key, ciphertext);
  } catch (error) {
    throw new SoloCryptoError('Could not decrypt: wrong secret or corrupted text.', { cause: error });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch (error) {
    throw new SoloCryptoError('Could not decrypt: wrong secret or corrupted text.', { cause: error });
  }
}
