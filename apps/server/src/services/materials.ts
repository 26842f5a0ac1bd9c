import {
  checkMaterials,
  checkResume,
  isUserError,
  parseRequestedMaterials,
  UserError,
  type MaterialFile,
  type MaterialItem,
  type MaterialsCheck,
  type MaterialSubmission,
  type ResumeCheck,
} from '@secondround/core';
import { extractDocumentText, inspectDocument } from '@secondround/importers';
import type { Store } from '@secondround/store';
import { found } from '../errors';

/** Files and submissions in the materials page's answer, and per page of their own lists. */
export const MATERIAL_FILES_PAGE = 50;
export const SUBMISSIONS_PAGE = 20;

/** The materials page in one answer. */
export interface MaterialsView {
  applicationId: string;
  items: MaterialItem[];
  /** The latest files sent, newest first; `filesNextCursor` pages on through the older ones. */
  files: MaterialFile[];
  filesNextCursor: string | null;
  /** The latest submissions, newest first; `submissionsNextCursor` pages on. */
  submissions: MaterialSubmission[];
  submissionsNextCursor: string | null;
  check: MaterialsCheck;
  /** The latest resume against the listing; null without a resume file or a listing. */
  resume: (ResumeCheck & { fileId: string; fileName: string; sha256: string }) | null;
  /** Why the resume could not be checked (its bytes are not on this machine, say). */
  resumeNote: string | null;
  /** The listing's sentences the requested materials can be read from. */
  listingSentences: string[];
  hasListing: boolean;
  /** Files of the check whose bytes are not on this machine (restored from a backup): named, but nothing to download. */
  filesNotHere: string[];
}

/** Everything the materials page shows for one application of this owner (404 when not theirs). */
export async function materialsView(store: Store, ownerId: string, applicationId: string): Promise<MaterialsView> {
  const app = found(await store.applications.get(ownerId, applicationId), 'application');
  const [items, latest, files, submissions] = await Promise.all([
    store.materials.listItems(ownerId, applicationId),
    store.materials.latestFilesOfItems(ownerId, applicationId),
    store.materials.listFilesPage(ownerId, applicationId, { limit: MATERIAL_FILES_PAGE }),
    store.materials.listSubmissionsPage(ownerId, applicationId, { limit: SUBMISSIONS_PAGE }),
  ]);
  const check = checkMaterials(items, latest);
  const checked = check.items.flatMap((i) => (i.file ? [i.file] : []));
  const here = await store.materials.storedHashes(ownerId, checked.map((f) => f.sha256));
  const listing = app.listingText ?? '';
  let resume: MaterialsView['resume'] = null;
  let resumeNote: string | null = null;
  const resumeFile = check.items.find((i) => i.kind === 'resume' && i.file)?.file;
  if (resumeFile && listing.trim()) {
    const stored = await store.materials.readFile(ownerId, resumeFile.id);
    if (!stored?.bytes) resumeNote = 'The resume’s file is not on this machine (restored from a backup, which keeps names and hashes, not files): attach it again to check it.';
    else if (stored.file.format !== 'pdf' && stored.file.format !== 'docx' && stored.file.format !== 'txt') resumeNote = 'The resume is not a PDF, Word or text file, so its text cannot be read.';
    else {
      try {
        const [text, kept] = await Promise.all([extractDocumentText(stored.bytes, stored.file.format), store.listingAnalyses.ofApplication(ownerId, applicationId)]);
        // The analysis kept with the listing; a text the analyser refused is given again, so it says why.
        resume = { ...checkResume(text, kept?.analysis ?? listing), fileId: stored.file.id, fileName: stored.file.fileName, sha256: stored.file.sha256 };
      } catch (e) {
        if (!isUserError(e)) throw e;
        resumeNote = e.message;
      }
    }
  } else if (resumeFile) resumeNote = 'Paste the listing on the application to match the resume against it.';
  return { applicationId, items, files: files.files, filesNextCursor: files.nextCursor, submissions: submissions.submissions, submissionsNextCursor: submissions.nextCursor, check, resume, resumeNote, listingSentences: parseRequestedMaterials(listing).sentences.slice(0, 10), hasListing: listing.trim().length > 0, filesNotHere: checked.filter((f) => !here.has(f.sha256)).map((f) => f.id) };
}

/** Add the items the listing asks for that are not on the list yet. */
export async function itemsFromListing(store: Store, ownerId: string, applicationId: string): Promise<number> {
  const app = found(await store.applications.get(ownerId, applicationId), 'application');
  if (!app.listingText?.trim()) throw new UserError('NO_LISTING', 'this application has no listing text to read the requested materials from; paste it on the application first', 422);
  const parsed = parseRequestedMaterials(app.listingText);
  return store.transaction(async (tx) => {
    const existing = await tx.materials.listItems(ownerId, applicationId);
    const have = new Set(existing.map((i) => i.kind));
    const added = parsed.items.filter((i) => !have.has(i.kind));
    await tx.materials.saveItems(ownerId, applicationId, [...existing, ...added.map((i) => ({ ...i, source: 'listing' as const }))]);
    return added.length;
  });
}

/**
 * Check an uploaded file by its bytes and keep it: typed by `file-type`, opened as an employer's
 * system would (broken, encrypted, zip bomb and programs refused), hashed, stored once per hash.
 * Nothing is stored when any check fails.
 */
export async function attachFile(store: Store, ownerId: string, applicationId: string, itemId: string | null, fileName: string, bytes: Uint8Array): Promise<MaterialFile> {
  found(await store.materials.ownsApplication(ownerId, applicationId), 'application');
  const doc = await inspectDocument(bytes);
  const saved = await store.materials.addFile(
    ownerId,
    applicationId,
    { itemId, fileName, sha256: doc.sha256, mime: doc.mime, format: doc.format, textReadable: doc.format === 'pdf' ? !doc.extracted!.imageOnly : doc.extracted ? true : null },
    bytes,
  );
  return found(saved, 'requested item');
}

/**
 * Mark the application's materials as submitted. With an item missing or off, a reason is needed
 * first (422 `REASON_NEEDED` lists the problems); the submission keeps the problems and the reason,
 * and an application still at "saved" moves to "applied" today.
 */
export async function submitMaterials(store: Store, ownerId: string, applicationId: string, reason: string | null, today: string): Promise<{ submission: MaterialSubmission; check: MaterialsCheck; movedToApplied: boolean }> {
  const app = found(await store.applications.get(ownerId, applicationId), 'application');
  const [items, latest] = await Promise.all([store.materials.listItems(ownerId, applicationId), store.materials.latestFilesOfItems(ownerId, applicationId)]);
  const check = checkMaterials(items, latest);
  const problems = check.items.flatMap((i) => i.problems);
  if (problems.length > 0 && !reason) {
    throw new UserError('REASON_NEEDED', `something is missing or not as asked (${problems.slice(0, 3).join('; ')}); say why before marking it submitted`, 422, { problems });
  }
  return store.transaction(async (tx) => {
    const submission = found(await tx.materials.addSubmission(ownerId, applicationId, problems, problems.length > 0 ? reason : reason || null), 'application');
    const movedToApplied = app.stage === 'saved' || app.stage === null;
    if (movedToApplied) await tx.events.add(ownerId, applicationId, { stage: 'applied', date: today, reason: null });
    return { submission, check, movedToApplied };
  });
}
