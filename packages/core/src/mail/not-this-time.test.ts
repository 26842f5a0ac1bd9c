// A short "no" drawn as the consequence of what came before ("so not this time"), in the five
// languages, and look-alikes it must leave alone. Sentences of our own, not copied from the labelled mail.
import { describe, it } from 'vitest';
import { kindsCase } from './kinds.case';

const { expectAll, expectNone } = kindsCase({ name: 'Verlag Kranich', address: 'lektorat@kranich.example' });
const letter = (greeting: string, sentence: string, close: string): string => `${greeting}\n\n${sentence}\n\n${close}\nIlse`;

describe('a short no as the letter’s answer', () => {
  it('reads it as a rejection in the five languages', () => {
    expectAll([
      letter('Hi Alex,', 'Your sample edit was tidy, but we need someone who already knows our house style inside out. So not this time.', 'Good luck'),
      letter('Hola Alex:', 'Tu traducción estaba bien, pero buscamos a alguien con más oficio en poesía, así que esta vez no.', 'Suerte'),
      letter('Hallo Alex,', 'Ihre Probeübersetzung war ordentlich, uns fehlt aber die Erfahrung mit Lyrik, also diesmal nicht.', 'Viele Grüße'),
      letter('Bonjour Alex,', 'Votre test était soigné, mais il nous faut quelqu’un de rodé à la poésie : donc pas cette fois.', 'Bien à vous'),
      letter('Beste Alex,', 'Je proefvertaling was netjes, maar we zoeken iemand met meer ervaring in poëzie, dus deze keer niet.', 'Groet'),
    ], 'rejection');
  });

  it('leaves a "no" that denies something else, or no connective, alone', () => {
    expectNone([
      letter('Hi Alex,', 'The call is on Friday at 10:00; so not this time next week, as I said before, but this Friday.', 'Best'),
      letter('Hola Alex:', 'Esta vez no hace falta traer el portátil a la entrevista del martes a las 10:00.', 'Saludos'),
      letter('Hallo Alex,', 'Also diesmal nicht vergessen: der Termin ist am Dienstag um 10 Uhr.', 'Gruß'),
    ], 'rejection');
  });
});
