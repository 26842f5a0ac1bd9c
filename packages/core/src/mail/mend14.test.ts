// Sentences written for these tests (none from bench/data/mail): a time after "à" and a space,
// a recruiter writing for a client, a person's own mailbox, a trading name longer than the sender's
// name, an apostrophe inside a name, and titles with a dash or a preposition inside.
import { describe, expect, it } from 'vitest';
import { cleanCompany, companyFromSender } from './company';
import { proposesMeeting } from './meetings';
import { roleFromMail } from './role';

describe('a time after "à"', () => {
  it('reads "à 10" after a space as a time', () => {
    expect(proposesMeeting('Rendez-vous vendredi à 10, dans nos bureaux de Lyon.')).toBe(true);
    expect(proposesMeeting('Wir treffen uns am Montag um 9 im Büro.')).toBe(true);
  });
});

describe('the employer of a message', () => {
  it('is the client a recruiter names, not the recruiter’s firm', () => {
    expect(companyFromSender('Talia Brook', 'talia@brookmarsh.com', 'Hi Alex,\n\nMy client Veldmark Foods would like to meet you.\n\nTalia Brook\nSenior Consultant at Brookmarsh Search')).toBe('Veldmark Foods');
    expect(companyFromSender('Brookmarsh Search', 'hello@brookmarsh.com', 'I am writing on behalf of our client, Ostrava Timber, about the role.')).toBe('Ostrava Timber');
    expect(companyFromSender('Cabinet Ravel', 'contact@ravel-rh.fr', 'Bonjour,\n\nJe recrute pour Tuilerie Morand un chef d’atelier.')).toBe('Tuilerie Morand');
    expect(companyFromSender('Nora Falk', 'nora.falk@falk-personal.de', 'Wir suchen für unseren Kunden Hellwig Spedition einen Disponenten.')).toBe('Hellwig Spedition');
  });

  it('is the firm a person signs with, not a free-mail or example address', () => {
    expect(companyFromSender('Rhea Quist', 'rhea.quist@gmail.com', 'Hi Alex,\n\nThanks for coming in.\n\nRhea Quist\nQuist & Daughters Bakery')).toBe('Quist & Daughters Bakery');
    expect(companyFromSender('Pau Ribas', 'pau.ribas@example.com', 'Hola,\n\nGracias.\n\nPau Ribas\nGerente en Talleres Ribas Hermanos')).toBe('Talleres Ribas Hermanos');
  });

  it('is the longer trading name the text writes after the sender’s name', () => {
    expect(companyFromSender('Ashgrove Careers', 'careers@ashgrove.co.uk', 'Thank you.\n\nResourcing Team\nAshgrove Mutual Friendly Society')).toBe('Ashgrove Mutual Friendly Society');
  });

  it('keeps an apostrophe inside a name', () => {
    expect(cleanCompany("Les Caves d'Argent")).toBe("Les Caves d'Argent");
    expect(cleanCompany('"Harbour Lights"')).toBe('Harbour Lights');
  });
});

describe('a title with a dash or a preposition inside', () => {
  it('keeps the part after a dash between "the" and "position"', () => {
    expect(roleFromMail('We would like to interview you for the Data Scientist - Pricing position.', 'Interview', 'Brinkhoven')).toBe('Data Scientist - Pricing');
  });

  it('does not split a subject at a preposition inside the title', () => {
    expect(roleFromMail('Merci pour votre candidature.', 'Technicienne en maintenance industrielle', 'Brinkhoven')).toBe('Technicienne en maintenance industrielle');
    expect(roleFromMail('Gracias.', 'Auxiliar en farmacia hospitalaria', 'Brinkhoven')).toBe('Auxiliar en farmacia hospitalaria');
  });
});
