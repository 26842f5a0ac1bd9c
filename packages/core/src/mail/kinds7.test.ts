// Sentences written for these tests, one per kind of sentence the rules must read (the grammar of
// a choice, a negated step, an offer said without the word "offer"): not copied from the
// labelled mail of bench/data/mail.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import { kindsCase } from './kinds.case';

const { mail, kind } = kindsCase({ name: 'Hollis Group', address: 'careers@hollis.example' });

describe('a choice of someone else, in each language\'s word order', () => {
  it('reads the choice followed by a comma and its infinitive clause, and the verb at the clause end', () => {
    expect(kind('Wir haben uns entschieden, die Position mit einem Kandidaten zu besetzen, der mehr Erfahrung in der Logistik hat.')).toBe('rejection');
    expect(kind('We hebben besloten de procedure met een andere kandidaat voort te zetten.'.replace('voort te zetten', 'voortzetten'))).toBe('rejection');
    expect(kind('Na de tweede ronde gaan we de procedure met een andere kandidaat afronden.')).toBe('rejection');
  });

  it('reads someone described rather than called "another" in Spanish, and a choice said as "quedarse con"', () => {
    expect(kind('Tras valorar los perfiles, seguiremos con la candidata que ya conoce nuestro sector.')).toBe('rejection');
    expect(kind('Al final nos hemos quedado con una persona que tiene más experiencia en ventas.')).toBe('rejection');
    expect(kind('Hemos decidido continuar con postulantes que tienen la certificación vigente.')).toBe('rejection');
  });

  it('reads someone hired or found, in both word orders', () => {
    expect(kind('We have since hired someone whose background is closer to the brief.')).toBe('rejection');
    expect(kind('Wir haben inzwischen jemanden eingestellt, der schon im Team gearbeitet hat.')).toBe('rejection');
    expect(kind('We hebben iemand gevonden die beter bij het team past.')).toBe('rejection');
  });

  it('keeps a vacancy filled by the employer\'s own staff a closed position', () => {
    expect(kind('La vacante ha quedado cancelada: se ha cubierto con una persona de nuestra propia plantilla.')).toBe('position_closed');
  });
});

describe('a step onward, denied', () => {
  it('reads a negated conjugated or participle verb in five languages', () => {
    expect(kind('Por ese motivo no avanzaremos con tu candidatura en esta ocasión.')).toBe('rejection');
    expect(kind('Helaas bent u niet uitgenodigd voor een eerste gesprek.')).toBe('rejection');
    expect(kind('Leider wurden Sie nicht zu einem Gespräch eingeladen.')).toBe('rejection');
    expect(kind('You have not been invited to the assessment day this time.')).toBe('rejection');
    expect(kind('Wir haben entschieden, die Stelle als Projektleiter nicht mit Ihnen zu besetzen.')).toBe('rejection');
  });

  it('reads a negated offer verb as a rejection, not an offer', () => {
    expect(kind('I am sorry to say we will not be offering you the Field Engineer role.')).toBe('rejection');
    expect(kind('Sadly we won\'t be offering you the position after all.')).toBe('rejection');
  });

  it('reads "donner suite" denied with its object unsaid, and passing on the person', () => {
    expect(kind('Nous n\'avons pas de poste ouvert et ne donnerons donc pas suite.', 'Candidature spontanée')).toBe('rejection');
    expect(kind('I have discussed it with the partners and we have decided to pass on your application.')).toBe('rejection');
  });

  it('leaves a condition a condition, and German "als" a role', () => {
    expect(kind('Nous avons bien reçu votre candidature. Nous recevons beaucoup de dossiers ; aussi, si vous n\'avez pas de retour sous trois semaines, votre candidature n\'a pas été retenue.')).toBe('application_received');
  });
});

