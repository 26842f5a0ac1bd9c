import { ANALYSER_VERSION, readStoredListingAnalysis, type StoredListingAnalysis } from '@secondround/core';
import type { RepoContext } from './executor';

/**
 * The columns that keep a listing text's analysis with it, written wherever the text is saved.
 * The listing rules are loaded on the first write, not with the store: a reader of current
 * analyses (`secondround diagnose`, run once per call) never compiles or sets them up.
 */
export async function listingAnalysisColumns(text: string | null | undefined): Promise<{ listingAnalysis: string; listingAnalysisVersion: number }> {
  const { analyzeListingForStorage } = await import('./listing-analyser');
  return { listingAnalysis: JSON.stringify(analyzeListingForStorage(text)), listingAnalysisVersion: ANALYSER_VERSION };
}

/** Stale rows analysed per round trip: a restored search can hold thousands of listings. */
const REFRESH_BATCH = 100;

/**
 * The analyses kept with each application's listing (`applications.listing_analysis`). Every
 * method takes the owner's id.
 */
export function listingAnalysesRepo({ db }: RepoContext) {
  /** Analyse one listing text and keep the result with it, unless the text was changed meanwhile. */
  async function keep(ownerId: string, id: string, text: string): Promise<{ listingAnalysis: string; listingAnalysisVersion: number }> {
    const columns = await listingAnalysisColumns(text);
    await db.updateTable('applications').set(columns).where('ownerId', '=', ownerId).where('id', '=', id).where('listingText', '=', text).execute();
    return columns;
  }

  /**
   * Analyse and keep the listings whose analysis is missing (restored, imported, or saved before
   * analyses were kept) or was written by another ANALYSER_VERSION. Returns how many were done.
   * `updated_at` is left alone: this is derived data, not an edit (the editor's conflict check
   * reads `updated_at`). A text changed meanwhile is not overwritten with the old text's analysis.
   */
  async function refresh(ownerId: string): Promise<number> {
    let done = 0;
    for (;;) {
      const stale = await db
        .selectFrom('applications')
        .select(['id', 'listingText'])
        .where('ownerId', '=', ownerId)
        .where('listingText', 'is not', null)
        .where((eb) => eb.or([eb('listingAnalysisVersion', 'is', null), eb('listingAnalysisVersion', '!=', ANALYSER_VERSION)]))
        .orderBy('id')
        .limit(REFRESH_BATCH)
        .execute();
      for (const row of stale) await keep(ownerId, row.id, row.listingText!);
      done += stale.length;
      if (stale.length < REFRESH_BATCH) return done;
    }
  }

  return {
    refresh,

    /**
     * One application's kept analysis, for a page that reads a single listing (the composer, the
     * resume check): recomputed and kept first when missing or stale, as `refresh` does for all.
     * Null when it has no listing text; undefined when the application is not the owner's.
     */
    async ofApplication(ownerId: string, applicationId: string): Promise<StoredListingAnalysis | null | undefined> {
      const row = await db
        .selectFrom('applications')
        .select(['listingText', 'listingAnalysis', 'listingAnalysisVersion'])
        .where('ownerId', '=', ownerId)
        .where('id', '=', applicationId)
        .executeTakeFirst();
      if (!row) return undefined;
      if (row.listingText === null || row.listingText.trim() === '') return null;
      const kept = readStoredListingAnalysis(row.listingAnalysis ?? null, row.listingAnalysisVersion ?? null);
      if (kept !== undefined) return kept;
      const columns = await keep(ownerId, applicationId, row.listingText);
      return JSON.parse(columns.listingAnalysis) as StoredListingAnalysis;
    },

    /**
     * The owner's kept analyses by application id, current ones only (stale ones are refreshed
     * first): what `diagnosisInputFromBackup` reads instead of analysing each listing text.
     */
    async byApplication(ownerId: string): Promise<Map<string, StoredListingAnalysis | null>> {
      await refresh(ownerId);
      const rows = await db
        .selectFrom('applications')
        .select(['id', 'listingAnalysis', 'listingAnalysisVersion'])
        .where('ownerId', '=', ownerId)
        .where('listingAnalysisVersion', '=', ANALYSER_VERSION)
        .where('listingText', 'is not', null)
        .execute();
      const out = new Map<string, StoredListingAnalysis | null>();
      for (const row of rows) {
        const analysis = readStoredListingAnalysis(row.listingAnalysis ?? null, row.listingAnalysisVersion ?? null);
        if (analysis !== undefined) out.set(row.id, analysis);
      }
      return out;
    },
  };
}
