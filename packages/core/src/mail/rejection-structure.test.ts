// Messages written for these tests, in the five languages: rejections told by the shape of the
// message rather than a phrase of the employer's own: an agency reporting its client's decision, a
// tracker's notice that gives only the application's new status, a personal rejection framed by a
// platform's chrome, the process said to end for the person, the post given to a person named or
// described; and a closed post said as no longer advertised.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import { kindsCase } from './kinds.case';

const { expectAll, expectNone, kind } = kindsCase({ name: 'Brightwater Recruitment', address: 'consultants@brightwater.example' });

// The chrome a careers platform or an agency's mail system puts around every message.
const FOOTER = '\n\n--\nYou are receiving this email because you registered a candidate profile with us. Unsubscribe · Manage email preferences\n';

describe("an agency reporting its client's decision", () => {
  it('reads the client deciding against the person as a rejection, in the five languages', () => {
    expectAll([
      `Hi Jo,\n\nI heard back from my client this morning about the Buyer vacancy. Sadly they have decided not to progress your application, as they want someone with retail buying experience.\n\nSpeak soon,\nTom${FOOTER}`,
      `Hi Jo,\n\nQuick update on the logistics role: our client has decided against inviting you to interview.\n\nBest,\nTom${FOOTER}`,
      `Hallo Jo,\n\nunser Kunde hat sich nach Durchsicht der Unterlagen leider gegen ein Vorstellungsgespräch entschieden. Ich melde mich, sobald ich etwas Neues habe.\n\nViele Grüße\nTom${FOOTER}`,
      `Bonjour Jo,\n\nmon client a étudié votre dossier pour le poste de comptable et a décidé de ne pas donner suite à votre candidature.\n\nBien à vous,\nTom${FOOTER}`,
      `Hola Jo:\n\nla empresa cliente ha revisado tu perfil y ha decidido no continuar contigo en el proceso de selección.\n\nUn saludo,\nTom${FOOTER}`,
      `Beste Jo,\n\nonze opdrachtgever heeft je cv bekeken en heeft besloten om je niet uit te nodigen voor een gesprek.\n\nGroet,\nTom${FOOTER}`,
    ], 'rejection');
  });
});

describe("a tracker's notice that gives only the new status", () => {
  it('reads a status line that turns the application down as a rejection, in the five languages', () => {
    expectAll([
      'Hello,\n\nThere is an update on your application.\n\nPosition: Store Supervisor\nStatus: Not selected\n\nLog in to your candidate portal for details.',
      'Guten Tag,\n\nes gibt Neuigkeiten zu Ihrer Bewerbung.\n\nStelle: Lagerist\nAktueller Status: nicht berücksichtigt\n\nDetails finden Sie im Portal.',
      'Bonjour,\n\nLe statut de votre candidature a évolué.\n\nPoste : Infirmier de nuit\nStatut : Candidature non retenue\n\nConnectez-vous à votre espace.',
      'Hola:\n\nHay novedades en tu candidatura.\n\nPuesto: Auxiliar administrativo\nEstado: Descartado\n\nConsulta tu área personal.',
      'Hallo,\n\nEr is een wijziging in je sollicitatie.\n\nVacature: Magazijnmedewerker\nStatus: Afgewezen\n\nLog in op je kandidatenportaal.',
      `Hi Jo,\n\nYour application has moved.\n\nRole: Barista\nNew status: Rejected${FOOTER}`,
    ], 'rejection');
  });
  it('does not read a status line that moves the application on, as a rejection', () => {
    expectNone([
      'Hello,\n\nThere is an update on your application.\n\nPosition: Store Supervisor\nStatus: Interview scheduled\n\nLog in to your candidate portal for details.',
      'Guten Tag,\n\nStelle: Lagerist\nAktueller Status: in Prüfung',
      'Bonjour,\n\nPoste : Infirmier de nuit\nStatut : En cours d\'examen\n\nConnectez-vous à votre espace.',
      'Hola:\n\nPuesto: Auxiliar administrativo\nEstado: Entrevista programada',
    ], 'rejection');
  });
});

describe('a personal rejection framed by a platform', () => {
  it('reads the decision of a message greeting one person, under a browser line and over an unsubscribe footer, as a rejection', () => {
    expectAll([
      "Trouble viewing this email? View it in your browser\n\nHi Jo,\n\nThanks for talking with us about the Field Engineer role.\n\nWe have now finished interviewing, and we've decided to move forward with other candidates for this position.\n\nAll the best,\nThe Harbourline team\n\nYou are receiving this email because you have a candidate profile with us. Unsubscribe · Privacy policy\nSent by the careers platform on behalf of the employer.",
    ], 'rejection');
  });
  it('keeps a newsletter whose chrome runs through its content a mailing', () => {
    expect(kind('Hi Jo,\n\nThis week in our careers newsletter: how one reader handled it when a company decided to move forward with other candidates. Unsubscribe from these tips at any time.\n\nMore stories: when the hiring team went quiet. Manage your email preferences.\n\nYou are receiving this email because you subscribed. Unsubscribe')).not.toBe('rejection');
  });
});

