// Sentences written for these tests, one per kind of sentence the rules must read, in the languages
// where the kind exists: not copied from the labelled mail of bench/data/mail.
import { describe, expect, it } from 'vitest';
import { kindsCase } from './kinds.case';

const { kind, expectAll } = kindsCase({ name: 'Harrow Mill Joinery', address: 'jobs@harrowmill.example' }, 'sam.reyes@example.org');
const FOOTER = '\n\n---\nManage your candidate profile · Privacy · Unsubscribe from job alerts';

describe('an interview of the person’s own under a tracker’s unsubscribe line', () => {
  it('reads an invitation with its day and time as one, in the five languages', () => {
    expectAll([
      `Hello Sam,\nWe would like to invite you to an interview for the Site Estimator post.\nWhen: Tuesday 15 December at 2:30 pm${FOOTER}`,
      `Hallo Sam,\nwir möchten Sie zu einem Vorstellungsgespräch einladen: Dienstag, 15. Dezember, 14:30 Uhr.${FOOTER}`,
      `Bonjour Sam,\nVotre entretien est prévu le mardi 15 décembre à 14h30 dans nos locaux.${FOOTER}`,
      `Hola Sam:\nTe invitamos a una entrevista el martes 15 de diciembre a las 14:30.${FOOTER}`,
      `Hoi Sam,\nWe nodigen je graag uit voor een gesprek op dinsdag 15 december om 14.30 uur.${FOOTER}`,
    ], 'interview_invitation');
  });
  it('still reads an alert that only mentions interviews as a mailing', () => {
    expect(kind(`8 new jobs for you\nForklift Driver - interview in a week!\nOur webinar on interviews: Thursday at 6pm.${FOOTER}`)).toBe('other');
  });
});

describe('a time said with o’clock or heures, beside a meeting', () => {
  it('reads a proposed slot as an invitation', () => {
    expectAll([
      'Hi Sam, thanks for the drawings. Could we have a chat on Thursday 17th at 11 o’clock?',
      'Bonjour Sam, on peut se voir pour un entretien le jeudi 17 décembre, 11 heures ?',
    ], 'interview_invitation');
  });
});

describe('the person’s papers received', () => {
  it('reads a letter, a CV or a dossier received, and a pronoun for the application, in the five languages', () => {
    expectAll([
      'Hi Sam, got your cover letter, thanks. I will read it over the weekend.',
      'Dear Sam, thank you for submitting your application. Your submission has been safely received.',
      'Hallo Sam, danke für deine Bewerbung als Tischler – sie ist heil bei uns angekommen.',
      'Bonjour, nous avons bien reçu votre dossier et vous en remercions.',
      'Hola Sam, he recibido tu carta, muchas gracias.',
      'Hoi Sam, je motivatiebrief is goed binnengekomen, dank je!',
    ], 'application_received');
  });
});

describe('a post not filled at all, or filled from within, is closed', () => {
  it('reads no one of the post’s kind taken on, in the five languages', () => {
    expectAll([
      'Hi Sam, we have rethought our plans and won’t be hiring a junior joiner after all.',
      'Bonjour Sam, nous ne prendrons finalement pas d’apprenti menuisier cette année.',
      'Hola Sam, al final no contrataremos a ningún aprendiz este invierno.',
      'Hallo Sam, leider stellen wir dieses Jahr doch keinen Azubi ein.',
      'Hoi Sam, we nemen dit seizoen toch geen stagiair aan.',
      'Bonsoir, le budget de formation n’a pas été accordé. Le poste est donc fermé.',
    ], 'position_closed');
  });
  it('reads a colleague or one of our own staff chosen as a closed post, not a rejection', () => {
    expectAll([
      'Sehr geehrte Frau Reyes, die Stelle haben wir intern mit einem Kollegen aus der Montage besetzt.',
      'Hola Sam: hemos cubierto el puesto con una persona de nuestra propia plantilla.',
      'Hoi Sam, de functie wordt door interne doorstroom ingevuld.',
    ], 'position_closed');
  });
});

describe('a rejection said by the post filled, or by going no further', () => {
  it('reads the post named first and filled verb-last, and going no further', () => {
    expectAll([
      'Hallo Sam, die Werkstattleitung haben wir inzwischen besetzt. Alles Gute!',
      'Hoi Sam, de functie van planner hebben we inmiddels ingevuld. Succes!',
      'Bonjour, après examen de votre profil, nous n’irons pas plus loin dans le recrutement.',
    ], 'rejection');
  });
});

describe('an offer', () => {
  it('reads the job given, pay in Euro, and a contract offered, in the five languages', () => {
    expectAll([
      'Sam – good to meet you. If you want the bench joiner job, it’s yours. Let me know.',
      'Wir möchten Sie einstellen. Gehalt 48.000 Euro brutto, Eintritt zum 1. März, der Arbeitsvertrag folgt.',
      'Hola Sam, te ofrecemos un contrato indefinido con inicio en febrero.',
      'Bonjour Sam, nous vous proposons un contrat à durée indéterminée à partir de février.',
      'Hallo Sam, wir bieten Ihnen gerne einen unbefristeten Arbeitsvertrag an.',
      'Hoi Sam, we bieden je graag een vast contract aan.',
    ], 'offer');
  });
});
