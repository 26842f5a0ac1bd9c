import cliProgress from 'cli-progress';
import { FINDING_CATEGORIES, FINDING_CATEGORY_LABELS, type SocialScanReport } from '@secondround/core';
import { openSocialExportInWorker, type SocialProgress } from '@secondround/importers';
import { printJson, printLine } from '../io';

export async function runSocialScan(path: string, opts: { json?: boolean }): Promise<void> {
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
  // Read and scanned in a worker with a small heap: memory stays bounded on multi-GB exports.
  const exported = await openSocialExportInWorker(path, { onProgress });
  try {
    report = await exported.report();
  } finally {
    exported.close();
    if (started) bar?.stop();
  }
  if (opts.json) {
    printJson(report);
    return;
  }
  printSummary(report);
}

function printSummary(report: SocialScanReport): void {
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
    for (const f of report.findings.filter((x) => x.category === category).slice(0, 5)) {
      printLine(`  ${f.date ? f.date.slice(0, 10) : 'no date   '}  [${f.severity}] ${f.terms.join(', ')}: ${f.excerpt}`);
      if (f.url) printLine(`              ${f.url}`);
    }
    if (n > 5) printLine(`  … and ${n - 5} more (use --json for all)`);
  }
  printLine();
  printLine('Delete or hide the posts you would not show an interviewer; do not delete the account (a missing profile costs interviews too).');
}
