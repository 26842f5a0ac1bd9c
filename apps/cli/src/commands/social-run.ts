import cliProgress from 'cli-progress';
import { FINDING_CATEGORIES, FINDING_CATEGORY_LABELS, MAX_REPORTED_FINDINGS, type SocialFinding, type SocialScanReport } from '@secondround/core';
import { openSocialExportInWorker, type SocialProgress } from '@secondround/importers';
import { printJson, printLine } from '../io';

export async function runSocialScan(path: string, opts: { json?: boolean; all?: boolean }): Promise<void> {
  const bar = process.stderr.isTTY ? new cliProgress.SingleBar({ stream: process.stderr, format: 'reading {bar} {percentage}% | {value}/{total} MB', hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  let started = false;
  const onProgress = (p: SocialProgress) => {
    if (!bar) return;
    const total = Math.max(1, Math.round(p.bytesTotal / 1e6));
    if (!started) {
      bar.start(total, 0);
      started = true;
    }
    bar.update(Math.min(total, Math.round(p.bytesRead / 1e6)));
  };
  let report: SocialScanReport;
  // With --all --json the findings are written as they arrive, so a script sees every one without
  // this process holding them all; the readable --all list groups them, so it keeps them.
  const streamJson = opts.all === true && opts.json === true;
  const kept: SocialFinding[] = [];
  let written = 0;
  const onFindings = !opts.all ? undefined : streamJson ? (batch: SocialFinding[]) => {
    for (const f of batch) process.stdout.write(`${written++ === 0 ? '' : ','}${JSON.stringify(f)}`);
  } : (batch: SocialFinding[]) => {
    for (const f of batch) kept.push(f);
  };
  // Read and scanned in a worker with a small heap: memory stays bounded on multi-GB exports.
  const exported = await openSocialExportInWorker(path, { onProgress, ...(onFindings ? { onFindings } : {}) });
  try {
    if (streamJson) process.stdout.write(`{"platform":${JSON.stringify(exported.platform)},"findings":[`);
    report = await exported.report();
  } finally {
    exported.close();
    if (started) bar?.stop();
  }
  if (streamJson) {
    const { platform: _platform, findings: _none, ...rest } = report;
    process.stdout.write(`],${JSON.stringify(rest).slice(1)}\n`);
    return;
  }
  if (opts.all) report = { ...report, findings: kept };
  if (opts.json) {
    printJson(report);
    return;
  }
  printSummary(report, opts.all === true);
}

function printSummary(report: SocialScanReport, all: boolean): void {
  const total = Object.values(report.byCategory).reduce((a, b) => a + b, 0);
  printLine(`${report.platform}: ${report.items} items read, ${total} findings. Nothing left this machine.`);
  if (total === 0) {
    printLine('Nothing a recruiter would flag was found. Keep the account: a professional presence helps.');
    return;
  }
  for (const category of FINDING_CATEGORIES) {
    const n = report.byCategory[category];
    if (!n) continue;
    printLine();
    printLine(`${FINDING_CATEGORY_LABELS[category]} (${n})`);
    const shown = all ? Infinity : 5;
    for (const f of report.findings.filter((x) => x.category === category).slice(0, shown)) {
      printLine(`  ${f.date ? f.date.slice(0, 10) : 'no date   '}  [${f.severity}] ${f.terms.join(', ')}: ${f.excerpt}`);
      if (f.url) printLine(`              ${f.url}`);
    }
    if (n > shown) printLine(`  … and ${n - shown} more (--all lists every one)`);
  }
  if (report.truncated) printLine(`\nOnly the first ${MAX_REPORTED_FINDINGS} findings were kept; --all lists every one.`);
  printLine();
  printLine('Delete or hide the posts you would not show an interviewer; do not delete the account (a missing profile costs interviews too).');
}
