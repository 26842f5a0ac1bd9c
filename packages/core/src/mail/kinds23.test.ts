// Messages written for these tests, in the five languages: a tracker's footer that names the hiring
// process as its channel, under an invitation, an offer or a receipt; an offer taken back; an
// invitation decided against; a deadline that is no meeting; the sender's pleasure to meet the
// person; an offer confirmed; a receipt said with a pronoun or with the role between; a test to do
// online; a spelled time on a line of its own; a reply that fixes a weekday its thread dated.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import { kindsCase } from './kinds.case';
import { timesAsDigits } from './times';

const { kind, expectAll, expectNone } = kindsCase({ name: 'Brinkhof Bouw', address: 'talent@brinkhof.example' });

// Footers of a tracker that say the mail comes from the hiring process, with an unsubscribe line.
const FOOTERS = {
  en: '\n\n--\nThis notification was delivered to you through the Brinkhof recruiting platform. To stop these e-mails, unsubscribe here: https://example.test/u',
  de: '\n\n--\nDiese Nachricht wurde Ihnen über unser Recruiting-Portal zugestellt, weil Sie Kandidatin sind. Benachrichtigungen abbestellen: https://example.test/u',
  fr: '\n\n--\nCe courriel vous est transmis par notre logiciel de recrutement. Pour vous désinscrire : https://example.test/u',
  es: '\n\n--\nEste correo te llega enviado por nuestro sistema de reclutamiento. Para darte de baja: https://example.test/u',
  nl: '\n\n--\nDeze e-mail is verzonden via ons wervingssysteem. Afmelden: https://example.test/u',
};

describe('a footer naming the hiring process as the channel', () => {
  it('keeps an invitation, an offer and a receipt under that footer', () => {
    expectAll([
      `Hi Jo, we would like to invite you to an interview for the site planner role on Tuesday 8 December at 14:00.${FOOTERS.en}`,
      `Hallo Jo, wir laden Sie herzlich zu einem Vorstellungsgespräch am Dienstag, 8. Dezember, um 14 Uhr ein.${FOOTERS.de}`,
      `Bonjour Jo, nous vous invitons à un entretien le mardi 8 décembre à 14h dans nos bureaux.${FOOTERS.fr}`,
      `Hola Jo, te invitamos a una entrevista el martes 8 de diciembre a las 14:00 en nuestra oficina.${FOOTERS.es}`,
      `Beste Jo, we nodigen je uit voor een gesprek op dinsdag 8 december om 14.00 uur op ons kantoor.${FOOTERS.nl}`,
    ], 'interview_invitation');
    expectAll([
      `Hi Jo, we are delighted to offer you the post of site planner, starting on 4 January.${FOOTERS.en}`,
      `Hallo Jo, wir möchten Ihnen die Position als Bauleiterin anbieten, Start am 4. Januar.${FOOTERS.de}`,
      `Bonjour Jo, nous avons le plaisir de vous faire une offre pour le poste de conductrice de travaux.${FOOTERS.fr}`,
      `Hola Jo, nos complace ofrecerte el cargo de jefa de obra a partir del 4 de enero.${FOOTERS.es}`,
      `Beste Jo, we bieden je graag de functie van werkvoorbereider aan, per 4 januari.${FOOTERS.nl}`,
    ], 'offer');
    expectAll([
      `Hallo Jo, wir haben Ihre Bewerbung erhalten und prüfen sie in den nächsten Tagen.${FOOTERS.de}`,
      `Hola Jo, hemos recibido tu candidatura y la revisaremos en los próximos días.${FOOTERS.es}`,
    ], 'application_received');
  });
  it('leaves a job alert with such a footer a mailing', () => {
    expectNone([
      'Hi Jo, 12 new jobs matching "planner" this week.\n\n--\nThis message was sent to you because you set up job alerts on our careers site. Unsubscribe: https://example.test/u',
      'Hallo Jo, 7 neue Stellenangebote für Sie.\n\n--\nDiese Nachricht wurde Ihnen gesendet, weil Sie einen Job-Alarm auf unserem Karriereportal angelegt haben. Abmelden: https://example.test/u',
    ], 'interview_invitation');
  });
});

describe('an offer taken back, an invitation decided against', () => {
  it('reads no offer where the offer is withdrawn', () => {
    expectNone([
      'Dear Jo, I am sorry to tell you that we have to withdraw the offer of employment for the planner role, as the project was cancelled.',
      'Hallo Jo, leider müssen wir das Vertragsangebot für die Stelle zurückziehen, da das Projekt gestoppt wurde.',
      'Hola Jo, lamentamos tener que retirar la carta oferta para el puesto, porque la obra se ha cancelado.',
    ], 'offer');
  });
  it('reads no invitation where the employer decided against one', () => {
    expectNone([
      'Hallo Jo, unser Auftraggeber hat sich gegen eine Einladung zum Vorstellungsgespräch entschieden.',
      'Hi Jo, the client has decided against an interview at this stage.',
      'Beste Jo, de opdrachtgever heeft besloten tegen een sollicitatiegesprek.',
    ], 'interview_invitation');
  });
});

