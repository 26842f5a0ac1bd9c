// Sentences written for these tests, one per kind of sentence the rules must read: not copied
// from the labelled mail of bench/data/mail.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import { kindsCase } from './kinds.case';
import { gateText, gateWords, passesGate } from './gate';
import { GRAMMAR_RULES } from './grammar';
import { RULES } from './phrases';

const { mail, kind } = kindsCase({ name: 'Hollis Group', address: 'careers@hollis.example' });

const REJECTIONS = [
  // Someone described, not called "another": Dutch "een kandidaat die", "de ander"; French "une personne qui", "un profil déjà".
  'We hebben besloten verder te gaan met een kandidaat die al jaren in de zorg werkt.',
  'We twijfelden lang, maar zijn toch voor de ander gegaan.',
  'Nous avons retenu une personne qui connaît déjà notre clientèle.',
  'Nous avons fait le choix d\'un profil déjà présent dans la région.',
  // A colleague chosen, German order; "going with someone" said casually.
  'Wir haben uns am Ende für einen Kollegen aus der Branche entschieden.',
  'honestly we decided to go with somebody my old manager recommended.',
  // A negated step onward: Dutch "niet in behandeling nemen", Spanish "no … pasar a la fase".
  'Wij hebben besloten uw brief niet in behandeling te nemen.',
  'Con esta nota no es posible pasar a la fase de entrevistas.',
  // A score below the bar, in five languages.
  'Your test score does not reach the minimum required for the next stage.',
  'Su puntuación no alcanza el mínimo fijado en las bases.',
  'Votre dossier n\'atteint pas le seuil fixé pour l\'oral.',
  'Leider haben Sie die Mindestpunktzahl im Test nicht erreicht.',
  'U heeft de minimale score voor de toets helaas niet gehaald.',
  // The candidacy ended by the employer: paused, "descartamos".
  'We have decided to pause your application for now.',
  'Tras revisarla, descartamos su solicitud.',
  // The follow-up denied with an adjective, the fit "onvoldoende", "het niet met je doen".
  'Nous ne sommes pas en mesure de donner une suite positive à votre demande.',
  'Uw ervaring sluit op dit moment onvoldoende aan bij wat we zoeken.',
  'Sorry, we gaan het niet met je doen.',
  // No opening that fits the person.
  'Nous n\'avons malheureusement pas de poste adapté à votre profil.',
  'We have no suitable roles for you at the moment.',
];

describe('rejections said in more ways', () => {
  it('reads each as a rejection', () => {
    for (const s of REJECTIONS) expect([s, kind(s)]).toEqual([s, 'rejection']);
  });

  it('never turns one away at a rule\'s word gate', () => {
    const folded = REJECTIONS.map(gateText);
    for (const rule of [...RULES, ...GRAMMAR_RULES]) {
      const gate = gateWords(rule.re);
      REJECTIONS.forEach((s, i) => { if (rule.re.test(s)) expect(passesGate(gate, folded[i]!)).toBe(true); });
    }
  });

  it('reads a posting withdrawn as a closed position', () => {
    expect(kind('Thank you for applying. Please note that this posting has been withdrawn.')).toBe('position_closed');
  });

  it('leaves a rejection said under "without a reply" a condition', () => {
    expect(kind('Nous avons bien reçu votre candidature. Sans réponse de notre part sous un mois, votre candidature n\'aura pas été retenue.')).toBe('application_received');
    expect(kind('We have received your application. Without a reply from us within four weeks, please take it that you have not been successful.')).toBe('application_received');
  });

  it('does not read a colleague or a candidate who joins a meeting as a choice', () => {
    expect(kind('Wir laden Sie zu einem Gespräch ein; ein Kollege aus dem Team wird dabei sein.')).toBe('interview_invitation');
    expect(kind('We would like to invite you to an interview on Tuesday at 10:00 with someone from the team.')).toBe('interview_invitation');
  });
});

