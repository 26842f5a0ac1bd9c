import type { ReferenceUse } from '../diagnosis/input';

interface ReferenceRow {
  id: string;
  name: string;
  knowsWork: number;
}
interface ReferenceUseRow {
  applicationId: string;
  referenceId: string;
  briefedOn: string | null;
  checkedOn: string | null;
}

/**
 * The references part of the Diagnosis input from a backup: one entry per reference given, with
 * whether the employer checked it and whether it was briefed before. Undefined when the person has
 * recorded no reference at all, so the rule says "not recorded yet" rather than "nothing points here".
 * @example referenceDiagnosisParts({ references: [], referenceUses: [] }) // undefined
 */
export function referenceDiagnosisParts(backup: { references?: readonly ReferenceRow[]; referenceUses?: readonly ReferenceUseRow[] }): ReferenceUse[] | undefined {
  const refs = backup.references ?? [];
  const uses = backup.referenceUses ?? [];
  if (refs.length === 0 && uses.length === 0) return undefined;
  const byId = new Map(refs.map((r) => [r.id, r]));
  const out: ReferenceUse[] = [];
  for (const u of uses) {
    const ref = byId.get(u.referenceId);
    if (!ref) continue;
    out.push({
      name: ref.name,
      applicationId: u.applicationId,
      checkHappened: u.checkedOn !== null,
      knowsWork: ref.knowsWork,
      ...(u.checkedOn !== null ? { briefedBeforeCheck: u.briefedOn !== null && u.briefedOn <= u.checkedOn } : {}),
    });
  }
  return out;
}
