import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { isUserError } from '@secondround/core';
import { readTrackerCsv } from './read';

const CSV = 'company,role,applied_on,notes\r\nCafé Zürich,Développeuse,2025-01-02,"Müller, Grüße — très bien"\r\n';

function utf16be(text: string): Buffer {
  const le = Buffer.from(text, 'utf16le');
  for (let i = 0; i + 1 < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1]!, le[i]!];
  return le;
}

async function refusal(bytes: Buffer | Buffer[]): Promise<{ code: string; message: string }> {
  try {
    await readTrackerCsv(Readable.from(Array.isArray(bytes) ? bytes : [bytes]));
  } catch (e) {
    if (isUserError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('readTrackerCsv: encodings', () => {
  const expected = { company: 'Café Zürich', role: 'Développeuse', notes: 'Müller, Grüße — très bien' };

  it('reads UTF-8 with and without a byte-order mark', async () => {
    const plain = await readTrackerCsv(Buffer.from(CSV, 'utf8'));
    expect(plain.encoding).toBe('utf-8');
    expect(plain.items[0]!.application).toMatchObject(expected);
    const bom = await readTrackerCsv(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(CSV, 'utf8')]));
    expect(bom.encoding).toBe('utf-8-bom');
    expect(bom.mappedColumns).toHaveProperty('company', 'company');
    expect(bom.items[0]!.application).toMatchObject(expected);
  });

  it('reads UTF-16 LE and BE with a byte-order mark, split at odd byte boundaries', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(CSV, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(CSV)]);
    for (const [bytes, encoding] of [[le, 'utf-16le'], [be, 'utf-16be']] as const) {
      const chunks = [bytes.subarray(0, 5), bytes.subarray(5, 6), bytes.subarray(6)];
      const r = await readTrackerCsv(Readable.from(chunks));
      expect(r.encoding).toBe(encoding);
      expect(r.items[0]!.application).toMatchObject(expected);
    }
  });

  it('reads Excel "Unicode text" (UTF-16LE, TAB-separated) and old Mac line endings', async () => {
    const tsv = 'company\trole\tnotes\r\nCafé\tDev\t"a\tb"\r\n';
    const r = await readTrackerCsv(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tsv, 'utf16le')]));
    expect([r.encoding, r.delimiter]).toEqual(['utf-16le', '\t']);
    expect(r.items[0]!.application).toMatchObject({ company: 'Café', notes: 'a\tb' });
    const mac = await readTrackerCsv(Buffer.from('company,role\rAcme,Dev\r\rBeta,"PM\rlead"\rGamma,\r'));
    expect(mac.items.map((i) => [i.line, i.application.role])).toEqual([[2, 'Dev'], [4, 'PM\rlead']]);
    expect(mac.invalid).toEqual([{ line: 6, column: 'role', message: 'role is empty' }]);
  });

  it('reads Latin-1 / windows-1252 when the bytes are not UTF-8, even when the first accent comes late', async () => {
    const latin = Buffer.from(CSV.replace(' — ', ' - '), 'latin1');
    const r = await readTrackerCsv(latin);
    expect(r.encoding).toBe('windows-1252');
    expect(r.items[0]!.application).toMatchObject({ ...expected, notes: 'Müller, Grüße - très bien' });
    // windows-1252 has € and curly quotes where Latin-1 has controls.
    const cp = await readTrackerCsv(Buffer.from([...Buffer.from('company,role,notes\nA,B,'), 0x80, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x0a]));
    expect(cp.items[0]!.application.notes).toBe('€ “ok”');
    const ascii = Buffer.from(`company,role\n${'Acme,Dev\n'.repeat(20_000)}`);
    const late = Buffer.concat([ascii, Buffer.from('Société,Ingénieur\n', 'latin1')]);
    const chunks = [late.subarray(0, 65_536), late.subarray(65_536, 131_072), late.subarray(131_072)];
    const r2 = await readTrackerCsv(Readable.from(chunks));
    expect(r2.encoding).toBe('windows-1252');
    expect(r2.items.at(-1)!.application).toMatchObject({ company: 'Société', role: 'Ingénieur' });
  });

  it('refuses what it cannot read, saying why', async () => {
    const mixed = Buffer.concat([Buffer.from('company,role\nCafé,Dev\n', 'utf8'), Buffer.from('Société,Dev\n', 'latin1')]);
    expect(await refusal(mixed)).toMatchObject({ code: 'BAD_ENCODING', message: expect.stringContaining('mixes encodings') });
    expect(await refusal(Buffer.from(CSV, 'utf16le'))).toMatchObject({ code: 'BAD_ENCODING', message: expect.stringContaining('UTF-16 text without a byte-order mark') });
    expect((await refusal(Buffer.from([0xff, 0xfe, 0, 0, 0x61, 0, 0, 0]))).code).toBe('BAD_ENCODING');
    // Japanese in Shift_JIS: every letter is a high byte, which windows-1252 would turn into nonsense.
    const sjis = Buffer.from([...Buffer.from('company,role\n'), ...Array.from({ length: 20 }, () => [0x93, 0xfa, 0x96, 0x7b]).flat(), 0x2c, 0x41, 0x0a]);
    expect(await refusal(sjis)).toMatchObject({ code: 'BAD_ENCODING', message: expect.stringContaining('Shift_JIS') });
    const badUtf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('company,role\nA,B\n', 'utf16le'), Buffer.from([0x00, 0xd8, 0x41, 0x00])]);
    expect((await refusal(badUtf16)).code).toBe('BAD_ENCODING');
  });

  it('refuses binary files renamed .csv', async () => {
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0]), Buffer.alloc(40, 1)]);
    expect(await refusal(zip)).toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringMatching(/ZIP file .* export the sheet as CSV/) });
    const pdf = Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n', 'latin1');
    expect(await refusal(pdf)).toMatchObject({ code: 'UNSUPPORTED_FORMAT', message: expect.stringContaining('PDF') });
    const blob = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 32));
    expect((await refusal(blob)).code).toBe('UNSUPPORTED_FORMAT');
    const nulLater = Buffer.concat([Buffer.from(`company,role\n${'A,B\n'.repeat(2_000)}`), Buffer.from([0, 1, 2])]);
    expect((await refusal(nulLater)).code).toBe('UNSUPPORTED_FORMAT');
  });
});
