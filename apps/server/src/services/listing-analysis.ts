import { analyzeListing, SUPPORTED_LANGUAGES, UserError, type ListingAnalysis, type StoredListingAnalysis } from '@secondround/core';
import type { Store } from '@secondround/store';
import { found } from '../errors';

/**
 * The analysis of an application's stored listing for the prep page, as kept with the listing
 * (recomputed and kept when missing or stale), or a 422 that says why there is none.
 */
export async function keptListingAnalysis(store: Store, ownerId: string, applicationId: string): Promise<ListingAnalysis> {
  const kept = await store.listingAnalyses.ofApplication(ownerId, applicationId);
  if (kept === undefined) throw new UserError('NOT_FOUND', 'application not found', 404);
  if (!kept) throw new UserError('NO_LISTING', 'this application has no listing text yet: paste the listing in its Listing tab first', 422);
  const analysis = kept.analysis ?? (await whyUnreadable(store, ownerId, applicationId));
  // The code keeps its name for the web client; it now means "a language we do not read".
  if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(analysis.language)) {
    throw new UserError('LISTING_NOT_ENGLISH', analysis.warnings.find((w) => /only English/.test(w)) ?? 'the listing is in a language that is not analysed', 422);
  }
  return analysis;
}

/**
 * A listing kept as unreadable keeps no reason (a link, a PDF, markup with no text): the text is
 * read again only on this rare path, to say which. Should it read now, its analysis is the answer.
 */
async function whyUnreadable(store: Store, ownerId: string, applicationId: string): Promise<ListingAnalysis> {
  const app = found(await store.applications.get(ownerId, applicationId), 'application');
  try {
    return analyzeListing(app.listingText ?? '');
  } catch (e) {
    if (e instanceof UserError) throw new UserError(e.code, e.message, 422);
    throw e;
  }
}

/** What the reference brief reads of a kept analysis: none when there is no listing or it could not be read. */
export function briefListing(kept: StoredListingAnalysis | null | undefined): { requirements: Array<{ text: string; kind: 'required' | 'preferred' }>; isManagerRole: boolean } {
  const analysis = kept?.analysis;
  return analysis ? { requirements: analysis.requirements, isManagerRole: analysis.isManagerRole } : { requirements: [], isManagerRole: false };
}
