import { createHash } from 'node:crypto';
import type { MaterialFormat } from '@secondround/core';
import { sniffDocument } from './sniff';
import { extractDocumentText, type ExtractedText } from './extract';
import { assertZipWithinLimits } from './zip-limits';

/** An uploaded file checked before anything is stored. */
export interface InspectedDocument {
  sha256: string;
  size: number;
  format: MaterialFormat;
  mime: string;
  /** The text, for PDF, DOCX and plain text; null for other formats. */
  extracted: ExtractedText | null;
}

/**
 * Type a file by its bytes, hash it, and open it the way an employer's system would: a broken or
 * encrypted PDF, a zip bomb posing as a DOCX or a program renamed `.pdf` throw a `UserError`, so the
 * caller stores nothing. Zips (DOCX, ODT, plain zip) are inflated under a cap first.
 * @example (await inspectDocument(pdfBytes)).format // 'pdf'
 */
export async function inspectDocument(bytes: Uint8Array): Promise<InspectedDocument> {
  const { format, mime } = await sniffDocument(bytes);
  if (format === 'odt' || format === 'zip') await assertZipWithinLimits(bytes);
  const extracted = format === 'pdf' || format === 'docx' || format === 'txt' ? await extractDocumentText(bytes, format) : null;
  return { sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length, format, mime, extracted };
}
