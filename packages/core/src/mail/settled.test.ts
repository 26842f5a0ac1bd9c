// Messages written for these tests, in the five languages: a decision told by the shape of the
// message (settled.ts): an automatic reply that says the post is taken and that whoever has not been
// contacted by now was not chosen; the one chosen said to have signed; a text message relayed by a
// phone's export, colloquial; a candidate of the employer's own chosen, and the post that will not
// be filled (phrases-closed.ts). Each with the look-alikes that must stay what they are.
import { describe, it } from 'vitest';
import { kindsCase } from './kinds.case';

const { expectAll, expectNone } = kindsCase({ name: 'Jo Baker', address: 'jo.baker@harbourmill.example' });

describe('an automatic reply: the post taken, and whoever has not been contacted not chosen', () => {
  it('reads it as a rejection in the five languages, and an acknowledgement or a plain absence as none', () => {
    expectAll([
      `Thanks for your email. I'm on leave until 4 January and will reply then.\n\nAbout the Stores Assistant vacancy: all interviews have now been held and the role was offered and accepted. If you haven't heard from me yet, I'm sorry to say you were not selected this time.\n\nJo`,
      `Vielen Dank für Ihre Nachricht. Ich bin bis zum 5. Januar nicht im Büro.\n\nZur Stelle als Lagerhelfer: Das Auswahlverfahren ist abgeschlossen. Haben Sie bisher nichts von uns gehört, dann wurden Sie leider nicht ausgewählt.\n\nJana Weiß`,
      `Merci pour votre message. Je suis absente jusqu'au 5 janvier.\n\nConcernant le poste d'aide-magasinier : le recrutement est clos. Si vous n'avez pas été contacté(e), votre candidature n'a malheureusement pas été retenue.\n\nClaire`,
      `Gracias por su correo. Estaré fuera de la oficina hasta el 7 de enero.\n\nSi escribe por la vacante de mozo de almacén: las entrevistas ya han concluido. Si no ha recibido noticias nuestras, lamentablemente no ha sido seleccionado/a.\n\nLucía`,
      `Bedankt voor je bericht. Ik ben tot 6 januari afwezig.\n\nOver de vacature magazijnmedewerker: de gesprekken zijn inmiddels gevoerd. Ben je nog niet gebeld, dan ben je helaas niet geselecteerd.\n\nSanne`,
    ], 'rejection');
    expectNone([
      `Thank you for applying for the Stores Assistant role. Interviews will take place in January. If you have not heard from us within four weeks, please assume that your application has not been successful.`,
      `Vielen Dank für Ihre Bewerbung. Wenn Sie innerhalb von vier Wochen nichts von uns gehört haben, war Ihre Bewerbung leider nicht erfolgreich.`,
      `Je suis absente jusqu'au 5 janvier. Le recrutement est clos pour cette saison. Si vous n'avez pas eu de réponse d'ici là, merci de relancer Paul.`,
      `Estaré fuera hasta el 7 de enero. Las entrevistas ya han concluido y le escribiremos esta semana con el resultado.`,
      `Ik ben tot 6 januari afwezig. De gesprekken zijn gevoerd. Heb je nog niets gehoord, bel dan even met Sanne.`,
    ], 'rejection');
  });
});

describe('the one chosen said to have signed', () => {
  it('reads it as a rejection in the five languages, and the signing still to come as none', () => {
    expectAll([
      `Hi Alex,\n\nA quick note on the Deli Assistant job: the selected candidate has now signed. Thanks for your patience.\n\nJo`,
      `Hallo Alex,\n\nzur Stelle an der Kasse: Die ausgewählte Bewerberin hat bereits unterschrieben. Danke für Ihre Geduld.\n\nJo`,
      `Bonjour Alex,\n\npour le poste de caissier : la personne retenue a signé hier. Merci de votre patience.\n\nJo`,
      `Hola Alex:\n\nsobre el puesto de cajero, la persona seleccionada ya firmó. Gracias por su paciencia.\n\nJo`,
      `Hoi Alex,\n\nover de functie kassamedewerker: de gekozen kandidaat heeft inmiddels getekend. Bedankt voor je geduld.\n\nJo`,
    ], 'rejection');
    expectNone([
      `Hi Alex,\n\nOnce the selected candidate has signed, we will announce the new team lead on the intranet.\n\nJo`,
      `Bonjour Alex,\n\ndès que la personne retenue a signé, nous vous enverrons le planning de la formation.\n\nJo`,
      `Hoi Alex,\n\nzodra de gekozen kandidaat heeft getekend, sturen we de planning rond.\n\nJo`,
    ], 'rejection');
  });
});

