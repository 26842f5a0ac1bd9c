// Sentences written for these tests, one per kind of sentence the rules must read, in the languages
// where the kind exists: not copied from the labelled mail of bench/data/mail.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import { kindsCase } from './kinds.case';

const SELF = 'robin.hale@example.org';
const { kind, mail, expectAll, expectNone } = kindsCase({ name: 'Quarry Lane Bakery', address: 'people@quarrylane.example' }, SELF);

describe('a step onward denied with a verb and its particle', () => {
  it('reads a call back or a bringing in denied, in the five languages', () => {
    expectAll([
      'Thanks for your patience. We will not be calling you back for a second interview.',
      'We have thought it over and we won’t be bringing you in for the trial shift.',
      'Thank you for the conversation. We can’t take your application any further.',
      'Merci pour cet échange. Nous ne vous ferons pas revenir pour un second entretien.',
      'Gracias por tu tiempo. No vamos a volver a llamarte para la segunda entrevista.',
      'Bedankt voor het gesprek. We vragen je niet terug voor een tweede gesprek.',
      'Danke für das Gespräch. Wir werden Sie nicht noch einmal zu uns einladen.',
    ], 'rejection');
  });
  it('does not read a call back that is only delayed', () => {
    expect(kind('I could not call you back today, I will ring tomorrow at 10:00 about the interview.')).not.toBe('rejection');
  });
});

describe('the person the subject of a passive choice', () => {
  it('reads the person not picked, chosen or called, in the five languages', () => {
    expectAll([
      'Thank you for applying. You weren’t picked for the assessment day this year.',
      'Thank you for applying. You have not been chosen for the final panel.',
      'Vielen Dank für Ihre Bewerbung. Sie wurden leider nicht für den Auswahltag ausgewählt.',
      'Merci pour votre candidature. Vous n’avez pas été conviée à l’entretien final.',
      'Gracias por tu candidatura. No fuiste elegida para la fase final.',
      'Gracias por tu candidatura. No has sido escogido para la entrevista final.',
      'Bedankt voor je sollicitatie. Je bent helaas niet gekozen voor de laatste ronde.',
    ], 'rejection');
  });
  it('does not read the person chosen, nor a question about it', () => {
    expectNone([
      'Good news: you were picked for the assessment day on Friday.',
      'Were you not picked for the panel? Read our guide to bouncing back.',
    ], 'rejection');
  });
});

describe('an offer said in a past conditional is no offer', () => {
  it('reads the counterfactual with the rejection beside it', () => {
    expectAll([
      'Had the role been more junior we would have loved to have you on board, but we cannot take you any further.',
      'Wir hätten Sie sehr gerne als Schreinerin in unserem Team gehabt, haben uns aber für eine andere Bewerberin entschieden.',
    ], 'rejection');
  });
  it('still reads an offer said in the plain conditional', () => {
    expect(kind('We would love to have you on the team as our new baker, starting on 4 January.')).toBe('offer');
  });
});

describe('an offer phrase under a negation is no offer', () => {
  it('reads the denied offer as the rejection it is, in the five languages', () => {
    expectAll([
      'Nous ne sommes malheureusement pas en mesure de vous proposer le poste de pâtissière.',
      'Helaas kunnen we je geen aanbod doen voor de functie van bakker.',
      'Lamentablemente no podemos enviarte una propuesta de contratación para este puesto.',
    ], 'rejection');
  });
});

describe('a courtesy with a negation before an offer', () => {
  it('still reads the offer after a colon or a dash', () => {
    expectAll([
      'No dudes en llamarme: nos encantaría que te incorporaras al equipo como panadera.',
      'Do not worry about the notice period – we would love to have you on the team as our new baker.',
    ], 'offer');
  });
});

describe('a decision said beside bulk-mail chrome, in a paragraph to the person', () => {
  it('reads the decision when its paragraph speaks to the person', () => {
    const text = 'Hello Sam,\n\nThank you for meeting our head baker last week.\n\nI’m sorry to bring bad news: the shift lead role is going to another applicant. The team loved your ideas on the morning bake.\n\nQuarry Lane Bakery · Unsubscribe from hiring updates';
    expect(kind(text)).toBe('rejection');
  });
  it('does not read a newsletter whose paragraph speaks to no one in particular', () => {
    const text = 'This week in the Crumb Digest\n\nWhen a bakery tells a baker the role is going to another applicant, the news travels fast. Here are five recipes for the weekend.\n\nUnsubscribe';
    expect(kind(text)).toBe('other');
  });
});

