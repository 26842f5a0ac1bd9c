import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runNoteCheck } from './note-run';

const dir = mkdtempSync(join(tmpdir(), 'secondround-note-to-'));
const file = join(dir, 'reply.txt');
// A scheduling reply to the coordinator, who was met at the first round.
writeFileSync(file, 'Hi Beatrix,\n\nThank you for your time on the phone this morning. Wednesday at 10:30 suits me for the second round.\n\nBest,\nMaren\n');
const base = { interviewer: ['Ingrid Solberg'], company: 'Northsound Ferries', otherPerson: ['Beatrix Lindqvist'], json: true };

async function codes(opts: Parameters<typeof runNoteCheck>[1]): Promise<string[]> {
  const out: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    out.push(String(chunk));
    return true;
  });
  try {
    await runNoteCheck([file], opts);
  } finally {
    spy.mockRestore();
  }
  return (JSON.parse(out.join('')) as { problems: Array<{ code: string }> }).problems.map((p) => p.code).filter((c) => c === 'WRONG_NAME' || c === 'NAME_MISSPELLED');
}

describe('secondround note check --to', { timeout: 60_000 }, () => {
  afterEach(() => vi.restoreAllMocks());

  it('greeting the person named by --to is no wrong name; without it, or to someone else, it is', async () => {
    expect(await codes(base)).toEqual(['WRONG_NAME']);
    expect(await codes({ ...base, to: 'Beatrix Lindqvist' })).toEqual([]);
    expect(await codes({ ...base, to: 'Ingrid Solberg' })).toEqual(['WRONG_NAME']);
    expect(await codes({ ...base, otherPerson: [], to: 'Beatrice Lindqvist' })).toEqual(['NAME_MISSPELLED']);
  });

  it('refuses an empty or overlong name', async () => {
    await expect(runNoteCheck([file], { ...base, to: '  ' })).rejects.toMatchObject({ code: 'BAD_ADDRESSEE' });
    await expect(runNoteCheck([file], { ...base, to: 'x'.repeat(201) })).rejects.toMatchObject({ code: 'BAD_ADDRESSEE' });
  });
});
