// `secondround listing analyze` on real-looking input: a German listing with page chrome, and
// input that is no listing at all (one line on stderr, exit 1, nothing invented).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'secondround-listing-'));
function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['apps/cli/bin/secondround.js', ...args], { encoding: 'utf8', env: { ...process.env, DATABASE_URL: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}
function file(name: string, body: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, body);
  return p;
}

describe('secondround listing analyze', () => {
  it('reads a German listing pasted with its board chrome and keeps the JSON contract', () => {
    const de = file('de.txt', 'URL: https://www.stepstone.de/stellenangebote--teamleiter-1.html\r\nDate: 2026-11-02\r\n\r\nStepStone\r\nJobs > IT > Teamleiter Backend-Entwicklung (m/w/d)\r\nTeamleiter Backend-Entwicklung (m/w/d)\r\nKranich Software AG\r\nHamburg\r\nJetzt bewerben\r\n\r\nIhre Aufgaben\r\n- Sie übernehmen die disziplinarische Führung von 6 Mitarbeitenden.\r\n- Weiterentwicklung unserer Microservices mit Kotlin\r\n\r\nIhr Profil\r\n- Mindestens 5 Jahre Berufserfahrung mit Kotlin und PostgreSQL\r\n- Sehr gute Deutschkenntnisse\r\n\r\nHomeoffice an bis zu 3 Tagen pro Woche.\r\n');
    const r = cli('listing', 'analyze', de, '--json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out) as Record<string, unknown>;
    for (const k of ['title', 'company', 'language', 'isManagerRole', 'managerSignals', 'workplace', 'requirements', 'skills', 'cultureSignals']) expect(a).toHaveProperty(k);
    expect(a).toMatchObject({ title: 'Teamleiter Backend-Entwicklung', company: 'Kranich Software AG', language: 'de', isManagerRole: true, workplace: 'hybrid', yearsOfExperience: 5 });
    expect(a.skills).toEqual(expect.arrayContaining(['Kotlin', 'PostgreSQL']));
  }, 120_000);

  it('refuses a bare link, an empty file, a PDF and an image with one line and exit 1', () => {
    const cases: Array<[string, string | Buffer, RegExp]> = [
      ['url.txt', 'https://www.linkedin.com/jobs/view/3812417/\n', /only a link/],
      ['empty.txt', '', /empty/],
      ['job.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\n', 'latin1'), /PDF/],
      ['job.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0, 0x5c, 0x72, 0xa8, 0x66]), /image/],
    ];
    for (const [name, body, msg] of cases) {
      const r = cli('listing', 'analyze', file(name, body), '--json');
      expect(r.code, name).toBe(1);
      expect(r.out, name).toBe('');
      expect(r.err.trim().split('\n'), name).toHaveLength(1);
      expect(r.err, name).toMatch(msg);
    }
  }, 300_000);

  it('warns for an unsupported language and invents no requirements', () => {
    const it_ = file('it.txt', 'Analista di dati\nCerchiamo una analista di dati per il nostro team a Milano. Requisiti: tre anni di esperienza con SQL e Power BI, ottima conoscenza della lingua inglese e capacità di lavorare in gruppo.\n');
    const r = cli('listing', 'analyze', it_, '--json');
    expect(r.code).toBe(0);
    const a = JSON.parse(r.out) as { language: string; requirements: unknown[]; skills: unknown[]; warnings: string[] };
    expect(a.language).toBe('it');
    expect(a.requirements).toEqual([]);
    expect(a.skills).toEqual([]);
    expect(a.warnings.join(' ')).toMatch(/Italian/);
  }, 120_000);
});