describe('the process said to end for the person, the person named first', () => {
  it('reads it as a rejection, in the five languages', () => {
    expectAll([
      'Hi Jo, thank you for the trial morning. For you, the selection process ends here; we wish you well.',
      'Hallo Jo, danke für das Fachgespräch. Für Sie endet das Auswahlverfahren an dieser Stelle.',
      'Bonjour Jo, merci pour votre venue. Pour vous, la procédure de recrutement prend fin à ce stade.',
      'Hola Jo, gracias por la prueba. Para ti, el proceso de selección termina aquí.',
      'Beste Jo, bedankt voor het gesprek. Voor jou stopt de sollicitatieprocedure hier.',
    ], 'rejection');
  });
  it('does not read a process that ends with a further step as a rejection', () => {
    expectNone([
      'Hi Jo, for you the process ends with a short call with our founder on Friday.',
      'Hallo Jo, für Sie endet das Verfahren mit einem Gespräch mit der Geschäftsführung.',
    ], 'rejection');
  });
});

describe('the post given to a person named or described', () => {
  it('reads it as a rejection, in the five languages', () => {
    expectAll([
      'Hi Jo, thanks for the trial shift. We offered the kitchen porter job to Priya, who has covered weekends for us all year.',
      'Hi Jo, thanks for coming in. In the end we gave the position to one of our apprentices.',
      'Bonjour Jo, merci pour la journée d\'essai. Le poste d\'aide-cuisinier a été attribué à une ancienne stagiaire de la maison.',
      'Hola Jo, gracias por la prueba. Hemos dado la plaza a una alumna de prácticas que ya conoce la casa.',
      'Hoi Jo, bedankt voor de proefdag. We hebben de baan gegeven aan onze vakantiekracht.',
      'Hallo Jo, danke fürs Probearbeiten. Wir haben die Stelle an Frau Brandt aus der Spätschicht vergeben.',
    ], 'rejection');
  });
  it('does not read the post offered to the person as a rejection', () => {
    expectNone([
      'Hi Jo, we are delighted to say we would like to offer the position to you, starting in January.',
      'Hallo Jo, wir möchten Ihnen die Stelle anbieten und freuen uns auf Sie.',
    ], 'rejection');
  });
});

describe('a reply or a forward: the newest message decides', () => {
  it('reads a rejection forwarded by the person to themself as a rejection', () => {
    const self = 'jo@example.net';
    const forwarded = classifyMail({
      from: { name: 'Jo Doe', address: self }, subject: 'Fwd: Estimator', date: '2026-11-20T09:00:00.000Z',
      text: "\n\n---------- Forwarded message ---------\nFrom: Pete <pete@signs.example>\nDate: Tue, 17 Nov 2026\nSubject: Estimator\nTo: <jo@example.net>\n\nG'day Jo, thanks for dropping by the workshop. We have decided not to go ahead with you for the estimator job. Cheers.\n\nPete",
    }, { self: [self] });
    expect(forwarded.kind).toBe('rejection');
  });
  it("reads the sender's newest words, not the person's quoted note, in a reply", () => {
    const reply = classifyMail({
      from: { name: 'Marnie', address: 'marnie@cafe.example' }, subject: 'Re: Thank you!', date: '2026-11-20T09:00:00.000Z',
      text: "Thanks Jo, lovely of you to write. I should have said sooner: we offered the supervisor job to Sean, who has worked weekends with us.\n\nMarnie\n\nFrom: Jo Doe <jo@example.net>\nSent: Friday, 13 November 2026 08:15\nTo: Marnie\nSubject: Thank you!\n\nHi Marnie, thank you for the trial shift. Looking forward to hearing about the supervisor job.",
    }, { self: ['jo@example.net'] });
    expect(reply.kind).toBe('rejection');
  });
});

describe('a closed post said as no longer advertised', () => {
  it('reads it as a closed position even with the application turned away as its consequence', () => {
    expectAll([
      'Liebe Jo, nach der Übernahme schreiben wir die Stelle in Leipzig nicht mehr aus. Ihre Bewerbung können wir deshalb nicht weiter berücksichtigen.',
      'Hi Jo, after the restructure we are no longer advertising this role, so we cannot take your application further.',
      'Bonjour Jo, suite à la réorganisation, nous ne publions plus cette offre.',
      'Hola Jo, tras el cambio de dirección ya no ofertamos este puesto.',
      'Beste Jo, na de overname stellen we de vacature niet meer open.',
    ], 'position_closed');
  });
});
