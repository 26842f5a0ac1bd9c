import { describe, expect, it } from 'vitest';
import { cleanCompany, companyFromSender } from './company';

describe('a legal form is not the name, in the five languages and the countries that write them', () => {
  it.each([
    ['Vistara Infotech Pvt. Ltd.', 'Vistara Infotech'],
    ['Vistara Infotech Pvt.', 'Vistara Infotech'],
    ['Harbour Analytics Private Limited', 'Harbour Analytics'],
    ['Kreiskliniken Albtal gGmbH', 'Kreiskliniken Albtal'],
    ['Schreinerei Holz UG (haftungsbeschränkt)', 'Schreinerei Holz'],
    ['Raiffeisenbank Lindau eG', 'Raiffeisenbank Lindau'],
    ['Holz & Partner OHG', 'Holz & Partner'],
    ['Atelier Brun SASU', 'Atelier Brun'],
    ['Maison Colin EURL', 'Maison Colin'],
    ['Cervecería Tlaloc S.A. de C.V.', 'Cervecería Tlaloc'],
    ['Moda Norte S. de R.L. de C.V.', 'Moda Norte'],
    ['Panaderías Ruiz S.L.U.', 'Panaderías Ruiz'],
    ['Bodegas Irache S.A.U.', 'Bodegas Irache'],
    ['Bakkerij Smit V.O.F.', 'Bakkerij Smit'],
  ])('%s → %s', (written, name) => {
    expect(cleanCompany(written)).toBe(name);
  });

  it('leaves a name that only ends in the letters of a form', () => {
    expect(cleanCompany('Sage')).toBe('Sage');
    expect(cleanCompany('Casa Luz')).toBe('Casa Luz');
    expect(cleanCompany('Kranich Software GmbH')).toBe('Kranich Software');
  });
});

describe("an organisation's name over its own mailbox at a mail provider is the employer", () => {
  // The domain is an internet provider's (t-online.de, btinternet.com, orange.fr, hotmail.com,
  // terra.es), so it names no one; the display name is an organisation's by its shape.
  it.each([
    ['Apotheke am Rathaus', 'apotheke.rathaus@t-online.de', 'Herzliche Grüße\nDorothea Lenz\nInhaberin, Apotheke am Rathaus'],
    ['Pharmacy on the Green', 'pharmacy.green@btinternet.com', 'Best wishes,\nAnna Price'],
    ['Boulangerie de la Gare', 'boulangerie.gare@orange.fr', 'Cordialement,\nSophie Martin'],
    ['Bakkerij aan de Dijk', 'bakkerij.dijk@hotmail.com', 'Groet,\nPiet'],
    ['Taller del Puerto', 'taller.puerto@terra.es', 'Saludos,\nLuis'],
  ])('%s <%s>', (name, address, text) => {
    expect(companyFromSender(name, address, text)).toBe(name);
  });

  it("still reads a person's mail there by the firm they sign with, and a provider's domain as no firm", () => {
    expect(companyFromSender('Hans Berger', 'hans.berger@bluewin.ch', 'Freundliche Grüsse\nHans Berger\nSchreinerei Berger')).toBe('Schreinerei Berger');
    expect(companyFromSender('Anna Price', 'anna.price@btinternet.com', 'Thanks,\nAnna')).toBeNull();
  });

  it("keeps a person's name with its particles a person's, and a firm's own domain the firm", () => {
    expect(companyFromSender('Jan van Dijk', 'jan.vandijk@hotmail.com', 'Groet,\nJan van Dijk\nTuinbouw Van Dijk')).toBe('Tuinbouw Van Dijk');
    // A person writing from the firm says so with a preposition: still a person.
    expect(companyFromSender('Jess at Fenwick', 'jess@fenwickkites.com', 'Thanks!\nJess\nFenwick Kite Works')).toBe('Fenwick Kite Works');
    expect(companyFromSender('Dana Whitfield', 'dana@spruceharbor.com', 'Thanks,\nDana Whitfield\nSpruce Harbor Outfitters')).toBe('Spruce Harbor Outfitters');
  });
});

describe('signsAsPerson and the organisation prepositions (one list, patterns compiled once): answers as before', () => {
  it('a display name shaped like a person and signed so is the person, not the firm', () => {
    expect(companyFromSender('Marijke Bos', 'marijke@zeepziederij-anker.nl', 'Groetjes,\nMarijke, Zeepziederij Het Anker')).not.toBe('Marijke Bos');
  });
  it('a name the text writes after an organisation preposition is the organisation', () => {
    expect(companyFromSender('Redfern Council', 'jobs@redfern.gov.example', 'Thank you for your interest in working for Redfern Council.\n\nRedfern Council')).toBe('Redfern Council');
    expect(companyFromSender('Silverline Transit', 'hr@silverline.example', 'We have filled the post with Silverline Transit.\n\nSilverline Transit')).toBe('Silverline Transit');
  });
  it('reads the role at a firm after at / chez / bei / en / bij in a person\'s own mail', () => {
    expect(companyFromSender('Alex Morgan', 'alex.morgan@gmail.com', 'I enjoyed the interview for the Process Integration role at Opaline Semiconductor yesterday.')).toBe('Opaline Semiconductor');
    expect(companyFromSender('Alex Morgan', 'alex.morgan@gmail.com', "Merci pour l'entretien pour le poste de chargé de projet chez Fibre Armor Télécom.")).toBe('Fibre Armor Télécom');
  });
});
