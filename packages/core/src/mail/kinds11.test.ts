// Sentences written for these tests, one per kind of sentence the rules must read, in the languages
// where the kind exists: not copied from the labelled mail of bench/data/mail.
import { describe, expect, it } from 'vitest';
import { classifyMail, scoreMail } from './classify';
import { kindsCase } from './kinds.case';
import { gateText, gateWords, passesGate } from './gate';
import { GRAMMAR_RULES } from './grammar';
import { proposesMeeting } from './meetings';
import { RULES } from './phrases';

const { mail, kind, expectAll } = kindsCase({ name: 'Marsh & Pike', address: 'people@marshpike.example' });

const NO_ANOTHER_WAY = [
  'Thanks for the tour of the yard. We have gone a different way on this hire.',
  'Danke für Ihre Zeit am Dienstag. Wir haben uns leider anders entschieden.',
  'Merci pour votre venue. Nous avons finalement fait un autre choix pour ce poste.',
  'Gracias por venir a la nave. Hemos optado por otra opción para esta vacante.',
  'Dank voor je bezoek. We hebben voor deze functie een andere keuze gemaakt.',
];
const NO_NOT_IN_FAVOUR = [
  'The board has made its decision on the Harbour Master post, and it is not in your favour.',
  'Die Entscheidung über die Stelle ist nicht zu Ihren Gunsten ausgefallen.',
  'La décision du jury n\'est malheureusement pas en votre faveur.',
  'La decisión del comité no ha sido favorable en esta ocasión.',
  'Het besluit over de functie is niet in jouw voordeel uitgevallen.',
];
const NO_OTHER_PERSON = [
  'Your application was not taken forward to the assessment day.',
  'Ya cerramos la selección del puesto con otra candidata del proceso.',
  'We closed the search for the foreman role with another applicant last week.',
  'Nous avons clôturé le recrutement avec un autre candidat.',
  'El tribunal ha propuesto a otra aspirante para la plaza de auxiliar.',
  'The interview panel has nominated another candidate for the post.',
  'Die Kommission hat eine andere Bewerberin für die Stelle vorgeschlagen.',
  'De commissie heeft een andere kandidaat voor de functie voorgedragen.',
  'Wir haben das Verfahren mit einer anderen Bewerberin abgeschlossen.',
  'We hebben de procedure met een andere kandidaat afgerond.',
  'Nach reiflicher Überlegung haben wir uns für eine*n andere*n Kandidat*in entschieden.',
  'Wir haben uns für eine:n andere:n Bewerber:in entschieden.',
];

describe('a no said as another way, a decision against, or someone else put forward', () => {
  it('reads each as a rejection', () => {
    expectAll([...NO_ANOTHER_WAY, ...NO_NOT_IN_FAVOUR, ...NO_OTHER_PERSON], 'rejection');
  });
  it('reads no rejection where the words speak of something else', () => {
    expect(kind('Wir haben die Gespräche mit anderen Bewerbern noch nicht abgeschlossen und melden uns bis Freitag.')).toBe('other');
    expect(kind('Te hemos propuesto una reunión con personas del equipo el lunes 7 de diciembre a las 10:00.')).toBe('interview_invitation');
  });
  it('never turns one away at a rule\'s word gate', () => {
    const all = [...NO_ANOTHER_WAY, ...NO_NOT_IN_FAVOUR, ...NO_OTHER_PERSON, ...CLOSED, ...OFFERS, ...RECEIVED];
    for (const rule of [...RULES, ...GRAMMAR_RULES]) {
      const gate = gateWords(rule.re);
      for (const s of all) if (rule.re.test(s)) expect([s, passesGate(gate, gateText(s))]).toEqual([s, true]);
    }
  });
});

