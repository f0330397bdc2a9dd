import { SOLO_ATTACHMENT_MAX_BYTES } from '@/api/solo/attachments';
import { extensionFamily, mimeFamily, SNIFF_BYTES, sniffMimeType } from '@/lib/file-sniff';

/**
 * Solo's attachment limits, checked before sending so the user hears why at once: PDF, PNG or JPEG by the
 * file's own bytes (not its name), at most 5 MB, not empty, and a name and type that agree with the bytes.
 */
export type AttachmentProblem = 'empty' | 'tooBig' | 'notAllowed' | 'nameMismatch' | 'typeMismatch';

export function checkAttachment(
  head: Uint8Array,
  size: number,
  name: string,
  declaredType: string,
): AttachmentProblem | null {
  if (size === 0) return 'empty';
  if (size > SOLO_ATTACHMENT_MAX_BYTES) return 'tooBig';
  const sniffed = sniffMimeType(head);
  if (!sniffed) return 'notAllowed';
  const byName = extensionFamily(name);
  if (byName && byName !== sniffed) return 'nameMismatch';
  if (declaredType && mimeFamily(declaredType) !== sniffed) return 'typeMismatch';
  return null;
}

export async function checkAttachmentFile(file: File): Promise<AttachmentProblem | null> {
  const head = new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer());
  return checkAttachment(head, file.size, file.name, file.type);
}