describe('an offer without the word "offer"', () => {
  it('reads the person brought on board in five languages', () => {
    expect(kind('Wir würden Sie sehr gern als Controller an Bord holen!')).toBe('offer');
    expect(kind('Welkom aan boord: we sturen je het contract deze week.')).toBe('offer');
    expect(kind('Nos encantaría tenerte a bordo como diseñadora sénior.')).toBe('offer');
  });

  it('reads the position offered with a separable verb, and a proposal to join in a role', () => {
    expect(kind('Graag bieden wij u de functie van teamleider aan, per 1 maart.')).toBe('offer');
    expect(kind('Gerne bieten wir Ihnen die Stelle als Einkäufer zum 1. April an.')).toBe('offer');
    expect(kind('Te envío nuestra propuesta para que te incorpores al equipo como analista.')).toBe('offer');
  });

  it('reads a counter-offer answered, a contract sent to sign and an offer to accept', () => {
    expect(kind('Good news: we can meet your counter-offer on the base salary.')).toBe('offer');
    expect(kind('De arbeidsovereenkomst stuur ik je morgen ter ondertekening.')).toBe('offer');
    expect(kind('Den Vertrag schicken wir dir nächste Woche per E-Mail.')).toBe('offer');
    expect(kind('Laat je weten of je het aanbod aanneemt?')).toBe('offer');
  });

  it('does not read an interview or a talent network as an offer', () => {
    expect(kind('We would like to offer you an interview on Tuesday.')).not.toBe('offer');
    expect(kind('Please note the closing date for this vacancy is 30 November; thank you for submitting your application. We are currently reviewing all applications.')).toBe('application_received');
  });
});

describe('an interview in person, said by the place or the words', () => {
  const format = (text: string) => classifyMail({ ...mail(text, 'Interview'), subject: 'Einladung / Invitation' }).interview?.format ?? null;
  it('reads "in person" in five languages and a street with its number', () => {
    expect(format('Wir laden Sie zu einem persönlichen Gespräch am Dienstag, 8. Dezember, um 10 Uhr ein.')).toBe('onsite');
    expect(format('Nos gustaría conocerte en persona el martes 8 de diciembre a las 10:00.')).toBe('onsite');
    expect(format('We would like to invite you to an interview on Tuesday 8 December at 10:00 at Harbour Road 14.')).toBe('onsite');
    expect(format('Graag nodigen we je uit voor een gesprek op dinsdag 8 december om 10:00.\nLocatie: Marktplein 3, Gouda')).toBe('onsite');
  });

  it('reads being there said outright over a past phone call, but not a later meeting in person', () => {
    expect(format('After our phone screen, we would like to invite you to an in-person interview on Tuesday 8 December at 10:00.')).toBe('onsite');
    expect(format('Ich würde Sie gern am Dienstag, 8. Dezember, um 10 Uhr anrufen, bevor wir uns persönlich treffen.')).toBe('phone');
  });

  it('does not read "video" in a role as a video call, and still reads a video call', () => {
    expect(format('We would like to invite you to interview for the Video Editor role on Tuesday 8 December at 10:00 at our Leeds office.')).toBe('onsite');
    expect(format('We would like to invite you to a video interview on Tuesday 8 December at 10:00.')).toBe('video');
  });
});

describe('the role, named in more ways', () => {
  const role = (text: string, subject = 'Update') => classifyMail(mail(text, subject)).role;
  it('reads the advert named for the role, a capitalised "Application for", and "as a"', () => {
    expect(role('Merci pour votre intérêt pour l\'offre Gestionnaire de paie chez Hollis.')).toBe('Gestionnaire de paie');
    expect(role('Te escribimos sobre la oferta de Auxiliar Administrativo a la que te apuntaste.')).toBe('Auxiliar Administrativo');
    expect(role('Thank you.', 'Application for Payroll Officer')).toBe('Payroll Officer');
    expect(role('We are unable to offer you a place on the scheme as a Trainee Surveyor this year.')).toBe('Trainee Surveyor');
    expect(role('Wir würden Sie sehr gern als Lagerleiter bei uns sehen.')).toBe('Lagerleiter');
  });

  it('passes over the stage or offer word that opens a subject, and a status after the title', () => {
    expect(role('Hallo.', 'Vertragsangebot Einkaufsleiter')).toBe('Einkaufsleiter');
    expect(role('Hallo.', 'Uitnodiging tweede gesprek Beleidsmedewerker')).toBe('Beleidsmedewerker');
    expect(role('Hallo.', 'Vacature Magazijnchef ingetrokken')).toBe('Magazijnchef');
  });
});

describe('a clock time with its unit written after it', () => {
  const time = (text: string) => classifyMail({ ...mail(text), subject: 'Convocatoria / Convocation' }).interview?.time ?? null;
  it('reads "9:00 horas" on a label line and a French "9h30" after a date with its year', () => {
    expect(time('Le convocamos a una entrevista.\nFecha: martes, 15 de diciembre de 2026\nHora: 10:30 horas\nLugar: Calle Mayor 3')).toBe('10:30');
    expect(time('Vous êtes convoqué à un entretien :\nle mardi 15 décembre 2026 à 10h30\nMairie, salle 2')).toBe('10:30');
  });
});