describe('a job board is not a deciding board', () => {
  it('does not read a job board’s newsletter as the employer’s decision', () => {
    const text = 'Crumbs & Careers weekly\n\nOn the Crumbs job board this week: how you bounce back when an employer went with another candidate.\n\nUnsubscribe';
    expect(kind(text, 'Your weekly digest', { name: 'Crumbs & Careers', address: 'digest@crumbsandcareers.example' })).toBe('other');
  });
  it('still reads a selection board’s decision said to the person', () => {
    expect(kind('The selection board has chosen another candidate for your post. Unsubscribe from these updates.')).toBe('rejection');
  });
});

describe('a whether is no decision', () => {
  it('does not read a notice that the person will hear whether they go on, in three languages', () => {
    expectNone([
      'Your application was viewed by the employer. They will tell you whether or not you have been selected for the next round.',
      'Ihre Bewerbung wurde vom Arbeitgeber angesehen. Er teilt Ihnen mit, ob Sie nicht weiterkommen oder eingeladen werden.',
      'Je sollicitatie is bekeken. De werkgever laat je zelf weten of je wel of niet door bent naar de volgende ronde.',
    ], 'rejection');
  });
});

describe('a decision only conceded, in a mail that asks for something else', () => {
  it('reads a survey after a rejection as other, in English and German', () => {
    expectAll([
      'Even though you were not selected for the role, we would value two minutes of your time: tell us about your candidate experience in our short survey.',
      'Auch wenn Sie nicht ausgewählt wurden, freuen wir uns über Ihre Bewerbererfahrung in einer kurzen Umfrage.',
    ], 'other');
  });
  it('still reads a conceded decision with no survey as a rejection', () => {
    expectAll([
      'Although you were not selected for the role this time, we will keep your CV on file.',
      'Wir müssen Ihnen mitteilen, dass Sie nicht ausgewählt wurden.',
    ], 'rejection');
  });
});

describe('a position closed, said with the verb first or its funding gone', () => {
  it('reads the reflexive passive and the post left unfilled, in the five languages', () => {
    expectAll([
      'Te escribimos sobre la convocatoria de panadero: finalmente no se cubrirá la plaza este año.',
      'Te escribimos sobre la convocatoria de panadero: la convocatoria ha quedado sin efecto.',
      'We are writing about the baker vacancy: the post will not now be filled.',
    ], 'position_closed');
  });
  it('reads the funding of the post not renewed, in the five languages', () => {
    expectAll([
      'About the baker post: the grant that paid for the post was not renewed, so we have to stop here.',
      'Zur Stelle als Bäcker: Die Fördermittel für die Stelle wurden nicht verlängert.',
      'Concernant le poste de boulanger : le financement du poste n’a pas été reconduit.',
      'Sobre el puesto de panadero: la subvención que financiaba el puesto no se ha renovado.',
      'Over de functie van bakker: de subsidie voor de functie is niet verlengd.',
    ], 'position_closed');
  });
});

describe('an offer: the contract signed, and a tracker’s offer ready', () => {
  it('reads the signed contract with its participle before the noun', () => {
    expectAll([
      'We are thrilled. Please send back the signed contract by Friday; you start on 4 January.',
      'Wir freuen uns sehr. Bitte schicken Sie uns den unterschriebenen Arbeitsvertrag bis Freitag zurück.',
      'We zijn blij. Stuur je het ondertekende contract voor vrijdag terug?',
      'Wir freuen uns. Den Arbeitsvertrag mit allen Anlagen schicken wir Ihnen morgen.',
    ], 'offer');
  });
  it('reads a tracker’s offer to sign or ready, in the five languages', () => {
    expectAll([
      'Good news! Quarry Lane Bakery has an offer for you. Your offer is ready to view in the portal.',
      'Gute Nachrichten! Unterschreiben Sie Ihr Angebot im Portal bis zum 18. Dezember.',
      'Bonne nouvelle ! Consultez et signez votre offre dans le portail.',
      '¡Buenas noticias! Revisa y firma tu oferta en el portal.',
      'Goed nieuws! Bekijk en onderteken je aanbod in het portaal.',
      'Goed nieuws! Quarry Lane Bakery heeft een aanbod voor je klaargezet.',
    ], 'offer');
  });
  it('does not read a job alert’s offers', () => {
    expect(kind('Neue Angebote für Sie stehen bereit: 12 Bäckerjobs in Ihrer Nähe. Job-Alarm abbestellen')).not.toBe('offer');
  });
});

describe('the person’s own mail', () => {
  it('stays other when the person declines an offer', () => {
    const msg = mail('Thank you for the offer. I have decided to decline it.', 'Re: Offer', { name: 'Robin Hale', address: SELF });
    expect(classifyMail(msg, { self: [SELF] }).kind).toBe('other');
  });
});
