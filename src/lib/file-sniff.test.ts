import { describe, expect, it } from 'vitest';
import {
  detectMimeType,
  documentTypeOfName,
  extensionFamily,
  fileExtension,
  looksLikeText,
  mimeFamily,
  SNIFF_BYTES,
  sniffDocumentType,
  sniffMimeType,
} from './file-sniff';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46);
const PDF = text('%PDF-1.7\n%âãÏÓ\n1 0 obj');

describe('sniffMimeType', () => {
  it('recognises PNG, JPEG and PDF signatures', () => {
    expect(sniffMimeType(PNG)).toBe('image/png');
    expect(sniffMimeType(JPEG)).toBe('image/jpeg');
    expect(sniffMimeType(bytes(0xff, 0xd8, 0xff, 0xe1))).toBe('image/jpeg'); // EXIF
    expect(sniffMimeType(PDF)).toBe('application/pdf');
  });

  it('finds a PDF header after leading junk within the first 1024 bytes, not beyond', () => {
    const within = new Uint8Array(SNIFF_BYTES);
    within.set(text('%PDF-'), SNIFF_BYTES - 5);
    expect(sniffMimeType(within)).toBe('application/pdf');
    const beyond = new Uint8Array(SNIFF_BYTES + 10);
    beyond.set(text('%PDF-'), SNIFF_BYTES - 4);
    expect(sniffMimeType(beyond)).toBeNull();
  });

  it('returns null for empty, truncated and other files', () => {
    expect(sniffMimeType(new Uint8Array())).toBeNull();
    expect(sniffMimeType(PNG.subarray(0, 7))).toBeNull();
    expect(sniffMimeType(bytes(0xff, 0xd8))).toBeNull();
    expect(sniffMimeType(text('%PDF'))).toBeNull();
    expect(sniffMimeType(text('hello, world'))).toBeNull();
    expect(sniffMimeType(bytes(0x47, 0x49, 0x46, 0x38, 0x39, 0x61))).toBeNull(); // GIF
    expect(sniffMimeType(bytes(0x50, 0x4b, 0x03, 0x04))).toBeNull(); // zip
    expect(sniffMimeType(bytes(0x44, 0x49, 0x43, 0x4d))).toBeNull();
  });

  it('ignores the signature when it is not at the start (PNG, JPEG)', () => {
    expect(sniffMimeType(bytes(0, ...PNG))).toBeNull();
    expect(sniffMimeType(bytes(0, ...JPEG))).toBeNull();
  });
});

describe('looksLikeText / detectMimeType', () => {
  it('tells text from binary', () => {
    expect(looksLikeText(text('plain text\twith\r\nlines'))).toBe(true);
    expect(looksLikeText(text('ñandú – 検査'))).toBe(true);
    expect(looksLikeText(bytes(0x68, 0x00, 0x69))).toBe(false);
    expect(looksLikeText(bytes(0x7f))).toBe(false);
    expect(looksLikeText(bytes(0xc3, 0x28))).toBe(false); // invalid UTF-8
    expect(looksLikeText(new Uint8Array())).toBe(false);
  });

  it('names every input', () => {
    expect(detectMimeType(PNG)).toBe('image/png');
    expect(detectMimeType(PDF)).toBe('application/pdf');
    expect(detectMimeType(text('not a pdf'))).toBe('text/plain');
    expect(detectMimeType(bytes(0, 1, 2, 3))).toBe('application/octet-stream');
    expect(detectMimeType(new Uint8Array())).toBe('application/x-empty');
  });
});

describe('mimeFamily / extensionFamily / fileExtension', () => {
  it('maps declared types and their aliases to a family', () => {
    expect(mimeFamily('application/pdf')).toBe('application/pdf');
    expect(mimeFamily('application/x-pdf')).toBe('application/pdf');
    expect(mimeFamily('image/pdf')).toBe('application/pdf');
    expect(mimeFamily('IMAGE/PNG')).toBe('image/png');
    expect(mimeFamily('image/jpeg; charset=binary')).toBe('image/jpeg');
    expect(mimeFamily('text/plain')).toBeNull();
    expect(mimeFamily('')).toBeNull();
  });

  it('reads extensions', () => {
    expect(fileExtension('scan.PDF')).toBe('pdf');
    expect(fileExtension('a/b/c.tar.gz')).toBe('gz');
    expect(fileExtension('C:\\x\\photo.JPeG')).toBe('jpeg');
    expect(fileExtension('.hidden')).toBe('');
    expect(fileExtension('README')).toBe('');
    expect(extensionFamily('x.jpg')).toBe('image/jpeg');
    expect(extensionFamily('x.png')).toBe('image/png');
    expect(extensionFamily('x.pdf')).toBe('application/pdf');
    expect(extensionFamily('x.txt')).toBeNull();
    expect(extensionFamily('x')).toBeNull();
  });
});

describe('sniffDocumentType', () => {
  const mixed = (...values: (number | string)[]) =>
    Uint8Array.from(
      values.flatMap((v) => (typeof v === 'string' ? [...v].map((c) => c.charCodeAt(0)) : [v])),
    );
  it('tells PDF, PNG, JPEG, BMP and MP4 from their content, and nothing else', () => {
    expect(sniffDocumentType(mixed('%PDF-1.7'))).toBe('pdf');
    expect(sniffDocumentType(mixed(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a))).toBe('png');
    expect(sniffDocumentType(mixed(0xff, 0xd8, 0xff, 0xe0))).toBe('jpeg');
    expect(sniffDocumentType(mixed('BM', 0x36, 0, 0, 0, 0, 0, 0, 0, 0x36, 0, 0, 0))).toBe('bmp');
    expect(sniffDocumentType(mixed(0, 0, 0, 0x18, 'ftypmp42', 0, 0, 0, 0))).toBe('mp4');
    expect(sniffDocumentType(mixed(0, 0, 0, 0x18, 'ftypqt  ', 0, 0, 0, 0))).toBeNull();
    expect(sniffDocumentType(mixed('BMX not a bitmap at all'))).toBeNull();
    expect(sniffDocumentType(mixed('plain text'))).toBeNull();
  });

  it('reads the type a name claims', () => {
    expect(documentTypeOfName('scan.JPG')).toBe('jpeg');
    expect(documentTypeOfName('clip.mp4')).toBe('mp4');
    expect(documentTypeOfName('report')).toBeNull();
  });
});
