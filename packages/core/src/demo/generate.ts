import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../backup/backup';
import type { Interview, Interviewer, InterviewKind } from '../model/interview';
import type { Stage } from '../model/stage';
import { DEMO_CLOSED_REASONS, DEMO_COMPANIES, DEMO_LISTING, DEMO_LOCATIONS, DEMO_PEOPLE, DEMO_ROLES, DEMO_SOURCES } from './data';
import { addPrepDemo } from './prep';
import { addFollowupDemo } from '../followup/demo';
import { addSocialDemo } from '../social/demo';
import { addPeopleDemo } from './people';
import { addMaterialsDemo } from '../materials/demo';
import { seeded, type Random } from './random';

/** How far one demo application got, and how it ended. */
interface Script {
  reached: Stage[];
  end: 'rejected' | 'position_closed' | 'withdrawn' | 'no_answer' | 'offer_declined' | 'accepted' | null;
  /** Days from the first event to the last. */
  appliedDaysAgo: number;
  /** An interview still to come, in days from now. */
  upcomingInDays?: number;
}

// The demo tells one story on purpose: screens go fine, first rounds mostly stall. That is the
// pattern this product exists to explain, so every page of the app has something to show.
const SCRIPTS: Script[] = [
  ...rep(4, { reached: ['saved'], end: null, appliedDaysAgo: 3 }),
  ...rep(5, { reached: ['applied'], end: null, appliedDaysAgo: 9 }),
  ...rep(7, { reached: ['applied'], end: 'no_answer', appliedDaysAgo: 70 }),
  ...rep(3, { reached: ['applied'], end: 'rejected', appliedDaysAgo: 60 }),
  ...rep(2, { reached: ['applied', 'screen'], end: 'rejected', appliedDaysAgo: 80 }),
  ...rep(12, { reached: ['applied', 'screen', 'round1'], end: 'rejected', appliedDaysAgo: 95 }),
  ...rep(2, { reached: ['applied', 'screen', 'round1'], end: 'position_closed', appliedDaysAgo: 75 }),
  { reached: ['applied', 'screen', 'round1'], end: null, appliedDaysAgo: 12, upcomingInDays: 1 },
  { reached: ['applied', 'screen', 'round1'], end: 'rejected', appliedDaysAgo: 110 },
  { reached: ['applied', 'screen', 'round1', 'round2'], end: null, appliedDaysAgo: 30, upcomingInDays: 3 },
  { reached: ['applied', 'screen'], end: 'withdrawn', appliedDaysAgo: 50 },
  { reached: ['applied', 'screen', 'round1', 'round2', 'round3', 'offer'], end: 'offer_declined', appliedDaysAgo: 120 },
  ...rep(2, { reached: ['applied', 'screen'], end: null, appliedDaysAgo: 10 }),
];

/**
 * A realistic synthetic search of about 40 applications, with rounds, interviewers and outcomes,
 * dated relative to `now`, the same for the same seed. Ids start with `demo-`.
 * @example generateDemo(new Date('2026-11-25T12:00:00Z')).applications.length // 40
 */
