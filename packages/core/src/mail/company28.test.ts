import { describe, expect, it } from 'vitest';
import { companyFromSender } from './company';

describe('a domain that glues, shortens or gives the initials of the name the text writes names that name', () => {
  // The sender is a person at the firm; the domain is the firm's name cut down, and the text writes
  // it in full (a signature line with its town, or running text).
  it.each([
    ['en', 'Dan Price', 'dan.price@ashmech.co.uk', 'Hi Alex,\n\nThanks for your time today.\n\nBest,\nDan Price\nAshford Mechanical Services, Maidstone', 'Ashford Mechanical Services'],
    ['de', 'Jonas Weber', 'j.weber@glaskessler.de', 'Hallo Alex,\n\nvielen Dank für Ihre Bewerbung.\n\nViele Grüße\nJonas Weber\nGlasbläserei Kessler, Lauscha', 'Glasbläserei Kessler'],
    ['fr', 'Claire Petit', 'c.petit@fromagerie-rv.fr', 'Bonjour Alex,\n\nMerci pour votre candidature.\n\nCordialement,\nClaire Petit\nChargée de recrutement, Fromagerie Roux-Vidal, Lyon', 'Fromagerie Roux-Vidal'],
    ['fr', 'Luc Perrin', 'luc.perrin@tonnellerie-morvan.fr', "Bonjour Alex,\n\nJe vous propose le poste de Chef d'équipe à la Tonnellerie d'art Morvan, en CDI.\n\nBien cordialement,\nLuc Perrin", "Tonnellerie d'art Morvan"],
    ['es', 'Marta Ruiz', 'mruiz@mecaduero.es', 'Hola Alex,\n\nGracias por tu candidatura.\n\nMarta Ruiz\nRR. HH., Talleres Mecánicos Duero (Valladolid)', 'Talleres Mecánicos Duero'],
    ['nl', 'Sanne Bakker', 'sanne@bloemdelinde.nl', 'Hoi Alex,\n\nBedankt voor je sollicitatie.\n\nGroetjes,\nSanne Bakker\nBloemkwekerij De Linde, Aalsmeer', 'Bloemkwekerij De Linde'],
  ])('%s: %s <%s>', (_lang, name, address, text, company) => {
    expect(companyFromSender(name, address, text)).toBe(company);
  });

  it('takes no stray run of words whose letters only start the domain', () => {
    // "Ashford" alone gives "ash" and no word gives "mech": the domain's own form stands.
    expect(companyFromSender('Dan Price', 'dan.price@ashmech.co.uk', 'Hi Alex,\n\nI am based near Ashford Station in Kent.\n\nDan Price')).not.toMatch(/Ashford/);
  });
});

describe("a display name whose later words spell the whole domain is the firm's, not a person's", () => {
  // A person signs above the firm's line; the name's first word is the sector's, the rest the
  // domain's ("Aquariumcentrum Het Rif" at hetrif.be), so no word of it is the signer's.
  it.each([
    ['en', 'Nursery Old Elm', 'jobs@oldelm.co.uk', 'Hi Alex,\n\nSee you tomorrow!\nDan Price\nNursery Old Elm'],
    ['de', 'Reisebüro Am Tor', 'jobs@amtor.de', 'Hallo Alex,\n\nbis morgen!\nJonas Weber\nReisebüro Am Tor'],
    ['fr', 'Librairie Le Mot', 'contact@lemot.fr', 'Bonjour Alex,\n\nà demain !\nClaire Petit\nLibrairie Le Mot'],
    ['es', 'Floristas El Pez', 'empleo@elpez.es', 'Hola Alex,\n\nhasta mañana.\nMarta Ruiz\nFloristas El Pez'],
    ['nl', 'Dierenspeciaalzaak De Uil', 'vacatures@deuil.be', 'Dag Alex,\n\nTot morgen!\nSanne Bakker\nDierenspeciaalzaak De Uil'],
  ])('%s: %s <%s>', (_lang, name, address, text) => {
    expect(companyFromSender(name, address, text)).toBe(name);
  });

  it('still reads a person whose surname alone is the domain', () => {
    expect(companyFromSender('Anna Maria Berg', 'anna@berg.de', 'Hallo Alex,\n\nbis morgen!\nAnna Maria Berg\nBerg Immobilien')).toBe('Berg Immobilien');
  });
});

describe("a client's name ends with its sentence", () => {
  it.each([
    ['en', 'This message was sent on behalf of Larkfield Bus Company. Please do not reply.', 'Larkfield Bus Company'],
    ['de', 'Ich suche für unseren Kunden Holzbau Brenner. Bitte melden Sie sich.', 'Holzbau Brenner'],
    ['fr', 'Je vous contacte pour notre client Atelier Mercier. Merci de me répondre.', 'Atelier Mercier'],
    ['es', 'Te escribo para nuestro cliente Bodegas Ferrer. Gracias por tu tiempo.', 'Bodegas Ferrer'],
    ['nl', 'Ik zoek voor onze opdrachtgever Bakkerij Vos. Graag hoor ik van je.', 'Bakkerij Vos'],
  ])('%s: %s', (_lang, text, company) => {
    expect(companyFromSender('Jana Koch', 'jana@koch-personal.de', `Hallo Alex,\n\n${text}\n\nJana Koch`)).toBe(company);
  });
});
