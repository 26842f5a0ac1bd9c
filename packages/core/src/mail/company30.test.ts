import { describe, expect, it } from 'vitest';
import { cleanCompany, companyFromSender } from './company';
import { trackersNamed } from './company-tracker';

describe("a tracker's own name is never the employer: the name the message writes is", () => {
  // The sender's name is the tracker's, its mailbox and subdomain are the tracker's words
  // ("us.", "candidates.", "hire."); the employer is where the person applied, who invites, and
  // whose signature closes the message.
  it.each([
    ['en', 'Greenhouse', 'no-reply@us.greenhouse-mail.io', 'Hi Alex,\n\nThank you for applying for the Bell Tuner role at Quarrystone Bell Works. We will be in touch.\n\nBest,\nThe Quarrystone Bell Works Recruiting Team\n\nPowered by Greenhouse', 'Quarrystone Bell Works'],
    ['en', 'Lever', 'no-reply@hire.lever.co', 'Hi Alex,\n\nGreat news: the team at Pebblewick Oyster Co. would like to meet you.\n\nPebblewick Oyster Co. Talent Team\nSent via Lever.', 'Pebblewick Oyster Co.'],
    ['de', 'softgarden', 'noreply@softgarden.io', 'Sehr geehrte/r Alex Morgan,\n\nvielen Dank für Ihre Bewerbung als Mälzer bei der Mälzerei Hohenfels. Wir melden uns.\n\nFreundliche Grüße\nIhre Personalabteilung\nMälzerei Hohenfels', 'Mälzerei Hohenfels'],
    ['de', 'JOIN', 'noreply@join.com', 'Hallo Alex,\n\nSeilerei Brandtner Allgäu hat dich zu einem Video-Interview eingeladen.\n\nViel Erfolg!\nDein JOIN-Team', 'Seilerei Brandtner Allgäu'],
    ['fr', 'Teamtailor', 'no-reply@teamtailor.com', "Bonjour Alex,\n\nMerci d'avoir postulé au poste d'Acheteur chez Biscuiterie Lemarchand-Roux. Nous revenons vers vous bientôt.\n\nÀ bientôt,\nL'équipe Lemarchand-Roux, Nantes\n\nEnvoyé via Teamtailor", 'Biscuiterie Lemarchand-Roux'],
    ['fr', 'Taleo', 'noreply@taleo.net', 'Bonjour Alex Morgan,\n\nLe poste ne sera finalement pas pourvu.\n\nCordialement,\nRessources humaines\nFilature des Trois Vallées', 'Filature des Trois Vallées'],
    ['es', 'SmartRecruiters', 'no-reply@smartrecruiters.com', 'Hola Alex,\n\nGracias por tu interés en el puesto de Jefe de Almacén en Alfarería Hermanos Quintana.\n\nUn saludo,\nEquipo de Selección\nAlfarería Hermanos Quintana\n\nEste mensaje fue enviado por SmartRecruiters en nombre de Alfarería Hermanos Quintana.', 'Alfarería Hermanos Quintana'],
    ['nl', 'Homerun', 'noreply@homerun.co', 'Hallo Alex,\n\nBedankt voor je sollicitatie bij Zeilmakerij De Vlieter! We nodigen je graag uit voor een gesprek.\n\nTot dan!\nMarloes Visser', 'Zeilmakerij De Vlieter'],
    ['nl', 'Recruitee', 'noreply@recruitee.com', 'Beste Alex,\n\nGefeliciteerd! Touwslagerij Wieringa wil je graag aannemen als Productieleider.\n\nHartelijke groet,\nTouwslagerij Wieringa', 'Touwslagerij Wieringa'],
  ])('%s: %s <%s>', (_lang, name, address, text, company) => {
    expect(companyFromSender(name, address, text)).toBe(company);
  });

  it("knows a tracker by the line it writes under the mail, whatever its domain", () => {
    const text = 'Beste Alex,\n\nDank je wel voor je sollicitatie bij Scheepswerf Noordkaap Harlingen.\n\nMet vriendelijke groet,\nAfdeling P&O\nScheepswerf Noordkaap Harlingen B.V.\n\nDeze e-mail is automatisch verzonden vanuit AFAS.';
    expect(trackersNamed(text)).toEqual(['afas']);
    expect(companyFromSender('AFAS Recruitment', 'noreply@afas.online', text)).toBe('Scheepswerf Noordkaap Harlingen');
  });

  it("takes a person's name over a title for no firm, and a department before the firm's name off it", () => {
    const person = 'Hallo Alex Morgan,\n\nwir haben uns über Ihr Interesse an der Glockengießerei Rautwein sehr gefreut.\n\nMit freundlichen Grüßen\nHanne Rautwein\nGeschäftsführung';
    expect(companyFromSender('Personio', 'noreply@personio.de', person)).toBe('Glockengießerei Rautwein');
    const team = 'Hola Alex:\n\nHemos recibido tu candidatura para la posición Técnico de Mantenimiento en Grupo Berrocal.\n\nUn saludo,\nEquipo de Talento de Grupo Berrocal';
    expect(companyFromSender('Equipo de Talento', 'noreply@smartrecruiters.com', team)).toBe('Grupo Berrocal');
  });

  it("keeps an employer's subdomain on a tracker and a name the sender writes", () => {
    expect(companyFromSender('Lumen Robotics', 'no-reply@ashbyhq.com', '')).toBe('Lumen Robotics');
    expect(companyFromSender('Polderlicht', 'noreply@polderlicht.teamtailor.com', 'Hoi Alex,\n\nTot snel!\nPolderlicht')).toBe('Polderlicht');
  });
});

describe('a board that sends in the name "Employer via Board" names the employer', () => {
  it.each([
    ['fr', 'Parfumerie Lavandin-Roux via Welcome to the Jungle', 'no-reply@welcometothejungle.com', "Bonjour Alex,\n\nMerci pour votre candidature. Nous avons décidé de poursuivre avec une autre personne.\n\nL'équipe", 'Parfumerie Lavandin-Roux'],
    ['en', 'Harbour Ropeworks via Indeed', 'no-reply@indeed.com', 'Hi Alex,\n\nThanks for applying. We have decided to move forward with other candidates.', 'Harbour Ropeworks'],
  ])('%s: %s', (_lang, name, address, text, company) => {
    expect(companyFromSender(name, address, text)).toBe(company);
  });
});

describe('the tracker after "via / vía / über" and the team word before "at" are no part of the name', () => {
  it.each([
    ['en', 'Careers at Thistlebrook', 'Thistlebrook'],
    ['en', 'Fenwick Ropes via Welcome to the Jungle', 'Fenwick Ropes'],
    ['de', 'Karriere bei Hohenfels', 'Hohenfels'],
    ['de', 'Mälzerei Hohenfels über softgarden', 'Mälzerei Hohenfels'],
    ['fr', 'Recrutement chez Lemarchand', 'Lemarchand'],
    ['es', 'Tierra Alta vía Workable', 'Tierra Alta'],
    ['nl', 'Werving bij Zeilmakerij Vlieter', 'Zeilmakerij Vlieter'],
  ])('%s: %s', (_lang, name, clean) => {
    expect(cleanCompany(name)).toBe(clean);
  });
});
