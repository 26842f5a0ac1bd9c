import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { Readable } from 'node:stream';
import { isUserError } from '@secondround/core';
import { readTrackerCsv } from './read';
import { trackerRowFromHistory, writeTrackerCsv, type TrackerCsvRow } from './write';
import { CANONICAL_COLUMNS } from './columns';

const day = fc.integer({ min: 0, max: 3_000 }).map((d) => new Date(Date.UTC(2020, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));
const text = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('<script>alert(1)</script>', 'a "quoted", b', 'line1\nline2', 'crlf\r\nend', '=SUM(A1)', 'é ü 中文 🎉', ' lead and trail '),
);
const nonBlank = text.filter((t) => t.trim() !== '');
const name = nonBlank.map((t) => t.trim().slice(0, 200)).filter((t) => t !== '');
const stage = fc.constantFrom('applied', 'screen', 'round1', 'round2', 'round3', 'offer', 'accepted');

/** A valid canonical row in normal form (what trackerRowFromHistory writes back). */
const validRow: fc.Arbitrary<TrackerCsvRow> = fc
  .record({
    company: name,
    role: name,
    applied: day,
    stage,
    outcome: fc.constantFrom('open', 'rejected', 'withdrawn', 'position_closed', 'no_answer', 'offer_declined', 'accepted'),
    later: fc.integer({ min: 0, max: 90 }),
    reason: fc.option(nonBlank, { nil: '' }),
    url: fc.option(fc.webUrl(), { nil: '' }),
    notes: fc.option(nonBlank, { nil: '' }),
    bare: fc.boolean(),
  })
  .map((r) => {
    if (r.bare) return { company: r.company, role: r.role, applied_on: '', stage_reached: '', outcome: '', outcome_on: '', outcome_reason: '', listing_url: r.url, notes: r.notes };
    // Normal form: accepted is reached only with an accepted outcome; a declined offer reached the offer.
    const outcome = r.stage === 'accepted' ? 'accepted' : r.outcome;
    const stageReached = outcome === 'accepted' ? 'accepted' : outcome === 'offer_declined' ? 'offer' : r.stage;
    const closed = outcome !== 'open';
    const on = new Date(Date.parse(r.applied) + r.later * 86_400_000).toISOString().slice(0, 10);
    return {
      company: r.company,
      role: r.role,
      applied_on: r.applied,
      stage_reached: stageReached,
      outcome,
      outcome_on: closed ? on : '',
      outcome_reason: closed ? r.reason : '',
      listing_url: r.url,
      notes: r.notes,
    };
  });

describe('writeTrackerCsv', () => {
  it('writes the canonical header and quotes what needs quoting', () => {
    const csv = writeTrackerCsv([{ company: 'Acme, Inc.', role: 'Dev "senior"', notes: 'two\nlines', applied_on: '2025-01-02', stage_reached: 'applied', outcome: 'open' }]);
    expect(csv).toBe(`${CANONICAL_COLUMNS.join(',')}\r\n"Acme, Inc.","Dev ""senior""",2025-01-02,applied,open,,,,"two\nlines"\r\n`);
    expect(writeTrackerCsv([{ company: '=cmd', role: 'x' }], { escapeFormulae: true, bom: true })).toMatch(/^\uFEFF.*\r\n'=cmd,x,/s);
    // A standard reader sees the same cells.
    expect(Papa.parse<string[]>(csv.trim()).data[1]).toEqual(['Acme, Inc.', 'Dev "senior"', '2025-01-02', 'applied', 'open', '', '', '', 'two\nlines']);
  });

  it('property: any valid canonical row written reads back to the same fields', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(validRow, { minLength: 1, maxLength: 8 }), async (rows) => {
        const r = await readTrackerCsv(Buffer.from(writeTrackerCsv(rows)));
        expect(r.invalid).toEqual([]);
        const back = r.items.map((i) => trackerRowFromHistory(i));
        expect(back).toEqual(rows);
      }),
      { numRuns: 150 },
    );
  });
});

describe('readTrackerCsv on arbitrary input', () => {
  it('property: never throws anything but a UserError, whatever the bytes', async () => {
    const csvish = fc.array(fc.constantFrom('company', 'role', ',', ';', '\t', '"', '\n', '\r\n', 'é', '2025-01-02', 'round1', 'x', ' '), { maxLength: 60 }).map((p) => Buffer.from(p.join('')));
    const bytes = fc.oneof(fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)), csvish);
    await fc.assert(
      fc.asyncProperty(bytes, fc.integer({ min: 1, max: 50 }), async (buf, size) => {
        const chunks: Buffer[] = [];
        for (let i = 0; i < buf.length; i += size) chunks.push(buf.subarray(i, i + size));
        try {
          await readTrackerCsv(Readable.from(chunks));
        } catch (e) {
          if (!isUserError(e)) throw e;
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: the result does not depend on how the bytes are chunked', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(validRow, { minLength: 1, maxLength: 5 }), fc.integer({ min: 1, max: 40 }), async (rows, size) => {
        const buf = Buffer.from(writeTrackerCsv(rows));
        const chunks: Buffer[] = [];
        for (let i = 0; i < buf.length; i += size) chunks.push(buf.subarray(i, i + size));
        expect(await readTrackerCsv(Readable.from(chunks))).toEqual(await readTrackerCsv(buf));
      }),
      { numRuns: 100 },
    );
  });
});
