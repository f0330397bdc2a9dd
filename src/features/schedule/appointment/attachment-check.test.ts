import { describe, expect, it } from 'vitest';
import { checkAttachment } from './attachment-check';

const pdf = new TextEncoder().encode('%PDF-1.7\n…');
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]);
const text = new TextEncoder().encode('hello');

describe('attachment limits', () => {
  it('takes PDF and PNG by content', () => {
    expect(checkAttachment(pdf, 1000, 'report.pdf', 'application/pdf')).toBeNull();
    expect(checkAttachment(png, 1000, 'scan.png', '')).toBeNull();
  });
  it('refuses empty, too big, other types, and names or types that lie', () => {
    expect(checkAttachment(pdf, 0, 'a.pdf', '')).toBe('empty');
    expect(checkAttachment(pdf, 5 * 1024 * 1024 + 1, 'a.pdf', '')).toBe('tooBig');
    expect(checkAttachment(text, 5, 'notes.pdf', 'application/pdf')).toBe('notAllowed');
    expect(checkAttachment(png, 10, 'scan.pdf', '')).toBe('nameMismatch');
    expect(checkAttachment(png, 10, 'scan', 'application/pdf')).toBe('typeMismatch');
  });
});
