// Sentences written for these tests, one per kind of sentence the rules must read, in the languages
// where the kind exists: not copied from the labelled mail of bench/data/mail.
import { describe, expect, it } from 'vitest';
import { kindsCase } from './kinds.case';
import { isCalendarNotice, isOthersMailForwarded } from './notices';

const SELF = 'robin.hale@example.org';
const { kind, expectAll } = kindsCase({ name: 'Marlowe Tiles', address: 'people@marlowetiles.example' }, SELF);

describe('the person as the subject of where they stand', () => {
  it('reads a stage not reached, in every tense, in English', () => {
    expectAll([
      'Thank you for applying. Sadly your CV did not make it through to the interview stage this time.',
      "We read every letter, and I'm sorry to say you haven't progressed to the final round.",
      'Your application will not be going forward to the assessment day.',
      'After the panel met, you are no longer in the running for the warehouse lead post.',
    ], 'rejection');
  });
  it('reads it in German, Dutch, French and Spanish, word order and tense as each language has them', () => {
    expectAll([
      'Wir müssen Ihnen mitteilen, dass Sie im Bewerbungsverfahren leider nicht mehr dabei sind.',
      'Leider bist du nach dem Probetag nicht weitergekommen.',
      'Leider sind Sie in der zweiten Runde ausgeschieden.',
      'Na de tweede ronde ben je helaas afgevallen.',
      'Na het assessment val je helaas af voor deze functie.',
      "Votre candidature n'a malheureusement pu être retenue pour le poste d'agent d'accueil.",
      'Nous sommes désolés : vous ne faites plus partie du processus de sélection.',
      'Lo sentimos, no pasaste la prueba técnica y no continuaremos.',
      'Esta vez no fuiste seleccionada para la vacante de recepción.',
      'Te escribimos para contarte que ya no sigues en el proceso.',
    ], 'rejection');
  });
  it('leaves a question, an absence from a meeting and advice about other people', () => {
    expectAll([
      'Why your application did not make it to the interview stage, and three things to change.',
      'Bitte sagen Sie Bescheid, falls Sie am Mittwoch nicht dabei sein können.',
      'Wenn Sie nicht dabei sein können, finden wir einen anderen Tag.',
    ], 'other');
  });
});

describe('the choice of someone else, German verb-final in other tenses and verb-second', () => {
  it('reads a future, a present and a preterite', () => {
    expectAll([
      'Wir haben lange überlegt und werden die Stelle einem anderen Bewerber anbieten.',
      'Nach dem Gespräch mit dem Team entscheiden wir uns für eine andere Kandidatin.',
      'Am Ende entschieden wir uns für eine*n andere*n Bewerber*in mit mehr Praxis.',
      'Wir freuen uns, dass wir eine andere Bewerberin einstellen konnten, und danken Ihnen.',
      'We hebben besloten de baan aan een andere kandidaat aan te bieden.',
    ], 'rejection');
  });
  it('reads the one chosen named with a definite article after a settled choice', () => {
    expectAll([
      'The directors have now settled on the candidate who will lead the depot from March.',
      'We have opted for the applicant whose experience with school transport is longest.',
    ], 'rejection');
  });
});

describe('Spanish negation with its clitic before the verb, every tense', () => {
  it('reads the step denied', () => {
    expectAll([
      'Lamentablemente no te vamos a contratar para la campaña de Navidad.',
      'Este año no le ofrecemos la plaza de monitor, lo sentimos.',
      'Por ahora no podemos ofrecerte el puesto de cajera.',
    ], 'rejection');
  });
  it('keeps the offer that no negation governs', () => {
    expectAll(['Nos alegra ofrecerte el puesto de cajera a partir del lunes.'], 'offer');
  });
});

describe('another route taken, as a choice and not as directions', () => {
  it('reads the choice made', () => {
    expectAll(['After the last round we went a different route with this hire.'], 'rejection');
  });
  it('leaves directions', () => {
    expect(kind('See you on Tuesday 8 December at 10:00 for the interview. If the bridge is closed, go another route via the ring road.')).toBe('interview_invitation');
  });
});

describe('a confirmation said with the verb in another person or place', () => {
  it('reads a first-person receipt and a German reply promised with words between', () => {
    expectAll([
      'Hola: he recibido tu CV para el puesto de camarero. Lo revisaré y te digo algo.',
      'Vielen Dank für Ihre Bewerbung. Wir melden uns in den nächsten Tagen bei Ihnen.',
    ], 'application_received');
  });
});

