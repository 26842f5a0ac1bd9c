// Sentences written for these tests, in the five languages: the post filled from within with the
// person's own application then turned down (a rejection) against the post filled for a group of
// outsiders (closed); a favourable answer denied; taking someone else; no one taken on, the verb
// finite; a post struck out with words between; a closed post quoted in someone else's words; a
// tracker's footer that names the channel the person applied through.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import { kindsCase } from './kinds.case';

const { kind, expectAll } = kindsCase({ name: 'Hofstede Werkplaats', address: 'hr@hofstede.example' });

describe('the post filled from within, then the person\'s application turned down', () => {
  it('reads a decision on the person\'s own application after an internal fill as a rejection', () => {
    expectAll([
      'Dear Jo, the role has been filled internally by a colleague from logistics, so we will not be taking your application any further.',
      'Sehr geehrte Jo, die Stelle wird intern besetzt. Ihre Bewerbung können wir daher nicht weiter berücksichtigen.',
      'Bonjour Jo, le poste a été pourvu en interne par un de nos techniciens. Nous ne donnerons donc pas suite à votre candidature.',
      'Hola Jo: la plaza se ha cubierto internamente con un compañero del almacén, así que no continuaremos con tu candidatura.',
      'Beste Jo, de selectiecommissie heeft besloten de functie intern in te vullen. Wij zetten de procedure met u daarom niet voort.',
      'Beste Jo, de vacature wordt intern ingevuld door een collega. We kunnen de procedure met je niet voortzetten.',
    ], 'rejection');
  });
  it('still reads an internal fill that closes the process for outsiders as a closed position', () => {
    expectAll([
      'Dear Jo, we want to let you know that the position has been filled by an internal candidate. As a result, we will not be moving forward with external applicants.',
      'Bonjour Jo, le poste a été pourvu en interne : le processus de recrutement externe est donc clos.',
      'Hola Jo, el puesto ha sido cubierto internamente por una persona del equipo, por lo que cerramos el proceso externo.',
      'Beste Jo, de functie wordt intern ingevuld door een collega. De procedure is daarmee beëindigd.',
    ], 'position_closed');
  });
  it('still reads a post cancelled as closed, whatever it says of the application', () => {
    expectAll([
      'Dear Jo, this requisition has been cancelled and we are no longer filling the position. Your application will not move forward for this reason only.',
      'Beste Jo, de vacature is ingetrokken. We gaan de procedure met je daarom niet voortzetten.',
    ], 'position_closed');
  });
});

describe('a favourable answer denied to the person', () => {
  it('reads a favourable answer denied, by any verb, as a rejection', () => {
    expectAll([
      'Dear Jo, thank you for applying. After careful review we are unable to respond favourably to your application.',
      'Dear Jo, we received your application. We are not in a position to give you a positive answer this time.',
      'Sehr geehrte Jo, wir bestätigen den Eingang Ihrer Unterlagen. Leider können wir Ihrer Bewerbung nicht entsprechen.',
      'Sehr geehrte Jo, nach Prüfung Ihrer Unterlagen können wir Ihnen keinen positiven Bescheid geben.',
      'Madame, nous accusons réception de votre candidature. Après étude, nous ne pouvons y réserver une suite favorable.',
      'Madame, nous accusons réception de votre dossier ; nous ne sommes pas en mesure d\'y apporter une suite favorable.',
      'Hola Jo, hemos recibido tu candidatura. Tras revisarla, no podemos darte una respuesta favorable.',
      'Beste Jo, we hebben je sollicitatie ontvangen. Na beoordeling kunnen we je helaas geen positief antwoord geven.',
    ], 'rejection');
  });
  it('reads a favourable answer hoped for, or not failed to give, as no rejection', () => {
    expect(kind('Madame, nous avons bien reçu votre candidature et nous ne manquerons pas de lui réserver une suite favorable si votre profil correspond.')).not.toBe('rejection');
    expect(kind('Dear Jo, we received your application. If we are not able to give you a positive answer by Friday, we will tell you why.')).not.toBe('rejection');
  });
});

