import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';

/**
 * Encryption at rest (AES-256-GCM) and keyed hashes (HMAC-SHA-256), with keys derived by HKDF from the one
 * GATEWAY_SECRET, one key per purpose. What the database holds for Scan.com tokens, vendor webhook keys,
 * webhook payloads and idempotent answers is sealed: `v1.<iv>.<tag>.<ciphertext>` (Base64url).
 */
export interface Sealer {
  seal(plaintext: string): string;
  open(sealed: string): string;
  /** A keyed hash (hex): session ids and CSRF tokens are stored and compared through it. */
  mac(text: string): string;
}

export class SealError extends Error {
  override readonly name = 'SealError';
}

export function parseSecret(secret: string): Buffer {
  const text = secret.trim();
  const bytes =
    /^[0-9a-f]+$/i.test(text) && text.length % 2 === 0
      ? Buffer.from(text, 'hex')
      : Buffer.from(text, 'base64');
  if (bytes.length < 32) throw new SealError('GATEWAY_SECRET must hold at least 32 bytes (hex or Base64).');
  return bytes;
}

export function generateSecret(): string {
  return randomBytes(32).toString('base64');
}

function derive(master: Buffer, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', master, Buffer.alloc(0), `console-gateway:${purpose}`, 32));
}

export function createSealer(secret: string): Sealer {
  const master = parseSecret(secret);
  const encKey = derive(master, 'seal');
  const macKey = derive(master, 'mac');
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return ['v1', iv.toString('base64url'), tag.toString('base64url'), data.toString('base64url')].join(
        '.',
      );
    },
    open(sealed) {
      const [version, iv, tag, data] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || data === undefined) throw new SealError('Not a sealed value.');
      try {
        const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
      } catch (error) {
        throw new SealError('Could not open a sealed value (wrong GATEWAY_SECRET or tampered data).', {
          cause: error,
        });
      }
    },
    mac(text) {
      return createHmac('sha256', macKey).update(text).digest('hex');
    },
  };
}

/** Constant-time comparison of two strings (different lengths compare unequal, without a shortcut on content). */
export function safeEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a).digest();
  const right = createHash('sha256').update(b).digest();
  return timingSafeEqual(left, right) && a.length === b.length;
}

export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}
