// A post closed by the employer's own act on the search (stopped, dropped, closed, given up, no one
// from outside), in the five languages, and look-alikes it must leave alone. Sentences of our own,
// not copied from the labelled mail.
import { describe, it } from 'vitest';
import { kindsCase } from './kinds.case';

const { expectAll, expectNone } = kindsCase({ name: 'Werft Nord', address: 'jobs@werft.example' });
const letter = (greeting: string, sentence: string, close: string): string => `${greeting}\n\n${sentence}\n\n${close}\nJoris`;

describe('the search stopped by the employer', () => {
  it('reads it as a closed position in the five languages', () => {
    expectAll([
      letter('Dear Alex,', 'After the merger we are withdrawing the Night Shift Welding Supervisor position altogether.', 'Best'),
      letter('Hola Alex:', 'Con la venta del barco paramos la búsqueda hasta nuevo aviso.', 'Saludos'),
      letter('Beste Alex,', 'Door de nieuwe regels zetten we de werving voor lassers voorlopig stil.', 'Groet'),
      letter('Beste Alex,', 'We laten de procedure voor de monteur dit jaar vallen.', 'Groet'),
      letter('Bonjour Alex,', "Faute de commandes, nous avons renoncé à l'embauche d'un soudeur cet hiver.", 'Cordialement'),
      letter('Hallo Alex,', 'Nach dem Auftragsverlust stoppen wir die Suche nach einer Schweißerin.', 'Gruß'),
      letter('Hi Alex,', "In the end we're not recruiting externally for the foreman post.", 'Best'),
      letter('Hi Alex,', "We've decided to promote one of our riggers into the foreman post, so we won't be moving forward with external candidates.", 'Best'),
    ], 'position_closed');
  });

  it('leaves a search closed with someone else, and a mailing about closing dates, alone', () => {
    expectNone([
      letter('Hola Alex:', 'Cerramos el proceso con otra persona que tiene más experiencia en astilleros.', 'Saludos'),
      letter('Dear Alex,', 'We are closing the welder search with a candidate who already holds the ticket.', 'Best'),
      letter('Bonjour Alex,', 'Nous ne renonçons pas à votre candidature : un entretien suivra en janvier.', 'Cordialement'),
    ], 'position_closed');
  });
});
