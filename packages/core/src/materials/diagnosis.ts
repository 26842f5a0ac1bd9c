import type { MaterialsRecord } from '../diagnosis/input';
import { checkMaterials } from './check';
import {
  MATERIAL_KIND_LABELS,
  materialFileFromRow,
  materialItemFromRow,
  materialSubmissionFromRow,
  type MaterialFileRow,
  type MaterialItemRow,
  type MaterialSubmissionRow,
} from './types';

/** The materials parts of a backup (optional: older backups have none). */
export interface MaterialsBackupParts {
  materialItems?: MaterialItemRow[] | undefined;
  materialFiles?: MaterialFileRow[] | undefined;
  materialSubmissions?: MaterialSubmissionRow[] | undefined;
}

/**
 * What the Diagnosis reads of each application's materials: the required items, those sent, whether
 * the files were in the formats asked, the reason given when it was marked submitted with a
 * problem, and the resume version (hash and name) that went with it. Applications without any
 * materials record are left out ("not recorded yet").
 * @example materialsByApplication({ materialItems: [], materialFiles: [] }).size // 0
 */
export function materialsByApplication(b: MaterialsBackupParts): Map<string, MaterialsRecord> {
  const items = (b.materialItems ?? []).map(materialItemFromRow);
  const files = (b.materialFiles ?? []).map(materialFileFromRow);
  const subs = (b.materialSubmissions ?? []).map(materialSubmissionFromRow);
  const apps = new Set([...items.map((i) => i.applicationId), ...subs.map((s) => s.applicationId)]);
  const out = new Map<string, MaterialsRecord>();
  for (const appId of apps) {
    const appItems = items.filter((i) => i.applicationId === appId);
    const appFiles = files.filter((f) => f.applicationId === appId);
    const check = checkMaterials(appItems, appFiles);
    const name = (i: { kind: keyof typeof MATERIAL_KIND_LABELS; label?: string | null | undefined }) => (i.label ?? MATERIAL_KIND_LABELS[i.kind]).toLowerCase();
    const last = subs.filter((s) => s.applicationId === appId).sort((a, b) => (a.submittedAt < b.submittedAt ? 1 : -1))[0];
    const resume = check.items.find((i) => i.kind === 'resume' && i.file)?.file;
    out.set(appId, {
      requested: check.items.filter((i) => i.required).map(name),
      sent: check.items.filter((i) => i.file).map(name),
      formatsOk: check.items.every((i) => !i.file || i.problems.length === 0),
      ...(last ? { submittedWithProblems: last.problems.length > 0, reason: last.reason } : {}),
      ...(resume ? { resume: { sha256: resume.sha256, name: resume.name } } : {}),
    });
  }
  return out;
}
