/**
 * Every measured split in one of two fixed halves. Run:
 * `node node_modules/tsx/dist/cli.mjs bench/halves.ts listings|mail dev|check [--misses] [--second-opinion]`.
 *
 * Rule work tunes on **dev**: it prints each split's figures, the pooled figures and, with
 * `--misses`, every miss. **check** prints the same figures and never a miss (it refuses `--misses`,
 * exit 2): its totals say whether a change made on dev carries over to listings and mail nobody
 * looked at for it. A fresh held-out set is not here: it is measured once, by its own bench, and
 * is written into a half by hand only afterwards. The halves are never reshuffled, so that check's
 * totals stay comparable from one round to the next.
 *
 * The halves: the measured splits of each kind, newest first by the date their labels were
 * committed, taken in turn: the newest to dev, the next to check, and so on (as of 2026-12-03).
 * A split measured since goes to dev when it leaves the unseen list (hand20-test and test19 did:
 * the newest is the one the next round tunes on). Listings are the
 * splits of bench/listing.bench.ts but the unseen ones (`measuredListingSplits()`), mail the splits of `mailSplitNames()`;
 * a test (tests/integration/halves.test.ts) checks the halves are disjoint and cover them all.
 *
 * Figures. Listings: manager balanced accuracy and the regex baseline's, title exact, company
 * exact, workplace accuracy, tools recall and tools precision (scored as bench/listing.bench.ts
 * does, bench/support/listing-score.ts). Mail: accuracy and the keyword baseline's, precision /
 * recall per class, interview date+time exact, company exact and role exact (as bench/mail.bench.ts
 * does, bench/support/mail-score.ts); `--second-opinion` asks the mail model as that bench does.
 * Pooled figures are over every listing or message of the half, not a mean of the splits.
 */

export type Kind = 'listings' | 'mail';
export type Half = 'dev' | 'check';

export const HALVES: Record<Kind, Record<Half, readonly string[]>> = {
  listings: {
    dev: ['hand20-test', 'hand19-test', 'hand17-test', 'hand15-test', 'hand13-test', 'hand12-test', 'train20', 'hand11-test', 'train16', 'train13', 'train12', 'train11', 'hand8-test', 'hand6-test', 'hand4-test', 'hand2-test', 'hand-test', 'test'],
    check: ['hand18-test', 'hand16-test', 'hand14-test', 'train19', 'train18', 'train17', 'train15', 'hand10-test', 'train14', 'hand9-test', 'train10', 'hand7-test', 'hand5-test', 'hand3-test', 'hand-train', 'train'],
  },
  mail: {
    dev: ['test19', 'test18', 'test16', 'test14', 'test12', 'train15', 'test10', 'train14', 'train11', 'test8', 'test7', 'test5', 'test3', 'train'],
    check: ['test17', 'test15', 'test13', 'test11', 'train16', 'train13', 'test9', 'train12', 'train10', 'test6', 'test4', 'test2', 'test'],
  },
};

export const USAGE = 'usage: bench/halves.ts listings|mail dev|check [--misses] [--second-opinion]';

/** The command line read, or the message and exit code of a refusal. */
export function parseHalvesArgs(argv: readonly string[]): { kind: Kind; half: Half; misses: boolean; secondOpinion: boolean } | { error: string; code: number } {
  const [kind, half, ...flags] = argv;
  if ((kind !== 'listings' && kind !== 'mail') || (half !== 'dev' && half !== 'check')) return { error: USAGE, code: 2 };
  const unknown = flags.filter((f) => f !== '--misses' && f !== '--second-opinion');
  if (unknown.length) return { error: `unknown ${unknown.join(' ')}\n${USAGE}`, code: 2 };
  if (kind === 'listings' && flags.includes('--second-opinion')) return { error: '--second-opinion is for mail only', code: 2 };
  const misses = flags.includes('--misses');
  if (half === 'check' && misses) {
    return { error: 'check prints totals only: its misses are never shown, so that it still says whether a change carries over to splits nobody tuned on. Tune on `dev --misses`.', code: 2 };
  }
  return { kind, half, misses, secondOpinion: flags.includes('--second-opinion') };
}

const pct = (n: number, d: number): string => (d === 0 ? '   -  ' : `${((n / d) * 100).toFixed(1)}%`.padStart(6));
const pctOf = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);

