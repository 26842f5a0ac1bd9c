import { applicationInputSchema, readClip, type ClipInput } from '@secondround/core';
import type { Store } from '@secondround/store';

export interface ClippedApplication {
  id: string;
  role: string;
  company: string;
  location: string | null;
  listingUrl: string;
}

export interface ClipResult {
  created: boolean;
  application: ClippedApplication;
  warnings: string[];
}

// Two clicks in quick succession on one page must not race into two applications (one process;
// across several hosted processes the lookup still catches every click after the first save).
const inFlight = new Map<string, Promise<ClipResult>>();

async function existing(store: Store, ownerId: string, url: string): Promise<ClippedApplication | null> {
  const found = await store.clipper.applicationForUrl(ownerId, url);
  if (!found) return null;
  const app = await store.applications.get(ownerId, found.id);
  return app ? { id: app.id, role: app.role, company: app.company, location: app.location, listingUrl: url } : null;
}

/** The owner's application saved from this page's address, if there is one. */
export function clippedApplication(store: Store, ownerId: string, url: string): Promise<ClippedApplication | null> {
  return existing(store, ownerId, url);
}

/**
 * Save a clipped page as a *saved* application, or find the one saved from the same listing
 * address before (then nothing is written: `created: false`).
 */
export function saveClip(store: Store, ownerId: string, input: ClipInput): Promise<ClipResult> {
  const reading = readClip(input);
  const key = `${ownerId}\n${reading.url}`;
  const pending = inFlight.get(key);
  if (pending) return pending.then((r) => ({ ...r, created: false }));
  const work = (async (): Promise<ClipResult> => {
    const before = await existing(store, ownerId, reading.url);
    if (before) return { created: false, application: before, warnings: [] };
    const notes = reading.warnings.length ? `Saved by the browser clipper. ${reading.warnings.map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}.`).join(' ')}` : null;
    const app = await store.applications.create(
      ownerId,
      applicationInputSchema.parse({ company: reading.company, role: reading.role, listingText: reading.listingText || null, listingUrl: reading.url, location: reading.location, workplace: reading.workplace, source: new URL(reading.url).hostname.replace(/^www\./, ''), notes, stage: 'saved' }),
    );
    return { created: true, application: { id: app.id, role: app.role, company: app.company, location: app.location, listingUrl: reading.url }, warnings: reading.warnings };
  })();
  inFlight.set(key, work);
  return work.finally(() => inFlight.delete(key));
}
