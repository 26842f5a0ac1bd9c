// Sentences written for these tests (none from bench/data/mail): a no said indirectly (the choice
// fell elsewhere, the person not among those chosen, the candidacy closed, the position filled by
// the employer) and offers said informally, each beside a sentence of the same words that is not
// one (a condition, a withdrawal by the person, a call, a newsletter).
import { describe, expect, it } from 'vitest';
import { classifyMail } from './classify';
import type { MailMessage } from './schema';

const mail = (text: string, subject = 'Your application'): MailMessage => ({ from: { name: 'Brackenridge Foods', address: 'talent@brackenridge.example' }, subject, date: '2026-11-20T09:00:00.000Z', text });
const kind = (text: string, subject?: string) => classifyMail(mail(text, subject)).kind;

describe('a no said indirectly', () => {
  it('reads a choice that fell on someone else, in either word order', () => {
    expect(kind('We talked it over for a week, and in the end the choice fell on the other finalist.')).toBe('rejection');
    expect(kind('Nach reiflicher Überlegung ist unsere Wahl für die ausgeschriebene Position im Vertrieb am Ende auf die andere Person gefallen.', 'Ihre Bewerbung')).toBe('rejection');
    expect(kind('Na de tweede ronde is de keuze gevallen op een andere kandidaat.', 'Je sollicitatie')).toBe('rejection');
    expect(kind('Tras las entrevistas, la elección ha recaído en otra candidata.', 'Tu candidatura')).toBe('rejection');
  });

  it('reads a choice of someone described by where they come from', () => {
    expect(kind('Thanks for your patience. We have gone with someone from inside the grocery trade.')).toBe('rejection');
    expect(kind('Uiteindelijk hebben we gekozen voor iemand uit de regio.', 'Je sollicitatie')).toBe('rejection');
    expect(kind('Finalement, nous avons choisi quelqu’un de plus expérimenté en export.', 'Votre candidature')).toBe('rejection');
    // Someone from the team who will call is no choice.
    expect(kind('Someone from our team will call you on Tuesday at 10:00 to talk about the interview.', 'Interview')).toBe('interview_invitation');
  });

  it('reads the person not being among the chosen group', () => {
    expect(kind('Your application was reviewed; you are not among the candidates shortlisted for interview.')).toBe('rejection');
    expect(kind('Nous avons le regret de vous informer que vous ne figurez pas parmi les candidats retenus.', 'Votre candidature')).toBe('rejection');
    expect(kind('Lamentablemente no te encuentras entre los finalistas del proceso.', 'Tu candidatura')).toBe('rejection');
    // A negation about everyone is not one about the person.
    expect(kind('We cannot reply to all among the applicants individually, but we read every application.', 'Application received')).not.toBe('rejection');
  });

  it('reads the employer closing the candidacy, not the person withdrawing it', () => {
    expect(kind('After the panel met, we have decided to close your application for this role.')).toBe('rejection');
    expect(kind('Nous avons décidé de clôturer votre candidature pour ce poste.', 'Votre candidature')).toBe('rejection');
    expect(kind('Hemos decidido descartar tu candidatura en esta fase.', 'Tu candidatura')).toBe('rejection');
    expect(kind('As you asked, we have withdrawn your application. You can apply again at any time.', 'Application withdrawn')).toBe('other');
  });

  it('reads a position the employer filled, and keeps one filled internally closed', () => {
    expect(kind('Thanks for checking in. We ended up filling the role earlier this month.')).toBe('rejection');
    expect(kind('Wir haben die Stelle inzwischen besetzt.', 'Ihre Bewerbung')).toBe('rejection');
    expect(kind('We hebben de vacature inmiddels ingevuld.', 'Je sollicitatie')).toBe('rejection');
    expect(kind('We have filled the position internally, so the search is now closed.')).toBe('position_closed');
    expect(kind('If we have not filled the role by March, we will contact you again.')).not.toBe('rejection');
  });

  it('reads a no with "next steps" in the plural', () => {
    expect(kind('We are sorry to say that you will not be moving on to the next steps of the process.')).toBe('rejection');
    expect(kind('Te informamos de que no vas a pasar a las siguientes fases del proceso.', 'Tu candidatura')).toBe('rejection');
  });

  it('reads a decision whose mail carries a candidate footer with an unsubscribe link', () => {
    const footer = '\n\nYou are receiving this email because you applied for a position with us. Unsubscribe: https://example.test/u';
    expect(kind(`We have decided to extend an offer to another candidate whose background fits more closely.${footer}`)).toBe('rejection');
    // A newsletter with the same words about offers stays a newsletter.
    expect(kind('This week: why should they offer you the job? Three answers that work.\n\nUnsubscribe', 'Career tips weekly')).toBe('other');
  });
});

