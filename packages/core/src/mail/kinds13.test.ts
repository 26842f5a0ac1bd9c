// Sentences written for these tests, one per kind of sentence the rules must read, in the languages
// where the kind exists: not copied from the labelled mail of bench/data/mail.
import { describe, expect, it } from 'vitest';
import { kindsCase } from './kinds.case';

const { kind, expectAll, expectNone } = kindsCase({ name: 'Fenwick & Sloe', address: 'people@fenwicksloe.example' });

describe('going another way, said with any form of the verb', () => {
  it('reads the decision in the five languages', () => {
    expectAll([
      'Thanks for coming in. We have decided to go another way with the kitchen lead job.',
      'Nach reiflicher Überlegung haben wir beschlossen, einen anderen Weg einzuschlagen.',
      'Na veel overleg gaan we voor deze functie toch een andere richting op.',
      'Après réflexion, nous sommes partis sur une autre voie pour ce recrutement.',
      'Tras pensarlo mucho, hemos decidido seguir otro camino para esta vacante.',
    ], 'rejection');
  });
  it('leaves directions and a way not taken', () => {
    expectAll([
      'If the main gate is shut, take another way round to the loading bay.',
      'We did not go another way: your start date stays as agreed.',
    ], 'other');
  });
});

describe('someone else described by where they come from', () => {
  it('reads a local hire in the five languages', () => {
    expectAll([
      'In the end we hired someone local who can be on call at weekends.',
      "Nous avons finalement choisi quelqu'un du coin pour ce poste.",
      "On a retenu quelqu'un des environs pour l'atelier.",
      'Al final hemos elegido a alguien de la zona.',
      'Wir haben uns für jemanden aus der Region entschieden.',
      'Uiteindelijk hebben we gekozen voor iemand uit de buurt.',
    ], 'rejection');
  });
});

describe('the position offered to someone else', () => {
  it('reads the Spanish preterite and the German and Dutch verb-final clause', () => {
    expectAll([
      'La plaza de jefe de cocina se la ofrecimos al final a otra candidata.',
      'Escogimos finalmente a otra persona para el puesto.',
      'Die Stelle haben wir inzwischen einer anderen Bewerberin angeboten.',
      'De functie hebben we uiteindelijk aan een andere kandidaat aangeboden.',
    ], 'rejection');
  });
  it('leaves other applicants offered a slot', () => {
    expectAll(['Wir haben anderen Bewerbern ebenfalls Termine angeboten; Ihr Gespräch bleibt am Montag um 10 Uhr.'], 'interview_invitation');
  });
});

describe('gender-neutral German nouns for the other applicants', () => {
  it('reads "Bewerbende" and "Kandidierende" as other people', () => {
    expectAll([
      'Nach Prüfung aller Unterlagen haben wir uns für andere Bewerbende entschieden.',
      'Wir haben uns für eine andere Kandidierende entschieden.',
      'Andere Bewerbende passen noch besser zu unserem Anforderungsprofil.',
    ], 'rejection');
  });
});

describe("a tracker's status line set to a rejection", () => {
  it('reads the status in the five languages', () => {
    expectAll([
      'The status of your application for Site Clerk (Req 4411) has changed to: Not Selected.',
      'Application status: Unsuccessful',
      'Der Status Ihrer Bewerbung wurde geändert auf: Abgelehnt',
      'Statut de votre candidature : non retenue',
      'El estado de tu solicitud ha cambiado a: Descartado',
      'De status van je sollicitatie is gewijzigd naar: afgewezen',
    ], 'rejection');
  });
  it('leaves a status that is no decision, and a note about others not selected', () => {
    expectAll([
      'The status of your application has changed to: Under review. Thank you for applying; we will review it shortly.',
    ], 'application_received');
    expectAll(['Applicants who are not selected may apply again next year.'], 'other');
  });
});

describe('the position filled, the verb last', () => {
  it('reads German and Dutch subordinate clauses and "filled otherwise"', () => {
    expectAll([
      'Leider müssen wir Ihnen mitteilen, dass wir die Stelle bereits besetzt haben.',
      'Die Position wurde zwischenzeitlich anderweitig vergeben.',
      'Helaas moeten we je laten weten dat we de vacature inmiddels hebben ingevuld.',
      'De functie is elders ingevuld.',
    ], 'rejection');
  });
  it('leaves a filling still to come', () => {
    expectAll([
      'Wir melden uns bei Ihnen, sobald wir die Stelle besetzt haben.',
      'Zodra we de vacature hebben ingevuld, sluiten we de procedure.',
    ], 'other');
    expectAll(['Da wir die Stelle noch nicht vergeben haben, laden wir Sie gerne zu einem Gespräch am Montag um 10 Uhr ein.'], 'interview_invitation');
  });
});

describe('the one chosen said not to be the person', () => {
  it('reads it in the five languages', () => {
    expectAll([
      "It wasn't you this time, but we loved your portfolio.",
      'It was not you we chose in the end, and it was close.',
      'Leider sind Sie es diesmal nicht geworden.',
      "Ce n'est pas vous que nous avons retenu pour ce poste.",
      'Esta vez no has sido tú, pero nos gustó mucho tu perfil.',
      'Het is helaas niet jou geworden.',
    ], 'rejection');
  });
  it('leaves a mistake that was not the person', () => {
    expectAll(["Don't worry, it wasn't you: the link we sent was broken. A new one follows."], 'other');
  });
});

