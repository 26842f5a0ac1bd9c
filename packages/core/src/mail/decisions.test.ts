// Sentences written for these tests (none from bench/data/mail): the decision about THIS
// application, told apart from a negative about something else, a condition, a closed position.
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import type { MailMessage } from './schema';

const mail = (text: string, subject = 'Your application'): MailMessage => ({ from: { name: 'Tarrow Mills', address: 'people@tarrowmills.example' }, subject, date: '2026-11-20T09:00:00.000Z', text });
const kind = (text: string, subject?: string) => classifyMail(mail(text, subject)).kind;

describe('rejections said without the usual verbs', () => {
  it('reads a choice that fell on someone else or not on the person', () => {
    expect(kind('Wir haben lange überlegt. Die Wahl ist am Ende leider nicht auf Sie gefallen.', 'Ihre Bewerbung')).toBe('rejection');
    expect(kind('We hebben een besluit genomen en de keuze is uiteindelijk niet op jou gevallen.', 'Je sollicitatie')).toBe('rejection');
    expect(kind("Le comité a fait le choix d'un profil plus tourné vers l'export.", 'Votre candidature')).toBe('rejection');
    expect(kind('Nos hemos decidido por alguien con más años en logística.', 'Tu candidatura')).toBe('rejection');
    expect(kind('Na overleg kiezen we voor iemand die al in het vak werkt.', 'Je sollicitatie')).toBe('rejection');
  });

  it('reads a denied offer and an unchosen candidacy', () => {
    expect(kind('Nach dem Fallstudientag haben wir entschieden, Ihnen kein Angebot zu machen.', 'Ihre Bewerbung')).toBe('rejection');
    expect(kind('Lamentamos decirte que no hemos elegido tu candidatura en esta ocasión.', 'Tu candidatura')).toBe('rejection');
    expect(kind("Merci pour l'échange. Nous n'allons pas aller plus loin avec ta candidature.", 'Ta candidature')).toBe('rejection');
  });

  it('reads a position said to be filled as a rejection, and filled internally as closed', () => {
    expect(kind('Thank you for your patience. The Buyer role has now been filled.')).toBe('rejection');
    expect(kind('Die ausgeschriebene Stelle ist inzwischen besetzt.', 'Ihre Bewerbung')).toBe('rejection');
    expect(kind('La vacante de Comprador ya está cubierta.', 'Tu candidatura')).toBe('rejection');
    expect(kind('The Buyer position has been filled internally, so the search is closed.')).toBe('position_closed');
  });

  it('reads a negative about something else in an invitation as no rejection', () => {
    expect(kind('Unfortunately the Tuesday slot is already taken; could you do Wednesday 2 December at 14:00 on Teams instead?', 'Interview')).toBe('interview_invitation');
    expect(kind('Helaas kunnen we geen reiskosten vergoeden. We nodigen je graag uit voor een gesprek op woensdag 2 december om 10:00 uur.', 'Uitnodiging')).toBe('interview_invitation');
  });

  it('does not read a condition as the decision', () => {
    expect(kind('We have received your application for the Buyer role. If you have not heard from us within three weeks, please assume you have not been successful.')).toBe('application_received');
    expect(kind('Hemos recibido tu candidatura. Si no recibes noticias en un mes, entiende que no has sido seleccionada.', 'Tu candidatura')).toBe('application_received');
  });
});

describe('a closed position by the subject of the sentence', () => {
  it('reads the employer acting on the position, verb first, in five languages', () => {
    expect(kind("A large contract fell through, so we've had to freeze all recruitment until March, including the Planner role.")).toBe('position_closed');
    expect(kind('Our plans changed and we have decided to close this opening; we are no longer hiring for it.')).toBe('position_closed');
    expect(kind('Hemos suspendido el proceso de selección hasta nuevo aviso.', 'Tu candidatura')).toBe('position_closed');
    expect(kind('Die Stelle liegt nach der Fusion vorerst auf Eis.', 'Ihre Bewerbung')).toBe('position_closed');
    expect(kind('De directie heeft besloten de vacature voorlopig in te trekken.', 'Je sollicitatie')).toBe('position_closed');
    expect(kind('Nous avons annulé le recrutement pour des raisons internes.', 'Votre candidature')).toBe('position_closed');
  });

  it('keeps a closed requisition closed when it also says the application stops, and a choice of someone else a rejection', () => {
    expect(kind('The requisition has been withdrawn. As a result we will not be progressing your application.')).toBe('position_closed');
    expect(kind('Hemos decidido cerrar el proceso con otra candidata que ya conoce el sector.', 'Tu candidatura')).toBe('rejection');
  });
});
