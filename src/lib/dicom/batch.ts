/**
 * A de-identification batch: what makes the files of one upload consistent with each other. The same input
 * UID always becomes the same `2.25.<decimal>` UID (HMAC-SHA-256 of the UID under the batch's secret, 128
 * bits), so references between files (study, series, frame of reference, referenced images) still hold; the
 * same patient ID becomes the same pseudonym; every date moves by the same number of days. The batch is plain
 * data: it crosses into workers and survives a reload (kept encrypted, with the upload's progress).
 */

export interface DeidentifyBatch {
  /** 32 random bytes, hex. */
  secret: string;
  /** Whole days added to every date (negative: earlier). Never 0. */
  dateShiftDays: number;
}

function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

function fromHex(text: string): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(text.length / 2);
  for (let i = 0; i < bytes.length; i++) bytes[i] = Number.parseInt(text.slice(i * 2, i * 2 + 2), 16);
  return bytes;
}

/** A new batch: a random secret, and a random shift between 1 and 10 years back unless given. */
export function createDeidentifyBatch(options: { dateShiftDays?: number } = {}): DeidentifyBatch {
  const random = crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
  const shift = options.dateShiftDays ?? -(365 + (random % (9 * 365)));
  return {
    secret: hex(crypto.getRandomValues(new Uint8Array(32))),
    dateShiftDays: shift === 0 ? -1 : Math.trunc(shift),
  };
}

const keys = new Map<string, Promise<CryptoKey>>();
function keyOf(batch: DeidentifyBatch): Promise<CryptoKey> {
  let key = keys.get(batch.secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', fromHex(batch.secret), { name: 'HMAC', hash: 'SHA-256' }, false, [
      'sign',
    ]);
    keys.set(batch.secret, key);
  }
  return key;
}

async function mac(batch: DeidentifyBatch, purpose: string, value: string): Promise<Uint8Array> {
  const signature = await crypto.subtle.sign(
    'HMAC',
    await keyOf(batch),
    new TextEncoder().encode(`${purpose}\u0000${value}`),
  );
  return new Uint8Array(signature);
}

/** Results already computed, per batch secret: a series repeats its study and series UIDs in every file. */
const remembered = new Map<string, Map<string, Promise<string>>>();
function cached(batch: DeidentifyBatch, key: string, compute: () => Promise<string>): Promise<string> {
  let forBatch = remembered.get(batch.secret);
  if (!forBatch) {
    if (remembered.size > 8) remembered.clear();
    forBatch = new Map();
    remembered.set(batch.secret, forBatch);
  }
  let value = forBatch.get(key);
  if (!value) {
    if (forBatch.size > 50_000) forBatch.clear();
    value = compute();
    forBatch.set(key, value);
  }
  return value;
}

/** The batch's replacement for a UID: `2.25.` and 128 bits in decimal (PS3.5 B.2), at most 44 characters. */
export function remapUid(batch: DeidentifyBatch, uid: string): Promise<string> {
  return cached(batch, `uid:${uid}`, async () => {
    const bytes = (await mac(batch, 'uid', uid)).subarray(0, 16);
    let value = 0n;
    for (const byte of bytes) value = (value << 8n) | BigInt(byte);
    return `2.25.${value.toString()}`;
  });
}

const BASE32 = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** The batch's pseudonym for a patient ID: `ANON-` and 8 characters (the same ID always gets the same one). */
export function pseudonymFor(batch: DeidentifyBatch, patientId: string): Promise<string> {
  return cached(batch, `patient:${patientId}`, async () => {
    const bytes = await mac(batch, 'patient', patientId);
    let code = '';
    for (let i = 0; i < 8; i++) code += BASE32[(bytes[i] as number) % BASE32.length];
    return `ANON-${code}`;
  });
}
