// Who a sender is by its address: the domains, labels and mailers of applicant tracking systems,
// a mailbox's words that name a function, and a recruiter's own mailbox at a tracker. Used by
// company.ts, which decides from them where the employer's name is read.
import { fold } from './domain-spelling';
import { isOrgHead } from './company-name';

/** Domains of applicant tracking systems: the display name, not the domain, names the employer. */
export const ATS_DOMAINS = [
  'greenhouse-mail.io', 'greenhouse.io', 'lever.co', 'myworkday.com', 'workday.com', 'icims.com', 'smartrecruiters.com', 'ashbyhq.com', 'taleo.net',
  'workablemail.com', 'workable.com', 'personio.de', 'personio.com', 'teamtailor-mail.com', 'teamtailor.com', 'recruitee-mail.com', 'recruitee.com',
  'bamboohr.com', 'jobvite.com', 'successfactors.com', 'successfactors.eu', 'breezy.hr', 'jazzhr.com', 'applytojob.com', 'join.com', 'softgarden.io', 'homerun.co',
  // More trackers that send in the employer's name (their product pages name the sending domains).
  'homerun.co', 'talentclue.com', 'paylocity.com', 'jobaffinity.fr', 'pinpointhq.com', 'rippling.com', 'dayforcehcm.com', 'ultipro.com', 'jobylon.com',
  'flatchr.io', 'taleez.com', 'recruitcrm.io', 'zohorecruit.com', 'freshteam.com', 'manatal.com', 'comeet.co', 'paycor.com', 'csod.com', 'avature.net',
  'oraclecloud.com', 'jobs2web.com', 'dvinci.de', 'concludis.de', 'rexx-systems.com', 'umantis.com', 'otys.nl', 'carerix.com', 'cornerstoneondemand.com',
];
export const ATS_NAMES = /^(?:greenhouse|lever|workday|icims|smartrecruiters|ashby|taleo|workable|personio|teamtailor|recruitee|no-?reply|noreply|notifications?)$/i;

// Labels of trackers' domains that name nothing else.
export const ATS_LABEL = /^(?:workable|workablemail|personio|teamtailor|teamtailor-mail|recruitee|recruitee-mail|smartrecruiters|ashbyhq|icims|myworkday|jobvite|bamboohr|greenhouse-mail|softgarden|jobylon)$/;

// A tracker's own name, from the domains above ("myworkday" of myworkday.com, "personio" of
// personio.de): a label that glues or joins it to a word of mail ("myworkday-mail.com",
// "personio-mail.de", "mail-smartrecruiters.com", "teamtailormail.com") is that tracker's mailer,
// whatever the tracker calls it. A tracker's name alone as the domain's first label is a company's
// name as well ("lever", "join"), so it counts only with the mail word.
export const TRACKER_NAMES = new Set(ATS_DOMAINS.map((d) => d.split('.')[0]!.replace(/-?mail$/, '')));
const MAIL_WORD = /^(?:e?-?mails?|notifications?|notify|messages?|messaging|no-?reply|send|sender|bounces?)$/;
export function isTrackerLabel(label: string): boolean {
  const parts = label.split('-').filter(Boolean);
  if (parts.length >= 2 && parts.some((p) => TRACKER_NAMES.has(p)) && parts.every((p) => TRACKER_NAMES.has(p) || MAIL_WORD.test(p))) return true;
  const glued = /^(?:e?mail|notify|notifications)(.+)$|^(.+?)(?:e?mail|notify|notifications|messaging)$/.exec(label);
  return glued !== null && TRACKER_NAMES.has(glued[1] ?? glued[2]!);
}

// The words of a mailbox or a subdomain that name a function, not an organisation.
export const GENERIC_MAILBOX = /^(?:no-?reply|do-?not-?reply|jobs|careers|mail|e?mail|hire|hiring|talent|us|eu|uk|de|candidates?|apply|app|www|recruiting|notifications?|notify|info|hr|team|messages?)$/;

/** A person's display name over their own mailbox at a tracker: two or three words, the mailbox made of them, no organisation's noun. */
export function isRecruiter(name: string, local: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 3 || isOrgHead(words[0]!)) return false;
  const first = fold(words[0]!), last = fold(words[words.length - 1]!), l = fold(local);
  // "priya", "priya.okonjo", "pokonjo", "priyao": how people's mailboxes are named.
  return first.length >= 2 && [first, first + last, first.charAt(0) + last, first + last.charAt(0)].includes(l);
}
