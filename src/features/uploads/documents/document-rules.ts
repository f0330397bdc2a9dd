import { POSTDICOM_MAX_DOCUMENT_BYTES } from '@/api/postdicom/documents';
import { SCAN_MAX_DOCUMENT_BYTES } from '@/api/scan/documents';
import { SOLO_ATTACHMENT_MAX_BYTES } from '@/api/solo/attachments';
import {
  type DocumentType,
  documentTypeOfName,
  fileExtension,
  SNIFF_BYTES,
  sniffDocumentType,
} from '@/lib/file-sniff';
import type { Reason } from '../batch/types';

/**
 * Each vendor's document rules, checked before anything is sent. The type comes from the file's first bytes
 * (src/lib/file-sniff.ts), never from its name; the name's extension must then agree with the content where the
 * vendor goes by extension (PostDICOM) or sniffs it (Solo).
 * - PostDICOM order documents: PDF, JPEG/JPG, PNG, BMP, MP4 (the vendor's list); size: our assumption (see the adapter).
 * - Solo appointment attachments: PDF, PNG or JPEG, at most 5 MB, with a file name.
 * - Scan.com referral documents: any type, at most 25 MB, one file per request.
 */

export type DocumentVendor = 'postdicom' | 'solo' | 'scan';

interface VendorRules {
  allowed: readonly DocumentType[] | null;
  maxBytes: number;
  /** The name's extension must match the content. */
  extensionMustMatch: boolean;
  needsName: boolean;
}

export const DOCUMENT_RULES: Record<DocumentVendor, VendorRules> = {
  postdicom: {
    allowed: ['pdf', 'jpeg', 'png', 'bmp', 'mp4'],
    maxBytes: POSTDICOM_MAX_DOCUMENT_BYTES,
    extensionMustMatch: true,
    needsName: true,
  },
  solo: {
    allowed: ['pdf', 'png', 'jpeg'],
    maxBytes: SOLO_ATTACHMENT_MAX_BYTES,
    extensionMustMatch: true,
    needsName: true,
  },
  scan: { allowed: null, maxBytes: SCAN_MAX_DOCUMENT_BYTES, extensionMustMatch: false, needsName: false },
};

/** The first bytes of a file, enough to tell its type. */
export async function sniffFile(file: Blob): Promise<DocumentType | null> {
  return sniffDocumentType(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
}

export function mebibytes(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}

/** Why `vendor` would refuse this file (translation keys), in the order the user should fix them; [] when it can go. */
export function documentProblems(
  vendor: DocumentVendor,
  file: { name: string; size: number; type: DocumentType | null },
): Reason[] {
  const rules = DOCUMENT_RULES[vendor];
  const problems: Reason[] = [];
  if (rules.needsName && !file.name.trim()) problems.push({ key: 'documents.problem.noName' });
  if (file.size === 0) return [...problems, { key: 'documents.problem.empty' }];
  if (file.size > rules.maxBytes)
    problems.push({ key: 'documents.problem.tooLarge', params: { limit: mebibytes(rules.maxBytes) } });
  if (rules.allowed) {
    const allowed = rules.allowed.join(', ');
    if (!file.type) problems.push({ key: 'documents.problem.unknownType', params: { allowed } });
    else if (!rules.allowed.includes(file.type))
      problems.push({ key: 'documents.problem.notAllowed', params: { actual: file.type, allowed } });
  }
  if (rules.extensionMustMatch && file.type && file.name.trim()) {
    const claimed = documentTypeOfName(file.name);
    if (claimed !== file.type) {
      problems.push({
        key: 'documents.problem.extensionMismatch',
        params: { extension: fileExtension(file.name) || '—', actual: file.type },
      });
    }
  }
  return problems;
}
