// Sentences written for these tests (none from bench/data/mail): a company whose domain glues the
// words of its name, a recruiter writing through a tracker, titles named in running text, zones
// named by a region or a country, a meeting's place said indirectly, and a moved meeting's labels.
import { describe, expect, it } from 'vitest';
import { companyFromSender } from './company';
import { extractInterview } from './interview';
import { roleFromMail } from './role';
import { zoneOf } from './zones';

const at = (text: string, language: string, date = '2026-12-01T09:00:00+01:00', offsetMinutes = 60, senderDomain = 'example.org') =>
  extractInterview({ text, calendars: [], date, language, senderDomain, offsetMinutes });

describe('the employer behind a domain glued from its name', () => {
  it('finds the signature line whose words the domain abbreviates, in any order', () => {
    expect(companyFromSender('Mia Holt', 'mia@birchfieldvets.com', 'Hi Alex,\n\nThanks.\n\nMia\nBirchfield Veterinary Group')).toBe('Birchfield Veterinary Group');
    expect(companyFromSender('Sanne Kok', 'sanne@dewilg-bloemen.nl', 'Hoi Alex,\n\nSucces!\n\nSanne Kok\nBloemenhuis De Wilg')).toBe('Bloemenhuis De Wilg');
    expect(companyFromSender('Lena Graf', 'lena@adler-segeln.de', 'Hallo Alex,\n\nbis bald.\n\nLena, Segelschule Adler')).toBe('Segelschule Adler');
    expect(companyFromSender('Wim Claes', 'wim@tmolentje-brugge.be', 'Dag Alex,\n\nTot dan.\n\nWim Claes\nBakkerij \'t Molentje')).toBe("Bakkerij 't Molentje");
    expect(companyFromSender('Eva Smit', 'eva@museumzv.nl', 'Beste Alex,\n\nGroet,\nEva Smit\nMuseum Zeeuwse Vlasakkers')).toBe('Museum Zeeuwse Vlasakkers');
  });

  it('reads the signature in the quoted message a reply answers', () => {
    const quoted = 'Hi Alex,\n\nWe would like to meet you.\n\nRob Tiller\nHarrow Orchard Cider';
    expect(companyFromSender('Rob Tiller', 'rob@harroworchards.com', 'Hi Alex,\n\nSorry, we went another way.\n\nRob', quoted)).toBe('Harrow Orchard Cider');
  });

  it('keeps the sector noun the text writes before a name', () => {
    expect(companyFromSender('Lucía Mora', 'lucia@valdelinares.es', 'Hola Alex:\n\nUn saludo,\nLucía Mora\nQuesería Val de Linares')).toBe('Quesería Val de Linares');
    expect(companyFromSender('Les Ruches Dorées', 'noreply@mailer.example', "Merci pour votre candidature chez Miellerie Les Ruches Dorées.")).toBe('Miellerie Les Ruches Dorées');
  });

  it('takes neither the tracker nor the recruiter for the employer', () => {
    expect(companyFromSender('Ferme Clos Vert', 'closvert@jobs.workable.example', 'Merci, Ferme Clos Vert')).toBe('Ferme Clos Vert');
    expect(companyFromSender('Nora Blake', 'nora@kestrelkites.jobs.lever.co', 'Hi Alex,\n\nThanks,\nNora Blake\nRecruiter, Kestrel Kites Ltd')).toBe('Kestrel Kites');
  });
});

describe('the title named in running text', () => {
  it('reads a title after a step of the search or "rol als"', () => {
    expect(roleFromMail('We have completed the review for Warehouse Shift Lead. Sadly we will not proceed.', 'Update', null)).toBe('Warehouse Shift Lead');
    expect(roleFromMail('Thank you for your application as Field Service Engineer at Norrland.', 'Thanks', null)).toBe('Field Service Engineer');
    expect(roleFromMail('Ik denk aan een rol als Accountmanager bij een groeiend bedrijf.', 'Even bellen?', null)).toBe('Accountmanager');
  });

  it('ends a title before a negation and keeps one joined by "y" before a capital', () => {
    expect(roleFromMail("Votre candidature au poste de Chef de rang n'a pas été retenue.", 'Candidature', null)).toBe('Chef de rang');
    expect(roleFromMail('Le poste de Responsable qualité ne sera pas pourvu.', 'Annulation', null)).toBe('Responsable qualité');
    expect(roleFromMail('Hemos recibido tu candidatura para Técnico de Calidad y Medio Ambiente. Gracias.', 'Candidatura', null)).toBe('Técnico de Calidad y Medio Ambiente');
  });

  it('reads the title after a subject word of availability or a reply marker', () => {
    expect(roleFromMail('Parfait, à mardi.', 'RE: Disponibilités entretien Chef de chantier', null)).toBe('Chef de chantier');
    expect(roleFromMail('Prima, bis Mittwoch.', 'AW: Gesprächstermin Lagerleitung', null)).toBe('Lagerleitung');
    expect(roleFromMail('Top, tot woensdag.', 'RE: Beschikbaarheid gesprek Teamleider Productie', null)).toBe('Teamleider Productie');
  });

  it('does not take a status for the title', () => {
    expect(roleFromMail('De vacature Data Engineer staat daarom on hold.', 'Data Engineer: vacature on hold', null)).toBe('Data Engineer');
  });
});

describe('the zone a region or a country names', () => {
  it('reads Atlantic time, West Africa, the Caribbean and Quintana Roo', () => {
    expect(zoneOf('a call at 2 in the afternoon Atlantic Time', 'en', 'example.ca', -240)).toBe('America/Halifax');
    expect(zoneOf('lundi à 10h, heure de Dakar', 'fr', 'example.org', 0)).toBe('Africa/Dakar');
    expect(zoneOf("mardi à 9h, heure d'Abidjan", 'fr', 'example.org', 0)).toBe('Africa/Abidjan');
    expect(zoneOf('om 10.00 uur Curaçaose tijd', 'nl', 'example.org', -240)).toBe('America/Curacao');
    expect(zoneOf('a las 11:00 (hora de Cancún)', 'es', 'example.mx', -300)).toBe('America/Cancun');
    expect(zoneOf('a las 15:00 (hora de Colombia)', 'es', 'example.co', -300)).toBe('America/Bogota');
  });
});

describe('a moved meeting and a place said indirectly', () => {
  it('gives up the slot labelled as the old one', () => {
    expect(at('We need to move your interview.\nOld time: Monday 7 December, 10:00 CET\nNew time: Thursday 10 December, 15:00 CET', 'en')).toMatchObject({ date: '2026-12-10', time: '15:00' });
    expect(at('Cambiamos la entrevista del lunes 7 a las 10:00 al jueves 10 de diciembre a las 12:00.', 'es')).toMatchObject({ date: '2026-12-10', time: '12:00' });
  });

  it('reads the format from the premises, a road or a promised call', () => {
    expect(at('Dann bleibt es bei Freitag, dem 11. Dezember, um 10 Uhr bei uns in der Backstube.', 'de').format).toBe('onsite');
    expect(at('Wij verwachten graag vrijdag 11 december om 10 uur, bij ons op de kwekerij.', 'nl').format).toBe('onsite');
    expect(at('La entrevista es el viernes 11 de diciembre a las 10:00 en la bodega (Ctra. de Haro, km 2).', 'es').format).toBe('onsite');
    expect(at('Could I give you a call on Friday 11 December at 2pm?', 'en', '2026-12-01T09:00:00Z', 0).format).toBe('phone');
    expect(at('Rendez-vous jeudi 10 décembre à 16h au théâtre, entrée des artistes.', 'fr').format).toBe('onsite');
  });
});
