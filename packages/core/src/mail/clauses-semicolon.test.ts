// A condition that opens a clause after a semicolon holds that clause: a receipt that says how
// silence will be read is no rejection. Sentences of our own, not copied from the labelled mail.
import { describe, it } from 'vitest';
import { kindsCase } from './kinds.case';

const { expectAll, expectNone } = kindsCase({ name: 'Stadtwerke Lenz', address: 'karriere@lenz.example' });

describe('a condition after a semicolon', () => {
  it('keeps a receipt whose silence clause follows a semicolon a receipt', () => {
    expectNone([
      'Hello Alex,\n\nWe have received your application for the meter reader post. We cannot write to every applicant; without a reply from us by 15 January, please assume that your application has not been successful.\n\nHR',
      'Bonjour Alex,\n\nNous accusons réception de votre candidature. Nous ne pourrons pas répondre à chacun ; sans réponse de notre part avant le 15 janvier, considérez que votre candidature n’a pas été retenue.\n\nRH',
      'Hallo Alex,\n\nwir haben Ihre Bewerbung erhalten. Wir können nicht jedem einzeln schreiben; ohne Rückmeldung von uns bis Mitte Januar ist Ihre Bewerbung leider nicht berücksichtigt worden.\n\nPersonal',
    ], 'rejection');
  });

  it('still reads a decision after a semicolon as one', () => {
    expectAll([
      'Hello Alex,\n\nThank you for the interview; unfortunately we have decided not to move forward with your application.\n\nHR',
    ], 'rejection');
  });
});
