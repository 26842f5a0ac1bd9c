import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classifyMail } from './classify';
import { readableMail } from './body';
import { companyFromSender } from './company';
import type { MailMessage } from './schema';

function mail(text: string, opts: Partial<MailMessage> = {}): MailMessage {
  return { from: { name: 'Acme Careers', address: 'acme@myworkday.com' }, subject: 'Your application', date: '2026-11-02T10:00:00.000Z', text, ...opts };
}

describe('classifyMail', () => {
  it('reads a warm rejection that mentions next steps as a rejection, with its reason', () => {
    const r = classifyMail(mail('Thank you so much for your time, we loved meeting you! As for next steps, we have decided not to move forward with your application for the Field Engineer role. We will keep you in mind.'));
    expect(r.kind).toBe('rejection');
    expect(r.reason).toMatch(/decided not to move forward/);
    expect(r.role).toBe('Field Engineer');
    expect(r.company).toBe('Acme');
  });

  it('keeps an acknowledgement that says "unfortunately we receive many applications" as application_received', () => {
    const r = classifyMail(mail('We have received your application for the Buyer position. Unfortunately we receive many applications and cannot reply to each one personally.'));
    expect(r.kind).toBe('application_received');
  });

  it('reads a job-board newsletter that mentions interviews and offers as other', () => {
    const r = classifyMail(mail('New jobs matching "analyst": Analyst at Foo, apply now. Tips for your next interview and how to negotiate an offer. Unsubscribe', { from: { name: 'Jobs Weekly', address: 'news@indeed.com' }, subject: '12 new jobs for you' }));
    expect(r.kind).toBe('other');
    expect(r.company).toBeNull();
  });

  it('tells a closed position from a rejection, in German and Spanish', () => {
    expect(classifyMail(mail('Leider wird die Stelle aus budgetären Gründen nicht mehr besetzt.', { subject: 'Ihre Bewerbung' })).kind).toBe('position_closed');
    expect(classifyMail(mail('Lamentablemente el proceso ha sido cancelado porque la vacante se ha cubierto internamente.')).kind).toBe('position_closed');
    expect(classifyMail(mail('Wir haben uns leider für eine andere Bewerberin entschieden.')).kind).toBe('rejection');
  });

  it('reads an offer addressed to the person, and not an offer made to someone else', () => {
    expect(classifyMail(mail('We are thrilled to offer you the position of Planner. Your offer letter is attached.')).kind).toBe('offer');
    expect(classifyMail(mail('We have chosen to extend an offer to another applicant for the Planner role.')).kind).toBe('rejection');
  });

  it('extracts the date, time, zone, format and link of an invitation from the text', () => {
    const r = classifyMail(mail('We would like to invite you to an interview for the Planner role on Tuesday, November 10 at 3:30 PM Eastern. Join on Zoom: https://zoom.us/j/123456', { date: '2026-11-03T12:00:00.000Z' }));
    expect(r.kind).toBe('interview_invitation');
    expect(r.interview).toMatchObject({ date: '2026-11-10', time: '15:30', zone: 'America/New_York', format: 'video', link: 'https://zoom.us/j/123456', start: '2026-11-10T20:30:00.000Z', fromCalendar: false });
  });

  it('reads the time of a calendar invitation over the text, in its own zone', () => {
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:1\r\nDTSTAMP:20261101T000000Z\r\nDTSTART;TZID=Europe/Berlin:20261201T093000\r\nDTEND;TZID=Europe/Berlin:20261201T103000\r\nLOCATION:https://meet.google.com/abc-defg-hij\r\nSUMMARY:Interview\r\nEND:VEVENT\r\nEND:VCALENDAR';
    const r = classifyMail(mail('Hallo, die Einladung zum Gespräch findest du im Anhang.', { calendars: [ics] }));
    expect(r.kind).toBe('interview_invitation');
    expect(r.interview).toMatchObject({ date: '2026-12-01', time: '09:30', zone: 'Europe/Berlin', start: '2026-12-01T08:30:00.000Z', format: 'video', fromCalendar: true });
  });

  it('ignores quoted history: a rejection replying to the person\'s hopeful mail', () => {
    const text = 'Hi, sadly we have decided to move forward with another candidate.\n\nOn Mon, 2 Nov 2026 at 10:00, Alex <a@example.net> wrote:\n> Looking forward to the next interview! Could we schedule the call for Tuesday?';
    expect(classifyMail(mail(text)).kind).toBe('rejection');
  });

  it('reads a forwarded message by its original sender', () => {
    const text = 'fyi\n\n---------- Forwarded message ---------\nFrom: Nimbus Cloud <no-reply@ashbyhq.com>\nDate: Mon, 2 Nov 2026\nSubject: Nimbus Cloud - Support Lead\nTo: Alex <a@example.net>\n\nUnfortunately we will not be moving forward with your application.';
    const r = classifyMail(mail(text, { from: { name: 'Alex', address: 'a@example.net' }, subject: 'Fwd: Nimbus Cloud - Support Lead' }));
    expect(r.kind).toBe('rejection');
    expect(r.company).toBe('Nimbus Cloud');
    expect(r.sender).toBe('no-reply@ashbyhq.com');
  });

  it('classifies French and Dutch invitations and reads their times', () => {
    const fr = classifyMail(mail('Nous avons le plaisir de vous inviter à un entretien le mardi 8 décembre 2026 à 10h30 dans nos locaux.', { date: '2026-11-30T09:00:00.000Z' }));
    expect(fr.kind).toBe('interview_invitation');
    expect(fr.interview).toMatchObject({ date: '2026-12-08', time: '10:30', format: 'onsite' });
    const nl = classifyMail(mail('Graag nodigen we je uit voor een gesprek op woensdag 9 december om 14.15 uur via Teams.', { date: '2026-11-30T09:00:00.000Z' }));
    expect(nl.interview).toMatchObject({ date: '2026-12-09', time: '14:15', format: 'video' });
  });

  it('never throws and keeps confidence within 0..1 on any text', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 80 }), (text, subject) => {
      const r = classifyMail(mail(text, { subject }));
      return r.confidence >= 0 && r.confidence <= 1;
    }), { numRuns: 150 });
  });
});

describe('companyFromSender', () => {
  it('takes the employer from an ATS display name, an organisation sender or a person\'s signature', () => {
    expect(companyFromSender('Kranich Software GmbH', 'jobs@kranich.jobs.personio.de', '')).toBe('Kranich Software');
    expect(companyFromSender('Hollis & Reed', 'noreply@hollisreed.com', '')).toBe('Hollis & Reed');
    expect(companyFromSender('Dana Miles', 'dana.miles@bluepeakenergy.com', 'Dana Miles\nRecruiter, Bluepeak Energy')).toBe('Bluepeak Energy');
    expect(companyFromSender('Dana Miles', 'dana@northstudios.com', 'Thanks, Dana')).toBe('North Studios');
    expect(companyFromSender('LinkedIn', 'jobs-noreply@linkedin.com', '')).toBeNull();
  });
});

describe('readableMail', () => {
  it('reads an HTML-only body as text', () => {
    expect(readableMail({ from: { name: '', address: '' }, subject: 'x', text: '', html: '<p>Hello</p><p>We regret</p>' }).body.split(/\n+/)).toEqual(['Hello', 'We regret']);
  });
});
