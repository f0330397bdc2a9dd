/**
 * Detects a file's real type from its first bytes ("magic numbers"), whatever its name or declared type say.
 * Framework-free: takes bytes, returns a MIME type. Used by upload forms, services and the mock back ends.
 */

export type SniffedMimeType = 'application/pdf' | 'image/png' | 'image/jpeg';

/** How many leading bytes `sniffMimeType` looks at. Read at least this many from a file. */
export const SNIFF_BYTES = 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff] as const;
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d] as const; // "%PDF-"

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  if (bytes.length < offset + signature.length) return false;
  return signature.every((byte, i) => bytes[offset + i] === byte);
}

/**
 * PDF readers accept the `%PDF-` header anywhere in the first 1024 bytes (some generators prepend junk),
 * so the sniffer does too.
 */
function findPdfHeader(bytes: Uint8Array): boolean {
  const last = Math.min(bytes.length, SNIFF_BYTES) - PDF_SIGNATURE.length;
  for (let offset = 0; offset <= last; offset++) {
    if (startsWith(bytes, PDF_SIGNATURE, offset)) return true;
  }
  return false;
}

/** The real type of a PDF, PNG or JPEG file; `null` for anything else (including empty input). */
export function sniffMimeType(bytes: Uint8Array): SniffedMimeType | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'image/png';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'image/jpeg';
  if (findPdfHeader(bytes)) return 'application/pdf';
  return null;
}

/** Whether the bytes look like text (UTF-8 without control characters other than tab, CR, LF, FF). */
export function looksLikeText(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  if (sample.length === 0) return false;
  for (const byte of sample) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) return false;
    if (byte === 0x7f) return false;
  }
  try {
    // A multi-byte character cut at the end of the sample is still text.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/**
 * Like `sniffMimeType`, but always names something, the way a server's content detection would:
 * `text/plain` for text, `application/x-empty` for nothing, `application/octet-stream` otherwise.
 */
export function detectMimeType(bytes: Uint8Array): string {
  if (bytes.length === 0) return 'application/x-empty';
  return sniffMimeType(bytes) ?? (looksLikeText(bytes) ? 'text/plain' : 'application/octet-stream');
}

/** The MIME types that name each sniffed family (PDF has non-standard aliases in the wild). */
export const mimeAliases: Record<SniffedMimeType, readonly string[]> = {
  'application/pdf': ['application/pdf', 'application/x-pdf', 'image/pdf'],
  'image/png': ['image/png'],
  'image/jpeg': ['image/jpeg', 'image/jpg', 'image/pjpeg'],
};

export const extensionsByMime: Record<SniffedMimeType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe', 'jfif'],
};

/** Lower-cased extension without the dot; '' when there is none. */
export function fileExtension(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/** The family a declared MIME type belongs to (`image/pdf` → `application/pdf`), or null. */
export function mimeFamily(declared: string): SniffedMimeType | null {
  const type = (declared.split(';')[0] ?? '').trim().toLowerCase();
  for (const [family, aliases] of Object.entries(mimeAliases) as [SniffedMimeType, readonly string[]][]) {
    if (aliases.includes(type)) return family;
  }
  return null;
}

/** The family a file name's extension claims, or null for an unknown or missing extension. */
export function extensionFamily(fileName: string): SniffedMimeType | null {
  const extension = fileExtension(fileName);
  if (!extension) return null;
  for (const [family, extensions] of Object.entries(extensionsByMime) as [
    SniffedMimeType,
    readonly string[],
  ][]) {
    if (extensions.includes(extension)) return family;
  }
  return null;
}

/** Every type a vendor's document rules talk about, told by content. */
export type DocumentType = 'pdf' | 'png' | 'jpeg' | 'bmp' | 'mp4';

const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'avc1',
  'dash',
  'M4V ',
  'MSNV',
]);

/**
 * The document type of some leading bytes, or null. Besides PDF, PNG and JPEG (`sniffMimeType`): BMP (`BM`,
 * then reserved zeros) and MP4 (an ISO base media `ftyp` box with an MP4 brand; QuickTime and HEIF are not MP4).
 */
export function sniffDocumentType(bytes: Uint8Array): DocumentType | null {
  const mime = sniffMimeType(bytes);
  if (mime === 'application/pdf') return 'pdf';
  if (mime === 'image/png') return 'png';
  if (mime === 'image/jpeg') return 'jpeg';
  if (
    bytes.length >= 14 &&
    bytes[0] === 0x42 &&
    bytes[1] === 0x4d &&
    bytes[6] === 0 &&
    bytes[7] === 0 &&
    bytes[8] === 0 &&
    bytes[9] === 0
  ) {
    return 'bmp';
  }
  if (bytes.length >= 12 && String.fromCharCode(...bytes.subarray(4, 8)) === 'ftyp') {
    return MP4_BRANDS.has(String.fromCharCode(...bytes.subarray(8, 12))) ? 'mp4' : null;
  }
  return null;
}

/** The document type a file name's extension claims, or null. */
export function documentTypeOfName(fileName: string): DocumentType | null {
  const extension = fileExtension(fileName);
  if (extension === 'pdf') return 'pdf';
  if (extension === 'png') return 'png';
  if (['jpg', 'jpeg', 'jpe', 'jfif'].includes(extension)) return 'jpeg';
  if (extension === 'bmp') return 'bmp';
  if (['mp4', 'm4v'].includes(extension)) return 'mp4';
  return null;
}

export const documentMimeTypes: Record<DocumentType, string> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  bmp: 'image/bmp',
  mp4: 'video/mp4',
};
