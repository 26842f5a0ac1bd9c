// Sentences written for these tests, one per kind of sentence the rules must read: not copied
// from the labelled mail of bench/data/mail.
import { describe, expect, it } from 'vitest';
import { kindsCase } from './kinds.case';
import { timesAsDigits } from './times';
import { companyFromSender } from './company';
import { roleFromMail } from './role';

const { mail, kind } = kindsCase({ name: 'Orchard Lane', address: 'people@orchardlane.example' });

describe('a choice of another person named by their trade', () => {
  it('reads "went with another engineer" as a rejection', () => {
    expect(kind('Sorry it took a while. In the end the panel went with another designer who has more print work behind her.')).toBe('rejection');
    expect(kind('We have gone with a different accountant for this role, someone already qualified.')).toBe('rejection');
  });
  it('does not read going with another thing as one', () => {
    expect(kind('We went with another venue for the team lunch; the interview is still on Monday 7 December at 10am.', 'Interview on Monday')).toBe('interview_invitation');
  });
});

describe('a wish to talk, in the polite conditional', () => {
  it('reads it as an invitation in the five languages', () => {
    expect(kind('Votre parcours nous intéresse. Nous souhaiterions vous rencontrer le jeudi 10 décembre à 11h.')).toBe('interview_invitation');
    expect(kind('Your portfolio stood out and we would love to speak with you on Thursday 10 December at 11am.')).toBe('interview_invitation');
    expect(kind('Wir möchten gerne mit Ihnen über die Stelle sprechen, am Donnerstag, 10.12., um 11 Uhr.')).toBe('interview_invitation');
    expect(kind('Nos encantaría hablar contigo el jueves 10 de diciembre a las 11:00.')).toBe('interview_invitation');
    expect(kind('We willen graag met je kennismaken op donderdag 10 december om 11:00.')).toBe('interview_invitation');
  });
});

describe('clock times in words', () => {
  it('reads an English hour before o\'clock', () => {
    expect(timesAsDigits('at three o\'clock in the afternoon')).toBe('at 15:00 in the afternoon');
    expect(timesAsDigits('at ten o\'clock')).toBe('at 10:00');
  });
  it('reads a French afternoon hour on the 24-hour clock', () => {
    expect(timesAsDigits('le lundi 14 décembre à seize heures')).toBe('le lundi 14 décembre à 16:00');
    expect(timesAsDigits('à quinze heures trente')).toBe('à 15:30');
  });
});

describe('a company name longer than the sender\'s domain', () => {
  it('takes the organisation noun before the name the domain spells', () => {
    expect(companyFromSender('Ana Ruiz', 'ana@almazara.es', 'Un saludo,\nAna Ruiz\nCooperativa Almazara')).toBe('Cooperativa Almazara');
  });
  it('takes the capitalised words after it on the same line', () => {
    expect(companyFromSender('Ben Hale', 'ben@fernhale.com', 'We would like you to join Fern & Hale Surveyors as our graduate.\n\nBen')).toBe('Fern & Hale Surveyors');
    expect(companyFromSender('Ida Kort', 'ida@kortbouw.nl', 'Groet,\nIda\nRecruiter, Kort Bouw Installaties')).toBe('Kort Bouw Installaties');
  });
  it('stops at a legal form with dots, a team word or a day', () => {
    expect(companyFromSender('Ida Kort', 'ida@kortbouw.nl', 'Groet,\nIda Kort\nKort Bouw B.V.')).toBe('Kort Bouw');
    expect(companyFromSender('Ben Hale', 'ben@fernhale.com', 'Best,\nBen Hale\nFern & Hale Recruiting')).toBe('Fern & Hale');
    expect(companyFromSender('Ben Hale', 'ben@fernhale.com', 'See you at Fern & Hale Monday morning.\nBen')).toBe('Fern & Hale');
  });
});

describe('a role after the word that names the mail\'s act', () => {
  it('passes over a reschedule, a proposal, a job ad, a registration or a hire in the subject', () => {
    expect(roleFromMail('Thanks for your patience.', 'Terminvorschlag Gespräch Lagerleiter (m/w/d)', 'Acme')).toBe('Lagerleiter');
    expect(roleFromMail('Please see below.', 'Stellenausschreibung Fachkraft Lagerlogistik', 'Acme')).toBe('Fachkraft Lagerlogistik');
    expect(roleFromMail('Bienvenida.', 'Incorporación Auxiliar Administrativo', 'Acme')).toBe('Auxiliar Administrativo');
    expect(roleFromMail('See you then.', 'Rescheduled: Warehouse Supervisor', 'Acme')).toBe('Warehouse Supervisor');
  });
  it('reads the role after "cargo de", "plaza de" and "contratación de un"', () => {
    expect(roleFromMail('Te escribimos sobre el cargo de Analista Contable.', 'Entrevista', 'Acme')).toBe('Analista Contable');
    expect(roleFromMail('En relación con la plaza de Auxiliar de Farmacia, le citamos.', 'Cita', 'Acme')).toBe('Auxiliar de Farmacia');
    expect(roleFromMail('La contratación de un Técnico de Apoyo a la Docencia queda desierta.', 'Resolución', 'Acme')).toBe('Técnico de Apoyo a la Docencia');
  });
  it('reads the role a screen is for', () => {
    expect(roleFromMail('Diane will call you.', 'Reschedule: phone screen for Night Shift Supervisor', 'Acme')).toBe('Night Shift Supervisor');
  });
});

describe('a negation ends with its clause', () => {
  it('does not carry a negation across a comma into a new clause', () => {
    expect(kind('Your application for the barista role is not finished, you can continue it from your account at any time.')).toBe('other');
    expect(kind('Ihre Bewerbung ist noch nicht vollständig, Sie können sie jederzeit fortsetzen.')).toBe('other');
    expect(kind('Je sollicitatie is nog niet verstuurd, je kunt altijd verder gaan.')).toBe('other');
  });
  it('still reads a negation around an aside as a rejection', () => {
    expect(kind('We will not, sadly, be moving forward with your application.')).toBe('rejection');
    expect(kind('Sadly we are not able to proceed, as the panel preferred more retail experience.')).toBe('rejection');
  });
});

describe('going forward, with a time to be found', () => {
  it('reads a decision to move forward and a call to be timed as an invitation', () => {
    expect(kind('We have read your application and would love to move forward. Our coordinator will be in touch this week to set up a time for a first call.')).toBe('interview_invitation');
  });
  it('does not read moving forward with someone else as one', () => {
    expect(kind('We would like to move forward with another applicant. We will keep your details to arrange a call should something open.')).toBe('rejection');
  });
});

describe('a calendar app\'s own reminder', () => {
  it('reads the notice of an event already in the person\'s calendar as other', () => {
    expect(kind('Interview - Fernhill Bakery\nWhen: Thu 10 Dec 2026 11:00 – 12:00\nYou are receiving this email because you are subscribed for notifications on calendar alex@example.net.', 'Notification: Interview - Fernhill Bakery @ Thu 10 Dec 2026 11:00')).toBe('other');
  });
});
