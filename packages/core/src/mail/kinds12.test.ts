// Sentences written for these tests, one per kind of sentence the rules must read, in the languages
// where the kind exists: not copied from the labelled mail of bench/data/mail.
import { describe, expect, it } from 'vitest';
import { kindsCase } from './kinds.case';
import { isAskedAt, isQuotedAt } from './clauses';

const { kind, expectAll } = kindsCase({ name: 'Tarn & Wick', address: 'people@tarnwick.example' });

describe('a choice of someone else, said with a verb of landing, settling or leaning', () => {
  it('reads the choice in the five languages', () => {
    expectAll([
      'After the final round the committee settled on another applicant for the surveyor post.',
      'We picked someone with more site experience in the end.',
      'In the end the studio landed on a candidate whose portfolio is closer to our clients.',
      'Wir haben uns nach langem Überlegen für eine andere Bewerberin entschlossen.',
      'Nous nous sommes finalement penchés vers un autre profil pour cette mission.',
      'Al final nos hemos inclinado por otra candidata con más experiencia en obra.',
      'Uiteindelijk zijn we uitgekomen bij een andere kandidaat voor deze functie.',
    ], 'rejection');
  });
});

describe('the answer said to be no', () => {
  it('reads "a no" as the decision', () => {
    expectAll([
      "Sorry Jamie, it's a no from the client on this one.",
      'I spoke to the directors and the answer is no for now.',
      'Die Antwort der Geschäftsführung ist leider ein Nein.',
      "Pour ce poste, c'est malheureusement un non.",
      'Para esta vacante la respuesta es no.',
      'Voor deze functie is het helaas een nee geworden.',
    ], 'rejection');
  });
  it('leaves a no that is no decision', () => {
    for (const s of [
      "It's no problem to move the call, see you then.",
      'Moving the start date is a no-brainer for us.',
      "C'est non seulement un métier, c'est une passion : découvrez nos métiers.",
    ]) expect([s, kind(s)]).not.toEqual([s, 'rejection']);
  });
});

describe('refraining from the step onward', () => {
  it('reads the noun of the step after the verb of refraining, separable and verb-final', () => {
    expectAll([
      'We have decided to refrain from progressing your application at this stage.',
      'Nach Prüfung aller Unterlagen sehen wir von einer weiteren Berücksichtigung ab.',
      'Wir haben uns entschlossen, von einer weiteren Berücksichtigung Ihrer Bewerbung abzusehen.',
      'Wir nehmen von einer Fortsetzung des Verfahrens mit Ihnen Abstand.',
      'Na overleg zien wij af van een verdere procedure met u.',
      'Nous renonçons à donner suite à votre candidature.',
      'Hemos decidido prescindir de tu candidatura para esta vacante.',
    ], 'rejection');
  });
});

describe('a rejection asked, not said', () => {
  it('does not read a question or a headline as a decision', () => {
    expectAll([
      'Ta candidature n\'a pas été retenue ? Trois pistes pour rebondir cette semaine.',
      'Your application was unsuccessful? Here is how to ask for useful feedback.',
      '¿Tu candidatura no ha avanzado? Te contamos cómo mejorar tu CV.',
      'Ben je niet uitgenodigd voor een gesprek? Zo verbeter je je motivatiebrief.',
    ], 'other');
  });
  it('finds the question mark close after the match, not past a clause', () => {
    const t = 'We will not be moving forward, but could we keep your CV on file?';
    expect(isAskedAt(t, 0)).toBe(false);
    expect(isAskedAt('Not shortlisted again? Read on.', 0)).toBe(true);
  });
});

describe('a rejection quoted from someone else\'s mail', () => {
  it('does not read the quotation as the sender\'s decision', () => {
    expectAll([
      'My sister got this yesterday: "We regret to inform you that your application has not been successful." Should she ask why?',
      'Mein Kollege hat heute diese Mail bekommen: „Leider können wir Ihre Bewerbung nicht weiter berücksichtigen.“ Was würdest du ihm raten',
      'Un ami a reçu ceci : « Nous ne pourrons pas donner suite à votre candidature. » Tu en penses quoi',
    ], 'other');
  });
  it('leaves a title in quotes outside the quotation', () => {
    const t = 'Your application for "Site Lead" has not been successful.';
    expect(isQuotedAt(t, t.indexOf('has not'))).toBe(false);
    expect(kind(t)).toBe('rejection');
  });
  it('counts a short phrase cited in quotes as quoted only when asked for citations', () => {
    const t = 'The wording changed from "not proceeding" to "filled" this year.';
    expect(isQuotedAt(t, t.indexOf('not proceeding'))).toBe(false);
    expect(isQuotedAt(t, t.indexOf('not proceeding'), true)).toBe(true);
    expect(isQuotedAt(t, t.indexOf('this year'), true)).toBe(false);
  });
});

