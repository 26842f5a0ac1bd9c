import { UserError, type MaterialFormat } from '@secondround/core';
import { assertZipWithinLimits } from './zip-limits';

/** A document's text, as an applicant tracking system would read it. */
export interface ExtractedText {
  text: string;
  pages: number | null;
  /** A PDF with pages but (almost) no text layer: a scan or an exported picture. */
  imageOnly: boolean;
}

// Fewer letters than this per page and the PDF is a picture of text (a header line alone is ~20).
const MIN_LETTERS_PER_PAGE = 15;

async function pdfText(bytes: Uint8Array): Promise<ExtractedText> {
  const { getDocumentProxy, extractText } = await import('unpdf');
  let doc;
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy so the caller's stays usable.
    doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0, isEvalSupported: false, stopAtErrors: true });
  } catch (e) {
    const name = (e as Error).name;
    if (name === 'PasswordException') throw new UserError('ENCRYPTED_PDF', 'the PDF is protected by a password; applicant tracking systems cannot open it either. Save it again without protection', 422);
    throw new UserError('BROKEN_PDF', 'the PDF is damaged or not a PDF: it could not be opened', 422);
  }
  try {
    const { text, totalPages } = await extractText(doc, { mergePages: false });
    const pages = text as string[];
    const letters = pages.reduce((s, p) => s + (p.match(/\p{L}/gu)?.length ?? 0), 0);
    return { text: pages.join('\n\n'), pages: totalPages, imageOnly: totalPages > 0 && letters < MIN_LETTERS_PER_PAGE * totalPages };
  } catch {
    throw new UserError('BROKEN_PDF', 'the PDF is damaged: its pages could not be read', 422);
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}

async function docxText(bytes: Uint8Array): Promise<ExtractedText> {
  await assertZipWithinLimits(bytes);
  const mammoth = (await import('mammoth')).default;
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { text: value, pages: null, imageOnly: false };
  } catch {
    throw new UserError('BROKEN_DOCUMENT', 'the Word document is damaged: its text could not be read', 422);
  }
}

/**
 * The text of a resume or another document, by its format (told from its bytes): PDF through
 * pdf.js (`unpdf`), DOCX through `mammoth` after a zip-bomb check, plain text as is. An encrypted or
 * damaged PDF is a `UserError` with a clear message; an image-only PDF comes back flagged.
 */
export async function extractDocumentText(bytes: Uint8Array, format: MaterialFormat): Promise<ExtractedText> {
  if (format === 'pdf') return pdfText(bytes);
  if (format === 'docx') return docxText(bytes);
  if (format === 'txt') return { text: new TextDecoder().decode(bytes), pages: null, imageOnly: false };
  throw new UserError('UNSUPPORTED_FORMAT', 'text can be read from PDF, Word (.docx) and plain-text files only', 415);
}
