// Sentences written for these tests, one per kind of sentence the rules must read: not copied
// from the labelled mail of bench/data/mail.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import type { MailMessage } from './schema';

const mail = (text: string, opts: Partial<MailMessage> = {}): MailMessage => ({ from: { name: 'Hollis Group', address: 'careers@hollis.example' }, subject: 'Your application', date: '2026-11-20T09:00:00.000Z', text, ...opts });
const kind = (text: string, opts: Partial<MailMessage> = {}) => classifyMail(mail(text, opts)).kind;
const when = (text: string, opts: Partial<MailMessage> = {}) => {
  const i = classifyMail(mail(text, { subject: 'Interview invitation', ...opts })).interview;
  return `${i?.date} ${i?.time} ${i?.zone}`;
};

describe('rejections, however they are put', () => {
  it('reads "the profile does not match" in five languages', () => {
    expect(kind('Sadly, your background does not quite match what the team needs right now.')).toBe('rejection');
    expect(kind('Leider entspricht Ihr Profil nicht ganz den Anforderungen der Stelle.', { subject: 'Ihre Bewerbung' })).toBe('rejection');
    expect(kind('Malheureusement, votre expérience ne correspond pas à nos attentes pour ce poste.', { subject: 'Votre candidature' })).toBe('rejection');
    expect(kind('Lamentablemente tu perfil no se ajusta a lo que buscamos en este momento.', { subject: 'Tu candidatura' })).toBe('rejection');
    expect(kind('Helaas sluit je profiel niet voldoende aan bij wat we zoeken.', { subject: 'Je sollicitatie' })).toBe('rejection');
  });

  it('reads a French "we will not follow up on your application" however the negation is split', () => {
    expect(kind('Nous ne pourrons malheureusement pas donner une suite favorable à votre candidature.', { subject: 'Votre candidature' })).toBe('rejection');
    expect(kind('Nous ne donnerons pas suite à votre demande.', { subject: 'Candidature' })).toBe('rejection');
    expect(kind('Après examen, nous ne sommes pas en mesure de donner suite à votre candidature.', { subject: 'Candidature' })).toBe('rejection');
  });

  it('reads "unable to offer you an interview" as a rejection, not an offer', () => {
    expect(kind('We regret that we cannot offer you an interview for this vacancy.')).toBe('rejection');
    expect(kind('Unfortunately we are not in a position to offer you the role at this time.')).toBe('rejection');
    expect(kind('We are delighted to offer you the role of Buyer, starting in January.')).toBe('offer');
  });

  it('reads a warm rejection that talks of next steps and future roles', () => {
    expect(kind('It was a real pleasure to meet you, and the team enjoyed the conversation. After a lot of thought we are going to continue with candidates whose experience is closer to the brief. Next steps: we will keep your details on file for future roles.')).toBe('rejection');
  });

  it('reads a rejection above the quoted history of a reply, and one that was forwarded', () => {
    const reply = 'Hi Sam,\n\nThanks for following up. I am sorry to say we have decided to go with another candidate.\n\nBest, Jo\n\nOn Mon, 16 Nov 2026 at 10:00, Sam <sam@example.net> wrote:\n> Hi Jo, could we schedule the final interview next week?\n> Would Tuesday at 10:00 work for you?';
    expect(kind(reply, { subject: 'Re: Final interview' })).toBe('rejection');
    const forwarded = 'FYI, see below.\n\n---------- Forwarded message ---------\nFrom: Hollis Group <careers@hollis.example>\nSubject: Your application\n\nWe appreciate your interest, but we will not be progressing your application further.';
    expect(kind(forwarded, { subject: 'Fwd: Your application', from: { name: 'Sam', address: 'sam@example.net' } })).toBe('rejection');
  });
});