describe('a thanks for an interview had, in a rejection', () => {
  it('reads the interview thanked for as no invitation', () => {
    expect(kind('Sehr geehrte Bewerberin, wir bedanken uns für Ihre Bewerbung und das Vorstellungsgespräch am 17.11.2026. Die Kommission hat sich für eine andere Person entschieden.')).toBe('rejection');
  });
  it('reads a date written with dots as no time of day', () => {
    expect(proposesMeeting('Die Unterlagen zum Gespräch vom 17.11.2026 senden wir nicht zurück.')).toBe(false);
    expect(proposesMeeting('Das Gespräch ist am Montag, 14.12., um 10.30 im Büro.')).toBe(true);
  });
  it('still reads an invitation that follows a thanks', () => {
    expect(kind('Thank you for the first interview. We would like to invite you to a second interview on Thursday 10 December at 10am.')).toBe('interview_invitation');
    expect(kind('Wir bedanken uns für Ihre Bewerbung und laden Sie zu einem Vorstellungsgespräch am 17.12. um 10 Uhr ein.')).toBe('interview_invitation');
  });
});

const CLOSED = [
  'We have filled the Site Engineer role internally, so I have to cancel Friday\'s interview.',
  'Wir haben die Stelle der Teamleitung intern nachbesetzt.',
  'Nous avons pourvu le poste de responsable d\'atelier en interne.',
  'Hemos cubierto el puesto de jefa de turno de forma interna.',
  'Wir teilen Ihnen mit, dass wir die Stelle Lagerleitung nicht besetzen werden.',
  'Nous vous informons que le poste de comptable ne sera finalement pas pourvu.',
  'Te informamos de que el puesto de contable no se va a cubrir este año.',
  'We laten je weten dat de vacature van boekhouder niet wordt ingevuld.',
  'Nach dem Verlust eines Kunden fehlt uns das Budget für die Position.',
  'After losing a major client we no longer have the budget for this role.',
  'Suite à la perte d\'un client, nous n\'avons plus de budget pour ce poste.',
  'Tras perder un cliente, no tenemos presupuesto para este puesto.',
  'Door het verlies van een klant is er geen budget meer voor deze functie.',
];

describe('a closed position said as a post left unfilled, filled from within, or without budget', () => {
  it('reads each as a closed position', () => {
    expectAll(CLOSED, 'position_closed');
  });
  it('counts a meeting called off for a closed position as no invitation, in the five languages', () => {
    const called = [
      'Unser Vorstellungsgespräch am Montag, 14.12., um 10 Uhr muss leider entfallen: Die Stelle wird vorerst nicht besetzt.',
      'I have to cancel our interview on Tuesday 8 December at 10am: the position has been put on hold.',
      'Nous devons annuler l\'entretien du mardi 8 décembre à 10h : le recrutement est suspendu.',
      'Tenemos que cancelar la entrevista del martes 8 de diciembre a las 10:00: el proceso queda suspendido.',
      'Het gesprek van dinsdag 8 december om 10:00 gaat niet door: de vacature is ingetrokken.',
    ];
    for (const s of called) expect([s, scoreMail(s).scores.interview_invitation]).toEqual([s, 0]);
    expect(kind('Unser Vorstellungsgespräch am Montag, 14.12., um 10 Uhr muss leider entfallen: Die Stelle wird vorerst nicht besetzt.', 'Vorstellungsgespräch am 14.12. entfällt')).toBe('position_closed');
  });
  it('still reads a meeting called off and moved as an invitation', () => {
    expect(kind('I have to cancel Thursday\'s interview. Could we move it to Friday 11 December at 10am instead?')).toBe('interview_invitation');
  });
  it('reads a position not filled "with you" as a rejection', () => {
    expect(kind('Leider können wir die Stelle nicht mit Ihnen besetzen.')).toBe('rejection');
  });
});

