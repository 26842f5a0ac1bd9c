import type { Backup } from '../backup/backup';
import { followupDiagnosisParts } from '../followup/diagnosis';
import { materialsByApplication } from '../materials/diagnosis';
import { prepDiagnosisParts } from '../prep/diagnosis';
import { cultureFitByApplication } from '../profile/diagnosis';
import { referenceDiagnosisParts } from '../references/diagnosis';
import { socialAuditStateFromBackup } from '../social/audit';
import type { StoryTerms } from '../stories/terms';
import type { DiagnosisEvent, DiagnosisInput, DiagnosisInterview } from './input';
import type { ListingReader } from './listing-reader';

// Apart from `input.ts` (its zod schemas, and `diagnosisInputFromBackup`, which may analyse listing
// texts): a caller holding every listing's kept analysis builds the input without loading either.

/** The parts of a backup the Diagnosis reads. */
export type DiagnosisBackup = Pick<Backup, 'applications' | 'stageEvents' | 'interviews' | 'interviewers'> & Partial<Pick<Backup, 'stories' | 'prepSheets' | 'debriefs' | 'thankYouNotes' | 'followUps' | 'socialAudits' | 'socialFindings' | 'socialPresence' | 'references' | 'referenceUses' | 'workProfiles' | 'materialItems' | 'materialFiles' | 'materialSubmissions'>>;

/**
 * `diagnosisInputFromBackup` with each listing read through `listings`: given
 * `storedListingReader(kept)` when every listing has a kept analysis (`listingsWithoutAnalysis` is
 * empty), it gives the same input without loading the listing rules, the language data or the
 * taxonomy behind them, which a command that starts once per call would otherwise compile and set up.
 * With `storyTerms` (each story's terms kept with it, by story id) for every story, and kept
 * analyses (which carry their requirements' terms), story matching needs no skill index either.
 * @example diagnosisInputFrom(backup, storedListingReader(await store.listingAnalyses.byApplication(owner)), await store.storyTerms.byStory(owner)).applications.length
 */
export function diagnosisInputFrom(backup: DiagnosisBackup, listings: ListingReader, storyTerms?: ReadonlyMap<string, StoryTerms>): DiagnosisInput {
  const eventsByApp = new Map<string, DiagnosisEvent[]>();
  for (const e of backup.stageEvents) {
    push(eventsByApp, e.applicationId, { id: e.id, stage: e.stage, date: e.date, reason: e.reason, createdAt: e.createdAt });
  }
  const peopleByInterview = new Map<string, Array<{ id: string; name: string }>>();
  for (const p of backup.interviewers) push(peopleByInterview, p.interviewId, { id: p.id, name: p.name });
  const prep = prepDiagnosisParts(backup, listings, storyTerms);
  const followup = followupDiagnosisParts(backup);
  const social = socialAuditStateFromBackup(backup);
  const references = referenceDiagnosisParts(backup);
  const fits = cultureFitByApplication(backup, listings);
  const materials = materialsByApplication(backup);
  const interviewsByApp = new Map<string, DiagnosisInterview[]>();
  for (const i of backup.interviews) {
    push(interviewsByApp, i.applicationId, {
      id: i.id,
      round: Math.max(0, Math.min(20, i.round)),
      kind: i.kind,
      startsAt: i.startsAt,
      endsAt: i.endsAt,
      interviewers: peopleByInterview.get(i.id) ?? [],
      ...(prep.prepByInterview.has(i.id) ? { prep: prep.prepByInterview.get(i.id)! } : {}),
      ...(prep.debriefByInterview.has(i.id) ? { debrief: prep.debriefByInterview.get(i.id)! } : {}),
      ...(followup.thankYousByInterview.has(i.id) ? { thankYous: followup.thankYousByInterview.get(i.id)! } : {}),
      ...(followup.followUpsByInterview.has(i.id) ? { followUps: followup.followUpsByInterview.get(i.id)! } : {}),
    });
  }
  return {
    applications: backup.applications.map((a) => ({
      id: a.id,
      company: a.company,
      role: a.role,
      events: eventsByApp.get(a.id) ?? [],
      interviews: interviewsByApp.get(a.id) ?? [],
      ...(prep.coverageByApplication.has(a.id) ? { storyCoverage: prep.coverageByApplication.get(a.id)! } : {}),
      ...(fits.has(a.id) ? { cultureFit: fits.get(a.id)! } : {}),
      ...(materials.has(a.id) ? { materials: materials.get(a.id)! } : {}),
    })),
    ...(social ? { socialAudit: social } : {}),
    ...(references ? { references } : {}),
  };
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
