/**
 * Writes a canonical tracker CSV of N synthetic rows (deterministic for a seed) for the import
 * benchmarks. Run: npx tsx bench/data/make-csv.ts OUT.csv [ROWS=100000] [SEED=42]
 * The variety is what real files have: quoted commas, doubled quotes, multi-line notes, HTML,
 * accents and emoji, empty cells, every stage and outcome in funnel-like proportions.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { trackerCsvLines, type TrackerCsvRow } from '../../packages/importers/src/index';

/** mulberry32: a small seeded generator, so the same seed gives the same file everywhere. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMPANIES = ['Acme Corp', 'Globex', 'Initech', 'Umbrella, Inc.', 'Müller & Söhne GmbH', 'Société Générale Tech', 'Hooli', 'Pied Piper', 'Stark Industries', 'Wayne Enterprises', 'Tyrell "Replicant" Corp', 'Cyberdyne', 'Soylent', 'Aperture Science', 'Black Mesa', 'Nakatomi 株式会社', 'Vandelay Industries', 'Wonka', 'Oceanic Airlines', 'Dunder Mifflin'];
const ROLES = ['Software Engineer', 'Senior Backend Engineer', 'Product Manager', 'Data Analyst', 'UX Designer', 'Engineering Manager', 'DevOps Engineer, Platform', 'QA Engineer', 'Technical Writer', 'Customer Success Lead'];
const REASONS = ['Went with a more senior candidate', 'Position cancelled: budget cut', 'Role moved to another team', 'No feedback given', 'Culture fit, they said', 'Relocation needed'];
const NOTES = ['', '', '', 'Referred by Sam', 'Recruiter: Jo Park; follow up Friday', 'Asked about "system design"\nPrepare STAR stories', '<b>Remote</b> ok — salary 90–110k €', 'Great team 🎉', 'Need portfolio (PDF, not Word)', '=SUM(A1) typed as text'];
const STAGES = ['applied', 'applied', 'applied', 'applied', 'screen', 'screen', 'round1', 'round1', 'round2', 'round3', 'offer', 'accepted'] as const;
const CLOSED = ['rejected', 'rejected', 'rejected', 'no_answer', 'no_answer', 'withdrawn', 'position_closed'] as const;

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function isoDay(start: number, offsetDays: number): string {
  return new Date(start + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** The rows of a synthetic job search, lazily. */
export function* syntheticTrackerRows(n: number, seed = 42): Generator<TrackerCsvRow> {
  const r = rng(seed);
  const start = Date.UTC(2024, 0, 1);
  for (let i = 0; i < n; i++) {
    const appliedDay = Math.floor(r() * 800);
    const stage = pick(r, STAGES);
    let outcome: string;
    if (stage === 'accepted') outcome = 'accepted';
    else if (stage === 'offer') outcome = r() < 0.5 ? 'offer_declined' : 'open';
    else outcome = r() < 0.75 ? pick(r, CLOSED) : 'open';
    const closed = outcome !== 'open';
    yield {
      company: `${pick(r, COMPANIES)}${r() < 0.3 ? ` ${i % 997}` : ''}`,
      role: pick(r, ROLES),
      applied_on: isoDay(start, appliedDay),
      stage_reached: stage,
      outcome,
      outcome_on: closed ? isoDay(start, appliedDay + 1 + Math.floor(r() * 60)) : '',
      outcome_reason: closed && outcome !== 'accepted' && r() < 0.5 ? pick(r, REASONS) : '',
      listing_url: r() < 0.7 ? `https://jobs.example.com/${i}?ref=board&q=a,b` : '',
      notes: pick(r, NOTES),
    };
  }
}

/** Write N rows to `path`; resolves once the file is complete. */
export async function makeTrackerCsv(path: string, n: number, seed = 42): Promise<void> {
  const out = createWriteStream(path);
  for (const line of trackerCsvLines(syntheticTrackerRows(n, seed))) {
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [path, rows = '100000', seed = '42'] = process.argv.slice(2);
  if (!path) {
    console.error('usage: npx tsx bench/data/make-csv.ts OUT.csv [ROWS] [SEED]');
    process.exit(1);
  }
  await makeTrackerCsv(path, Number(rows), Number(seed));
  console.log(`wrote ${rows} rows to ${path}`);
}