describe('invitations that confirm rather than invite', () => {
  it('reads a confirmed interview in five languages', () => {
    expect(kind('We are happy to confirm your final-round interview with the hiring manager on Friday 4 December at 14:00.', { subject: 'Your interview' })).toBe('interview_invitation');
    expect(kind('Hiermit bestätigen wir Ihren Termin für das zweite Gespräch am 4. Dezember 2026 um 14:00 Uhr.', { subject: 'Terminbestätigung' })).toBe('interview_invitation');
    expect(kind('Nous vous confirmons votre entretien le vendredi 4 décembre à 14h00.', { subject: 'Confirmation' })).toBe('interview_invitation');
    expect(kind('Te confirmamos la entrevista el viernes 4 de diciembre a las 14:00.', { subject: 'Confirmación' })).toBe('interview_invitation');
    expect(kind('Hierbij bevestigen we je gesprek op vrijdag 4 december om 14:00 uur.', { subject: 'Bevestiging' })).toBe('interview_invitation');
  });
});

describe('the format, from where the interview is', () => {
  it('reads a named building or a request to bring ID as in person', () => {
    const format = (text: string) => classifyMail(mail(text, { subject: 'Interview invitation' })).interview?.format;
    expect(format('We look forward to welcoming you at our Leeds campus on Monday 7 December at 9am for your interview.')).toBe('onsite');
    expect(format('I am pleased to invite you to interview on 7 December at 9am. Please bring photo ID with you.')).toBe('onsite');
    expect(format('I am pleased to invite you to interview on 7 December at 9am: https://zoom.us/j/123')).toBe('video');
  });
});

describe('dates and times as people write them', () => {
  it('reads a weekday written before its date as that date, not the next such weekday', () => {
    expect(when('Fecha: miércoles, 2 de diciembre de 2026\nHora: 16:00 (hora de Madrid)', { date: '2026-11-25T09:00:00.000Z' })).toBe('2026-12-02 16:00 Europe/Madrid');
    expect(when('Date: Wednesday, 2 December 2026\nTime: 10:30 GMT', { date: '2026-11-25T09:00:00.000Z' })).toBe('2026-12-02 10:30 Europe/London');
    expect(when('Datum: Mittwoch, 2. Dezember 2026, 9:30 Uhr', { date: '2026-11-25T09:00:00.000Z', subject: 'Einladung zum Gespräch' })).toBe('2026-12-02 09:30 Europe/Berlin');
  });

  it('reads times with dots, "h" and ranges, and the zone written beside them', () => {
    expect(when('Could you come in on Tuesday 1 December at 3.15pm?')).toBe('2026-12-01 15:15 Europe/London');
    expect(when('Nous vous proposons un entretien le mardi 1er décembre à 14h30, heure de Paris.', { subject: 'Entretien' })).toBe('2026-12-01 14:30 Europe/Paris');
    expect(when('We would like to invite you to an interview on 3 December, 11:00-12:00 (UTC).')).toBe('2026-12-03 11:00 UTC');
    expect(when('We have booked you for a video call on December 3 from 9:30 to 10:15 ET.')).toBe('2026-12-03 09:30 America/New_York');
    expect(when('We nodigen je uit voor een gesprek op donderdag 3 december om 10.30 uur.', { subject: 'Uitnodiging' })).toBe('2026-12-03 10:30 Europe/Amsterdam');
  });

  it('reads the date in the language its day and month names are in, even in a message too short to detect', () => {
    expect(when('Te invitamos a una entrevista el jueves 3/12 a las 10:00.', { subject: 'Entrevista' })).toBe('2026-12-03 10:00 Europe/Madrid');
    expect(when('Entretien confirmé : jeudi 3/12 à 10:00.', { subject: 'Entretien' })).toBe('2026-12-03 10:00 Europe/Paris');
    expect(when('Your interview is scheduled for 12/03/2026 at 10:00 AM (EST).', { subject: 'Interview scheduled' })).toBe('2026-12-03 10:00 America/New_York');
  });
});
