// Sentences written for these tests, in the five languages: the post filled with one of the
// employer's own told as the outcome of the person's process (a rejection) against the post gone
// for outsiders (closed); the post itself gone or its process ended for everyone; a vacancy frozen
// with the verb last; a confirmation that says what would happen (a condition by inversion, a time
// still to come); the noun of a rejection spoken of; the receipt confirmed with the verb last or
// the pronoun standing for the application; a call promised on a condition.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import { kindsCase } from './kinds.case';

const { kind, expectAll, expectNone } = kindsCase({ name: 'Molenwerf Stok', address: 'hr@molenwerf.example' });

describe('the post filled with one of the employer\'s own', () => {
  it('reads the post filled with one of the employer\'s members, or a spot filled, as a rejection', () => {
    expectAll([
      'Estimado Jo: gracias por la entrevista. El patronato decidió ocupar la plaza con uno de sus miembros, que ya conoce el archivo.',
      'Hi Jo, thanks for the trial shift on Friday. We\'ve filled the spot. All the best.',
    ], 'rejection');
  });
  it('still reads a colleague chosen while a meeting is called off as a closed position', () => {
    expectAll([
      'Hola Jo, tenemos que cancelar la entrevista del jueves. La empresa decidió cubrir la vacante con una persona de nuestro propio equipo de taller.',
      'Hi Jo, I have to cancel our interview on Thursday: we have filled the role internally with a colleague from our own design team.',
    ], 'position_closed');
  });
});

describe('the post gone, or its process ended for everyone', () => {
  it('reads a post that no longer exists or a process ended as a closed position', () => {
    expectAll([
      'Dear Jo, the board has reconsidered the programme and the post no longer exists. Thank you for your patience.',
      'Sehr geehrte Jo, leider hat sich unser Bedarf geändert: die Stelle als Lagerleitung (m/w/d) entfällt zum Jahresende.',
      'Sehr geehrte Jo, leider müssen wir Ihnen mitteilen, dass das Besetzungsverfahren für die Stelle Kassenleitung eingestellt wird.',
      'Bonjour Jo, suite à la fusion des deux ateliers, le poste de chef d\'équipe est supprimé.',
      'Hola Jo: con la fusión de los dos talleres, el puesto de jefe de turno desaparece.',
      'Beste Jo, door de fusie wordt de functie van ploegleider opgeheven.',
      'Dear Jo, I\'m sorry to tell you that we\'ve decided not to go ahead with hiring a Workshop Lead this year.',
      'Beste Jo, de directie heeft besloten alle openstaande vacatures, waaronder Werkvoorbereider, voorlopig te bevriezen.',
    ], 'position_closed');
  });
  it('still reads a process that ends for the person as a rejection', () => {
    expectAll([
      'Sehr geehrte Jo, leider endet das Auswahlverfahren an dieser Stelle für Sie.',
      'Dear Jo, I am afraid this is where the process ends for you.',
    ], 'rejection');
  });
  it('reads a meeting cancelled past its time as called off when the post is gone', () => {
    expect(kind('Beste Jo, helaas moet ik het gesprek van maandag 14 december om 14.00 uur annuleren: de directie heeft besloten alle vacatures te bevriezen.')).toBe('position_closed');
    expect(classifyMail({ from: { name: 'Molenwerf', address: 'molenwerf@myworkday.com' }, subject: 'Cancelled: Interview for Yard Lead', date: '2026-11-20T09:00:00.000Z',
      text: 'Hi Jo,\n\nI\'m sorry to write with this news. The Yard Lead position has been eliminated from next year\'s budget.\n\nThis means your interview planned for Thursday, December 17 at 11:00 AM is cancelled.\n\nMonique\n\nPlease do not reply to this automated address. Unsubscribe' }).kind).toBe('position_closed');
  });
});

describe('a confirmation that says what would happen', () => {
  it('reads a condition by inversion and a time still to come as no rejection', () => {
    expectNone([
      'Beste Jo, hierbij bevestigen wij de ontvangst van je sollicitatie. Krijg je vóór 8 januari geen uitnodiging, dan ben je niet geselecteerd.',
      'Sehr geehrte Jo, wir haben Ihre Bewerbung als Disponentin (m/w/d) erhalten. Hören Sie bis Ende Januar nichts von uns, dann sind Sie nicht ausgewählt worden.',
      'Hi Jo, thanks for applying, we have received your application. We\'ll let you know either way once the role is filled.',
      'Hallo Jo, vielen Dank für Ihre Bewerbung, wir haben sie erhalten. Wir melden uns, sobald die Stelle besetzt ist.',
      'Beste Jo, bedankt voor je sollicitatie, we hebben hem ontvangen. We laten het je weten zodra de vacature is ingevuld.',
    ], 'rejection');
  });
  it('reads the receipt confirmed, with the verb last or a pronoun, as an application received', () => {
    expectAll([
      'Beste Jo, hierbij bevestigen wij de ontvangst van je sollicitatie voor de functie Molenaar.',
      'Hoi Jo, we hebben je sollicitatie voor Technisch medewerker sluizen goed ontvangen. Binnen drie weken hoor je van ons.',
      'Hallo Jo, wir haben Ihre Bewerbung als Technische Zeichnerin (m/w/d) bei uns erhalten.',
      'Hola Jo: gracias por enviarnos tu candidatura para el puesto de técnico de compras. La hemos recibido correctamente.',
      'Bonjour Jo, nous vous remercions pour votre candidature au poste de vendeur. Si votre profil est retenu, nous vous contacterons sous trois semaines.',
      'Hola Jo, gracias por tu candidatura. Si tu perfil encaja, te llamaremos en las próximas semanas.',
      'Hallo Jo, danke für Ihre Bewerbung. Wenn Ihr Profil passt, melden wir uns innerhalb von zwei Wochen.',
    ], 'application_received');
  });
});

describe('the noun of a rejection spoken of', () => {
  it('does not read a rejection spoken of after a preposition as one made', () => {
    expectNone([
      'Hé Jo, wat goed dat je in de laatste ronde zit! En balen van die afwijzing van vorige week. Zullen we snel een biertje doen?',
      'Hallo Jo, kopf hoch nach der Absage von letzter Woche, das wird schon. Treffen wir uns am Wochenende?',
    ], 'rejection');
  });
  it('still reads the noun as the subject\'s headline or the object given as a rejection', () => {
    expectAll([
      'Geachte Jo, hierbij laten wij u weten dat uw sollicitatie niet heeft geleid tot een uitnodiging.',
      'Sehr geehrte Jo, wir müssen Ihnen leider eine Absage erteilen.',
    ], 'rejection');
    expect(kind('Geachte Jo, dank voor uw belangstelling.', 'Afwijzing sollicitatie Projectleider')).toBe('rejection');
  });
});
