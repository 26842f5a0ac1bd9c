import type { Command } from 'commander';
import { lazyAction } from '../lazy';

/** `secondround resume check RESUME --listing FILE` and `secondround materials check APPLICATION_ID`. */
export function registerMaterials(program: Command): void {
  program
    .command('resume')
    .description('check a resume against a listing')
    .command('check')
    .description('skills of the listing found in and missing from a resume (PDF, DOCX or text), with a match rate; an image-only PDF is a warning')
    .argument('<resume>', 'the resume file (.pdf, .docx, .txt; the format is told from its bytes)')
    .requiredOption('--listing <file>', 'the listing text (.txt, .html, .md)')
    .option('--json', 'print { matchRate, found[], missing[], warnings[] }')
    .action(lazyAction(async () => (await import('./materials-run')).runResumeCheck));

  program
    .command('materials')
    .description('requested materials of an application')
    .command('check')
    .description('what the listing asked for against the files attached: missing items, wrong formats, too large, image-only PDFs')
    .argument('<applicationId>', 'the application id')
    .option('--json', 'print { ok, items: [{ kind, required, formats[], file?, problems[] }] }')
    .action(lazyAction(async () => (await import('./materials-run')).runMaterialsCheck));
}