describe('someone else taken', () => {
  it('reads the sender taking someone else or someone described as a rejection', () => {
    expectAll([
      'Hallo Jo, danke fürs Probearbeiten. Wir haben lange überlegt, aber wir nehmen für die Stelle jemanden mit mehr Erfahrung.',
      'Hallo Jo, danke für das Gespräch. Wir nehmen für die Stelle eine andere Bewerberin.',
      'Hoi Jo, bedankt voor de proefdag. We nemen voor deze functie iemand met meer ervaring.',
      'Bonjour Jo, merci pour l\'essai. Nous prenons finalement un autre candidat pour le poste.',
      'Hola Jo, gracias por la prueba. Al final nos quedamos con otra persona para el puesto.',
      'Hi Jo, thanks for the trial day. We\'re taking someone with more experience on the lathe.',
    ], 'rejection');
  });
  it('reads the person told to take someone along as no rejection', () => {
    expect(kind('Hallo Jo, wir freuen uns auf das Gespräch am Montag, 14. Dezember um 10 Uhr. Nehmen Sie gern eine Person mit, die Sie begleitet.')).not.toBe('rejection');
  });
});

describe('the post struck out, or no one taken on', () => {
  it('reads a post struck out with words between, or no one taken on with a finite verb, as closed', () => {
    expectAll([
      'Hoi Jo, de vacature voor servicemonteur is inmiddels geschrapt; we nemen niemand meer aan voor deze functie.',
      'Hoi Jo, goed dat je het vraagt: we nemen voorlopig niemand meer aan.',
      'Hallo Jo, danke der Nachfrage: wir stellen in diesem Jahr niemanden mehr ein.',
      'Bonjour Jo, merci de votre message : nous ne recrutons finalement plus personne cette année.',
      'Hola Jo, gracias por escribir: este año no contratamos a nadie más.',
      'Hola Jo, la vacante de jefe de cocina ha sido finalmente eliminada del presupuesto.',
      'Hi Jo, thanks for checking in. The workshop lead position has now been scrapped.',
    ], 'position_closed');
  });
  it('still reads no one of the person\'s kind taken on as a rejection', () => {
    expectAll([
      'Buenos días: en este momento no vamos a incorporar a nadie con su perfil y no seguiremos adelante con su candidatura.',
    ], 'rejection');
  });
});

describe('a closed post in someone else\'s words, and a tracker\'s footer', () => {
  it('reads a newsletter that quotes a reader\'s closed position as no closed position', () => {
    expect(kind('Welcome to issue 12. From our readers: "My interview was cancelled when the position was put on hold. I wrote back anyway and was hired later."\n\nUnsubscribe')).not.toBe('position_closed');
  });
  it('reads a closed position above a footer that names the channel applied through as closed', () => {
    const footers = [
      'You are receiving this email because you applied via Workable. Manage preferences | Unsubscribe',
      'Sie erhalten diese E-Mail, weil Sie sich über Personio beworben haben. Abmelden',
      'Vous recevez cet e-mail car vous avez postulé via Taleo. Se désabonner',
      'Recibes este correo porque te postulaste a través de Workable. Darse de baja',
      'Je ontvangt deze e-mail omdat je via Workable hebt gesolliciteerd. Afmelden',
    ];
    const closed = 'Dear Jo,\n\nThe Conservator position has been put on hold after a budget cut.\n\n';
    expect(footers.map((f) => classifyMail({ from: { name: 'Museum', address: 'museum@workable.example' }, subject: 'Conservator on hold', date: '2026-11-20T09:00:00.000Z', text: '', html: `<p>${closed}</p><p>${f}</p>` }).kind)).toEqual(footers.map(() => 'position_closed'));
  });
});
