import { describe, expect, it } from 'vitest';
import vector from './fixtures/openssl-vector.json';
import {
  base64ToBytes,
  bytesToBase64,
  bytesToHex,
  decryptSoloPayload,
  deriveSoloKeyBytes,
  encryptSoloPayload,
  hexToBytes,
  IV_B64_LENGTH,
  randomBytes,
  SALT_B64_LENGTH,
  SoloCryptoError,
  splitSoloPayload,
} from './solo-cipher';

/** The example printed in the vendor's "Context Aware Linking → Encryption" section. */
const DOC_EXAMPLE = 'BizXKL9L4EQ=YuhTK5qXNtOCmbuaHMq5tA==DUPdvDCZPiSUf0Jumt/Mr/wVWv+mr6Vzj5LnKUQtTPc=';

describe('Solo cipher: the vendor example', () => {
  it('decrypts the documented example with the secret "some secret"', async () => {
    expect(await decryptSoloPayload(DOC_EXAMPLE, 'some secret')).toBe('{"visit":"12345","user":"1234"}');
  });

  it('splits the example by length: 12 Base64 chars of salt, 24 of IV, then the ciphertext', () => {
    const parts = splitSoloPayload(DOC_EXAMPLE);
    expect(parts.salt).toHaveLength(8);
    expect(parts.iv).toHaveLength(16);
    expect(parts.ciphertext).toHaveLength(32);
    expect(bytesToBase64(parts.salt)).toBe('BizXKL9L4EQ=');
    expect(bytesToBase64(parts.iv)).toBe('YuhTK5qXNtOCmbuaHMq5tA==');
  });

  it('re-encrypts to exactly the example text given the same salt and IV', async () => {
    const { salt, iv } = splitSoloPayload(DOC_EXAMPLE);
    const text = await encryptSoloPayload('{"visit":"12345","user":"1234"}', 'some secret', { salt, iv });
    expect(text).toBe(DOC_EXAMPLE);
  });

  it('fails with a SoloCryptoError for the wrong secret', async () => {
    await expect(decryptSoloPayload(DOC_EXAMPLE, 'another secret')).rejects.toBeInstanceOf(SoloCryptoError);
  });
});

describe('Solo cipher: a vector made by the openssl CLI', () => {
  it('records the command that produced it', () => {
    expect(vector.command).toContain('openssl enc -aes-256-cbc -K');
    expect(vector.command).toContain('openssl dgst -sha256');
  });

  it('derives the same key as `openssl dgst -sha256` over secret + salt', async () => {
    const key = await deriveSoloKeyBytes(vector.secret, hexToBytes(vector.saltHex));
    expect(bytesToHex(key)).toBe(vector.keyHex);
  });

  it('decrypts the openssl payload (non-ASCII secret and text)', async () => {
    expect(await decryptSoloPayload(vector.payload, vector.secret)).toBe(vector.plaintext);
  });

  it('encrypts byte-identically to openssl for the same salt and IV', async () => {
    const text = await encryptSoloPayload(vector.plaintext, vector.secret, {
      salt: hexToBytes(vector.saltHex),
      iv: hexToBytes(vector.ivHex),
    });
    expect(text).toBe(vector.payload);
    expect(text.slice(SALT_B64_LENGTH + IV_B64_LENGTH)).toBe(vector.ciphertextBase64);
  });
});

