import { fileTypeFromBuffer } from 'file-type';
import { UserError, type MaterialFormat } from '@secondround/core';

/** A file's type as told by its bytes. */
export interface SniffedType {
  format: MaterialFormat;
  mime: string;
}

const BY_MIME: Record<string, MaterialFormat> = {
  'application/pdf': 'pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'docx',
  'application/x-cfb': 'doc',
  'application/msword': 'doc',
  'application/vnd.oasis.opendocument.text': 'odt',
  'application/rtf': 'rtf',
  'application/zip': 'zip',
  'image/png': 'png',
  'image/jpeg': 'jpg',
};

const PROGRAMS = new Set(['exe', 'elf', 'macho', 'dll', 'msi', 'class', 'wasm', 'deb', 'rpm', 'apk', 'dmg', 'swf', 'lnk']);

function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 64 * 1024);
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.length < bytes.length ? head.subarray(0, head.length - 4) : head);
    return true;
  } catch {
    return false;
  }
}

/**
 * Tell a document's format from its bytes (`file-type`'s magic numbers), never from its name: an
 * executable renamed `cv.pdf` is refused as a program. Plain UTF-8 text without NUL bytes is `txt`.
 * Throws `UNSUPPORTED_FORMAT` for anything that is not a document, an image or a zip.
 */
export async function sniffDocument(bytes: Uint8Array): Promise<SniffedType> {
  if (bytes.length === 0) throw new UserError('EMPTY_FILE', 'the file is empty', 400);
  const type = await fileTypeFromBuffer(bytes);
  if (!type) {
    if (looksLikeText(bytes)) return { format: 'txt', mime: 'text/plain' };
    throw new UserError('UNSUPPORTED_FORMAT', 'the file is not a document this app can tell apart (PDF, Word, OpenDocument, RTF, text, zip, PNG or JPEG)', 415);
  }
  if (PROGRAMS.has(type.ext)) throw new UserError('UNSUPPORTED_FORMAT', `the file is a program (${type.ext}), not a document, whatever its name says`, 415);
  const format = BY_MIME[type.mime];
  if (!format) throw new UserError('UNSUPPORTED_FORMAT', `the file is ${type.ext.toUpperCase()} (${type.mime}), not a document this app accepts (PDF, Word, OpenDocument, RTF, text, zip, PNG or JPEG)`, 415);
  return { format, mime: type.mime };
}
