import { diagnose, diagnosisInputFromBackup, type DiagnosisResult } from '@secondround/core';
import type { Store } from '@secondround/store';

/**
 * One owner's Diagnosis with their own saved settings: the same for the owner's page, a coach
 * reading a shared person, and the coach's cohort view.
 */
export async function diagnosisOf(store: Store, ownerId: string, options: { now: Date; waitingDays?: number }): Promise<DiagnosisResult> {
  const [backup, settings, listingAnalyses, storyTerms] = await Promise.all([store.backup.export(ownerId), store.settings.get(ownerId), store.listingAnalyses.byApplication(ownerId), store.storyTerms.byStory(ownerId)]);
  return diagnose(diagnosisInputFromBackup(backup, listingAnalyses, storyTerms), { now: options.now, settings: { ...settings.diagnosis, ...(options.waitingDays ? { waitingDays: options.waitingDays } : {}) } });
}