describe('offers, confirmations of receipt and invitations said in more ways', () => {
  it('reads an offer made with "ein Angebot machen", the position offered far from its verb, and the contract sent', () => {
    expect(kind('Nach unserem Telefonat möchte ich Ihnen gerne ein schriftliches Angebot für die Stelle als Buchhalterin machen.')).toBe('offer');
    expect(kind('Wir würden Ihnen die Stelle als Filialleitung (m/w/d) in Vollzeit (40 Stunden) ab März sehr gerne anbieten.')).toBe('offer');
    expect(kind('Super nouvelle pour le poste de graphiste ! Je vous envoie le contrat demain.')).toBe('offer');
    expect(kind('Great news on the analyst role - we will send you the contract on Monday.')).toBe('offer');
    expect(kind('Leider sind wir nicht in der Lage, Ihnen ein Angebot für die Stelle zu machen.')).not.toBe('offer');
  });

  it('reads receipt said with the object a pronoun or after a long subject', () => {
    expect(kind('Merci pour votre candidature au poste de serveur. Nous l\'avons bien reçue.')).toBe('application_received');
    expect(kind('Ihre Bewerbung als Lagerist (m/w/d) in unserem Werk Nord ist erfolgreich eingegangen.')).toBe('application_received');
  });

  it('reads a live coding exercise inside an interview as an invitation, and a take-home task or a recorded interview as other', () => {
    expect(kind('Please find attached the invitation for your technical interview; it includes a live coding exercise.')).toBe('interview_invitation');
    expect(kind('Thank you for our first conversation. Attached is our case study; the second interview will follow once we have your solution.')).toBe('other');
    expect(kind('You have been invited to complete an on-demand video interview for the Analyst role.')).toBe('other');
  });

  it('reads a scheduling tool\'s request to pick a slot as other, and its confirmation as an invitation', () => {
    const tool = (text: string, subject: string) => classifyMail({ from: { name: 'Hollis via Calendly', address: 'notifications@calendly.com' }, subject, date: '2026-11-20T09:00:00.000Z', text }).kind;
    expect(tool('Hollis would like to schedule your interview. Choose a time that works for you here: https://calendly.example/x', 'Pick a time for your interview')).toBe('other');
    expect(tool('Your interview with Hollis is confirmed for Tuesday, 8 December at 10:00.', 'Confirmed: interview with Hollis')).toBe('interview_invitation');
    expect(kind('We would like to schedule your interview. Choose a time that works for you here: https://calendly.example/x')).toBe('interview_invitation');
  });
});

describe('the format of the meeting proposed, not of one already held', () => {
  const format = (text: string) => classifyMail({ ...mail(text), subject: 'Invitation / Einladung' }).interview?.format ?? null;
  it('passes over a past call or video interview and reads the place', () => {
    expect(format('Suite à notre entretien téléphonique, nous vous invitons à un entretien le mardi 8 décembre à 10h, 12 boulevard Carnot, Lyon.')).toBe('onsite');
    expect(format('Following your video interview, we would like to invite you to our assessment day on Tuesday 8 December at 9am at 40 Mill Lane.')).toBe('onsite');
  });

  it('reads a call promised in Spanish, a street written name first, and "nous vous attendons"', () => {
    expect(format('¿Te parece bien que te llame el martes 8 de diciembre a las 17h para hablar del puesto?')).toBe('phone');
    expect(format('We would like to invite you to interview on Tuesday 8 December at 2pm at 77 Harrow Road, ask for Dana.'.replace('Harrow Road', 'Harrow Green Road'))).toBe('onsite');
    expect(format('Nous vous invitons à un entretien : nous vous attendons le mardi 8 décembre à 10h.')).toBe('onsite');
  });
});

describe('an offer denied far from its verb', () => {
  it('reads "die Stelle … leider nicht anbieten" as no offer', () => {
    expect(kind('Wir können Ihnen die Stelle als Lagerleiter (m/w/d) in Teilzeit leider nicht anbieten, da wir uns für eine andere Person entschieden haben.')).toBe('rejection');
  });
});

describe('the role and the company, written in full', () => {
  const read = (text: string, subject = 'Update', address = 'careers@hollis.example', name = 'Hollis Group') => classifyMail({ from: { name, address }, subject, date: '2026-11-20T09:00:00.000Z', text });
  it('keeps a French feminine in brackets inside the title, and ends a Dutch title before its particle', () => {
    expect(read('Merci pour votre candidature au poste de Technicien(ne) qualité produit.').role).toBe('Technicien(ne) qualité produit');
    expect(read('Graag bieden we je de functie van Werkvoorbereider aan, per 1 maart.').role).toBe('Werkvoorbereider');
  });

  it('keeps "Technical" or "Online" that opens a title in a subject', () => {
    expect(read('Thanks for your time today.', 'Technical Writer - next steps').role).toBe('Technical Writer');
    expect(read('Dank voor je tijd.', 'Online Redacteur').role).toBe('Online Redacteur');
    expect(read('Thanks.', 'Technical interview: Data Analyst').role).toBe('Data Analyst');
  });

  it('reads a company whose domain shortens its last word, from a signature with a dash', () => {
    expect(read('Bonjour,\nMerci pour votre candidature.\n\nJeanne Morel\nMarnier Transports - Agence Lyon Sud', 'Votre candidature', 'j.morel@marnier-trans.fr', 'Jeanne Morel').company).toBe('Marnier Transports');
  });
});

describe('a French title ends at an article, a Spanish subject opens with "Postulación"', () => {
  const role = (text: string, subject = 'Update') => classifyMail(mail(text, subject)).role;
  it('reads the title alone', () => {
    expect(role('Le poste de Chef de rayon une autre fois ? Nous avons retenu un autre profil.')).toBe('Chef de rayon');
    expect(role('Gracias por tu interés.', 'Postulación Analista/o de Riesgos')).toBe('Analista/o de Riesgos');
  });
});
