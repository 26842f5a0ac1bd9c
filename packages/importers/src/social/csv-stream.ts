import { UserError } from '@secondround/core';

const MAX_FIELD = 32 * 1024 * 1024;

/*
 * A streaming CSV reader for the exports' quirks: UTF-8 or UTF-16LE (LinkedIn 2018, with BOM),
 * comma or TAB separated (detected on the header line), "" inside quotes, and the \" escapes of
 * LinkedIn's Comments.csv. One row is held at a time.
 */
export async function* streamCsvRows(chunks: AsyncIterable<Buffer>, name: string): AsyncGenerator<Record<string, string>> {
  let decoder: TextDecoder | null = null;
  let header: string[] | null = null;
  let delimiter = -1;
  let field = '';
  let row: string[] = [];
  let inQuotes = false;
  let afterQuote = false;
  let carry = ''; // undecided tail: a quote or backslash at the end of a chunk, or text before the first line break
  const rows: string[][] = [];

  const endRow = () => {
    row.push(field);
    field = '';
    afterQuote = false;
    if (!(row.length === 1 && row[0] === '')) {
      if (header === null) header = row.map((h) => h.trim());
      else rows.push(row);
    }
    row = [];
  };

  const feed = (s: string, final: boolean) => {
    if (delimiter === -1) {
      const nl = s.indexOf('\n');
      if (nl === -1 && !final && s.length < 65536) {
        carry = s;
        return;
      }
      const first = s.slice(0, nl === -1 ? s.length : nl);
      delimiter = (first.match(/\t/g)?.length ?? 0) > (first.match(/,/g)?.length ?? 0) ? 9 : 44;
    }
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (inQuotes) {
        if ((c === 34 || c === 92) && i + 1 >= s.length && !final) {
          carry = s[i]!;
          return;
        }
        if (c === 92 && s.charCodeAt(i + 1) === 34) {
          field += '"';
          i++;
        } else if (c === 34) {
          if (s.charCodeAt(i + 1) === 34) {
            field += '"';
            i++;
          } else {
            inQuotes = false;
            afterQuote = true;
          }
        } else {
          let j = i + 1;
          while (j < s.length) {
            const d = s.charCodeAt(j);
            if (d === 34 || d === 92) break;
            j++;
          }
          field += s.slice(i, j);
          i = j - 1;
        }
      } else if (c === 34 && field === '' && !afterQuote) {
        inQuotes = true;
      } else if (c === delimiter) {
        row.push(field);
        field = '';
        afterQuote = false;
      } else if (c === 10) {
        endRow();
      } else if (c !== 13) {
        field += s[i];
      }
    }
    if (field.length > MAX_FIELD) throw new UserError('TOO_LARGE', `${name} has a field over 32 MB`, 413);
  };

  for await (const buf of chunks) {
    if (!decoder) decoder = new TextDecoder(buf[0] === 0xff && buf[1] === 0xfe ? 'utf-16le' : 'utf-8'); // BOM dropped
    const s = carry + decoder.decode(buf, { stream: true });
    carry = '';
    feed(s, false);
    for (const r of rows.splice(0)) yield toRecord(header!, r);
  }
  if (carry) {
    const s = carry;
    carry = '';
    feed(s, true);
  }
  if (field !== '' || row.length > 0) endRow();
  for (const r of rows.splice(0)) yield toRecord(header ?? [], r);
}

function toRecord(header: string[], row: string[]): Record<string, string> {
  // No prototype: a column named "__proto__" or "constructor" is a column like any other.
  const out = Object.create(null) as Record<string, string>;
  for (let i = 0; i < header.length; i++) out[header[i]!] = row[i] ?? '';
  return out;
}

/**
 * LinkedIn's current exports write a line break inside a post as `"` + newline + `"`, doubled by
 * the CSV quoting (`""` newline `""`); after parsing, each break is surrounded by stray quotes.
 * @example repairLinkedInBreaks('a"\n""\n"b') // 'a\n\nb'
 */
export function repairLinkedInBreaks(text: string): string {
  if (!text.includes('"\n"')) return text;
  return text.replace(/"\n"/g, '\n');
}