describe('a text message, colloquial, as a phone relays it', () => {
  it('reads taking someone else as a rejection, and a date, a basis or a person along as none', () => {
    expectAll([
      `Salut Alex, c'est Marc de la boulangerie. On part sur un autre profil pour le poste de vendeur, désolé !`,
      `Salut Alex, on a pris quelqu'un d'autre pour la plonge, bonne continuation.`,
      `Hallo Alex, hier ist Uwe vom Hofladen. Wir haben jetzt jemand anderen genommen, sorry!`,
      `Hola Alex, soy Marta del bar. Al final vamos con otro perfil para la barra, lo siento.`,
      `Hoi Alex, Ingrid hier van de kaaswinkel. We hebben toch iemand anders genomen, sorry!`,
      `Text from +44 7700 900123 (Sam, Bayside Cafe), 2 Dec 17:40:\n"Hi Alex, Sam here. Thanks for the trial shift. Sorry, we've gone with someone else for the barista job. Good luck!"`,
      `SMS reçu le 02/12 à 17:40 de +33 6 98 76 54 32 :\n"Bonsoir Alex, c'est Léa du fleuriste. Merci d'être passé. Pour le poste de vendeur, on part sur un autre profil, désolée."`,
    ], 'rejection');
    expectNone([
      `Salut Alex, pour le contrat on part sur une base de 35 heures, ça te va ?`,
      `Hallo Alex, wir haben einen anderen Termin genommen: Donnerstag um 10 Uhr.`,
      `Hola Alex, para la entrevista vamos con otra persona del equipo, no te preocupes.`,
      `Hoi Alex, iemand anders heeft het genomen, de sleutel ligt bij de receptie.`,
      `My friend got this from them today:\n"Sorry, we've gone with someone else for the barista job. Good luck!"\nCan you believe it?`,
    ], 'rejection');
  });
});

describe('a candidate of the employer\'s own, and a post that will not be filled', () => {
  it('reads them as a closed position in the five languages, and a post open to internal candidates as none', () => {
    expectAll([
      `Sehr geehrte Frau Morgan,\n\ndie Kommission hat sich für eine interne Kandidatin entschieden.\n\nMit freundlichen Grüßen`,
      `Madame,\n\nle jury a finalement retenu une candidate interne.\n\nCordialement`,
      `Estimada Alex:\n\nla comisión ha seleccionado a un candidato interno.\n\nAtentamente`,
      `Beste Alex,\n\nde commissie heeft gekozen voor een interne kandidaat.\n\nMet vriendelijke groet`,
      `Dear Alex,\n\nAfter the merger we will not be filling the logistics role after all.\n\nBest`,
      `Hallo Alex,\n\nnach der Übernahme besetzen wir die Stelle nicht mehr.\n\nGrüße`,
      `Bonjour Alex,\n\nnous ne pourvoirons finalement pas le poste de magasinier.\n\nCordialement`,
      `Hola Alex:\n\ntras la fusión no cubriremos la vacante de mozo.\n\nUn saludo`,
      `Beste Alex,\n\nna de overname vullen we de functie niet meer in.\n\nGroet`,
      `Beste Alex,\n\nde vacature Reisadviseur is vervallen.\n\nGroet`,
      `Hi Alex,\n\nmy client has put the req on hold until further notice.\n\nKelly`,
      `Hallo Alex,\n\nwir haben uns entschieden, die Stelle intern zu besetzen.\n\nGrüße`,
    ], 'position_closed');
    expectNone([
      `Die Stelle ist offen für interne und externe Bewerber. Wir freuen uns auf Ihre Bewerbung.`,
      `Ce poste est ouvert aux candidats internes et externes. Postulez avant le 15 janvier.`,
      `La vacante está abierta a candidatos internos y externos. Envía tu CV antes del 15 de enero.`,
      `De vacature staat open voor interne en externe kandidaten. Solliciteer voor 15 januari.`,
      `Dear Alex,\n\nWe will not fill the position until the budget is approved in March; your interview on Monday stays as planned.\n\nBest`,
    ], 'position_closed');
  });

  it('reads the committee choosing an internal candidate and ending the process for the person as a rejection', () => {
    expectAll([
      `Beste Alex,\n\nde commissie heeft gekozen voor een interne kandidaat. Daarmee komt er voor u een einde aan de procedure.\n\nMet vriendelijke groet`,
      `Madame,\n\nle jury a retenu une candidate interne. La procédure prend donc fin pour vous.\n\nCordialement`,
      `Estimada Alex:\n\nla comisión ha seleccionado a un candidato interno. Con ello finaliza el proceso para usted.\n\nAtentamente`,
    ], 'rejection');
  });
});
