// What is kept with a saved listing (`analyzeListingForStorage`) and read back instead of analysing
// the text again; and the guard that makes a rule change bump ANALYSER_VERSION, so analyses kept
// by the old rules are recomputed rather than read stale.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../demo/generate';
import { diagnose } from '../diagnosis/diagnose';
import { diagnosisInputFromBackup } from '../diagnosis/from-backup';
import { storyFromRow } from '../prep/diagnosis';
import { textTerms, storyTerms } from '../stories/terms';
import { analyzeListing } from './analyze';
import { analyzeListingForStorage } from './storage';
import { ANALYSER_VERSION, readKeptJson, readStoredListingAnalysis, STALE } from './stored';

const TRAIN = join(import.meta.dirname, '../../../../bench/data/listings/train');
const FINGERPRINTS = new URL('./stored.fingerprints.json', import.meta.url);
const digest = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 16);

/**
 * Each listing of the training split and of the demo, by name, with a digest of what is kept for
 * it; and each story of the demo, with a digest of the matching terms kept with it.
 */
function fingerprints(): Record<string, string> {
  const texts = new Map<string, string>();
  const demo = generateDemo(new Date('2026-11-30T12:00:00Z'));
  for (const f of readdirSync(TRAIN).filter((f) => !f.endsWith('.json')).sort()) texts.set(f, readFileSync(join(TRAIN, f), 'utf8'));
  for (const a of demo.applications) if (a.listingText) texts.set(`demo:${digest(a.listingText)}`, a.listingText);
  const stories = (demo.stories ?? []).map((row) => [`story:${digest(JSON.stringify(row))}`, digest(JSON.stringify(storyTerms(storyFromRow(row))))]);
  return Object.fromEntries([...[...texts].map(([name, text]) => [name, digest(JSON.stringify(analyzeListingForStorage(text)))]), ...stories]);
}

