import { stageLabel, type Stage } from '@secondround/core';
import type { Repos, Store, UndoTicket } from '@secondround/store';

/**
 * How long a deletion can be undone. The web app offers "Undo" for 8 seconds; the server keeps
 * the rows a little longer so an undo sent at the last moment over a slow network still lands.
 */
export const UNDO_WINDOW_MS = 30_000;

type Row = Record<string, unknown>;

interface Kind {
  table: string;
  remove(tx: Repos, ownerId: string, id: string): Promise<boolean>;
  label(row: Row): string;
}

const KINDS = {
  application: { table: 'applications', remove: (tx, o, id) => tx.applications.remove(o, id), label: (r) => `${String(r.company)} — ${String(r.role)}` },
  interview: { table: 'interviews', remove: (tx, o, id) => tx.interviews.remove(o, id), label: (r) => (Number(r.round) === 0 ? 'the screen' : `round ${String(r.round)}`) },
  interviewer: { table: 'interviewers', remove: (tx, o, id) => tx.interviews.removeInterviewer(o, id), label: (r) => String(r.name) },
  contact: { table: 'contacts', remove: (tx, o, id) => tx.contacts.remove(o, id), label: (r) => String(r.name) },
  event: { table: 'stage_events', remove: (tx, o, id) => tx.events.remove(o, id), label: (r) => `“${stageLabel(r.stage as Stage)}” of ${String(r.date)}` },
  story: { table: 'stories', remove: (tx, o, id) => tx.prep.removeStory(o, id), label: (r) => `“${String(r.title)}”` },
  reference: { table: 'referees', remove: (tx, o, id) => tx.people.removeReference(o, id), label: (r) => String(r.name) },
  reference_use: { table: 'referee_uses', remove: (tx, o, id) => tx.people.removeUse(o, id), label: (r) => `the reference given on ${String(r.given_on)}` },
  follow_up: { table: 'follow_ups', remove: (tx, o, id) => tx.followup.removeFollowUp(o, id), label: (r) => `“${String(r.subject)}”` },
  material_item: { table: 'material_items', remove: (tx, o, id) => tx.materials.removeItem(o, id), label: (r) => (r.label ? `“${String(r.label)}”` : `the ${String(r.kind).replace(/_/g, ' ')}`) },
  // The file's bytes stay on disk (or in the database) until the undo window passes: see purgeTrash.
  material_file: { table: 'material_files', remove: (tx, o, id) => tx.materials.removeFile(o, id), label: (r) => String(r.file_name) },
} satisfies Record<string, Kind>;

export type DeletionKind = keyof typeof KINDS;

/**
 * Delete a record and everything that goes with it, keeping what was removed so that `undo`
 * can put it back for a short while. Null when the owner has no such record.
 */
export async function deleteUndoably(store: Store, ownerId: string, kind: DeletionKind, id: string): Promise<UndoTicket | null> {
  const spec: Kind = KINDS[kind];
  const ticket = await store.transaction(async (tx) => {
    const snapshot = await tx.trash.snapshot(ownerId, spec.table, id);
    if (!snapshot) return null;
    const root = snapshot.tables.find((t) => t.table === spec.table)!.rows.find((r) => r.id === id)!;
    // A round takes back the stage event it implied (see the interviews repository): keep it too.
    const applicationId = kind === 'interview' ? String(root.application_id) : null;
    const eventsBefore = applicationId ? await tx.trash.rowsWhere(ownerId, 'stage_events', 'application_id', [applicationId]) : [];
    if (!(await spec.remove(tx, ownerId, id))) return null;
    if (applicationId) {
      const left = new Set((await tx.trash.rowsWhere(ownerId, 'stage_events', 'application_id', [applicationId])).map((r) => String(r.id)));
      const gone = eventsBefore.filter((r) => !left.has(String(r.id)));
      if (gone.length > 0) snapshot.tables.push({ table: 'stage_events', rows: gone });
    }
    return tx.trash.keep(ownerId, kind, spec.label(root), snapshot, UNDO_WINDOW_MS);
  });
  // Old deletions are forgotten whenever a new one is made (and on a timer, see serve.ts).
  await purgeTrash(store);
  return ticket;
}

/** Put back what a deletion removed; null when there is nothing to undo under that ticket. */
export async function undoDeletion(store: Store, ownerId: string, ticketId: string): Promise<{ kind: string; label: string } | null> {
  return store.transaction((tx) => tx.trash.restore(ownerId, ticketId, UNDO_WINDOW_MS));
}

/**
 * Forget deletions past the undo window (for every owner). A deleted material file's bytes go
 * with them, unless another file record still names the same bytes.
 */
export async function purgeTrash(store: Store): Promise<number> {
  const files = await store.trash.expiredRows('material_file', 'material_files', UNDO_WINDOW_MS);
  const purged = await store.trash.purge(UNDO_WINDOW_MS);
  const byOwner = new Map<string, string[]>();
  for (const { ownerId, row } of files) byOwner.set(ownerId, [...(byOwner.get(ownerId) ?? []), String(row.sha256)]);
  for (const [ownerId, shas] of byOwner) await store.materials.dropUnusedBlobs(ownerId, shas);
  return purged;
}