describe('a deadline is no meeting', () => {
  it('reads a recorded interview or an online test due by a time as no invitation', () => {
    expectNone([
      'Hi Jo, we invite you to record your one-way video interview for the planner role by Friday 11 December at 11:59 PM.',
      'Hola Jo, te invitamos a completar una prueba técnica en línea antes del viernes 11 de diciembre a las 18:00.',
      'Bonjour Jo, nous vous invitons à passer un test en ligne avant le vendredi 11 décembre à 18h.',
      'Hallo Jo, wir laden Sie ein, bis Freitag, 11. Dezember, 18 Uhr unseren Online-Test zu absolvieren.',
      'Beste Jo, we nodigen je uit om het online assessment uiterlijk vrijdag 11 december om 18.00 uur te maken.',
    ], 'interview_invitation');
  });
  it('still reads a visit proposed with "come by" as one', () => {
    expect(kind('Hi Jo, could you come by Tuesday 8 December at 10:00 for an interview at our yard?')).toBe('interview_invitation');
  });
});

describe("the sender's pleasure to meet the person", () => {
  it('reads a wish to meet the person, in the five languages, as an invitation', () => {
    expectAll([
      'Bonjour Jo, nous serions très heureux de vous rencontrer pour parler du poste de conductrice de travaux. Quelles sont vos disponibilités ?',
      'Hi Jo, we would be delighted to meet you about the site planner role. Let us know what suits you.',
      'Hallo Jo, wir würden uns sehr freuen, Sie persönlich zu treffen. Wann passt es Ihnen?',
      'Hola Jo, estaríamos encantados de recibirte en la obra para hablar del puesto. ¿Qué día te va bien?',
      'Beste Jo, we zouden het erg leuk vinden om je te ontvangen op de werf. Wanneer past het jou?',
      'Dear Jo, with reference to your application we are pleased to call you for a personal interview at our branch.',
    ], 'interview_invitation');
  });
  it('reads a pleasure had as no invitation', () => {
    expect(kind('Hi Jo, it was a pleasure to meet you last week. We will be in touch about next steps.')).not.toBe('interview_invitation');
  });
});

describe('an offer confirmed, the post named as "cargo"', () => {
  it('reads an offer confirmed to the person as an offer', () => {
    expectAll([
      'Hi Jo, good news: the directors agreed to the figure, so I can confirm our offer of the planner position on those terms.',
      'Hallo Jo, nach Rücksprache bestätigen wir Ihnen gerne unser Angebot zu den besprochenen Konditionen.',
      'Bonjour Jo, je vous confirme notre proposition d\'embauche aux conditions dont nous avons parlé.',
      'Hola Jo, te confirmamos nuestra oferta para el puesto de jefa de obra en las condiciones acordadas.',
      'Beste Jo, hierbij bevestigen we ons aanbod voor de functie van werkvoorbereider.',
      'Estimada Jo: Tenemos el gusto de ofrecerle el cargo de jefa de obra, con inicio el 4 de enero.',
    ], 'offer');
  });
  it('reads a job advert confirmed, or an interview offered, as no offer', () => {
    expectNone([
      'Bonjour Jo, nous confirmons la publication de notre offre d\'emploi sur le site.',
      'Hi Jo, I can confirm the offer of an interview slot on Tuesday.',
    ], 'offer');
  });
});

describe('a receipt said with a pronoun, the role between, or the papers with the employer', () => {
  it('reads each as an application received', () => {
    expectAll([
      'Hallo Jo, vielen Dank für Ihre Bewerbung als Bauleiterin! Sie ist vollständig bei uns eingegangen.',
      'Bonjour Jo, merci pour votre candidature au poste de conductrice de travaux. Elle nous est bien parvenue.',
      'Beste Jo, bedankt voor je sollicitatie als werkvoorbereider. Deze is goed aangekomen.',
      'Estimada Jo: Su solicitud para la plaza de jefa de obra en la delegación norte ha sido registrada con el número 4471.',
      'Dear Jo, your application for the site planner role in our northern branch has been registered under number 4471.',
      'Sehr geehrte Jo, Ihre Unterlagen liegen uns vor und werden derzeit gesichtet.',
      'Beste Jo, je sollicitatie ligt nu bij ons en wordt deze week bekeken.',
    ], 'application_received');
  });
});

describe('times of day in words on a line of their own', () => {
  it('reads the hour under an icon or a label', () => {
    expect(timesAsDigits('📅 mardi 8/12\n🕙 dix heures et quart\n📍 agence')).toContain('10:15');
    expect(timesAsDigits('Heure : onze heures')).toContain('11:00');
    expect(timesAsDigits('Uhrzeit: elf Uhr')).toContain('11:00 Uhr');
    expect(timesAsDigits('Tijd: elf uur')).toContain('11:00 uur');
    expect(timesAsDigits('Le trajet dure deux heures.')).not.toContain(':');
  });
});

describe('a reply that fixes a weekday its thread dated', () => {
  it('takes the day from the history, not the next such weekday', () => {
    const r = classifyMail({
      from: { name: 'Sam Brink', address: 'sam@brinkhof.example' },
      subject: 'Re: planner interview',
      date: '2026-12-02T09:00:00.000Z',
      text: 'Lovely, Thursday at 2pm it is. See you at the yard.\n\nSam\n\nOn Wed, 2 Dec 2026, Jo wrote:\n> Thursday 17 December at 2pm suits me best.\n>\n>> Could you do Thursday 17 December at 2pm or Friday 18 December at 9am for an interview?',
    });
    expect(r.kind).toBe('interview_invitation');
    expect(r.kind === 'interview_invitation' && r.interview?.date).toBe('2026-12-17');
  });
});
