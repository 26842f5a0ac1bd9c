import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { applicationInputSchema, stageEventInputSchema, isUserError, deriveStage } from '@secondround/core';
import { readTrackerCsv } from './read';

const HEADER = 'company,role,applied_on,stage_reached,outcome,outcome_on,outcome_reason,listing_url,notes';

async function read(text: string | Uint8Array, chunkSize?: number) {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : Buffer.from(text);
  if (!chunkSize) return readTrackerCsv(Readable.from([bytes]));
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += chunkSize) chunks.push(bytes.subarray(i, i + chunkSize));
  return readTrackerCsv(Readable.from(chunks));
}

async function refusal(text: string | Uint8Array): Promise<{ code: string; message: string }> {
  try {
    await read(text);
  } catch (e) {
    if (isUserError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('readTrackerCsv: canonical columns', () => {
  it('turns a row into an application with its stage history, text kept as typed', async () => {
    const r = await read(
      `${HEADER}\nAcme,Engineer,2025-01-10,round2,rejected,2025-02-01,"Went with someone, senior",https://acme.example/j/1,"<script>alert('x')</script> &amp;"\n`,
    );
    expect(r.format).toBe('canonical');
    expect(r.invalid).toEqual([]);
    expect(r.rows).toBe(1);
    const item = r.items[0]!;
    expect(item.application).toMatchObject({ company: 'Acme', role: 'Engineer', listingUrl: 'https://acme.example/j/1', notes: "<script>alert('x')</script> &amp;" });
    expect(item.events).toEqual([
      { stage: 'applied', date: '2025-01-10', reason: null },
      { stage: 'round1', date: '2025-01-10', reason: null },
      { stage: 'round2', date: '2025-01-10', reason: null },
      { stage: 'rejected', date: '2025-02-01', reason: 'Went with someone, senior' },
    ]);
    // What the store will be given passes the core schemas.
    expect(() => applicationInputSchema.parse(item.application)).not.toThrow();
    for (const e of item.events) expect(() => stageEventInputSchema.parse(e)).not.toThrow();
  });

  it('maps outcomes: accepted adds offer and accepted, open adds nothing, a closing outcome without a date takes the last date', async () => {
    const r = await read(
      `${HEADER}\nA,R,2025-03-01,offer,accepted,2025-03-20,,,\nB,R,2025-03-02,screen,open,,,,\nC,R,2025-03-03,round1,no_answer,,,,\nD,R,2025-03-04,round1,offer_declined,2025-04-01,too far,,\nE,R,,,,,,,\n`,
    );
    expect(r.invalid).toEqual([]);
    const stages = r.items.map((i) => i.events.map((e) => `${e.stage}@${e.date}`).join(' '));
    expect(stages).toEqual([
      'applied@2025-03-01 offer@2025-03-20 accepted@2025-03-20',
      'applied@2025-03-02 screen@2025-03-02',
      'applied@2025-03-03 round1@2025-03-03 no_answer@2025-03-03',
      'applied@2025-03-04 round1@2025-03-04 offer@2025-04-01 offer_declined@2025-04-01',
      '',
    ]);
    expect(deriveStage(r.items[3]!.events.map((e) => ({ ...e, createdAt: 'x' })))).toMatchObject({ furthest: 'offer', outcome: 'offer_declined' });
  });

  it('matches headers ignoring case and spaces, and reports unknown columns without failing', async () => {
    const r = await read('Company, ROLE ,Applied On,Stage Reached,Salary Band\nAcme,Dev,2025-01-02,screen,80-90k\n');
    expect(r.invalid).toEqual([]);
    expect(r.mappedColumns).toEqual({ Company: 'company', ' ROLE ': 'role', 'Applied On': 'applied_on', 'Stage Reached': 'stage_reached' });
    expect(r.unknownColumns).toEqual(['Salary Band']);
    expect(r.items[0]!.events.map((e) => e.stage)).toEqual(['applied', 'screen']);
  });

  it('lists every problem of a row by its physical line, counting multi-line cells', async () => {
    const csv = [
      HEADER,
      'Acme,Dev,2025-01-02,round1,rejected,2025-01-20,"line one',
      'line two',
      'line three",,"notes"',
      '',
      'Beta,PM,2025-02-30,round9,,,,,',
      ',,2025-01-05,,,,,,',
      'Gamma,Dev,2025-03-10,round1,rejected,2025-03-01,,,',
      'Delta,Dev,2025-03-10,applied,maybe,,,javascript:alert(1),',
      'Eps,Dev,,round2,,,,,',
      'Zeta,Dev,2025-03-10,applied,open,2025-04-01,ghosted,,',
    ].join('\n');
    const r = await read(csv);
    expect(r.items.map((i) => i.line)).toEqual([2]);
    expect(r.rows).toBe(7);
    expect(r.invalidRows).toBe(6);
    expect(r.invalid).toEqual([
      { line: 6, column: 'applied_on', message: 'applied_on "2025-02-30" is not a real calendar date' },
      { line: 6, column: 'stage_reached', message: 'stage_reached "round9" is not one of applied, screen, round1, round2, round3, offer, accepted' },
      { line: 7, column: 'company', message: 'company is empty' },
      { line: 7, column: 'role', message: 'role is empty' },
      { line: 8, column: 'outcome_on', message: 'outcome_on (2025-03-01) is before applied_on (2025-03-10)' },
      { line: 9, column: 'listing_url', message: 'listing_url "javascript:alert(1)" is not a web address starting with http:// or https://' },
      { line: 9, column: 'outcome', message: 'outcome "maybe" is not one of open, rejected, withdrawn, position_closed, no_answer, offer_declined, accepted' },
      { line: 10, column: 'applied_on', message: 'applied_on is needed: a row that reached round2 needs a date' },
      { line: 11, column: 'outcome_reason', message: 'outcome_reason is filled but outcome is open or empty' },
      { line: 11, column: 'outcome_on', message: 'outcome_on is filled but outcome is open or empty' },
    ]);
  });

  it('reports rows with the wrong number of fields and broken quotes by line', async () => {
    const r = await read(`${HEADER}\nAcme,Dev,2025-01-02\nBeta,Dev,2025-01-02,applied,,,,,notes, with a comma\nGamma,Dev,2025-01-02,applied,,,,,"say "hi" now"\nDelta,Dev,2025-01-02,applied,,,,,,,\n`);
    expect(r.invalid).toEqual([
      { line: 2, message: 'has 3 fields but the header has 9: a separator is missing, or the row is cut short' },
      { line: 3, message: 'has 10 fields but the header has 9: a value contains the separator and should be in double quotes' },
      { line: 4, message: expect.stringContaining('a quoted field is followed by more text') },
    ]);
    // Trailing empty cells are what spreadsheets write: accepted.
    expect(r.items.map((i) => i.application.company)).toEqual(['Delta']);
  });

  it('refuses an unclosed quote with the line it starts on', async () => {
    expect(await refusal(`${HEADER}\nAcme,Dev,2025-01-02,applied,,,,,ok\nBeta,Dev,2025-01-02,applied,,,,,"never closed\nGamma,Dev,,,,,,,\n`)).toEqual({
      code: 'BAD_CSV',
      message: 'Line 3: a quoted field starts on this line but its closing quote (") is missing, so the rest of the file cannot be read.',
    });
  });

  it('refuses empty files, header-only files and files without company and role', async () => {
    expect((await refusal('')).code).toBe('EMPTY_FILE');
    expect((await refusal('\n\n  \n')).code).toBe('EMPTY_FILE');
    expect(await refusal(`${HEADER}\n\n`)).toEqual({ code: 'NO_ROWS', message: 'The file has a header line but no rows of data.' });
    const missing = await refusal('name,date\nAcme,2025-01-01\n');
    expect(missing.code).toBe('MISSING_COLUMNS');
    expect(missing.message).toContain('no company and role column');
  });

  it('detects TAB- and semicolon-separated files and Excel\'s sep= line', async () => {
    const tab = await read('company\trole\tapplied_on\nAcme, Inc.\tDev\t2025-01-02\n');
    expect(tab.delimiter).toBe('\t');
    expect(tab.items[0]!.application.company).toBe('Acme, Inc.');
    const semi = await read('company;role;applied_on;notes\r\nMüller;Dev;2025-01-02;"a;b"\r\n');
    expect(semi.delimiter).toBe(';');
    expect(semi.items[0]!.application.notes).toBe('a;b');
    const hinted = await read('sep=;\ncompany;role\nAcme;Dev\n');
    expect(hinted.delimiter).toBe(';');
    expect(hinted.items[0]!.line).toBe(3);
  });

  it('gives the same result whatever the chunk boundaries', async () => {
    const csv = `${HEADER}\r\nAcme,"Dev, ""Senior""",2025-01-02,round1,rejected,2025-01-09,"multi\r\nline",,é ü 🎉\r\n\r\nBeta,PM,2025-02-30,,,,,,\r\n`;
    const whole = await read(csv);
    for (const size of [1, 2, 3, 7, 64]) expect(await read(csv, size)).toEqual(whole);
    expect(whole.items[0]!.application.notes).toBe('é ü 🎉');
    expect(whole.invalid[0]!.line).toBe(5);
  });

  it('hands items to onItem instead of collecting them, and enforces size limits', async () => {
    const seen: number[] = [];
    const r = await readTrackerCsv(Buffer.from(`${HEADER}\nA,R,,,,,,,\nB,R,,,,,,,\n`), { onItem: async (i) => void seen.push(i.line) });
    expect(seen).toEqual([2, 3]);
    expect(r.items).toEqual([]);
    await expect(readTrackerCsv(Buffer.from(`${HEADER}\nA,R,,,,,,,\n`), { maxBytes: 20 })).rejects.toMatchObject({ code: 'TOO_LARGE', status: 413 });
    await expect(readTrackerCsv(Buffer.from(`${HEADER}\nA,R,,,,,,,\nB,R,,,,,,,\n`), { maxRows: 1 })).rejects.toMatchObject({ code: 'TOO_LARGE' });
  });
});
