// Sentences written for these tests: rules that open or close on an accented letter, which `\b`
// under the `u` flag never lets match beside a space (see word.ts). Each case reads otherwise on a
// rule written with `\b`.
import { describe, expect, it } from 'vitest';
import { kindsCase } from './kinds.case';

const { kind, expectAll } = kindsCase({ name: 'Talleres Ribera', address: 'rrhh@ribera.example' }, 'ana.ortiz@example.org');

describe('a rule that ends on an accented letter', () => {
  it('reads going no further in Spanish as a rejection ("más allá")', () => {
    expect(kind('Hola Ana, tras revisar tu perfil con calma, no iremos más allá con tu candidatura.')).toBe('rejection');
  });
  it('reads a call promised in the future tense as an invitation ("te llamará … para una entrevista")', () => {
    expect(kind('Hola Ana: nuestra responsable de taller te llamará el jueves para una entrevista.')).toBe('interview_invitation');
  });
  it('reads a condition opened by "au cas où" as a condition, not a decision', () => {
    expect(kind('Bonjour Ana,\nNous avons bien reçu votre candidature pour le poste de soudeur. Au cas où vous n’auriez pas de nouvelles de notre part sous trois semaines, votre candidature n’a pas été retenue.')).toBe('application_received');
  });
  it('reads a headline that asks "por qué" as a question about the case, not a decision', () => {
    expect(kind('Por qué tu candidatura no ha sido seleccionada: cinco consejos para tu próximo CV')).toBe('other');
  });
  it('reads an outreach that came across the person’s résumé as no step of theirs', () => {
    expect(kind('Hi Ana, I came across your résumé and would love to set up a call on Thursday 17 December at 3pm about a role with one of my clients.')).toBe('other');
  });
  it('reads a short reply "c’est noté" as agreeing to the meeting its history proposes', () => {
    expect(kind('C\'est noté, merci.\n\nLe mer. 9 déc. 2026 à 09:12, Talleres Ribera <rrhh@ribera.example> a écrit :\n> Bonjour Ana, nous vous proposons un entretien le jeudi 10 décembre à 14h dans nos locaux.', 'Re: Entretien')).toBe('interview_invitation');
  });
});

describe('a rule that opens on an accented letter', () => {
  it('reads an "échange" on a day at a time as a meeting', () => {
    expect(kind('Bonjour Ana,\nJe vous propose un échange le mardi 15 décembre à 10h30.')).toBe('interview_invitation');
  });
  it('reads a tracker status set "à" a rejection', () => {
    expect(kind('Bonjour Ana,\nLe statut de votre candidature est passé à « non retenue ».')).toBe('rejection');
  });
  it('does not read a wish to have the person join "pour un échange" as an offer', () => {
    expect(kind('Bonjour Ana, nous aimerions que vous nous rejoigniez pour un échange avec l’équipe.')).not.toBe('offer');
  });
});

const FOOTERS = {
  en: '\n\n--\nYou are subscribed to job alerts. Unsubscribe | Manage preferences',
  de: '\n\n--\nJob-Alarm verwalten · Abmelden',
  fr: '\n\n--\nGérer mes alertes emploi · Se désinscrire',
  es: '\n\n--\nGestionar alertas de empleo · Darse de baja',
  nl: '\n\n--\nVacature-alerts beheren · Uitschrijven',
};

describe('a meeting on a day at a time, said to the person above a footer of bulk-mail chrome', () => {
  it('reads it as an invitation, whatever the meeting is called, in the five languages', () => {
    expectAll([
      `Hi Kim,\nCould you come and see our production manager on Wednesday 16 December at 10:00 at our Leeds depot?${FOOTERS.en}`,
      `Hallo Kim,\nkönnen Sie am Mittwoch, 16. Dezember um 10 Uhr zu einem Kennenlernen in unser Werk kommen?${FOOTERS.de}`,
      `Bonjour Kim,\npouvez-vous venir nous rencontrer mercredi 16 décembre à 10h sur notre site de Lyon ?${FOOTERS.fr}`,
      `Hola Kim:\n¿Puedes venir a conocer al equipo el miércoles 16 de diciembre a las 10:00 en nuestra planta?${FOOTERS.es}`,
      `Hoi Kim,\nKun je woensdag 16 december om 10:00 langskomen in onze fabriek voor een kennismaking?${FOOTERS.nl}`,
    ], 'interview_invitation');
  });
  it('still reads an alert whose body lists jobs and events as a mailing', () => {
    expect(kind(`Hi Kim,\n5 new jobs for you near Leeds.\nJoin our open evening on Wednesday 16 December at 6pm.${FOOTERS.en}`)).toBe('other');
  });
});

describe('the person asked to come to a place, or awaited there, on a day at a time', () => {
  it('reads it as an invitation wherever the place is, in the five languages', () => {
    expectAll([
      'Hi Kim, please come down to the yard on Monday 14 December at 8am to meet the shift lead.',
      'Hallo Kim, kommen Sie bitte am Montag, 14. Dezember um 8 Uhr auf die Baustelle in der Hafenstraße.',
      'Bonjour Kim, venez au dépôt lundi 14 décembre à 8h, 12 rue des Lilas.',
      'Hola Kim, te esperamos el lunes 14 de diciembre a las 8:00 en el almacén.',
      'Hoi Kim, kom maandag 14 december om 8 uur naar ons magazijn aan de Havenweg.',
    ], 'interview_invitation');
  });
});