const OFFERS = [
  'The directors signed it off this morning. Contract coming from Priya in HR.',
  'Your written contract will follow from our payroll team on Monday.',
  'Den Arbeitsvertrag schicke ich Ihnen nächste Woche zu.',
  'Votre contrat de travail vous parviendra d\'ici vendredi.',
  'El contrato te llegará el lunes por correo.',
  'Het contract volgt morgen per mail.',
  'The workshop lead job is yours if you want it.',
  'Die Stelle gehört Ihnen, wenn Sie möchten.',
  'Le poste est à vous si vous le souhaitez toujours.',
  'El puesto es tuyo si lo quieres.',
  'De baan is van jou als je wilt.',
  'Wir möchten Sie sehr gerne als Elektrikerin in unserem Team in Kiel haben.',
  'Nous aimerions vous compter parmi nous dès janvier.',
  'Nos gustaría tenerte como jefa de obra en nuestro equipo.',
  'We willen je graag als planner in ons team hebben.',
  'The whole studio would love you to join us as lead animator.',
  'Finance agreed: we can move the base to $142,000. The rest of the offer stands as written.',
  'Anbei das überarbeitete Angebot mit dem höheren Gehalt.',
  'Voici l\'offre révisée avec la nouvelle rémunération.',
  'Te envío la oferta revisada con el nuevo salario.',
  'Hierbij het herziene aanbod met het hogere salaris.',
  'The partners agreed to $96k plus super, and a contract is on its way. Can you start 11 January?',
];

describe('an offer said as a contract on its way, the job given, or terms revised', () => {
  it('reads each as an offer', () => {
    expectAll(OFFERS, 'offer');
  });
  it('reads no offer in a contract under a condition, a role to shape or an invitation', () => {
    expect(kind('Your interview is on Monday 7 December at 10:00. If all goes well, the contract will follow within a week.')).toBe('interview_invitation');
    expect(kind('The role is yours to shape; would you be free for a call on Monday 7 December at 2pm?')).toBe('interview_invitation');
    expect(kind('Wir möchten Sie gerne als Elektrikerin zu einem Vorstellungsgespräch am 7.12. um 10 Uhr einladen.')).toBe('interview_invitation');
  });
});

const RECEIVED = [
  'Thanks for applying to the Deckhand role. Our crew team is reviewing applications and will reach out if there\'s a fit.',
  '¡Gracias por postularte! Recibimos tu hoja de vida y la estamos revisando.',
  'Tu postulación fue recibida.',
  'Merci pour votre candidature. Nous étudions actuellement votre candidature.',
  'Danke für Ihre Bewerbung. Wir sichten derzeit alle Bewerbungen.',
  'Bedankt voor je sollicitatie. We bekijken momenteel alle sollicitaties.',
];

describe('an application received said as being read now', () => {
  it('reads each as received', () => {
    expectAll(RECEIVED, 'application_received');
  });
  it('lets an invitation beside it win', () => {
    expect(kind('We are reviewing your application and would like to invite you to a call on Monday 7 December at 10am.')).toBe('interview_invitation');
  });
});

describe('a tracker\'s rejection with a suggestion or a footer of bulk mail', () => {
  it('reads the decision, not the suggestion to set up alerts', () => {
    expect(kind('Thank you for your interest in the Line Cook position. We will not be moving your application forward. We encourage you to create job alerts on our career site.', 'Status of your candidacy')).toBe('rejection');
  });
  it('reads the decision, not the unsubscribe footer, when the mail speaks of the position', () => {
    expect(kind('Gracias por tu interés en el puesto de Recepcionista. Hemos decidido avanzar con otras personas cuyo perfil encaja mejor. Darse de baja')).toBe('rejection');
  });
});

describe('a calendar app\'s invitation', () => {
  const calendar = { name: 'Google Calendar', address: 'calendar-notification@google.com' };
  it('reads an event with no word of a job search as other', () => {
    expect(classifyMail(mail('Choir rehearsal\nWhen: Thursday 10 Dec 2026 7pm – 9pm (GMT)\nWhere: St Anne\'s hall\n\nGoing? Yes - Maybe - No\nInvitation from Google Calendar', 'Invitation: Choir rehearsal @ Thu 10 Dec 2026 7pm - 9pm (GMT)', calendar)).kind).toBe('other');
  });
  it('still reads an interview sent the same way as an invitation', () => {
    expect(classifyMail(mail('Interview - Marsh & Pike, Site Engineer\nWhen: Thursday 10 Dec 2026 10am – 11am (GMT)\n\nGoing? Yes - Maybe - No\nInvitation from Google Calendar', 'Invitation: Interview - Marsh & Pike @ Thu 10 Dec 2026 10am (GMT)', calendar)).kind).toBe('interview_invitation');
  });
});
