// Sentences written for these tests, in the five languages: the someone else a choice falls on,
// described rather than named ("others whose…", "one of our coaches", "un candidat disposant de",
// "otra candidatura"); a process said to end for the person; a condition opened by its verb ("Heb
// je niets gehoord, dan…"); and a short reply that agrees with a curly apostrophe.
import { describe, expect, it } from 'vitest';
import { kindsCase } from './kinds.case';

const { kind, expectAll, expectNone } = kindsCase({ name: 'Talleres Ribera', address: 'rrhh@ribera.example' });

describe('a choice of someone else, described', () => {
  it('reads a choice of others described by what they have as a rejection', () => {
    expectAll([
      'Hi Ana, after reviewing your experience, we have decided to progress with others whose background matches the role more closely.',
      'Hi Ana, we chose to move forward with others who have more years in retail.',
      'Bonjour Ana, nous avons finalement retenu un candidat disposant du permis poids lourd.',
      'Bonjour Ana, nous avons choisi une candidate possédant déjà la certification.',
      'Hola Ana: lamentamos comunicarte que hemos decidido avanzar con otra candidatura para el puesto.',
      'Hoi Ana, we hebben besloten verder te gaan met een andere kandidatuur.',
      'Hallo Ana, wir haben uns für eine andere Bewerbung entschieden.',
      'Hi Ana, we have decided to go with a candidate holding the full instructor licence.',
    ], 'rejection');
  });
  it('reads a choice of one of the employer\'s own people as a rejection of the person', () => {
    expectAll([
      'Hi Ana, I\'m really sorry, but we\'ve decided to go with one of our senior coaches for the role.',
      'Hola Ana, al final hemos optado por uno de nuestros técnicos para la plaza.',
      'Hoi Ana, we hebben uiteindelijk gekozen voor een van onze trainers.',
    ], 'rejection');
  });
  it('does not read a choice among the employer\'s offices or a promise about candidates as a rejection', () => {
    expectNone([
      'Hi Ana, we have decided to hold the interview at one of our offices in Leeds on Tuesday.',
      'Hi Ana, thank you for applying. We will only move forward with others whose background matches once the review is done.',
      'Bonjour Ana, nous avons bien reçu votre candidature. Un candidat disposant du permis est un plus pour ce poste.',
    ], 'rejection');
  });
});

describe('a post given to someone already on the staff', () => {
  it('reads the post given to a current member of staff as a position closed, in five languages', () => {
    expectAll([
      'Hi Ana, thank you for your time. We have decided to promote a member of our existing team into the role.',
      'Hallo Ana, wir haben uns entschieden, die Stelle mit einer Mitarbeiterin aus dem eigenen Haus zu besetzen.',
      'Bonjour Ana, nous avons décidé de confier le poste à une personne déjà en poste chez nous.',
      'Hola Ana, hemos decidido ofrecer el puesto a un empleado actual de la empresa.',
      'Hoi Ana, we hebben besloten de functie te geven aan een huidige medewerker.',
    ], 'position_closed');
  });
  it('does not read an offer to current employees at large, or none of them, as a position closed', () => {
    expectNone([
      'Hi Ana, we offer every current employee a referral bonus of 500 euros.',
      'Hola Ana, ofrecemos a los empleados actuales un descuento.',
      'Hi Ana, thanks for applying. We will fill the role with an external hire, as no current employee applied.',
    ], 'position_closed');
  });
});

describe('a process that ends for the person', () => {
  it('reads the process ending for the person as a rejection, in five languages', () => {
    expectAll([
      'Hi Ana, thanks for your time. I am afraid this is where the process ends for you.',
      'Bonjour Ana, merci pour votre temps. Le processus s’arrête ici pour vous.',
      'Hallo Ana, danke für Ihre Zeit. Leider endet der Prozess für Sie an dieser Stelle.',
      'Hola Ana, gracias por tu tiempo. Lamentablemente aquí termina tu proceso.',
      'Hoi Ana, bedankt voor je tijd. Helaas stopt hier de procedure voor jou.',
    ], 'rejection');
  });
  it('does not read a process that ends with a next step, or one spoken of under a condition, as a rejection', () => {
    expectNone([
      'Hi Ana, great news: the process ends for you with a short call with our CEO on Friday.',
      'Hola Ana, tu proceso termina con una entrevista final con la directora.',
      'Hi Ana, we have received your application. If we do not choose you, the process ends for you at this stage.',
    ], 'rejection');
  });
});

describe('a condition opened by its verb', () => {
  it('reads "heb je niets gehoord, dan…" and "hören Sie nichts, dann…" as a condition, not a decision', () => {
    expect(kind('Hoi Ana,\nDank voor je sollicitatie als winkelmanager. We hebben je brief en cv ontvangen.\nHeb je voor 8 januari niets gehoord, dan gaan we niet verder met je sollicitatie.')).toBe('application_received');
    expect(kind('Hallo Ana,\nvielen Dank für Ihre Bewerbung, wir haben Ihre Unterlagen erhalten.\nHören Sie bis Ende Januar nichts von uns, dann können wir Ihre Bewerbung leider nicht weiter berücksichtigen.')).toBe('application_received');
  });
  it('still reads a decision said plainly after a verb-first question as a rejection', () => {
    expect(kind('Hoi Ana, heb je even? We gaan niet verder met je sollicitatie.')).toBe('rejection');
  });
});

describe('a short reply with a curly apostrophe', () => {
  it('reads "C’est noté" and "D’accord" as agreeing to the meeting the history proposes', () => {
    for (const reply of ['C’est noté, merci.', 'D’accord, à jeudi.']) {
      expect(kind(`${reply}\n\nLe mer. 9 déc. 2026 à 09:12, Talleres Ribera <rrhh@ribera.example> a écrit :\n> Bonjour Ana, nous vous proposons un entretien le jeudi 10 décembre à 14h dans nos locaux.`, 'Re: Entretien')).toBe('interview_invitation');
    }
  });
});
