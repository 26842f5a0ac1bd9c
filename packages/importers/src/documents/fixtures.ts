import yazl from 'yazl';

/*
 * Small real documents built by hand for tests and benches: PDFs with a text layer, an image-only
 * PDF, an encrypted one, a broken one, and DOCX zips (a real one and a zip bomb posing as one).
 */

function pdfEscape(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`);
}

function assemble(objects: string[], trailerExtra = ''): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}

/**
 * A PDF with one page per entry, each page's lines written as real text (Helvetica, 11 pt).
 * @example pdfWithText([['Jane Doe', 'PostgreSQL, TypeScript']])
 */
export function pdfWithText(pages: string[][], trailerExtra = '', extraObjects: string[] = []): Uint8Array {
  const objects: string[] = ['', '', '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
  const kids: number[] = [];
  for (const lines of pages) {
    const body = lines.map((l, i) => `BT /F1 11 Tf 56 ${760 - i * 14} Td (${pdfEscape(l)}) Tj ET`).join('\n');
    objects.push(`<< /Length ${Buffer.byteLength(body, 'latin1')} >>\nstream\n${body}\nendstream`);
    const content = objects.length;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${content} 0 R >>`);
    kids.push(objects.length);
  }
  objects[0] = '<< /Type /Catalog /Pages 2 0 R >>';
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return assemble([...objects, ...extraObjects], trailerExtra);
}

/** A one-page PDF whose page is only a picture (a scanned resume): no text layer at all. */
export function imageOnlyPdf(): Uint8Array {
  const pixels = 'ff00ff00';
  const draw = 'q 400 0 0 500 100 200 cm /Im1 Do Q';
  return assemble([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>',
    `<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode /Length ${pixels.length + 1} >>\nstream\n${pixels}>\nendstream`,
    `<< /Length ${draw.length} >>\nstream\n${draw}\nendstream`,
  ]);
}

/** A PDF protected by a user password (standard security handler, RC4 40-bit). */
export function encryptedPdf(): Uint8Array {
  const o = '<' + 'a1'.repeat(32) + '>';
  const u = '<' + 'b2'.repeat(32) + '>';
  const pages = [['Secret resume']];
  // The encryption dictionary is the object after the page objects: catalog, pages, font, content, page.
  return pdfWithText(pages, '/Encrypt 6 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] ', [`<< /Filter /Standard /V 1 /R 2 /O ${o} /U ${u} /P -44 >>`]);
}

/** Bytes that start like a PDF and then break off. */
export function brokenPdf(): Uint8Array {
  return new Uint8Array(Buffer.from('%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\n%% cut here', 'latin1'));
}

function zip(entries: Array<[string, string | Buffer]>): Promise<Uint8Array> {
  const z = new yazl.ZipFile();
  for (const [name, data] of entries) z.addBuffer(typeof data === 'string' ? Buffer.from(data, 'utf8') : data, name);
  z.end();
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    z.outputStream.on('data', (c: Buffer) => parts.push(c));
    z.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(parts))));
    z.outputStream.on('error', reject);
  });
}

const CONTENT_TYPES = '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A minimal Word document (.docx) with one paragraph per line.
 * @example await docxWithText(['Jane Doe', 'Postgres'])
 */
export function docxWithText(lines: string[]): Promise<Uint8Array> {
  const body = lines.map((l) => `<w:p><w:r><w:t xml:space="preserve">${xmlEscape(l)}</w:t></w:r></w:p>`).join('');
  const doc = `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
  return zip([['[Content_Types].xml', CONTENT_TYPES], ['_rels/.rels', RELS], ['word/document.xml', doc]]);
}

/** A DOCX whose document part unpacks to `mb` megabytes of spaces (a zip bomb posing as a resume). */
export function docxBomb(mb = 60): Promise<Uint8Array> {
  return zip([['[Content_Types].xml', CONTENT_TYPES], ['_rels/.rels', RELS], ['word/document.xml', Buffer.alloc(mb * 1024 * 1024, 0x20)]]);
}

/** The first bytes of a Windows program (MZ header and PE signature), to be renamed `.pdf`. */
export function windowsProgram(): Uint8Array {
  const b = Buffer.alloc(512);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  return new Uint8Array(b);
}
