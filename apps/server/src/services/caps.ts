import { UserError } from '@secondround/core';
import type { Store } from '@secondround/store';

/**
 * Per-account caps, set by the operator through environment variables (see the README). The
 * defaults sit far above one person's real search (a heavy year is a few thousand applications)
 * and low enough that one account cannot fill a shared server.
 */
export interface AccountCaps {
  applications: number;
  stories: number;
  /** Uploads (backups, spreadsheets, social exports, material files) one person may send in an hour. */
  uploadsPerHour: number;
  /** Social exports one person may have being read at the same time. */
  concurrentScans: number;
}

export const DEFAULT_CAPS: AccountCaps = { applications: 20_000, stories: 500, uploadsPerHour: 30, concurrentScans: 1 };

const ENV: Record<keyof AccountCaps, string> = {
  applications: 'SECONDROUND_MAX_APPLICATIONS',
  stories: 'SECONDROUND_MAX_STORIES',
  uploadsPerHour: 'SECONDROUND_MAX_UPLOADS_PER_HOUR',
  concurrentScans: 'SECONDROUND_MAX_CONCURRENT_SCANS',
};

/** The caps in force, read from the environment each time (a bad value falls back to the default). */
export function accountCaps(env: NodeJS.ProcessEnv = process.env): AccountCaps {
  const out = { ...DEFAULT_CAPS };
  for (const key of Object.keys(ENV) as Array<keyof AccountCaps>) {
    const raw = env[ENV[key]];
    const n = raw === undefined ? NaN : Number(raw);
    if (Number.isInteger(n) && n > 0) out[key] = n;
  }
  return out;
}

/** Refuse a write that would take an account past one of its record caps (422 `CAP_REACHED`). */
export function checkRecordCap(what: 'applications' | 'stories', current: number, adding: number, caps = accountCaps()): void {
  const cap = caps[what];
  if (current + adding > cap) {
    throw new UserError('CAP_REACHED', `this account may hold at most ${cap.toLocaleString('en-US')} ${what}; it holds ${current.toLocaleString('en-US')}${adding > 1 ? ` and this would add ${adding.toLocaleString('en-US')}` : ''}. Delete some first, or ask the operator to raise ${ENV[what]}`, 422);
  }
}

const HOUR = 60 * 60 * 1000;

/**
 * How long a scan holds its slot if it is never given back (the process died mid-scan). Reading
 * stops at the archive's byte budget well before this, so a live scan never outlasts its lease.
 */
export const SCAN_LEASE_MS = 15 * 60 * 1000;

/**
 * Count one upload for this owner, refusing it (429 `TOO_MANY_UPLOADS`) past the hourly cap.
 * Counted in the database: it holds across restarts and every process on one PostgreSQL.
 */
export async function takeUpload(store: Store, ownerId: string, caps = accountCaps()): Promise<void> {
  const took = await store.usage.take(ownerId, 'upload', caps.uploadsPerHour, HOUR);
  if (took.isTaken) return;
  const retry = Math.max(1, Math.ceil(took.retryAfterMs / 1000));
  throw new UserError('TOO_MANY_UPLOADS', `at most ${caps.uploadsPerHour} uploads an hour (${ENV.uploadsPerHour}); try again in ${Math.ceil(retry / 60)} minutes`, 429, { retryAfter: retry });
}

/**
 * Take one of this owner's scan slots, and give back the function that frees it (safe to call
 * twice); past the cap, 429 `SCAN_BUSY` at once rather than a queue one person could fill.
 * Slots are kept in the database, so a second process sees the scans of the first.
 */
export async function takeScanSlot(store: Store, ownerId: string, caps = accountCaps()): Promise<(() => Promise<void>) & { id: string }> {
  const took = await store.usage.take(ownerId, 'scan', caps.concurrentScans, SCAN_LEASE_MS);
  if (!took.isTaken) {
    throw new UserError('SCAN_BUSY', `an export of yours is already being read (at most ${caps.concurrentScans} at a time, ${ENV.concurrentScans}); wait for it to finish`, 429, { retryAfter: 10 });
  }
  let isFreed = false;
  // The id lets a background job in another process give the slot back.
  return Object.assign(
    async () => {
      if (isFreed) return;
      isFreed = true;
      await store.usage.release(took.id);
    },
    { id: took.id },
  );
}
