import { BACKUP_MAX_RECORDS, BACKUP_RECORD_SCHEMAS, type BackupKey } from './backup';

/** Which arrays each array's records point into (their parents), by field. */
const PARENTS: Partial<Record<BackupKey, ReadonlyArray<{ field: string; key: BackupKey; nullable?: boolean; label: string }>>> = {
  stageEvents: [{ field: 'applicationId', key: 'applications', label: 'stage event' }],
  interviews: [{ field: 'applicationId', key: 'applications', label: 'interview' }],
  interviewers: [{ field: 'interviewId', key: 'interviews', label: 'interviewer' }],
  contacts: [{ field: 'applicationId', key: 'applications', nullable: true, label: 'contact' }],
  prepSheets: [{ field: 'interviewId', key: 'interviews', label: 'prep sheet' }],
  debriefs: [{ field: 'interviewId', key: 'interviews', label: 'debrief' }],
  thankYouNotes: [
    { field: 'interviewerId', key: 'interviewers', label: 'thank-you note' },
    { field: 'interviewId', key: 'interviews', label: 'thank-you note' },
  ],
  followUps: [
    { field: 'applicationId', key: 'applications', label: 'follow-up' },
    { field: 'interviewId', key: 'interviews', nullable: true, label: 'follow-up' },
  ],
  socialFindings: [{ field: 'auditId', key: 'socialAudits', label: 'social finding' }],
  referenceUses: [
    { field: 'applicationId', key: 'applications', label: 'reference given' },
    { field: 'referenceId', key: 'references', label: 'reference given' },
  ],
  materialItems: [{ field: 'applicationId', key: 'applications', label: 'material item' }],
  materialFiles: [
    { field: 'applicationId', key: 'applications', label: 'material file' },
    { field: 'itemId', key: 'materialItems', nullable: true, label: 'material file' },
  ],
  materialSubmissions: [{ field: 'applicationId', key: 'applications', label: 'material submission' }],
};

const PARENT_KEYS = new Set<BackupKey>(['applications', 'interviews', 'interviewers', 'socialAudits', 'references', 'materialItems']);

/** What one record of a streamed backup is: a problem to report, or the record as validated. */
export type CheckedRecord = { ok: true; key: BackupKey; value: Record<string, unknown> } | { ok: false; problem: string };

export function isBackupKey(key: string): key is BackupKey {
  return Object.hasOwn(BACKUP_MAX_RECORDS, key);
}

/**
 * Checks a backup one record at a time, as it streams in, so that no whole backup is ever held:
 * each record against its schema, each array's length against its maximum, and every reference
 * against the records seen before it. Parents must come before their children (as `export`
 * writes them); only the ids of parent records are kept.
 * @example const c = new BackupStreamChecker(); c.record('applications', app) // { ok: true, … }
 */
export class BackupStreamChecker {
  private readonly ids = new Map<BackupKey, Set<string>>();
  private readonly counts = new Map<BackupKey, number>();

  /** Check one record of the array under `key`. */
  record(key: string, value: unknown): CheckedRecord {
    if (!isBackupKey(key)) return { ok: false, problem: `unknown list "${key.slice(0, 60)}"` };
    const n = (this.counts.get(key) ?? 0) + 1;
    if (n === 1) {
      const late = this.childrenStarted(key);
      if (late) return { ok: false, problem: `"${key}" comes after "${late}", which refers to it; a backup lists parents first, as secondround export writes it` };
    }
    this.counts.set(key, n);
    if (n > BACKUP_MAX_RECORDS[key]) return { ok: false, problem: `"${key}" holds more than ${BACKUP_MAX_RECORDS[key].toLocaleString('en-US')} records, the most a backup may hold` };
    const parsed = BACKUP_RECORD_SCHEMAS[key].safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? ` (${issue.path.join('.')})` : '';
      return { ok: false, problem: `${key} record ${n}${where}: ${issue?.message ?? 'invalid'}` };
    }
    const rec = parsed.data as Record<string, unknown>;
    for (const p of PARENTS[key] ?? []) {
      const ref = rec[p.field];
      if (ref === null && p.nullable) continue;
      if (typeof ref !== 'string' || !this.ids.get(p.key)?.has(ref)) {
        const hint = this.counts.has(p.key) ? '' : ` ("${p.key}" must come before "${key}", as secondround export writes them)`;
        return { ok: false, problem: `${p.label} ${String(rec.id)} refers to missing ${p.key.replace(/s$/, '').replace(/([A-Z])/g, ' $1').toLowerCase()} ${String(ref)}${hint}` };
      }
    }
    if (PARENT_KEYS.has(key)) {
      const set = this.ids.get(key) ?? new Set<string>();
      const id = String(rec.id);
      if (set.has(id)) return { ok: false, problem: `id ${id} appears twice` };
      set.add(id);
      this.ids.set(key, set);
    }
    return { ok: true, key, value: rec };
  }

  /** How many records of each array were seen. */
  count(key: BackupKey): number {
    return this.counts.get(key) ?? 0;
  }

  private childrenStarted(key: BackupKey): BackupKey | null {
    for (const [child, parents] of Object.entries(PARENTS) as Array<[BackupKey, NonNullable<(typeof PARENTS)[BackupKey]>]>) {
      if (parents.some((p) => p.key === key) && this.counts.has(child)) return child;
    }
    return null;
  }
}
