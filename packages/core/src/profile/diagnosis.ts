import type { CultureFit } from '../diagnosis/input';
import type { CultureSignal } from '../listing/signals';
import type { ListingReader } from '../diagnosis/listing-reader';
import { listingHead } from '../listing/head';
import { cultureFit, type FitItem } from './fit';
import { DEAL_BREAKER_LABELS, readProfileData, type DealBreaker } from './schema';

const SIGNAL_WORDS: Record<CultureSignal, string> = {
  collaboration: 'close teamwork',
  independence: 'work with little direction',
  fast_pace: 'a fast pace',
  steady_pace: 'a steady pace',
  structured: 'set processes',
  unstructured: 'ambiguity',
  open_office: 'an open-plan office',
  in_person_social: 'social events',
  flexible_hours: 'flexible hours',
  shift_work: 'shift work',
};

/** A short, countable label for a mismatch, so the Diagnosis can say which ones keep coming back. */
function label(item: FitItem): string {
  if (item.about === 'place') return item.evidence === 'remote' ? 'a remote role' : item.evidence === 'hybrid' ? 'office days' : 'an on-site role';
  if (item.about === 'other') return item.evidence.toLowerCase();
  if (item.about in DEAL_BREAKER_LABELS) return DEAL_BREAKER_LABELS[item.about as DealBreaker].toLowerCase();
  return item.signal ? SIGNAL_WORDS[item.signal] : item.about;
}

/**
 * The culture-fit part of the Diagnosis input: for each application with a listing, the mismatches
 * between the listing and the person's work-style profile. Without a profile, nothing (the rule says
 * "not recorded yet"). Reads only workplace and culture signals, through `listings`.
 * @example cultureFitByApplication({ workProfiles: [], applications: [] }, storedListingReader(new Map())).size // 0
 */
export function cultureFitByApplication(
  backup: { workProfiles?: ReadonlyArray<{ data: string }>; applications: ReadonlyArray<{ id: string; listingText: string | null }> },
  listings: ListingReader,
): Map<string, CultureFit> {
  const out = new Map<string, CultureFit>();
  const row = backup.workProfiles?.[0];
  if (!row) return out;
  const profile = readProfileData(row.data);
  for (const app of backup.applications) {
    const text = app.listingText?.trim();
    if (!text) continue;
    const head = listingHead(text);
    const signals = listings.fitOf(app.id, head);
    const fit = cultureFit(profile, { ...signals, text: head });
    if (!fit.hasProfile) return new Map();
    out.set(app.id, { mismatchSignals: [...new Set(fit.mismatches.map(label))] });
  }
  return out;
}
