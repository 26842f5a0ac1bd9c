// Sentences written for these tests (none from bench/data/mail): a tracker's mailer whose domain
// glues or joins the tracker's name to a word of mail, a person's own name over a role mailbox
// (info@, karriere@) in the five languages, a signature on one line ("Name, Title, Firm"), a
// domain that leaves out a word of the name, a trade's word in the language's own ending, and the
// person's own mail naming where the role is.
import { describe, expect, it } from 'vitest';
import { companyFromSender } from './company';

describe('a tracker’s mailer', () => {
  it('is the tracker whatever mail word its domain adds, and the display name is the employer', () => {
    expect(companyFromSender('Harbourline Ferries', 'harbourline@myworkday-mail.com', 'Dear Sam,\n\nThank you for applying to Deck Officer at Harbourline Ferries.\n\nHarbourline Ferries Talent Acquisition')).toBe('Harbourline Ferries');
    expect(companyFromSender('Brunnhold Kältetechnik', 'brunnhold@personio-mail.de', 'Guten Tag,\n\nvielen Dank für Ihre Bewerbung.\n\nIhr Recruiting-Team')).toBe('Brunnhold Kältetechnik');
    expect(companyFromSender('Cedarvale Foods', 'cedarvale@smartrecruitersmail.com', 'Dear Sam,\n\nWe appreciate your interest in Cedarvale Foods.\n\nCedarvale Foods Recruitment')).toBe('Cedarvale Foods');
  });
});

describe('a person’s own name over a role mailbox', () => {
  it('is never the employer: the firm the signature or the domain names is, in the five languages', () => {
    expect(companyFromSender('Gregor Ambach', 'info@zimmerei-ambach.de', 'Hallo Frau Lind,\n\nwir haben die Stelle leider schon vergeben.\n\nViele Grüße\nGregor Ambach\nZimmerei Ambach')).toBe('Zimmerei Ambach');
    expect(companyFromSender('Hannelore Brix', 'bewerbung@kesselbau-nordmark.de', 'Sehr geehrte Frau Lind,\n\ngerne laden wir Sie ein.\n\nOrt: Kesselbau Nordmark GmbH, Hafenweg 3, 24103 Kiel\n\nMit freundlichen Grüßen\nHannelore Brix\n\n--\nDiese E-Mail ist vertraulich.')).toBe('Kesselbau Nordmark');
    expect(companyFromSender('Solène Marchetti', 'contact@confiserie-vidauban.fr', 'Bonjour Sam,\n\nJe vous propose un échange mardi.\n\nBelle journée,\nSolène Marchetti\nConfiserie de Vidauban')).toBe('Confiserie de Vidauban');
    expect(companyFromSender('Lotte van Dam', 'vacatures@zuiderlicht-drukwerk.nl', 'Beste Sam,\n\nWe willen je graag aannemen.\n\nHartelijke groet,\nLotte van Dam\nDrukkerij Zuiderlicht')).toBe('Drukkerij Zuiderlicht');
    expect(companyFromSender('Wim Oosterhuis', 'jobs@kustlijnbouw.nl', 'Hoi Sam,\n\nWat is je opzegtermijn?\n\nGroet,\nWim\nKustlijn Bouw')).toBe('Kustlijn Bouw');
    expect(companyFromSender('Inés', 'hola@alfareria-sotomayor.es', 'Hola Sam, recibimos tu carta, ¡gracias!\nInés, Alfarería Sotomayor')).toBe('Alfarería Sotomayor');
    expect(companyFromSender('Tomás Berrueta', 'tomas@lince-logistics.com.ar', 'Hola Sam, ¿cuánto preaviso tenés?\n\nTomás\nTransportes Lince del Sur')).toBe('Transportes Lince del Sur');
  });

  it('leaves an organisation its shape of a name, when its own text names it after a preposition or its signature has a department under it', () => {
    expect(companyFromSender('Marsh Valley Authority', 'noreply@publicjobs.example.com', 'Dear Sam,\n\nThank you for your interest in the Planner post with Marsh Valley Authority.\n\nWe regret that you were not selected.\n\nMarsh Valley Authority')).toBe('Marsh Valley Authority');
    expect(companyFromSender('Kelby Council', 'noreply@kelby.apply.example', 'Dear Sam,\n\nThank you for your interest in working for Kelby Council.\n\nHR Services\nKelby Council')).toBe('Kelby Council');
    expect(companyFromSender('Kreisamt Wendhagen', 'bewerbung@ka-wendhagen.de', 'Sehr geehrte Damen und Herren,\n\nwir bestätigen den Eingang Ihrer Bewerbung.\n\nMit freundlichen Grüßen\nKreisamt Wendhagen\nSachgebiet Personal')).toBe('Kreisamt Wendhagen');
  });

  it('leaves a firm that signs with its own name as the firm', () => {
    expect(companyFromSender('Ziegelmanufaktur Brandau', 'personal@ziegel-brandau.de', 'Hallo Sam,\n\nwir laden Sie ein.\n\nViele Grüße\nZiegelmanufaktur Brandau')).toBe('Ziegelmanufaktur Brandau');
  });
});

describe('a domain that glues the firm’s name', () => {
  it('is spelled by a signature on one line and may leave out a word between two it spells', () => {
    expect(companyFromSender('Nils Berger', 'nberger@quartzline-opto.com', 'Sam,\n\nWe will not move to an offer.\n\nNils', '> Nils Berger, Test Manager, Quartzline Optoelectronics Assembly')).toBe('Quartzline Optoelectronics Assembly');
    expect(companyFromSender('Isla Moray', 'isla.moray@greywick-composting.com', 'Hi Sam,\n\nSee you on Tuesday.\n\nIsla', '>> Isla Moray, People Partner, Greywick Garden Composting')).toBe('Greywick Garden Composting');
  });
});

describe('the person’s own mail', () => {
  it('names the employer where the role is', () => {
    expect(companyFromSender('Sam Lind', 'sam.lind@example.net', 'Hi Rowan,\n\nThank you for your time. I enjoyed hearing about the Line Planner role at Ostrander Rail Services.\n\nBest,\nSam')).toBe('Ostrander Rail Services');
    expect(companyFromSender('Sam Lind', 'sam.lind@example.net', 'Bonjour,\n\nMerci pour l’entretien concernant le poste de technicien chez Verrerie Astrale Lumière.\n\nSam Lind')).toBe('Verrerie Astrale Lumière');
  });
});
