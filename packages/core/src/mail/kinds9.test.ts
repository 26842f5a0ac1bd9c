// Sentences written for these tests, one per kind of sentence the rules must read: not copied
// from the labelled mail of bench/data/mail.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import { kindsCase } from './kinds.case';

const { mail, kind } = kindsCase({ name: 'Orchard Lane', address: 'people@orchardlane.example' });

describe('what is not a rejection', () => {
  it('reads a negation about other applicants as a description of them', () => {
    expect(kind('Thanks for applying to the lab technician post. Because of the volume we cannot reply to candidates who are not invited to interview.', 'Acknowledgement of your application')).toBe('application_received');
    expect(kind('Many thanks. We are sorry that applicants who were not shortlisted cannot get individual feedback.', 'Acknowledgment of your application')).toBe('application_received');
  });
  it('reads a denied slot as a meeting moved, not an application ended', () => {
    expect(kind('Leider können wir Ihnen den geplanten Termin am Freitag nicht mehr anbieten. Passt Ihnen stattdessen Mittwoch, der 9. Dezember, um 14:30 Uhr für das Vorstellungsgespräch?')).toBe('interview_invitation');
    expect(kind('Sadly we can no longer offer you the slot on Friday. Could we meet on Wednesday 9 December at 2:30pm for the interview instead?')).toBe('interview_invitation');
  });
  it('reads an application not yet sent as other', () => {
    expect(kind('Sie haben Ihre Bewerbung als Lagerist begonnen. Ihre Bewerbung ist noch nicht abgeschlossen: es fehlt der Lebenslauf.')).toBe('other');
  });
  it('still reads an application declined as a rejection', () => {
    expect(kind('Nach eingehender Prüfung ist Ihre Bewerbung leider abgelehnt worden.')).toBe('rejection');
    expect(kind('We will not invite you to an interview for this role.')).toBe('rejection');
  });
});

describe('a position filled from within', () => {
  it('reads someone from the employer\'s own team as a closed position, in the five languages', () => {
    expect(kind('Thanks for coming in. In the end we went with someone from our own team who knows the shop well.')).toBe('position_closed');
    expect(kind('Danke für dein Interesse. Wir haben uns für jemanden aus dem eigenen Team entschieden.')).toBe('position_closed');
    expect(kind('Merci pour votre venue. Nous avons choisi quelqu\'un de notre propre équipe.')).toBe('position_closed');
    expect(kind('Gracias por venir. Hemos elegido a alguien de nuestro propio equipo.')).toBe('position_closed');
    expect(kind('Dank voor je komst. We hebben gekozen voor iemand uit ons eigen team.')).toBe('position_closed');
  });
  it('still reads someone from outside as a rejection', () => {
    expect(kind('Danke für dein Interesse. Wir haben uns für jemanden aus der Branche entschieden.')).toBe('rejection');
  });
});

describe('rejections said in ways the rules did not read', () => {
  it('reads each, in the five languages', () => {
    expect(kind('Après réflexion, nous continuons avec un·e autre candidat·e pour ce poste.')).toBe('rejection');
    expect(kind('Nous avons retenu des profils plus proches de nos besoins actuels.')).toBe('rejection');
    expect(kind('Wir haben beschlossen, das Verfahren mit Ihnen nicht weiterzuführen.')).toBe('rejection');
    expect(kind('For now we will not be adding you to our interpreter pool.')).toBe('rejection');
    expect(kind('Gracias por la prueba. Al final nos hemos quedado con otra camarera del barrio.')).toBe('rejection');
    expect(kind('Wir haben uns für einen Bewerber mit langer Erfahrung im Außendienst entschieden.')).toBe('rejection');
  });
  it('reads a rejection above an unsubscribe footer when it speaks of the person\'s application', () => {
    expect(kind('Thank you for your application. We will not be progressing your application further.\n\nUnsubscribe | Privacy')).toBe('rejection');
    expect(kind('Bedankt voor je sollicitatie. We hebben voor een andere kandidaat gekozen.\n\nAfmelden')).toBe('rejection');
  });
  it('still reads a bulk mail with a footer as other', () => {
    expect(kind('Five new roles match your saved search this week. Apply today!\n\nUnsubscribe')).toBe('other');
  });
});

describe('offers, receipts and closed positions without their usual phrase', () => {
  it('reads pay, a start date and a contract as an offer, in the five languages', () => {
    expect(kind('Good news: we both want you at the bakery. 42k a year, first day would be March 2. I will send the contract on Monday.', 'next steps')).toBe('offer');
    expect(kind('Wir sind uns einig. Gehalt 51.000 EUR brutto, Arbeitsbeginn am 1. April. Den Vertrag bringe ich am Montag vorbei.', 'Neuigkeiten')).toBe('offer');
    expect(kind('Nous sommes ravis : 38 000 € brut annuels, date de prise de poste le 6 avril. Le contrat suit par courrier.', 'Suite')).toBe('offer');
    expect(kind('Nos encantó la prueba. 2.100 € brutos al mes, fecha de incorporación el 12 de enero; te enviamos el contrato mañana.', 'Buenas')).toBe('offer');
    expect(kind('We zijn eruit: € 3.600 bruto per maand, eerste werkdag 2 maart. Het contract stuur ik je vandaag nog.', 'Nieuws')).toBe('offer');
  });
  it('does not read a salary band and a start date in an invitation as an offer', () => {
    expect(kind('We would like to invite you to an interview on Tuesday 8 December at 11:00. The band is 45k to 50k with a start date in spring.')).toBe('interview_invitation');
  });
  it('reads a receipt said as "confirm that it has been received" or "ha quedado registrada"', () => {
    expect(kind('Many thanks for sending us your details for the warehouse role. We confirm that it has been received.')).toBe('application_received');
    expect(kind('Su inscripción en la bolsa de Monitor/a de Tiempo Libre ha quedado registrada con el número 88.')).toBe('application_received');
  });
  it('reads a public call declared void as a closed position', () => {
    expect(kind('La convocatoria de la plaza de auxiliar administrativo ha quedado desierta por falta de presupuesto.')).toBe('position_closed');
  });
});

describe('a take-home already done', () => {
  it('is a step behind, not a task: the meeting it leads to is an invitation', () => {
    expect(kind('Your take-home was excellent. Could you do a video call with the panel on Thursday 10/12 at 3pm? Zoom link to follow.')).toBe('interview_invitation');
  });
  it('a take-home to do is still a task', () => {
    expect(kind('Please complete the attached take-home within five days and send it back by email.')).toBe('other');
  });
});

describe('a phone number to reach the employer', () => {
  const format = (text: string) => classifyMail(mail(text, 'Interview')).interview?.format;
  it('is a contact channel, not the format of the meeting', () => {
    expect(format('We would like to meet you at our office on Tuesday 8 December at 10:00. Address: 14 Mill Road, Leeds.\n\nJane Hart\nPhone: 0113 496 0321')).toBe('onsite');
    expect(format('Wir laden Sie am Dienstag, 8. Dezember, um 10:00 Uhr in unser Büro ein. Falls es nicht passt, melden Sie sich telefonisch unter 030 5550 1234.')).toBe('onsite');
  });
  it('a phone interview is still one', () => {
    expect(format('We would like to invite you to a phone interview on Tuesday 8 December at 10:00; I will call you on 0113 496 0321.')).toBe('phone');
  });
});
