import type { Command } from 'commander';
import { UserError, diagnose, diagnosisInputFrom, listingsWithoutAnalysis, storedListingReader, type DiagnosisInput, type DiagnosisResult } from '@secondround/core';
import { LOCAL_OWNER_ID, type Store } from '@secondround/store';
import { withStore } from '../context';
import { printJson, printLine } from '../io';

/** The action of `secondround diagnose`, loaded when the command runs. */
export async function runDiagnose(opts: { json?: boolean; waitingDays?: string }, cmd: Command): Promise<void> {
  const waitingDays = parseWaitingDays(opts.waitingDays);
  const records = await withStore(cmd, (store) => readForDiagnosis(store));
  const result = await diagnoseRecords(records, new Date(), waitingDays);
  if (opts.json) printJson(result);
  else for (const line of formatDiagnosis(result)) printLine(line);
}

/** The local person's records, settings, and the analyses and terms kept with their listings and stories, as the diagnosis reads them. */
export function readForDiagnosis(store: Store) {
  return Promise.all([store.backup.export(LOCAL_OWNER_ID), store.settings.get(LOCAL_OWNER_ID), store.listingAnalyses.byApplication(LOCAL_OWNER_ID), store.storyTerms.byStory(LOCAL_OWNER_ID)]);
}

/** The Diagnosis of those records at `now`, with `--waiting-days` over the saved setting. */
export async function diagnoseRecords([backup, saved, listingAnalyses, storyTerms]: Awaited<ReturnType<typeof readForDiagnosis>>, now: Date, waitingDays?: number): Promise<DiagnosisResult> {
  return diagnose(await diagnosisInput(backup, listingAnalyses, storyTerms), {
    now,
    settings: { ...saved.diagnosis, ...(waitingDays === undefined ? {} : { waitingDays }) },
  });
}

/**
 * The store keeps every listing's analysis and every story's terms current, so the listing rules
 * are loaded only for a listing left without one (its text changed while the Diagnosis read, or its
 * kept JSON is unreadable), and the skill index only for such a story.
 */
async function diagnosisInput(backup: Awaited<ReturnType<typeof readForDiagnosis>>[0], listingAnalyses: Awaited<ReturnType<typeof readForDiagnosis>>[2], storyTerms: Awaited<ReturnType<typeof readForDiagnosis>>[3]): Promise<DiagnosisInput> {
  if (listingsWithoutAnalysis(backup.applications, listingAnalyses).length === 0) return diagnosisInputFrom(backup, storedListingReader(listingAnalyses), storyTerms);
  const { diagnosisInputFromBackup } = await import('./diagnose-analyse');
  return diagnosisInputFromBackup(backup, listingAnalyses, storyTerms);
}

function parseWaitingDays(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (!/^\d+$/.test(raw.trim()) || !Number.isInteger(n) || n < 1 || n > 365) {
    throw new UserError('BAD_WAITING_DAYS', `--waiting-days must be a whole number of days from 1 to 365, got "${raw}"`, 400);
  }
  return n;
}

const pct = (p: number | null): string => (p === null ? '–' : `${Math.round(p * 100)}%`);

/** The readable report: the stall sentence, the funnel as a small table, not-you, reasons. */
export function formatDiagnosis(r: DiagnosisResult): string[] {
  const out: string[] = [];
  out.push(`Diagnosis: ${r.counts.applied} application${r.counts.applied === 1 ? '' : 's'} sent, ${r.counts.decidedFirstRounds} first interview${r.counts.decidedFirstRounds === 1 ? '' : 's'} with an outcome.`);
  out.push('');
  out.push(r.stallPoint ? r.stallPoint.sentence : (r.tooEarlyMessage ?? 'Too early to tell.'));
  out.push('');
  out.push('Funnel (you: observed rate; likely: 80% credible interval; typical: average across employers)');
  const rows = [['step', 'decided', 'advanced', 'open', 'you', 'likely', 'typical', 'P(below)']];
  for (const s of r.funnel) {
    rows.push([
      s.label,
      String(s.decided),
      String(s.advanced),
      String(s.open),
      pct(s.rate),
      `${pct(s.interval.low)}–${pct(s.interval.high)}`,
      s.typical ? (Math.round(s.typical.low * 100) === Math.round(s.typical.high * 100) ? pct(s.typical.low) : `${Math.round(s.typical.low * 100)}–${pct(s.typical.high)}`) : 'n/a',
      pct(s.probBelowTypical),
    ]);
  }
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => row[i]!.length)));
  for (const row of rows) out.push('  ' + row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '));
  for (const s of r.funnel) if (s.decided > 0 && s.decided < 5) out.push(`  ${s.label}: ${s.sampleNote}`);
  out.push('');
  out.push(`Not you: ${r.notYou.message}`);
  for (const a of r.notYou.applications.slice(0, 10)) out.push(`  - ${a.company} (${a.role}): ${a.reason ?? a.stage.replace('_', ' ')}`);
  out.push('');
  out.push('Reasons, strongest first');
  r.reasons.forEach((reason, i) => {
    const tag = reason.status === 'evidence' ? `score ${reason.score.toFixed(2)}` : reason.status === 'clear' ? 'clear' : 'no data yet';
    out.push(`${i + 1}. ${reason.title} [${tag}]`);
    for (const line of reason.evidence) out.push(`   - ${line}`);
    out.push(`   Fix: ${reason.fix.text} (${reason.fix.href})`);
  });
  out.push('');
  out.push(r.baseRatesNote);
  return out;
}
