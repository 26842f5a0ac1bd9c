// A post filled from within, by structure (the post, a verb of filling it, one of the employer's
// own people in one sentence), in the five languages, and look-alikes it must leave alone.
// Sentences of our own, not copied from the labelled mail.
import { describe, it } from 'vitest';
import { kindsCase } from './kinds.case';

const { expectAll, expectNone } = kindsCase({ name: 'Acme', address: 'jobs@acme.example' });
const letter = (greeting: string, sentence: string, close: string): string => `${greeting}\n\n${sentence}\n\n${close}`;

describe('a post filled from within', () => {
  it('reads it as a closed position in the five languages', () => {
    expectAll([
      letter('Dear Alex,', 'Thank you for applying. We have offered the position to a current employee.', 'Kind regards'),
      letter('Dear Alex,', 'The vacancy has now been taken by someone from within the team.', 'Kind regards'),
      letter('Hallo Alex,', 'Die Stelle wird mit einer eigenen Mitarbeiterin besetzt.', 'Viele Grüße'),
      letter('Bonjour Alex,', 'Le poste sera pourvu par un collaborateur déjà en poste chez nous.', 'Cordialement'),
      letter('Hola Alex:', 'La vacante se cubrirá con personal propio.', 'Saludos'),
      letter('Hola Alex:', 'El puesto lo ocupará un empleado actual de la empresa.', 'Saludos'),
      letter('Beste Alex,', 'De functie wordt ingevuld door een eigen medewerker.', 'Met vriendelijke groet'),
      letter('Beste Alex,', 'We hebben de vacature vergeven aan een huidige collega.', 'Met vriendelijke groet'),
    ], 'position_closed');
  });

  it('leaves a post open to internal candidates, staff named for another reason, and an offer alone', () => {
    expectNone([
      letter('Dear Alex,', 'This vacancy is open to internal and external candidates; please send your CV by Friday.', 'Kind regards'),
      letter('Dear Alex,', 'Our internal recruiter will fill you in on the role next week.', 'Kind regards'),
      letter('Hallo Alex,', 'Wir haben deine Bewerbung für die Stelle an unsere Kollegin in der Personalabteilung weitergegeben.', 'Viele Grüße'),
      letter('Bonjour Alex,', "Le poste d'interne en pharmacie a été pourvu l'an dernier, mais nous recrutons à nouveau.", 'Cordialement'),
      letter('Hola Alex:', 'Te hemos dado acceso al portal de empleo interno para que veas el puesto.', 'Saludos'),
      letter('Beste Alex,', "Je nieuwe collega's kijken ernaar uit je te ontmoeten: we bieden je de functie aan per 1 maart.", 'Met vriendelijke groet'),
    ], 'position_closed');
  });
});
