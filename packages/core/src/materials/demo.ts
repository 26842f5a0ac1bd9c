import type { Backup } from '../backup/backup';

/*
 * The demo's materials: every application that reached a first round asked for a resume and a
 * cover letter as PDF. The ones that advanced went out complete with the newer resume; about half
 * of those that stalled went without the cover letter (marked submitted with a reason) or as
 * Word, with the older resume. File rows only: the demo has no file bytes, like a restored backup.
 */
const OLD = { name: 'resume-2025.pdf', sha256: '3f7a1c9e'.repeat(8) };
const NEW = { name: 'resume-2026-focused.pdf', sha256: 'a94b20d5'.repeat(8) };
const DAY = 86_400_000;

/**
 * Add requested materials, files sent and submissions to a demo backup.
 * @example const b = generateDemo(now); addMaterialsDemo(b); b.materialItems!.length > 0 // true
 */
export function addMaterialsDemo(backup: Backup): void {
  const reached = (appId: string, stage: string) => backup.stageEvents.some((e) => e.applicationId === appId && e.stage === stage);
  const items: NonNullable<Backup['materialItems']> = [];
  const files: NonNullable<Backup['materialFiles']> = [];
  const subs: NonNullable<Backup['materialSubmissions']> = [];
  let stalledSeen = 0;
  for (const app of backup.applications) {
    if (!reached(app.id, 'round1')) continue;
    const advanced = reached(app.id, 'round2') || reached(app.id, 'offer');
    const at = new Date(Date.parse(app.createdAt) + DAY).toISOString();
    const resumeId = `${app.id}-mat-resume`;
    const letterId = `${app.id}-mat-letter`;
    for (const [id, kind, position] of [[resumeId, 'resume', 0], [letterId, 'cover_letter', 1]] as const) {
      items.push({ id, applicationId: app.id, kind, label: null, required: 1, formats: '["pdf"]', maxBytes: 5 * 1024 * 1024, via: 'portal', source: 'listing', position, createdAt: at, updatedAt: at });
    }
    const sloppy = !advanced && stalledSeen++ % 2 === 0;
    const resume = advanced ? NEW : OLD;
    files.push({ id: `${app.id}-file-resume`, applicationId: app.id, itemId: resumeId, fileName: resume.name, sha256: resume.sha256, size: 182_000, mime: 'application/pdf', format: 'pdf', textReadable: 1, createdAt: at });
    if (!sloppy) {
      files.push({ id: `${app.id}-file-letter`, applicationId: app.id, itemId: letterId, fileName: `cover-letter-${app.company.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.pdf`, sha256: app.id.padEnd(64, '0').replace(/[^0-9a-f]/g, 'e').slice(0, 64), size: 64_000, mime: 'application/pdf', format: 'pdf', textReadable: 1, createdAt: at });
    }
    subs.push({ id: `${app.id}-submitted`, applicationId: app.id, submittedAt: at, problems: sloppy ? '["Cover letter: no file attached"]' : '[]', reason: sloppy ? 'No time to write one that evening' : null });
  }
  backup.materialItems = items;
  backup.materialFiles = files;
  backup.materialSubmissions = subs;
}
