// Sentences written for these tests, one per structure the grammar reads, in the five languages;
// none is taken from the labelled mail of bench/data/mail.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import { isNegatedAt } from './clauses';
import { proposesMeeting } from './meetings';
import type { MailMessage } from './schema';

const mail = (text: string, subject = 'Your application'): MailMessage => ({ from: { name: 'Hollis Group', address: 'careers@hollis.example' }, subject, date: '2026-11-20T09:00:00.000Z', text });
const kind = (text: string, subject?: string) => classifyMail(mail(text, subject)).kind;

describe('a rejection as a choice of someone else', () => {
  it('reads the choice, whatever the verb and however the other person is named', () => {
    expect(kind('After much deliberation the panel has offered the post to an applicant with more classroom experience.')).toBe('rejection');
    expect(kind('In the end we went with a candidate who had already worked in logistics.')).toBe('rejection');
    expect(kind("I'm afraid we've filled the role with someone who has more retail experience.")).toBe('rejection');
    expect(kind('Nach sorgfältiger Abwägung haben wir uns für einen anderen Bewerber entschieden.', 'Ihre Bewerbung')).toBe('rejection');
    expect(kind("Après réflexion, notre choix s'est porté sur une autre candidate.", 'Votre candidature')).toBe('rejection');
    expect(kind('Hemos decidido seguir con otro candidato cuyo perfil encaja mejor.', 'Tu candidatura')).toBe('rejection');
    expect(kind('We hebben besloten een andere sollicitant aan te nemen.', 'Je sollicitatie')).toBe('rejection');
  });

  it('does not read interviewing others, or a promise about whom they will take, as a choice made', () => {
    expect(kind('Thanks for your application to the Buyer role. We are reviewing applications and continue interviewing other candidates over the next weeks.')).not.toBe('rejection');
    expect(kind("Thanks for applying! We will only move forward with candidates whose experience matches the role, and we'll be in touch within two weeks.")).not.toBe('rejection');
  });
});

describe('a rejection as a step onward denied', () => {
  it('reads the negation over the step, in five languages', () => {
    expect(kind("Your interviews went well, but we're not able to move you to the final round.")).toBe('rejection');
    expect(kind("We won't be progressing your application any further, but thank you for your interest.")).toBe('rejection');
    expect(kind('Wir werden Ihre Bewerbung daher nicht weiter berücksichtigen.', 'Ihre Bewerbung')).toBe('rejection');
    expect(kind('Nous ne sommes malheureusement pas en mesure de vous proposer un entretien.', 'Votre candidature')).toBe('rejection');
    expect(kind('Te informamos de que no vamos a avanzar con tu candidatura.', 'Tu candidatura')).toBe('rejection');
    expect(kind('We gaan helaas niet verder met je sollicitatie.', 'Je sollicitatie')).toBe('rejection');
  });

  it('reads a denied invitation as a rejection, not an invitation', () => {
    expect(kind('Leider können wir Sie nicht zu einem Vorstellungsgespräch einladen.', 'Ihre Bewerbung')).toBe('rejection');
    expect(isNegatedAt('We will not invite you to an interview', 'We will not '.length)).toBe(true);
    expect(isNegatedAt('Tuesday is not possible, but we invite you on Wednesday', 'Tuesday is not possible, but we '.length)).toBe(false);
  });

  it('keeps a negation over everyone an acknowledgement, and a closed search closed', () => {
    expect(kind('We have received your application. Due to the volume we cannot invite every applicant to an interview.')).toBe('application_received');
    expect(kind('Wir haben Ihre Bewerbung erhalten. Leider können wir nicht alle Bewerber zu einem Gespräch einladen.', 'Eingangsbestätigung')).toBe('application_received');
    expect(kind("We've paused hiring for this role due to budget changes, so we won't be moving forward with any candidates right now.")).toBe('position_closed');
  });
});

describe('an invitation as a day, a time and a meeting', () => {
  it('reads a proposed or confirmed meeting in words no phrase knows', () => {
    expect(kind('Hi Sam, the team would like to speak with you. How about Wednesday 9 December at 2pm on Teams?')).toBe('interview_invitation');
    expect(kind('Zullen we afspreken op dinsdag 8 december om 15.00 uur op ons kantoor?', 'Je sollicitatie')).toBe('interview_invitation');
    expect(kind('¿Te va bien el martes 8 de diciembre a las 12:00 para una llamada?', 'Tu candidatura')).toBe('interview_invitation');
    expect(proposesMeeting('Je vous propose un échange le jeudi 10 décembre à 14h par téléphone.')).toBe(true);
  });

  it('needs all three: a time alone or a meeting without a day is not one', () => {
    expect(proposesMeeting('Our office is open from 9:00 to 17:00.')).toBe(false);
    expect(proposesMeeting('Thanks for the call last week.')).toBe(false);
    expect(kind('Join our live webinar on Thursday at 18:00 about job interviews! Unsubscribe from these emails.', 'Career tips')).toBe('other');
  });
});
