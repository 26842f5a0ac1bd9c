import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { generateDemo, loadLanguageDetector } from '@secondround/core';
import { LOCAL_OWNER_ID, openStore } from '@secondround/store';
import { describe, expect, it } from 'vitest';
import { diagnoseRecords, formatDiagnosis, readForDiagnosis } from './diagnose-run';

// The Diagnosis of the demo, as `secondround diagnose` prints it (JSON and text), at a fixed
// instant. The expected files were written by the code before the diagnosis was made faster
// (memoized listing analysis and story matching), so any change of result shows here.
// UPDATE_DIAGNOSIS_FIXTURE=1 rewrites them, for a change that means to alter the Diagnosis.
const NOW = new Date('2026-11-30T12:00:00Z');
const FIXTURE = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

async function demoOutput(): Promise<{ json: string; text: string }> {
  const store = await openStore({ file: ':memory:' });
  try {
    await store.transaction((tx) => tx.backup.restore(LOCAL_OWNER_ID, generateDemo(NOW), { replace: false }));
    const result = await diagnoseRecords(await readForDiagnosis(store), NOW);
    return { json: `${JSON.stringify(result, null, 2)}\n`, text: `${formatDiagnosis(result).join('\n')}\n` };
  } finally {
    await store.close();
  }
}

function expectFixture(name: string, actual: string): void {
  if (process.env.UPDATE_DIAGNOSIS_FIXTURE === '1') writeFileSync(FIXTURE(name), actual);
  const expected = readFileSync(FIXTURE(name), 'utf8');
  // Compare digests first so a mismatch names the file, then the text so the diff shows where.
  const digest = (s: string) => createHash('sha256').update(s).digest('hex');
  if (digest(actual) !== digest(expected)) expect(actual).toBe(expected);
}

describe('secondround diagnose on the demo', { timeout: 120_000 }, () => {
  it('is byte-identical to the recorded output, as the CLI runs it (function-word language call)', async () => {
    const { json, text } = await demoOutput();
    expectFixture('diagnosis-demo.json', json);
    expectFixture('diagnosis-demo.txt', text);
  });

  it('gives the same Diagnosis when no listing has a kept analysis or no story its terms (the rules loaded then)', async () => {
    const store = await openStore({ file: ':memory:' });
    try {
      await store.transaction((tx) => tx.backup.restore(LOCAL_OWNER_ID, generateDemo(NOW), { replace: false }));
      const [backup, settings, kept, terms] = await readForDiagnosis(store);
      expect(kept.size).toBeGreaterThan(10);
      expect(terms.size).toBe(backup.stories?.length);
      const withKept = await diagnoseRecords([backup, settings, kept, terms], NOW);
      // One listing without its analysis, then none: each is analysed from its text, with the same answer.
      const oneMissing = new Map(kept);
      oneMissing.delete([...kept.keys()][0]!);
      expect(await diagnoseRecords([backup, settings, oneMissing, terms], NOW)).toEqual(withKept);
      expect(await diagnoseRecords([backup, settings, new Map(), terms], NOW)).toEqual(withKept);
      // No story with kept terms: each story is read from its text, with the same answer.
      expect(await diagnoseRecords([backup, settings, kept, new Map()], NOW)).toEqual(withKept);
    } finally {
      await store.close();
    }
  });

  it('is byte-identical with the language detector loaded, as the server runs it', async () => {
    await loadLanguageDetector();
    const { json } = await demoOutput();
    // The demo's listings are English, so both language calls read them alike.
    expectFixture('diagnosis-demo.json', json);
  });
});
