import { analyzeListing, isUserError, loadLanguageDetector, MAX_LISTING_BYTES, type ListingAnalysis } from '@secondround/core';
import { ExitCode, printJson, printLine, readTextFile } from '../io';

export async function runListingAnalyze(files: string[], opts: { json?: boolean }): Promise<void> {
  let failed = 0;
  await loadLanguageDetector();
  for (const file of files) {
    try {
      // One byte under the limit passes the file check; analyzeListing refuses the limit itself.
      const text = await readTextFile(file, MAX_LISTING_BYTES - 1);
      const analysis = analyzeListing(text);
      if (opts.json) printJson({ file, ...analysis });
      else printSummary(file, analysis, files.length > 1);
    } catch (e) {
      if (!isUserError(e) || files.length === 1) throw e;
      failed++;
      process.stderr.write(`secondround: ${file}: ${e.message}\n`);
    }
  }
  if (failed > 0) throw new ExitCode(1);
}

function printSummary(file: string, a: ListingAnalysis, withFile: boolean): void {
  if (withFile) printLine(`== ${file}`);
  printLine(`${a.title ?? '(no title found)'}${a.company ? ` at ${a.company}` : ''}`);
  for (const w of a.warnings) printLine(`! ${w}`);
  printLine(`Manager role: ${a.isManagerRole ? 'yes' : 'no'}${a.managerSignals.length ? ` (${a.managerSignals.join('; ')})` : ''}`);
  printLine(`Workplace: ${a.workplace ?? 'not stated'}${a.yearsOfExperience !== null ? ` · ${a.yearsOfExperience}+ years asked` : ''}`);
  if (a.requirements.length) {
    printLine('Requirements:');
    for (const r of a.requirements) printLine(`  [${r.kind === 'required' ? 'required ' : 'preferred'}] ${r.text}${r.skills.length ? `  {${r.skills.join(', ')}}` : ''}`);
  }
  if (a.skills.length) printLine(`Skills: ${a.skills.join(', ')}`);
  if (a.cultureSignals.length) printLine(`Culture: ${a.cultureEvidence.map((c) => `${c.signal} ("${c.text}")`).join(', ')}`);
  if (a.requestedMaterials.items.length) printLine(`Send: ${a.requestedMaterials.items.join(', ')}${a.requestedMaterials.formats.length ? ` as ${a.requestedMaterials.formats.join(' or ')}` : ''}`);
}