describe('a rejection said to the person above a bulk-mail footer', () => {
  it('reads the decision, not the footer', () => {
    expectAll([
      'After the panel met we decided not to move you forward to the final stage.\n\nUnsubscribe: tarnwick.example/u',
      'De commissie heeft besloten: wij gaan niet met u verder.\n\nGeen berichten meer ontvangen? Afmelden kan via de website.',
    ], 'rejection');
  });
  it('leaves a newsletter that speaks of rejection without a sender deciding', () => {
    expect(kind('Ten reasons you were not selected for the job, and what to do next.\n\nUnsubscribe: news.example/u')).toBe('other');
  });
});

describe('curly apostrophes', () => {
  it('reads a negation written with a curly apostrophe', () => {
    expect(kind('I’m sorry to say we won’t be able to offer you the position.')).toBe('rejection');
  });
});

describe('a search or its hiring stopped', () => {
  it('reads the search as the subject of a closed process, and hiring no staff', () => {
    expectAll([
      'La búsqueda para este puesto quedó en pausa hasta marzo.',
      'La recherche est suspendue jusqu\'à nouvel ordre.',
      'De selectie voor deze rol is stopgezet.',
      'Wir werden in diesem Jahr vorerst kein neues Personal einstellen.',
      'We will not be taking on any new staff this year.',
      'La empresa decidió no contratar personal hasta el verano.',
    ], 'position_closed');
  });
});

describe('a decision against the person, and a duty to disappoint', () => {
  it('reads both in the five languages', () => {
    expectAll([
      'The panel decided against progressing your application.',
      'Wir haben uns gegen Ihre Bewerbung entschieden.',
      'Leider müssen wir Sie enttäuschen.',
      'Helaas moeten wij je teleurstellen.',
      'Nous devons malheureusement vous décevoir.',
      'Tenemos que decepcionarte: el puesto ya tiene dueño.',
      'Wir können Ihnen leider keine Zusage machen.',
    ], 'rejection');
  });
});

describe('it did not work out, someone appointed, the search kept open', () => {
  it('reads each', () => {
    expectAll([
      "It hasn't worked out for this role, I'm afraid.",
      'Leider hat es für die zweite Runde nicht gereicht.',
      'Es hat diesmal leider nicht geklappt.',
      "Votre candidature n'a malheureusement pas abouti.",
      'Esta vez no ha podido ser.',
      'We have now appointed to this post.',
      'The successful candidate has accepted our offer.',
      'We have decided to continue our search.',
      'Wir haben entschieden, die Suche fortzusetzen.',
      'Nous avons décidé de poursuivre nos recherches.',
      'Hemos decidido seguir buscando.',
      'We hebben besloten verder te zoeken.',
      "We feel your experience isn't the right match for this position.",
    ], 'rejection');
  });
  it('leaves a search that goes on with the person', () => {
    expect(kind('Great news: the team has decided to keep looking at your portfolio and would like a call on Monday 7 December at 10am.')).toBe('interview_invitation');
  });
});

describe('the step onward denied, in more of its forms', () => {
  it('reads each', () => {
    expectAll([
      'Votre candidature n\'a pas été sélectionnée pour la suite du processus.',
      'Malheureusement, nous ne sommes pas en mesure de vous proposer ce poste.',
      'Vous ne faites pas partie des candidats présélectionnés.',
      'Te informamos que no seguirás en el proceso de selección.',
      'Ihre Bewerbung ist leider nicht weitergekommen.',
      'We hebben de functie aan iemand anders gegeven.',
      'Wir möchten den Prozess mit anderen Kandidat:innen fortsetzen.',
      'Finalmente nos decantamos por otro perfil.',
    ], 'rejection');
  });
  it('leaves a request to hold back questions', () => {
    expect(kind('Wir haben Ihre Bewerbung erhalten. Bitte sehen Sie bis dahin von Rückfragen zum Stand Ihrer Bewerbung ab.')).toBe('application_received');
  });
});

describe('the person chosen for the job, said to them', () => {
  it('reads the choice, the welcome and the contract on its way as an offer', () => {
    expectAll([
      "I'm delighted to let you know you've got the job.",
      'Congratulations, you have been selected for the role of Store Manager.',
      "We'd love for you to start with us on 1 February.",
      'Wir haben uns für Sie entschieden!',
      'Wir freuen uns, Sie bald in unserem Team begrüßen zu dürfen.',
      'Nos complace informarte de que has sido seleccionado para el puesto.',
      'Hemos decidido contar contigo para el puesto de Analista.',
      'We zijn blij je te kunnen vertellen dat je bent aangenomen.',
      'We hebben voor jou gekozen!',
      'Your contract is on its way and should arrive by Friday.',
      'Der Vertrag ist unterwegs, bitte unterschreiben Sie ihn bis Freitag.',
    ], 'offer');
  });
  it('leaves the choice negated or made for an interview', () => {
    expectAll([
      'Wir haben uns leider nicht für Sie entschieden.',
      'Lamentablemente no has sido seleccionado para el puesto.',
      'En esta ocasión no vamos a contar contigo para el puesto.',
    ], 'rejection');
    expect(kind('You have been selected for an interview on Monday 7 December at 10am by video call.')).toBe('interview_invitation');
    expect(kind('Wir freuen uns, Sie am Dienstag, 8. Dezember um 10 Uhr zum Gespräch in unserem Haus begrüßen zu dürfen.')).toBe('interview_invitation');
  });
});
