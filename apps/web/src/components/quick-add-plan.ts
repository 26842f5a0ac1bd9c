import { parseWhen, sameInterviewerName } from '@secondround/core';

export interface QuickAddFields {
  company: string;
  role: string;
  stage: 'saved' | 'applied';
  /** Round 1 as typed ("1/12 10am", "next Tue 3pm"); empty for none. */
  when: string;
  /** Interviewers of round 1, separated by commas, semicolons or "and". */
  interviewers: string;
}

export interface QuickAddPlan {
  application: { company: string; role: string; stage: 'saved' | 'applied'; stageDate: string };
  round: { round: 1; kind: 'behavioural'; startsAt: string; endsAt: string; timeZone: string; format: 'video' } | null;
  interviewers: string[];
}

export type QuickAddResult = { ok: true; plan: QuickAddPlan } | { ok: false; errors: Partial<Record<'when' | 'interviewers', string>> };

/** Length given to a round typed with its start only; the application page edits it. */
const ROUND_MINUTES = 60;

/**
 * The names in "Ana Ruiz, Tom Lee" (also "Ana Ruiz; Tom Lee", "Ana Ruiz and Tom Lee", one per
 * line), trimmed and with empty pieces dropped.
 */
export function splitNames(text: string): string[] {
  return text
    .split(/[,;\n]|\s+and\s+|\s+&\s+/i)
    .map((s) => s.trim().replace(/\s+/g, ' '))
    .filter((s) => s.length > 0);
}

/**
 * What quick add will write, or what is wrong with the typed fields, before anything is saved:
 * round 1's day and time read in the person's zone and locale, and the interviewers' names.
 * `today` is the person's day (YYYY-MM-DD); a round already past dates the first stage on its day,
 * so a search entered after the fact reads in the right order.
 */
export function planQuickAdd(fields: QuickAddFields, ctx: { now: Date; today: string; timeZone: string; locale?: string }): QuickAddResult {
  const errors: Partial<Record<'when' | 'interviewers', string>> = {};
  const names = splitNames(fields.interviewers);
  const tooLong = names.find((n) => n.length > 200);
  if (tooLong) errors.interviewers = `“${tooLong.slice(0, 40)}…” is longer than 200 characters: separate names with commas.`;
  const twin = names.find((n, i) => names.findIndex((m) => sameInterviewerName(m, n)) !== i);
  if (twin) errors.interviewers = `${twin} is listed twice.`;
  let round: QuickAddPlan['round'] = null;
  let stageDate = ctx.today;
  if (fields.when.trim()) {
    const parsed = parseWhen(fields.when, { now: ctx.now, timeZone: ctx.timeZone, ...(ctx.locale ? { locale: ctx.locale } : {}) });
    if (!parsed.ok) errors.when = parsed.message;
    else {
      const endsAt = new Date(new Date(parsed.startsAt).getTime() + ROUND_MINUTES * 60_000).toISOString();
      round = { round: 1, kind: 'behavioural', startsAt: parsed.startsAt, endsAt, timeZone: ctx.timeZone, format: 'video' };
      if (parsed.date < stageDate) stageDate = parsed.date;
    }
  } else if (names.length > 0) {
    errors.when = 'Add the day and time of round 1 to record who interviews you, e.g. “next Tue 3pm”.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, plan: { application: { company: fields.company.trim(), role: fields.role.trim(), stage: fields.stage, stageDate }, round, interviewers: names } };
}
