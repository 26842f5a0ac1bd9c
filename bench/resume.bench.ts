/**
 * Resume check against a listing: a three-page PDF (target < 300 ms) and a 50-page PDF (target
 * < 2 s), each next to the extractor's own time (pdf.js through unpdf, text only) measured in the
 * same run as the baseline. Run: `node --import tsx bench/resume.bench.ts`.
 * Median of 5 runs after one warm-up; the PDFs are built here (real text layers, Helvetica).
 */
import { checkResume } from '../packages/core/src/materials/index';
import { analyzeListing } from '../packages/core/src/listing/index';
import { inspectDocument } from '../packages/importers/src/documents/index';
import { pdfWithText } from '../packages/importers/src/documents/fixtures';

const LISTING = `Senior Backend Engineer at Acme
Requirements:
- 5+ years with PostgreSQL and TypeScript
- Experience running Kubernetes in production
- REST API design, Docker, CI/CD
Nice to have:
- Terraform, AWS, Kafka
How to apply: please submit your CV and a cover letter as one PDF.`;

const LINES = [
  'Built TypeScript services on Postgres serving 2M requests a day; cut p95 latency by 40%.',
  'Ran Docker images on AWS with Terraform; moved deploys to CI/CD with GitHub Actions.',
  'Designed REST APIs used by three mobile teams; wrote the style guide and reviewed changes.',
  'Mentored two engineers; led the on-call rotation and the incident reviews that followed.',
  'Migrated a monolith to event streams on Kafka without downtime over six months of work.',
];

function pages(n: number): string[][] {
  return Array.from({ length: n }, (_, p) => Array.from({ length: 45 }, (_, l) => `${p + 1}.${l + 1} ${LINES[(p + l) % LINES.length]}`));
}

async function median(fn: () => Promise<unknown>, runs = 5): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;
}

async function extractorOnly(bytes: Uint8Array): Promise<void> {
  const { getDocumentProxy, extractText } = await import('unpdf');
  const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  await extractText(doc, { mergePages: false });
  await doc.destroy();
}

const listing = analyzeListing(LISTING);
let failed = false;
for (const [n, target] of [[3, 300], [50, 2000]] as const) {
  const pdf = pdfWithText(pages(n));
  const base = await median(() => extractorOnly(pdf));
  let rate: number | null = null;
  const full = await median(async () => {
    const doc = await inspectDocument(pdf);
    rate = checkResume(doc.extracted!, listing).matchRate;
  });
  const ok = full < target;
  if (!ok) failed = true;
  console.log(`${String(n).padStart(2)}-page PDF (${Math.round(pdf.length / 1024)} KB): resume check ${full.toFixed(0)} ms (target < ${target} ms ${ok ? 'met' : 'MISSED'}) · extractor alone ${base.toFixed(0)} ms · check/extractor ${(full / base).toFixed(2)}× · match ${rate}`);
}
process.exit(failed ? 1 : 0);
