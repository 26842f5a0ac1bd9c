// A rejection said as the post handed to, or the choice of, someone described rather than called
// another candidate, in the five languages, and look-alikes it must leave alone. Sentences of our
// own, not copied from the labelled mail.
import { describe, it } from 'vitest';
import { kindsCase } from './kinds.case';

const { expectAll, expectNone } = kindsCase({ name: 'Hofbäckerei Kern', address: 'info@kern.example' });
const letter = (greeting: string, sentence: string, close: string): string => `${greeting}\n\n${sentence}\n\n${close}\nMira`;

describe('the post given to someone described', () => {
  it('reads the post handed to someone with an indefinite article as a rejection', () => {
    expectAll([
      letter('Hallo Alex,', 'Wir haben die Stelle als Konditor/in letzte Woche an eine Meisterin aus Ulm vergeben, die schon bei uns ausgeholfen hat.', 'Gruß'),
      letter('Hallo Alex,', 'Leider sind alle Plätze für den Winter vergeben, der letzte an einen Skilehrer mit Erfahrung.', 'Gruß'),
      letter('Hola Alex:', 'La plaza de ayudante de cocina se la hemos dado a una chica que ya trabajó con nosotros en verano.', 'Saludos'),
      letter('Bonjour Alex,', 'Le poste de vendeur a été confié à une habitante du quartier qui connaît bien la boutique.', 'Cordialement'),
      letter('Hi Alex,', 'We gave the job to a lad from the village who did his apprenticeship with us.', 'Cheers'),
      letter('Beste Alex,', 'De functie van bakker hebben we gegund aan een jongen uit het dorp die hier stage liep.', 'Groet'),
    ], 'rejection');
  });

  it('reads a choice of someone described, by its grammar, as a rejection', () => {
    expectAll([
      letter('Hallo Alex,', 'Wir haben uns nach dem Probetag für einen Bäcker aus der Nachbarschaft entschieden.', 'Gruß'),
      letter('Hallo Alex,', 'Wir haben lange gezögert, uns dann aber für eine erfahrene Verkäuferin entschieden, die sofort anfangen kann.', 'Gruß'),
      letter('Hola Alex:', 'Al final hemos decidido contratar a otro muchacho que vive aquí al lado.', 'Saludos'),
      letter('Hi Alex,', "We've taken on a school leaver who lives round the corner.", 'Cheers'),
      letter('Bonjour Alex,', 'Nous avons finalement embauché une apprentie qui termine sa formation chez nous.', 'Cordialement'),
      letter('Beste Alex,', 'We hebben inmiddels een oud-leerling aangenomen die de zaak al kent.', 'Groet'),
    ], 'rejection');
  });

  it('leaves a post still to give, a day chosen and access given alone', () => {
    expectNone([
      letter('Hallo Alex,', 'Die Stelle wird erst nach den Probetagen an einen Gesellen vergeben, wir melden uns.', 'Gruß'),
      letter('Hallo Alex,', 'Die Stelle ist noch nicht an einen Gesellen vergeben.', 'Gruß'),
      letter('Hallo Alex,', 'Wir haben uns für einen Termin am Dienstag entschieden und freuen uns auf Sie.', 'Gruß'),
      letter('Hola Alex:', 'Te hemos dado acceso al portal para que veas el puesto y el horario.', 'Saludos'),
      letter('Hi Alex,', 'The role will be given to a local baker once the trial days are over.', 'Cheers'),
      letter('Beste Alex,', 'De functie wordt pas na de gesprekken aan een kandidaat gegund.', 'Groet'),
    ], 'rejection');
  });
});

describe("the person's own application as the subject of a denial", () => {
  it('reads it as said to the person under a mailing footer', () => {
    const footer = '\n\n--\nYou are receiving this email because you applied through our careers site. Unsubscribe: https://example.test/u';
    expectAll([
      `Dear Alex,\n\nThank you for sitting our numeracy test. Sadly, your application will not be going on to the interview stage.\n\nEarly Careers Team${footer}`,
    ], 'rejection');
  });
});
