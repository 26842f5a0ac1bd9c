import { describe, expect, it } from 'vitest';
import { checkResume, isUserError } from '@secondround/core';
import { inspectDocument } from './inspect';
import { sniffDocument } from './sniff';
import { brokenPdf, docxBomb, docxWithText, encryptedPdf, imageOnlyPdf, pdfWithText, windowsProgram } from './fixtures';

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isUserError(e)) return `${e.code}: ${e.message}`;
    throw e;
  }
  return 'no error';
}

describe('documents', () => {
  it('reads the text of a PDF, page by page, and types it by its bytes', async () => {
    const doc = await inspectDocument(pdfWithText([['Jane Doe', 'Five years of Postgres and TypeScript'], ['Page two: React and Docker']]));
    expect(doc.format).toBe('pdf');
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(doc.extracted?.pages).toBe(2);
    expect(doc.extracted?.imageOnly).toBe(false);
    expect(doc.extracted?.text).toContain('Postgres and TypeScript');
    expect(doc.extracted?.text).toContain('React and Docker');
  });

  it('reads a DOCX through mammoth', async () => {
    const doc = await inspectDocument(await docxWithText(['Jane Doe', 'Kubernetes & Go']));
    expect(doc.format).toBe('docx');
    expect(doc.extracted?.text).toContain('Kubernetes & Go');
  });

  it('flags an image-only PDF', async () => {
    const doc = await inspectDocument(imageOnlyPdf());
    expect(doc.format).toBe('pdf');
    expect(doc.extracted?.imageOnly).toBe(true);
    const check = checkResume(doc.extracted!, 'Requirements:\n- Experience with PostgreSQL');
    expect(check.warnings[0]).toMatch(/image-only PDF: applicant tracking systems cannot read it/);
  });

  it('refuses an encrypted PDF, a broken PDF, a program renamed .pdf and a zip bomb posing as a DOCX', async () => {
    expect(await codeOf(inspectDocument(encryptedPdf()))).toMatch(/^ENCRYPTED_PDF: the PDF is protected by a password/);
    expect(await codeOf(inspectDocument(brokenPdf()))).toMatch(/^BROKEN_PDF: /);
    expect(await codeOf(inspectDocument(windowsProgram()))).toMatch(/^UNSUPPORTED_FORMAT: the file is a program \(exe\)/);
    expect(await codeOf(inspectDocument(await docxBomb(60)))).toMatch(/^ZIP_BOMB: the document unpacks to more than 50 MB/);
  });

  it('types plain text and refuses unknown binary', async () => {
    expect((await sniffDocument(new TextEncoder().encode('Jane Doe\nPostgres'))).format).toBe('txt');
    expect(await codeOf(sniffDocument(new Uint8Array([0, 1, 2, 3, 0, 0, 0, 9])))).toMatch(/^UNSUPPORTED_FORMAT/);
    expect(await codeOf(sniffDocument(new Uint8Array()))).toMatch(/^EMPTY_FILE/);
  });
});
