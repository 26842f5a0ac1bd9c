// Sentences written for these tests, one per kind of sentence the rules must read, in the languages
// where the kind exists: not copied from the labelled mail of bench/data/mail.
import { describe, expect, it } from 'vitest';
import { kindsCase } from './kinds.case';

const SELF = 'robin.hale@example.org';
const { kind, expectAll } = kindsCase({ name: 'Marlowe Tiles', address: 'people@marlowetiles.example' }, SELF);

describe('a group taken on, and the person not in it', () => {
  it('reads the group named by a pronoun, in the five languages', () => {
    expectAll([
      'Three applicants go on to the workshop day, and sadly you are not among them.',
      'Für den Probetag haben wir vier Personen ausgewählt; leider sind Sie nicht darunter.',
      'Nous avons invité quatre personnes à la journée d’essai et vous n’en faites malheureusement pas partie.',
      'Hemos citado a cuatro personas para la prueba y lamentablemente no estás entre ellas.',
      'We nodigen drie mensen uit voor de meeloopdag en helaas zit u daar niet bij.',
    ], 'rejection');
  });
  it('does not read a group the person is told they belong to', () => {
    expect(kind('Three applicants go on to the workshop day, and you are one of them.')).not.toBe('rejection');
  });
});

describe('unsuccessful, the person the subject in a perfect tense', () => {
  it('reads it in English, German, Spanish and Dutch', () => {
    expectAll([
      'Thank you for your interest in the glazier post. I am sorry to say you have been unsuccessful this time.',
      'Vielen Dank für Ihr Interesse. Bei dieser Ausschreibung waren Sie leider nicht erfolgreich.',
      'Gracias por tu interés. Tu candidatura no ha prosperado en esta convocatoria.',
      'Bedankt voor je interesse. Bij deze vacature ben je helaas niet succesvol geweest.',
    ], 'rejection');
  });
  it('does not read the employer unsuccessful in reaching the person', () => {
    expect(kind('You have been unsuccessful in reaching us by phone, so here is a direct line for questions.')).toBe('other');
  });
});

describe('the one chosen as the object of the verb, any trade', () => {
  it('reads another person of any trade chosen or hired', () => {
    expectAll([
      'Thanks for coming in. We have hired another plasterer for the season.',
      'Merci pour votre visite. Le jury a retenu une autre céramiste pour cette résidence.',
      'Gracias por venir. Al final hemos contratado a otra fisioterapeuta.',
      'Danke für Ihren Besuch. Wir haben inzwischen einen anderen Schreiner eingestellt.',
      'Bedankt voor je komst. We hebben intussen een andere schilder aangeworven.',
    ], 'rejection');
  });
  it('reads a Flemish hire verb after its object', () => {
    expect(kind('Wij hebben voor de functie van kok een andere kandidaat aangeworven.')).toBe('rejection');
  });
  it('does not read another date or way chosen', () => {
    expect(kind('Nous avons retenu une autre date pour la visite : le mardi 8 décembre à 14 h.')).not.toBe('rejection');
  });
});

describe('French "ne … pas" around a conjugated step onward', () => {
  it('reads it with a pronoun and in any tense', () => {
    expectAll([
      'Nous avons lu votre dossier avec attention, mais nous ne le retiendrons pas pour la suite.',
      'Après réflexion, nous ne vous convoquerons pas à un second entretien.',
    ], 'rejection');
  });
  it('does not read a negation about all the files', () => {
    expect(kind('Nous ne retiendrons pas toutes les candidatures, mais nous lirons la vôtre avant le 12 décembre.')).not.toBe('rejection');
  });
});

describe('a committee that decides', () => {
  it('reads a decision by a committee under a tracker footer as a rejection', () => {
    const text = 'Thank you for meeting us about the warden post. While your references were strong, the hiring panel has chosen to pursue other candidates for this role.\n\nTo unsubscribe from these messages, visit our preferences page.';
    expect(kind(text, 'Warden', { name: 'Marlowe Tiles', address: 'marlowe@ats.example' })).toBe('rejection');
  });
});

describe('positions closed, with words between', () => {
  it('reads "intern … besetzt" with an object between, and a decision not to open the post', () => {
    expectAll([
      'Wir haben die Stelle mittlerweile intern mit einer erfahrenen Kollegin aus dem Lager besetzt.',
      'El comité decidió no abrir por ahora el puesto de analista; lo cubrirá el equipo actual.',
      'Nous avons décidé de ne finalement pas ouvrir le poste cette année.',
      'We hebben besloten de functie voorlopig niet open te stellen.',
      'After a review we decided not to open the analyst position this year.',
    ], 'position_closed');
  });
});

describe('a promise to read the application, the pronoun for it before the verb', () => {
  it('reads it as a receipt', () => {
    expectAll([
      "Merci d'avoir postulé. Nous la lirons avec soin avant le 14 décembre.",
      'Gracias por tu candidatura. La leeremos con calma antes del viernes.',
    ], 'application_received');
  });
});

describe('a call announced for an interview', () => {
  it('reads it as an invitation when the day is said without a plain time', () => {
    expectAll([
      'Our site lead will call you on Wednesday morning for a phone interview about the fitter opening.',
      'Notre responsable vous appellera mercredi pour un entretien téléphonique.',
    ], 'interview_invitation');
  });
});

describe('mail that is not a step of the person', () => {
  it('reads a survey about an interview had as other', () => {
    expect(kind('Sie hatten vor Kurzem ein Vorstellungsgespräch bei uns. Wir freuen uns über Ihr Feedback in einer kurzen Umfrage (3 Minuten).', 'Wie war Ihr Vorstellungsgespräch?')).toBe('other');
  });
  it('reads an invitation greeting a group as other', () => {
    expect(kind('Liebe Mitglieder,\n\nwir laden Sie herzlich zur Jahresversammlung am Freitag, 11.12., um 19 Uhr ein.', 'Einladung: Jahresversammlung')).toBe('other');
  });
});