describe('the one chosen named with a definite article', () => {
  it('reads the choice made', () => {
    expectAll([
      'We had many applications and we have now chosen the person who will run the spring programme.',
      'Nous avons finalement retenu la candidate dont le profil correspond le mieux.',
      'Wir haben uns für die Kandidatin entschieden, die bereits Erfahrung im Schichtbetrieb hat.',
      'We hebben gekozen voor de kandidaat die al in de regio werkt.',
    ], 'rejection');
  });
  it('leaves the person who will hold the interview', () => {
    expectAll(['We have chosen the person who will interview you on Tuesday at 10am.'], 'interview_invitation');
  });
});

describe('an offer said as the person wanted in the role', () => {
  it('reads the wish in the five languages', () => {
    expectAll([
      "We talked it over and we'd love you to be our Head Gardener from March.",
      'We would love to have you as our new bookkeeper.',
      "On aimerait vraiment que vous nous rejoigniez comme cheffe d'équipe.",
      'Nos encantaría que fueras nuestra nueva coordinadora de sala.',
      'Wir hätten Sie sehr gerne als Teamleiterin bei uns.',
      'We willen je heel graag als teamleider bij ons!',
    ], 'offer');
  });
  it('leaves a guest, a speaker and a conversation', () => {
    expectNone([
      "We'd love you to be our guest speaker at the spring meetup.",
      'Nous aimerions que vous nous rejoigniez pour un entretien mardi.',
      'We willen je graag als eerste laten weten dat de vacature weer open staat.',
    ], 'offer');
  });
});

describe('an offer sent through a tracker to review and sign', () => {
  it('reads it in the five languages', () => {
    expectAll([
      'Congratulations! Fenwick & Sloe has sent you an offer. Review and sign your offer before 9 December.',
      'Fenwick & Sloe te ha enviado una oferta para el puesto de Analista. Revisar y firmar la oferta.',
      "Fenwick & Sloe vous a envoyé une proposition d'embauche. Signer votre offre.",
      'Fenwick & Sloe hat Ihnen ein Vertragsangebot geschickt.',
      'Fenwick & Sloe heeft je een aanbod gestuurd. Aanbod bekijken en ondertekenen.',
    ], 'offer');
  });
});

describe('an application that has landed, and a reply promised', () => {
  it('reads the arrival in the five languages', () => {
    expectAll([
      'Your application has landed safely with us.',
      'Ihre Bewerbung ist gut bei uns gelandet.',
      'Votre candidature a bien atterri chez nous.',
      'Tu candidatura ha aterrizado en nuestro equipo.',
      'Je sollicitatie is goed bij ons geland.',
    ], 'application_received');
  });
  it('reads thanks for applying and a reply promised, whenever it comes', () => {
    expectAll([
      "Merci d'avoir postulé. Nous reviendrons vers vous d'ici le 18 décembre.",
      'Danke für Ihre Bewerbung. Wir kommen bis Ende des Monats auf Sie zurück.',
      'Bedankt voor je sollicitatie. We komen uiterlijk vrijdag bij je terug.',
      "Thank you for applying. We'll come back to you next week.",
      'Gracias por tu candidatura. Volveremos a contactarte pronto.',
    ], 'application_received');
  });
});

describe("a calendar app's invitation or a booking service's reminder that names no job", () => {
  it('reads the answer buttons and the reminder as the person calendar', () => {
    expectAll([
      'Uitnodiging: Buurtoverleg - do 10 dec 2026 19:30\nWanneer: donderdag 10 december 2026 19:30\nAccepteren - Misschien - Weigeren',
      'Invitation: Book club - Thu 10 Dec 2026 7:30pm\nWhen: Thursday 10 December 2026 7:30pm\nAccept - Maybe - Decline',
      'Rappel : rendez-vous chez le dentiste le mardi 8 décembre à 14h30.',
      'Erinnerung: Ihr Termin in der Praxis am Dienstag, 8. Dezember um 14:30 Uhr.',
      'Le recordamos su cita en el taller el martes 8 de diciembre a las 10:00.',
    ], 'other');
  });
  it('keeps an interview sent the same way', () => {
    expectAll([
      'Invitation: Interview for the Site Clerk role - Thu 10 Dec 2026 10:00am\nAccept - Maybe - Decline',
      'Reminder: your appointment for the interview is on Tuesday 8 December at 10:00.',
    ], 'interview_invitation');
  });
});

describe('an invitation with the person the object of the verb', () => {
  it('reads the wish to talk and a date written with dashes', () => {
    expectAll([
      'We willen je graag telefonisch spreken over de vacature.',
      'Wir würden Sie gerne persönlich sprechen.',
      'Nous souhaiterions vous appeler cette semaine.',
      'Nos gustaría llamarte esta semana.',
      "We'd like to call you this week about the role.",
    ], 'interview_invitation');
    expectAll(['Telefoongesprek\nDatum: 10-12-2026\nTijd: 09:00 uur\nOnze recruiter belt je dan.'], 'interview_invitation');
  });
});