describe('a no said as preference, direction or a process going on without the person', () => {
  it('reads preference given to someone else, and a position awarded to another', () => {
    expect(kind('We have given preference to candidates with more years in food retail.')).toBe('rejection');
    expect(kind('Wir haben anderen Bewerbern den Vorzug gegeben.', 'Ihre Bewerbung')).toBe('rejection');
    expect(kind('Wij hebben de voorkeur gegeven aan een andere kandidaat.', 'Je sollicitatie')).toBe('rejection');
    expect(kind('Le poste a été attribué à un autre candidat.', 'Votre candidature')).toBe('rejection');
    expect(kind('El puesto se ha adjudicado a otra persona.', 'Tu candidatura')).toBe('rejection');
  });

  it('reads split gender forms, "seguido con otros perfiles" and a described person', () => {
    expect(kind('Wir haben uns für eine/n andere/n Bewerber/in entschieden.', 'Ihre Bewerbung')).toBe('rejection');
    expect(kind('Hemos seguido con otros perfiles que encajan mejor.', 'Tu candidatura')).toBe('rejection');
    expect(kind('Nos hemos decantado por una persona con más experiencia.', 'Tu candidatura')).toBe('rejection');
    // Inviting a person is no choice of one.
    expect(kind('Hemos decidido invitar a una persona de tu equipo y a ti a una entrevista el martes a las 10:00.', 'Entrevista')).toBe('interview_invitation');
  });

  it('reads another direction, a process without the person and "not a match", unless negated or conditional', () => {
    expect(kind("We've decided to go in a different direction with this hire.")).toBe('rejection');
    expect(kind('Wir setzen den Prozess ohne Sie fort.', 'Ihre Bewerbung')).toBe('rejection');
    expect(kind('Nous poursuivons le processus sans vous.', 'Votre candidature')).toBe('rejection');
    expect(kind('We zetten de procedure voort zonder jou.', 'Je sollicitatie')).toBe('rejection');
    expect(kind("Sadly this time it's not a match.")).toBe('rejection');
    expect(kind('If this is not a match for you, just ignore this message.', 'A role you may like')).toBe('other');
    expect(kind('We will not go in a different direction on the salary; the offer letter stands.', 'Your offer')).toBe('offer');
  });

  it('reads a French negation around its verb and a shortlist in German', () => {
    expect(kind('Nous ne retiendrons pas votre candidature.', 'Votre candidature')).toBe('rejection');
    expect(kind('Leider können wir Sie nicht in die engere Auswahl nehmen.', 'Ihre Bewerbung')).toBe('rejection');
  });
});

describe('offers said informally', () => {
  it('reads a welcome to the team in five languages', () => {
    expect(kind("We'd love to have you join the team as our next Buyer. The details are below.", 'Good news')).toBe('offer');
    expect(kind('Nos encantaría que te incorporaras a Brackenridge como responsable de compras.', 'Buenas noticias')).toBe('offer');
    expect(kind('Wir freuen uns, dir eine Zusage für die Stelle als Einkäufer zu geben.', 'Gute Nachrichten')).toBe('offer');
    expect(kind('Nous serions ravis de vous accueillir au sein de l’équipe achats.', 'Bonne nouvelle')).toBe('offer');
    expect(kind('Goed nieuws: we willen je graag aannemen als inkoper.', 'Goed nieuws')).toBe('offer');
  });

  it('reads "offering you the job" and an attached contract, not an interview or a call', () => {
    expect(kind('Great news, we are offering you the buyer job, starting in February.', 'Buyer')).toBe('offer');
    expect(kind('Te adjunto el contrato con las condiciones que hablamos.', 'Contrato')).toBe('offer');
    expect(kind('We are sorry to say that we will not be offering you the position.')).toBe('rejection');
    expect(kind("We'd love to have you join us for a short call on Tuesday at 10:00 to talk about the role.", 'Intro call')).toBe('interview_invitation');
    expect(kind("We'd love for you to join our talent community to hear about future openings.", 'Stay in touch')).toBe('other');
  });
});
