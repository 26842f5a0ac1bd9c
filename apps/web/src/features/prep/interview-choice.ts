import type { InterviewDetail } from '@secondround/core';

/**
 * The interview a prep link without an interview id means: the next one to come, else the latest.
 */
export function defaultInterview(interviews: readonly InterviewDetail[], now: Date): InterviewDetail | null {
  const iso = now.toISOString();
  const upcoming = interviews.filter((i) => i.endsAt > iso).sort((a, b) => (a.startsAt < b.startsAt ? -1 : 1));
  if (upcoming[0]) return upcoming[0];
  return [...interviews].sort((a, b) => (a.startsAt < b.startsAt ? 1 : -1))[0] ?? null;
}

export function roundLabel(round: number): string {
  return round === 0 ? 'Screen' : `Round ${round}`;
}

export function whenLabel(iv: Pick<InterviewDetail, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short', timeZone: iv.timeZone }).format(new Date(iv.startsAt));
  const until = new Intl.DateTimeFormat(undefined, { timeStyle: 'short', timeZone: iv.timeZone }).format(new Date(iv.endsAt));
  return `${when} – ${until}`;
}
