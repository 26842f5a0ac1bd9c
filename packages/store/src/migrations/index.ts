import type { Migration } from 'kysely';
import * as initial from './2026-11-25T1900-initial';
import * as settings from './2026-11-25T2000-settings';
import * as prep from './2026-11-25T2010-prep';
import * as followup from './2026-11-25T2020-followup';
import * as social from './2026-11-25T2030-social';
import * as accounts from './2026-11-30T0120-accounts';
import * as roundEvents from './2026-11-30T0130-round-events';
import * as tagsPriority from './2026-11-30T0150-tags-priority';
import * as materials from './2026-11-30T0220-materials';
import * as people from './2026-11-30T0230-people';
import * as trash from './2026-11-30T0510-trash';
import * as usageLeases from './2026-11-30T0540-usage-leases';
import * as remindersSent from './2026-11-30T0550-reminders-sent';
import * as clipperTokens from './2026-11-30T0560-clipper-tokens';
import * as coachShares from './2026-11-30T0620-coach-shares';
import * as mail from './2026-11-30T0640-mail';
import * as mailSync from './2026-11-30T0650-mail-sync';
import * as mailSyncRuns from './2026-11-30T0700-mail-sync-runs';
import * as listOrderIndex from './2026-11-30T0720-list-order-index';
import * as jobs from './2026-11-30T0730-jobs';
import * as listingAnalysis from './2026-11-30T1410-listing-analysis';
import * as mailSyncSchedules from './2026-11-30T1430-mail-sync-schedules';
import * as mailSyncRunBytes from './2026-11-30T1431-mail-sync-run-bytes';
import * as diagnosisSummaries from './2026-12-01T0400-diagnosis-summaries';
import * as storyTerms from './2026-12-03T0100-story-terms';

/**
 * Every migration the code knows, in order. Append only: a landed migration is never edited or
 * removed, so a database written by this version can be read by every later one.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-25T1900-initial': initial,
  '2026-11-25T2000-settings': settings,
  '2026-11-25T2010-prep': prep,
  '2026-11-25T2020-followup': followup,
  '2026-11-25T2030-social': social,
  '2026-11-30T0120-accounts': accounts,
  '2026-11-30T0130-round-events': roundEvents,
  '2026-11-30T0150-tags-priority': tagsPriority,
  '2026-11-30T0220-materials': materials,
  '2026-11-30T0230-people': people,
  '2026-11-30T0510-trash': trash,
  '2026-11-30T0540-usage-leases': usageLeases,
  '2026-11-30T0550-reminders-sent': remindersSent,
  '2026-11-30T0560-clipper-tokens': clipperTokens,
  '2026-11-30T0620-coach-shares': coachShares,
  '2026-11-30T0640-mail': mail,
  '2026-11-30T0650-mail-sync': mailSync,
  '2026-11-30T0700-mail-sync-runs': mailSyncRuns,
  '2026-11-30T0720-list-order-index': listOrderIndex,
  '2026-11-30T0730-jobs': jobs,
  '2026-11-30T1410-listing-analysis': listingAnalysis,
  '2026-11-30T1430-mail-sync-schedules': mailSyncSchedules,
  '2026-11-30T1431-mail-sync-run-bytes': mailSyncRunBytes,
  '2026-12-01T0400-diagnosis-summaries': diagnosisSummaries,
  '2026-12-03T0100-story-terms': storyTerms,
};