export function generateDemo(now: Date, seed = 20261125): Backup {
  const r = seeded(seed);
  const nowIso = now.toISOString();
  const backup: Backup = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: nowIso, applications: [], stageEvents: [], interviews: [], interviewers: [], contacts: [] };
  SCRIPTS.forEach((script, i) => {
    const n = String(i + 1).padStart(2, '0');
    const id = `demo-app-${n}`;
    const company = DEMO_COMPANIES[i % DEMO_COMPANIES.length]!;
    const start = addDays(now, -script.appliedDaysAgo - r.int(0, 4));
    const created = start.toISOString();
    const salaryMin = r.int(70, 95) * 1000;
    backup.applications.push({
      id,
      company,
      role: r.pick(DEMO_ROLES),
      listingText: i % 3 === 0 ? DEMO_LISTING : null,
      listingUrl: `https://jobs.example.com/${slug(company)}/${1000 + i}`,
      source: r.pick(DEMO_SOURCES),
      location: r.pick(DEMO_LOCATIONS),
      workplace: r.pick(['remote', 'hybrid', 'onsite'] as const),
      salaryMin,
      salaryMax: salaryMin + r.int(10, 30) * 1000,
      salaryCurrency: 'USD',
      notes: i % 4 === 0 ? 'Found through a former colleague; ask about the team size.' : null,
      createdAt: created,
      updatedAt: created,
    });
    const span = script.upcomingInDays !== undefined ? script.appliedDaysAgo : Math.max(script.appliedDaysAgo - 5, script.reached.length * 6);
    const step = Math.max(2, Math.floor(span / Math.max(script.reached.length, 1)));
    let day = start;
    script.reached.forEach((stage, k) => {
      if (k > 0) day = addDays(day, step - r.int(0, 2));
      if (day > now) day = now;
      backup.stageEvents.push(event(`${id}-e${k}`, id, stage, day, null));
      const round = stage === 'screen' ? 0 : /^round(\d)$/.exec(stage) ? Number(stage.slice(5)) : null;
      if (round !== null) {
        const isUpcoming = k === script.reached.length - 1 && script.upcomingInDays !== undefined;
        const at = isUpcoming ? addDays(now, script.upcomingInDays!) : addDays(day, 4);
        addInterview(backup, r, `${id}-i${round}`, id, round, at);
      }
    });
    if (script.end) {
      const endDay = minDate(addDays(day, r.int(5, 12)), addDays(now, -1));
      const reasons = script.end in DEMO_CLOSED_REASONS ? DEMO_CLOSED_REASONS[script.end as keyof typeof DEMO_CLOSED_REASONS] : null;
      backup.stageEvents.push(event(`${id}-end`, id, script.end === 'accepted' ? 'accepted' : script.end, endDay, reasons ? r.pick(reasons) : null));
    }
    if (i % 5 === 2) {
      backup.contacts.push({ id: `demo-contact-${n}`, applicationId: id, name: r.pick(DEMO_PEOPLE).name, title: 'Recruiter', company, email: `talent@${slug(company)}.example.com`, phone: null, url: null, notes: 'Reached out on LinkedIn.', createdAt: created, updatedAt: created });
    }
  });
  addPrepDemo(backup, r, now);
  addFollowupDemo(backup, now, seed);
  addSocialDemo(backup, now);
  addPeopleDemo(backup, now);
  addMaterialsDemo(backup);
  return backup;
}

function addInterview(b: Backup, r: Random, id: string, applicationId: string, round: number, day: Date): void {
  const start = new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 15 + r.int(0, 3), r.pick([0, 30])));
  const minutes = round === 0 ? 30 : r.pick([45, 60, 90]);
  const kinds: InterviewKind[] = ['technical', 'behavioural', 'panel'];
  const interview: Interview = {
    id,
    applicationId,
    round,
    kind: round === 0 ? 'phone_screen' : round >= 3 ? 'final' : r.pick(kinds),
    startsAt: start.toISOString(),
    endsAt: new Date(start.getTime() + minutes * 60_000).toISOString(),
    timeZone: 'America/Chicago',
    format: round === 0 ? 'phone' : r.pick(['video', 'video', 'onsite'] as const),
    location: round === 0 ? null : 'https://meet.example.com/' + id,
    notes: null,
    createdAt: start.toISOString(),
    updatedAt: start.toISOString(),
  };
  b.interviews.push(interview);
  const count = round === 0 ? 1 : r.int(1, 2);
  const used = new Set<string>();
  for (let k = 0; k < count; k++) {
    const p = r.pick(DEMO_PEOPLE);
    if (used.has(p.name)) continue;
    used.add(p.name);
    const person: Interviewer = { id: `${id}-p${k}`, interviewId: id, name: p.name, title: p.title, email: null, pronunciation: p.pronunciation, notes: null, createdAt: interview.createdAt };
    b.interviewers.push(person);
  }
}

function event(id: string, applicationId: string, stage: Stage, day: Date, reason: string | null) {
  return { id, applicationId, stage, date: day.toISOString().slice(0, 10), reason, createdAt: day.toISOString() };
}

function rep(n: number, s: Script): Script[] {
  return Array.from({ length: n }, () => ({ ...s }));
}

function addDays(d: Date, days: number): Date {
  return new Date(d.getTime() + days * 86_400_000);
}

function minDate(a: Date, b: Date): Date {
  return a < b ? a : b;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