describe('Solo cipher: round trips', () => {
  it('round-trips 200 random texts and secrets of random lengths', async () => {
    for (let i = 0; i < 200; i++) {
      const length = randomBytes(1)[0] ?? 0;
      // Random code points across the BMP (skipping surrogates) and a few astral ones.
      const text = Array.from(randomBytes(length * 2), (byte, j) =>
        j % 7 === 0 ? String.fromCodePoint(0x1f600 + (byte % 64)) : String.fromCharCode(byte * 97 + 32),
      )
        .join('')
        .replace(/[\ud800-\udfff]/g, 'x');
      const secret = bytesToBase64(randomBytes((i % 40) + 1));
      const encrypted = await encryptSoloPayload(text, secret);
      expect(await decryptSoloPayload(encrypted, secret)).toBe(text);
    }
  });

  it('round-trips non-ASCII JSON, empty text and a long text', async () => {
    for (const text of [
      '{"name":"José Peña","city":"São Paulo","note":"検査 ✓ 🩻"}',
      '',
      'x'.repeat(100_000),
    ]) {
      expect(await decryptSoloPayload(await encryptSoloPayload(text, 'clé secrète ü'), 'clé secrète ü')).toBe(
        text,
      );
    }
  });

  it('draws a fresh salt and IV for every message', async () => {
    const texts = await Promise.all(
      Array.from({ length: 20 }, () => encryptSoloPayload('same', 'same secret')),
    );
    expect(new Set(texts.map((t) => t.slice(0, SALT_B64_LENGTH))).size).toBe(20);
    expect(new Set(texts.map((t) => t.slice(SALT_B64_LENGTH, SALT_B64_LENGTH + IV_B64_LENGTH))).size).toBe(
      20,
    );
    expect(new Set(texts).size).toBe(20);
  });

  it('always produces 12 + 24 character Base64 heads', async () => {
    const text = await encryptSoloPayload('{}', 's');
    expect(text.slice(0, SALT_B64_LENGTH)).toMatch(/^[A-Za-z0-9+/]{11}=$/);
    expect(text.slice(SALT_B64_LENGTH, SALT_B64_LENGTH + IV_B64_LENGTH)).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe('Solo cipher: malformed input', () => {
  it.each([
    ['empty', ''],
    ['too short', 'BizXKL9L4EQ=YuhTK5qXNtOCmbuaHMq5tA=='],
    ['not Base64', `${DOC_EXAMPLE.slice(0, 36)}%%%%not-base64%%%%%%%%%%%`],
    ['a partial block', `${DOC_EXAMPLE.slice(0, 36)}AAAAAAAAAAAAAAAAAAAAAAAA`],
    ['an IV of the wrong size', `BizXKL9L4EQ=YuhTK5qXNtOCmbuaHMq5tAAA${DOC_EXAMPLE.slice(36)}`],
  ])('rejects %s text with a SoloCryptoError', async (_name, text) => {
    await expect(decryptSoloPayload(text, 'some secret')).rejects.toBeInstanceOf(SoloCryptoError);
  });

  it('rejects a tampered ciphertext (last block flipped)', async () => {
    const bytes = base64ToBytes(DOC_EXAMPLE.slice(36));
    bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0xff;
    const tampered = DOC_EXAMPLE.slice(0, 36) + bytesToBase64(bytes);
    await expect(decryptSoloPayload(tampered, 'some secret')).rejects.toBeInstanceOf(SoloCryptoError);
  });

  it('refuses a salt or IV of the wrong size when encrypting', async () => {
    await expect(encryptSoloPayload('x', 's', { salt: new Uint8Array(7) })).rejects.toBeInstanceOf(
      SoloCryptoError,
    );
    await expect(encryptSoloPayload('x', 's', { iv: new Uint8Array(8) })).rejects.toBeInstanceOf(
      SoloCryptoError,
    );
  });

  it('converts hex and Base64 both ways', () => {
    const bytes = new Uint8Array([0, 1, 127, 128, 255]);
    expect(bytesToHex(bytes)).toBe('00017f80ff');
    expect([...hexToBytes('00017f80ff')]).toEqual([...bytes]);
    expect([...base64ToBytes(bytesToBase64(bytes))]).toEqual([...bytes]);
    expect(() => hexToBytes('abc')).toThrow(SoloCryptoError);
    expect(() => base64ToBytes('abc')).toThrow(SoloCryptoError);
  });
});