async function listings(splits: readonly string[], misses: boolean): Promise<void> {
  const { loadLanguageDetector } = await import('../packages/core/src/listing/index');
  const s = await import('./support/listing-score');
  await loadLanguageDetector();
  const changed = splits.flatMap((name) => s.changedListingFiles(name).map((l) => `${name}: ${l}`));
  if (changed.length) throw new Error(`files changed since their SHA256SUMS: ${changed.join(', ')}`);
  console.log('split            n  mgrBA  base   title  compny wplace tools  toolPrec');
  const row = (name: string, group: Awaited<ReturnType<typeof s.analyseListings>>): void => {
    const { ours, base, bothKinds } = s.scoreListingGroup(group);
    const t = s.listingToolsPrecision(group);
    const ba = (x: number): string => (bothKinds ? pctOf(x) : '   n/a');
    console.log(`${name.padEnd(14)} ${String(group.length).padStart(4)} ${ba(ours.managerBalancedAccuracy)} ${ba(base.managerBalancedAccuracy)} ${pctOf(ours.titleExact)} ${pctOf(ours.companyExact)} ${pctOf(ours.workplaceAccuracy)} ${pctOf(ours.skillRecall)} ${pct(t.right, t.predicted)} (${t.predicted})`);
  };
  const all: Awaited<ReturnType<typeof s.analyseListings>> = [];
  const missLines: string[] = [];
  for (const name of splits) {
    const group = s.analyseListings(s.loadListingSplit(name));
    all.push(...group.map((i) => ({ ...i, id: `${name}/${i.id}` })));
    row(name, group);
    if (misses) {
      for (const m of s.scoreListingGroup(group).misses) missLines.push(`${name}: ${JSON.stringify(m)}`);
      for (const w of s.listingToolsPrecision(group).wrong) missLines.push(`${name}: ${w}`);
    }
  }
  row('pooled', all);
  for (const l of missLines) console.log(l);
}

async function mail(splits: readonly string[], misses: boolean, withSecondOpinion: boolean): Promise<void> {
  const { classifyMail } = await import('../packages/core/src/index');
  const { mailSecondOpinion } = await import('../packages/importers/src/mail/index');
  const { changedMailFiles, readMailSplit } = await import('../scripts/mail-splits');
  const m = await import('./support/mail-score');
  const changed = splits.flatMap((name) => changedMailFiles(name).map((f) => `${name}/${f}`));
  if (changed.length) throw new Error(`files differ from their SHA256SUMS: ${changed.join(', ')}`);
  const secondOpinion = withSecondOpinion ? mailSecondOpinion({ SECONDROUND_MAIL_SECOND_OPINION: '1' }) : undefined;
  const short: Record<string, string> = { application_received: 'received', interview_invitation: 'invitation', rejection: 'rejection', position_closed: 'closed', offer: 'offer', other: 'other' };
  const { MAIL_KINDS } = await import('../packages/core/src/index');
  console.log(`precision / recall per class${secondOpinion ? '; second opinion on' : ''}`);
  console.log(`split      n    acc   base | ${MAIL_KINDS.map((k) => (short[k] ?? k).padEnd(13)).join(' ')} | date+time company role`);
  const row = (name: string, rows: Parameters<typeof m.countMail>[0]): void => {
    const c = m.countMail(rows);
    const classes = c.perKind.map((k) => `${pct(k.tp, k.pp)}/${pct(k.tp, k.n)}`).join(' ');
    console.log(`${name.padEnd(8)} ${String(c.n).padStart(4)} ${pct(c.right, c.n)} ${pct(c.baseRight, c.n)} | ${classes} |    ${pct(c.dateTime, c.interviews)}  ${pct(c.company, c.withCompany)} ${pct(c.role, c.withRole)}`);
  };
  const all: Parameters<typeof m.countMail>[0] = [];
  const missLines: string[] = [];
  for (const name of splits) {
    const { self, mail: messages } = readMailSplit(name);
    const rows = messages.map(({ file, label, message }) => ({ file: `${name}/${file}`, label, ours: classifyMail(message, { self, secondOpinion }), base: m.baselineOf(message) }));
    all.push(...rows);
    row(name, rows);
    if (misses) missLines.push(...m.mailMisses(rows));
  }
  row('pooled', all);
  for (const l of missLines) console.log(l);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const args = parseHalvesArgs(process.argv.slice(2));
  if ('error' in args) {
    console.error(args.error);
    process.exit(args.code);
  }
  const splits = HALVES[args.kind][args.half];
  console.log(`${args.kind}, ${args.half} half: ${splits.join(', ')}${args.half === 'check' ? ' (totals only)' : ''}`);
  if (args.kind === 'listings') await listings(splits, args.misses);
  else await mail(splits, args.misses, args.secondOpinion);
  console.log(`machine load average (1 min): ${(await import('node:os')).loadavg()[0]!.toFixed(1)}`);
}