describe('other applicants said to fit better, and a Flemish retained', () => {
  it('reads them', () => {
    expectAll([
      'Unfortunately, the hiring team felt other candidates were a stronger match.',
      "Après réflexion, d'autres profils correspondaient davantage à nos besoins.",
      'Otros perfiles se ajustaban mejor a lo que buscamos.',
      'Andere kandidaten sloten beter aan bij het profiel.',
      'Je kandidatuur werd niet weerhouden.',
      'Je bent helaas niet geselecteerd voor de volgende ronde.',
    ], 'rejection');
  });
  it('leaves a promise about whom they will call', () => {
    expect(kind('Thanks for applying. Candidates who are a stronger match will be contacted within two weeks.')).not.toBe('rejection');
  });
});

describe("a tracker's status vocabulary", () => {
  it('reads the status words that say no', () => {
    expectAll([
      'Your application status: Not shortlisted',
      'Bewerbungsstatus geändert auf: Abgewiesen',
      'Statut de votre candidature : Écartée',
      'Estado de tu candidatura: No apto',
      'De status van je sollicitatie is gewijzigd naar: Niet aangenomen',
    ], 'rejection');
  });
  it('leaves the status words that do not', () => {
    expectAll(['Your application status changed to: Viewed by employer'], 'other');
  });
});

describe('an offer said as a contract to sign, in any form of the verb', () => {
  it('reads it in the five languages', () => {
    expectAll([
      'Great news! Your employment contract is ready in the portal: please review and sign it by Friday.',
      'Anbei Ihr Arbeitsvertrag als Lagerist. Bitte unterzeichnen Sie beide Exemplare.',
      'Votre contrat de travail est disponible : merci de le signer électroniquement avant lundi.',
      'Te paso tu contrato; fírmalo cuando puedas y devuélvemelo.',
      'Je arbeidsovereenkomst staat klaar; je kunt hem online ondertekenen.',
    ], 'offer');
  });
  it('leaves a contract without a signature and a sign-up', () => {
    expectAll(['Contract roles this week: sign up for alerts to see the contract rates first.'], 'other');
  });
});

describe('a position on hold said with another figure', () => {
  it('reads a role put on ice or shelved', () => {
    expectAll([
      'Thank you for your interest. The vacancy has been put on ice until the spring budget is agreed.',
      'I am sorry to say the role has been shelved after the merger.',
    ], 'position_closed');
  });
});

describe('a calendar notice is not an invitation unless someone invites', () => {
  const notice = 'Reminder\n\nInterview: Site Manager (Corbel Homes)\nTuesday 8 December 2026, 14:00–15:00\nYou accepted this event.\n\n[Accept]  [Tentative]  [Decline]';
  it('reads a reminder with answer buttons as a notice', () => {
    expect(isCalendarNotice(notice)).toBe(true);
    expect(kind(notice, 'Reminder: Interview at 14:00', { name: 'Calendar', address: 'no-reply@calendar.example' })).toBe('other');
    expect(isCalendarNotice('Erinnerung: Vorstellungsgespräch am Dienstag, 8. Dezember, 14:00 Uhr\nZusagen - Vielleicht - Absagen')).toBe(true);
  });
  it('keeps an organiser who invites', () => {
    expect(isCalendarNotice('Dana Park has invited you to: Interview, Tuesday 8 December 2026 at 14:00\nGoing? Yes - Maybe - No')).toBe(false);
  });
});

describe("someone else's mail forwarded to the person", () => {
  const text = "Robin, what do you make of this? Should I ask for feedback?\n\n---------- Forwarded message ---------\nFrom: Halden Foods <jobs@haldenfoods.example>\nSubject: Your application\n\nDear Jo,\nThank you for your interest. Unfortunately we have decided not to move forward with your application.\n";
  it('leaves a friend forwarding their own rejection', () => {
    expect(isOthersMailForwarded('Dear Ms Okafor,\nthank you', 'Jo Okafor')).toBe(true);
    expect(kind(text, 'Fwd: Your application', { name: 'Jo Baptiste', address: 'jo.b@mailbox.example' })).toBe('other');
  });
  it("keeps the person's own forward and a recruiter's forward addressed to the person", () => {
    expect(kind(text.replace('Dear Jo', 'Dear Robin'), 'Fwd: Your application', { name: 'Robin Hale', address: SELF })).toBe('rejection');
    expect(kind(text.replace('Dear Jo', 'Dear Robin'), 'Fwd: Your application', { name: 'Jo Baptiste', address: 'jo@agency.example' })).toBe('rejection');
  });
});
