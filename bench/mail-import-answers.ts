/**
 * What the mail import answers, written out so two versions of the import path can be compared:
 * `npx tsx bench/mail-import-answers.ts OUT.jsonl [SPLIT…]` writes one line per message (its
 * status, classification and proposal) and one per import (the summary), for
 *   - the bench mailbox (bench/support/mail-mbox.ts, the first MAIL_CHECK_MB, default 90 MB: every
 *     template once and then some, attachments and all), read by the mbox reader;
 *   - each split named (default: train and test…test6) as .eml files;
 * each imported in a dry run into an empty store and into one holding applications (every other
 * company the empty run proposed, made on 2026-09-01 at stages in turn, so matching, "already
 * recorded" and the next round are all exercised), then the train split imported for real (written
 * and accepted) into a store of its own and previewed again there. `--compare OLD.jsonl` then exits 1 and prints the first
 * lines that differ. Store ids (random) are left out of the lines; everything else is kept. The
 * reader's entries are written after every outcome, in the order read, since the import reads a
 * batch of messages ahead of their outcomes (to look up their duplicates in one query).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const { applicationInputSchema } = await import('../packages/core/src/index');
const { readMbox } = await import('../packages/importers/src/mail/index');
const { importMessages } = await import('../apps/server/src/services/mail-import');
const { openStore, LOCAL_OWNER_ID } = await import('../packages/store/src/index');
const { mbox } = await import('./support/mail-mbox');

type Outcome = import('../apps/server/src/services/mail-import').MailImportOutcome;
type RawMail = { raw: Buffer | string | null; source?: string };

const args = process.argv.slice(2);
const compareIdx = args.indexOf('--compare');
const oldFile = compareIdx >= 0 ? args.splice(compareIdx, 2)[1] : undefined;
const out = args.shift();
if (!out) throw new Error('usage: mail-import-answers.ts OUT.jsonl [SPLIT…] [--compare OLD.jsonl]');
const splits = args.length ? args : ['train', 'test', 'test2', 'test3', 'test4', 'test5', 'test6'];
if (splits.some((s) => s.includes('test7') || s.includes('/'))) throw new Error('a split is a folder name under bench/data/mail (test7 is held out)');
const checkBytes = Number(process.env.MAIL_CHECK_MB ?? 90) * 1048576;
const now = '2026-11-30T00:00:00.000Z';
const lines: string[] = [];
const entryLines: string[] = [];
const dir = mkdtempSync(join(tmpdir(), 'mail-answers-'));
let stores = 0;

// Applications are named by the order they were seeded in (their ids are random).
function line(o: Outcome, names: Map<string, string>): string {
  const name = (id: string | null | undefined): string | null | undefined => (id ? (names.get(id) ?? 'new') : id);
  const proposal = o.proposal ? { ...o.proposal, applicationId: name(o.proposal.applicationId) } : null;
  const accepted = o.accepted ? { ...o.accepted, id: undefined, applicationId: name(o.accepted.applicationId), eventId: o.accepted.eventId ? 'id' : null, interviewId: o.accepted.interviewId ? 'id' : o.accepted.interviewId } : null;
  return JSON.stringify({ source: o.source, status: o.status, classification: o.classification, proposal, hasProposalId: o.proposalId !== null, accepted, error: o.error, warnings: o.warnings ?? null });
}

async function run(label: string, source: () => AsyncIterable<RawMail> | Iterable<RawMail>, origin: 'mbox' | 'eml', seed: Array<{ company: string; role: string }>, dryRun: boolean, file = `s${stores++}.db`): Promise<Array<{ company: string; role: string }>> {
  const store = await openStore({ file: join(dir, file), clock: () => new Date('2026-09-01T00:00:00Z') });
  const stages = ['applied', 'round1', 'round2', 'offer'] as const;
  const names = new Map<string, string>();
  for (const [i, s] of seed.entries()) names.set((await store.applications.create(LOCAL_OWNER_ID, applicationInputSchema.parse({ company: s.company, role: s.role, stage: stages[i % stages.length], stageDate: '2026-09-01' }))).id, `app${i}`);
  const proposed: Array<{ company: string; role: string }> = [];
  const summary = await importMessages({ store, ownerId: LOCAL_OWNER_ID, now: () => new Date(now) }, source(), {
    origin,
    dryRun,
    acceptAll: !dryRun,
    onMessage: (o) => {
      lines.push(`${label}\t${line(o, names)}`);
      if (o.proposal?.newApplication) proposed.push(o.proposal.newApplication);
    },
  });
  lines.push(`${label}\tsummary ${JSON.stringify(summary)}`);
  await store.close();
  return proposed;
}

/** The reader's entries as they pass: where each starts, its whole size and a digest of what was kept. */
async function* entries(source: AsyncIterable<RawMail & { offset?: number; size?: number; index?: number }>): AsyncGenerator<RawMail> {
  for await (const e of source) {
    entryLines.push(`entry\t${e.index} ${e.offset} ${e.size} ${e.raw === null ? 'null' : createHash('sha1').update(e.raw).digest('hex')}`);
    yield e;
  }
}

function emls(split: string): RawMail[] {
  const folder = join(import.meta.dirname, 'data/mail', split);
  return readdirSync(folder).filter((n) => n.endsWith('.eml')).sort().map((n) => ({ raw: readFileSync(join(folder, n)), source: n }));
}

function everyOther(apps: Array<{ company: string; role: string }>): Array<{ company: string; role: string }> {
  const byCompany = new Map<string, { company: string; role: string }>();
  for (const a of apps) if (!byCompany.has(a.company)) byCompany.set(a.company, a);
  return [...byCompany.values()].sort((a, b) => (a.company < b.company ? -1 : a.company > b.company ? 1 : 0)).filter((_, i) => i % 2 === 0);
}

const sets: Array<{ label: string; source: () => AsyncIterable<RawMail> | Iterable<RawMail>; origin: 'mbox' | 'eml' }> = [
  { label: 'bench-mbox', source: () => entries(readMbox(mbox(checkBytes), { source: 'bench.mbox' })), origin: 'mbox' },
  ...splits.map((s) => ({ label: s, source: () => emls(s), origin: 'eml' as const })),
];
for (const set of sets) {
  const proposed = await run(`${set.label}/empty`, set.source, set.origin, [], true);
  const seed = everyOther(proposed);
  await run(`${set.label}/seeded`, set.source, set.origin, seed, true);
  if (set.label === 'train') {
    // Written and accepted, then previewed again: every message is one the store remembers.
    const file = `s${stores++}.db`;
    await run(`${set.label}/written`, set.source, set.origin, seed, false, file);
    await run(`${set.label}/again`, set.source, set.origin, [], true, file);
  }
  console.log(`${set.label}: ${proposed.length} new-application proposals, ${seed.length} applications seeded`);
}
rmSync(dir, { recursive: true, force: true });
lines.push(...entryLines);
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${lines.length} lines written to ${out}`);
if (oldFile) {
  const old = readFileSync(oldFile, 'utf8').split('\n');
  const now = `${lines.join('\n')}\n`.split('\n');
  const diffs: string[] = [];
  for (let i = 0; i < Math.max(old.length, now.length); i++) if (old[i] !== now[i]) diffs.push(`line ${i + 1}:\n  old ${old[i]?.slice(0, 400)}\n  new ${now[i]?.slice(0, 400)}`);
  if (diffs.length) {
    console.log(`${diffs.length} lines differ from ${oldFile}; the first:\n${diffs.slice(0, 5).join('\n')}`);
    process.exit(1);
  }
  console.log(`identical to ${oldFile} (${old.length - 1} lines)`);
}