describe('kept listing analyses', () => {
  it('are the full analysis, the culture-fit signals and the requirements\' matching terms, or null for no text, and never throw', () => {
    const text = 'Data Analyst\nRemote, fast-paced team\nRequirements:\n- 3+ years of SQL\n- Tableau a plus';
    const analysis = analyzeListing(text);
    expect(analyzeListingForStorage(text)).toEqual({ analysis, fit: { workplace: 'remote', cultureEvidence: expect.arrayContaining([expect.objectContaining({ signal: 'fast_pace' })]) }, terms: analysis.requirements.map((r) => textTerms(r.text)) });
    expect(analyzeListingForStorage(text)?.terms.map((t) => t.skills)).toEqual([['skill:sql'], ['skill:tableau']]);
    expect(analyzeListingForStorage(null)).toBeNull();
    expect(analyzeListingForStorage('  \n ')).toBeNull();
    // Unreadable as a listing (a bare link): kept as "no analysis", as the Diagnosis always read it.
    expect(analyzeListingForStorage('https://jobs.example.org/123')?.analysis).toBeNull();
  });

  it('are read as JSON kept by this ANALYSER_VERSION, anything else being stale, before their shape is checked', () => {
    expect(readKeptJson('{"a":[1]}', ANALYSER_VERSION)).toEqual({ a: [1] });
    expect(readKeptJson('null', ANALYSER_VERSION)).toBeNull();
    // A kept string that reads "stale" is a value, not the stale answer.
    expect(readKeptJson('"stale"', ANALYSER_VERSION)).toBe('stale');
    expect(readKeptJson('{"a":[1]}', ANALYSER_VERSION - 1)).toBe(STALE);
    expect(readKeptJson('{"a":[1]}', null)).toBe(STALE);
    expect(readKeptJson(null, ANALYSER_VERSION)).toBe(STALE);
    expect(readKeptJson('{"a":', ANALYSER_VERSION)).toBe(STALE);
    expect(readKeptJson('', ANALYSER_VERSION)).toBe(STALE);
    expect(readStoredListingAnalysis('"stale"', ANALYSER_VERSION)).toBeUndefined();
  });

  it('are read back only when written by this ANALYSER_VERSION and whole', () => {
    const kept = analyzeListingForStorage('Data Analyst\nRequirements:\n- SQL');
    const json = JSON.stringify(kept);
    expect(readStoredListingAnalysis(json, ANALYSER_VERSION)).toEqual(kept);
    expect(readStoredListingAnalysis('null', ANALYSER_VERSION)).toBeNull();
    expect(readStoredListingAnalysis(json, ANALYSER_VERSION - 1)).toBeUndefined();
    expect(readStoredListingAnalysis(json, null)).toBeUndefined();
    expect(readStoredListingAnalysis(null, ANALYSER_VERSION)).toBeUndefined();
    expect(readStoredListingAnalysis('{"analysis":', ANALYSER_VERSION)).toBeUndefined();
    expect(readStoredListingAnalysis('{"analysis":null}', ANALYSER_VERSION)).toBeUndefined();
    expect(readStoredListingAnalysis('{"analysis":{"requirements":"SQL"},"fit":{"cultureEvidence":[]}}', ANALYSER_VERSION)).toBeUndefined();
    expect(readStoredListingAnalysis('{"analysis":null,"fit":{"workplace":null,"cultureEvidence":[]}}', ANALYSER_VERSION)).toBeUndefined();
    expect(readStoredListingAnalysis('{"analysis":null,"fit":{"workplace":null,"cultureEvidence":[]},"terms":[]}', ANALYSER_VERSION)).toEqual({ analysis: null, fit: { workplace: null, cultureEvidence: [] }, terms: [] });
    // Terms for each requirement, or the kept analysis is not read.
    const two = analyzeListingForStorage('Data Analyst\nRequirements:\n- SQL\n- Tableau')!;
    expect(readStoredListingAnalysis(JSON.stringify({ ...two, terms: two.terms.slice(1) }), ANALYSER_VERSION)).toBeUndefined();
  });

  it('give the Diagnosis of the demo byte for byte, and are what it reads', () => {
    const now = new Date('2026-11-30T12:00:00Z');
    const demo = generateDemo(now);
    const kept = new Map(demo.applications.filter((a) => a.listingText).map((a) => [a.id, analyzeListingForStorage(a.listingText)]));
    expect(JSON.stringify(diagnose(diagnosisInputFromBackup(demo, kept), { now }))).toBe(JSON.stringify(diagnose(diagnosisInputFromBackup(demo), { now })));
    // With each story's kept terms as well, as `secondround diagnose` reads them.
    const terms = new Map((demo.stories ?? []).map((row) => [row.id, storyTerms(storyFromRow(row))]));
    expect(terms.size).toBeGreaterThan(3);
    expect(JSON.stringify(diagnose(diagnosisInputFromBackup(demo, kept, terms), { now }))).toBe(JSON.stringify(diagnose(diagnosisInputFromBackup(demo), { now })));
    // Kept terms are what is read: a story kept with no terms covers nothing.
    const blank = new Map([...terms].map(([id]) => [id, { tf: [], length: 0 }]));
    const covered = (t?: typeof terms) => diagnosisInputFromBackup(demo, kept, t).applications.reduce((n, a) => n + (a.storyCoverage?.covered ?? 0), 0);
    expect(covered(terms)).toBeGreaterThan(0);
    expect(covered(blank)).toBe(0);
    // A kept answer wins over the text: with every listing kept as a manager role, leadership stories are no longer out of place.
    const managers = new Map([...kept].map(([id, a]) => [id, a && { ...a, analysis: a.analysis && { ...a.analysis, isManagerRole: true } }]));
    const warned = (m: typeof kept) => diagnosisInputFromBackup(demo, m).applications.filter((a) => a.storyCoverage?.leadershipWarning).length;
    expect(warned(kept)).toBeGreaterThan(0);
    expect(warned(managers)).toBe(0);
  });

  it('are recorded for this ANALYSER_VERSION: a rule that changes an answer must bump it', () => {
    const current = fingerprints();
    const updating = process.env.UPDATE_ANALYSER_FINGERPRINTS === '1';
    const recorded = JSON.parse(updating && !existsSync(FINGERPRINTS) ? '{"version":0,"fingerprints":{}}' : readFileSync(FINGERPRINTS, 'utf8')) as { version: number; fingerprints: Record<string, string> };
    const changed = Object.keys(current).filter((name) => name in recorded.fingerprints && recorded.fingerprints[name] !== current[name]);
    if (updating) {
      if (changed.length > 0 && recorded.version === ANALYSER_VERSION) throw new Error(`${changed.length} listings are analysed differently: bump ANALYSER_VERSION in listing/stored.ts before recording`);
      writeFileSync(FINGERPRINTS, `${JSON.stringify({ version: ANALYSER_VERSION, fingerprints: current }, null, 1)}\n`);
      return;
    }
    expect(recorded.version, 'ANALYSER_VERSION changed: record its answers with UPDATE_ANALYSER_FINGERPRINTS=1 on this test').toBe(ANALYSER_VERSION);
    expect(Object.keys(recorded.fingerprints).length).toBeGreaterThanOrEqual(200);
    expect(changed, 'the listing rules answer differently for these listings: bump ANALYSER_VERSION in listing/stored.ts, then record with UPDATE_ANALYSER_FINGERPRINTS=1 on this test').toEqual([]);
   // Analyses every training and demo listing (39 s in a clean-clone run beside a loaded machine, over the 30 s unit default).
  }, 120_000);
});
